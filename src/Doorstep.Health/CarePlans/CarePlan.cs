using Doorstep.Platform.Data;

namespace Doorstep.Health.CarePlans;

/// <summary>
/// 健康管理计划: what a doctor agreed with a resident beyond the routine — weekly rehabilitation
/// after a stroke, fortnightly dressing changes — and how often the team checks in. A check-in
/// not made by its due day shows on the doctor's list.
/// </summary>
public sealed class CarePlan : IRegional
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public required string RegionCode { get; set; }

    public required string Title { get; set; }

    /// <summary>The goal and the care agreed, sealed: it is health data.</summary>
    public required string DetailCipher { get; set; }

    /// <summary>Days between check-ins: 7 weekly, 14 fortnightly, 30 monthly.</summary>
    public int CadenceDays { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    /// <summary>User name of the doctor who answers for the plan.</summary>
    public required string Doctor { get; set; }

    public DateOnly? LastCheckIn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public string? EndNote { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The day the next check-in is due: a cadence after the last one, or after the start.</summary>
    public DateOnly NextDue => (LastCheckIn ?? StartsOn).AddDays(CadenceDays);
}

/// <summary>One check-in on a plan: by visit, phone or the resident coming in; the note is sealed.</summary>
public sealed class CarePlanCheckIn : IRegional
{
    public Guid Id { get; set; }

    public Guid PlanId { get; set; }

    public required string RegionCode { get; set; }

    public DateOnly Date { get; set; }

    public Visits.VisitKind Kind { get; set; }

    public string? NoteCipher { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime RecordedAt { get; set; }
}
