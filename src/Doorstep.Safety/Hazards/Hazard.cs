using Doorstep.Platform.Data;
using Doorstep.Safety.Checklists;

namespace Doorstep.Safety.Hazards;

/// <summary>
/// 火灾隐患: a failing item left to rectify by a deadline. Its progress lives in its work item
/// (dispatched to the venue, handled when the owner reports it fixed, verified by re-inspection);
/// this row keeps what the notice says and when the re-inspection is due.
/// </summary>
public sealed class Hazard : IRegional
{
    public Guid Id { get; set; }

    public Guid WorkItemId { get; set; }

    public Guid InspectionId { get; set; }

    public Guid? CampaignId { get; set; }

    public Guid VenueId { get; set; }

    public required string VenueName { get; set; }

    public required string RegionCode { get; set; }

    public Guid ItemId { get; set; }

    public required string ItemText { get; set; }

    public required string Provision { get; set; }

    public required string Requirement { get; set; }

    public string? Location { get; set; }

    /// <summary>The checklist's severity until a review decides; a major one awaits its review.</summary>
    public HazardSeverity Severity { get; set; }

    /// <summary>Set by a review that found the hazard major: only these count as major hazards.</summary>
    public bool MajorConfirmed { get; set; }

    public DateOnly DueDate { get; set; }

    /// <summary>Re-inspect by this day: 3 working days after the deadline, or after the owner's request when that comes first.</summary>
    public DateOnly ReinspectBy { get; set; }

    public DateOnly? OwnerRequestedOn { get; set; }

    /// <summary>The day a re-inspection passed.</summary>
    public DateOnly? RectifiedOn { get; set; }

    public DateTime FoundAt { get; set; }
}

/// <summary>复查: the visit after the owner's fix, by at least two inspectors; only a pass lets the hazard close.</summary>
public sealed class Reinspection
{
    public Guid Id { get; set; }

    public Guid HazardId { get; set; }

    public DateTime InspectedAt { get; set; }

    public required string Inspectors { get; set; }

    public required string InspectorNames { get; set; }

    public bool Passed { get; set; }

    public string? Note { get; set; }
}

/// <summary>
/// 重大火灾隐患判定: GB 35181 lets a hazard be called major only by a recorded decision — a group of
/// at least three, or an expert panel of at least seven with two thirds agreeing.
/// </summary>
public sealed class MajorHazardReview
{
    public Guid Id { get; set; }

    public Guid HazardId { get; set; }

    public DateOnly ReviewedOn { get; set; }

    public ReviewMethod Method { get; set; }

    /// <summary>The people deciding, separated by 、.</summary>
    public required string Members { get; set; }

    public int Agreeing { get; set; }

    /// <summary>Whether the review found the hazard major.</summary>
    public bool Major { get; set; }

    public string? Basis { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime RecordedAt { get; set; }
}

public enum ReviewMethod
{
    /// <summary>集体讨论: at least three people.</summary>
    Collective = 1,

    /// <summary>专家论证: a panel of at least seven, two thirds agreeing.</summary>
    ExpertPanel = 2,
}
