using Doorstep.Platform.Data;

namespace Doorstep.Health.Visits;

/// <summary>
/// 随访/测量记录: a home, clinic or phone visit, or a market-day screening. The readings, symptoms and
/// notes are encrypted at rest (<see cref="ReadingsCipher"/>); what the follow-up lists and the
/// indicators must query — class, control, referral, next date — is kept beside them, in a table
/// only health roles can read.
/// </summary>
public sealed class Visit : IRegional
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>The resident's region when seen, for scope and per-village lists.</summary>
    public required string RegionCode { get; set; }

    public DateOnly Date { get; set; }

    public VisitKind Kind { get; set; }

    /// <summary>The <see cref="VisitReadings"/> as JSON, sealed by the field protector.</summary>
    public required string ReadingsCipher { get; set; }

    public BpClass? BpClass { get; set; }

    public bool? Controlled { get; set; }

    public bool UrgentReferral { get; set; }

    public bool ReferForUncontrolled { get; set; }

    /// <summary>A raised reading from a resident not (yet) managed: to be followed up for diagnosis.</summary>
    public bool NeedsDiagnosis { get; set; }

    public DateOnly? NextFollowUp { get; set; }

    /// <summary>The referral work item this visit raised, if any.</summary>
    public Guid? ReferralWorkItemId { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime RecordedAt { get; set; }
}

public enum VisitKind
{
    /// <summary>入户.</summary>
    Home = 1,

    /// <summary>门诊.</summary>
    Clinic = 2,

    /// <summary>电话.</summary>
    Phone = 3,

    /// <summary>筛查（赶集日义诊等）.</summary>
    Screening = 4,
}

/// <summary>What was measured and heard; stored encrypted as one JSON value.</summary>
public sealed record VisitReadings(
    int? Systolic,
    int? Diastolic,
    int? HeartRate,
    decimal? FastingGlucose,
    decimal? RandomGlucose,
    decimal? WeightKg,
    decimal? HeightCm,
    IReadOnlyList<string> Symptoms,
    string? Adherence,
    string? Therapy,
    string? Notes)
{
    /// <summary>Body-mass index from weight and height, when both were measured.</summary>
    public decimal? Bmi => WeightKg is { } w && HeightCm is { } h && h > 0 ? Math.Round(w / (h / 100m * (h / 100m)), 1) : null;
}

/// <summary>
/// 慢病管理: a resident managed for hypertension or type-2 diabetes from a date, by a doctor.
/// </summary>
public sealed class Enrolment : IRegional
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public required string RegionCode { get; set; }

    public ChronicDisease Disease { get; set; }

    public DateOnly EnrolledOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public required string Doctor { get; set; }

    public DateTime CreatedAt { get; set; }
}
