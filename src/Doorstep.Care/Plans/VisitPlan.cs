using Doorstep.Platform.Data;

namespace Doorstep.Care.Plans;

/// <summary>
/// 走访计划: which needy households of a region are to be visited for a festival (春节, 中秋 …),
/// and by whom, between two dates. A household counts as visited once any visit to it falls in
/// the plan's dates, whoever made it.
/// </summary>
public sealed class VisitPlan : IRegional
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string RegionCode { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public List<VisitPlanEntry> Entries { get; set; } = [];

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>One household of a plan and the deputy or cadre assigned to visit it.</summary>
public sealed class VisitPlanEntry
{
    public long Id { get; set; }

    public Guid PlanId { get; set; }

    public Guid NeedyHouseholdId { get; set; }

    public string? Visitor { get; set; }
}
