using System.Text.Json.Serialization;
using Doorstep.Platform.Data;

namespace Doorstep.Employment.Training;

/// <summary>
/// 培训报名: one registry person on one course, and how far they got: completed (结业), certified
/// (取证), employed after training (培训后就业). Each step is recorded once and only after the one
/// before, so the figures count people, not clicks.
/// </summary>
public sealed class TrainingEnrolment : IRegional
{
    public Guid Id { get; set; }

    public Guid CourseId { get; set; }

    /// <summary>The registry person; once per course.</summary>
    public Guid PersonId { get; set; }

    /// <summary>The person's region, copied for scope and the per-area figures.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The course's provider, copied so the figures group by provider without a join.</summary>
    public Guid ProviderId { get; set; }

    /// <summary>Enrolled for a government subsidy (补贴性培训) rather than at their own cost.</summary>
    public bool Subsidised { get; set; }

    public EnrolmentStatus Status { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public CertificateKind? CertificateKind { get; set; }

    /// <summary>职业技能等级 5 (五级/初级工) to 1 (一级/高级技师); null for a 专项能力证书.</summary>
    public int? CertificateLevel { get; set; }

    public string? CertificateNumber { get; set; }

    public DateOnly? CertifiedOn { get; set; }

    public DateOnly? EmployedOn { get; set; }

    public string? EmployerName { get; set; }

    /// <summary>Why the person withdrew.</summary>
    public string? Note { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>在训 → 结业, or 在训 → 退学; certificate and employment are recorded on a completed enrolment.</summary>
public enum EnrolmentStatus
{
    [JsonStringEnumMemberName("enrolled")]
    Enrolled,

    [JsonStringEnumMemberName("completed")]
    Completed,

    [JsonStringEnumMemberName("withdrawn")]
    Withdrawn,
}

public enum CertificateKind
{
    /// <summary>职业技能等级证书, with a level 五级 to 一级.</summary>
    [JsonStringEnumMemberName("skill-level")]
    SkillLevel,

    /// <summary>专项职业能力证书, without a level.</summary>
    [JsonStringEnumMemberName("special-ability")]
    SpecialAbility,
}
