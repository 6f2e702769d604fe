using System.Text.Json.Serialization;

namespace Doorstep.Employment.Training;

/// <summary>
/// 培训班: a subsidised vocational course run by a training institution (培训机构, a platform
/// organisation) for one occupation of the catalogue, with its hours, the subsidy paid per
/// trainee, its places and its dates. A course is an offer open to anyone who qualifies, so every
/// employment reader sees every course and can enrol their own residents; only a specialist of the
/// course's region changes it. Its trainees are people and stay within each reader's regions.
/// </summary>
public sealed class TrainingCourse
{
    public Guid Id { get; set; }

    /// <summary>The training institution: an organisation of kind training-institution.</summary>
    public Guid ProviderId { get; set; }

    /// <summary>Where the course is held; the provider's region unless the specialist gave another.</summary>
    public required string RegionCode { get; set; }

    public required string Title { get; set; }

    public CourseMode Mode { get; set; }

    /// <summary>职业分类大典 code of the occupation trained for.</summary>
    public required string OccupationCode { get; set; }

    /// <summary>课时 in class hours.</summary>
    public int Hours { get; set; }

    /// <summary>补贴标准: whole yuan paid per subsidised trainee.</summary>
    public int SubsidyPerPerson { get; set; }

    /// <summary>计划人数: no enrolment beyond it.</summary>
    public int Capacity { get; set; }

    /// <summary>
    /// The enrolments not withdrawn, kept on the course and checked by the database on every write
    /// (a concurrency token), so two specialists enrolling the last place at once cannot both have it.
    /// </summary>
    public int Enrolled { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>How the course finds its trainees' jobs.</summary>
public enum CourseMode
{
    /// <summary>订单式: an employer orders the course and hires those who finish.</summary>
    [JsonStringEnumMemberName("order-based")]
    OrderBased,

    /// <summary>定向: trained for a named sector or group of employers.</summary>
    [JsonStringEnumMemberName("directed")]
    Directed,
}
