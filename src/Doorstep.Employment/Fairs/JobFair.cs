using System.Text.Json.Serialization;
using Doorstep.Employment.Seekers;
using Doorstep.Platform.Data;

namespace Doorstep.Employment.Fairs;

/// <summary>招聘会: a day (or an evening) when employers bring their vacancies to one place and job seekers walk in, register and meet them.</summary>
public sealed class JobFair : IRegional
{
    public Guid Id { get; set; }

    /// <summary>Where the fair is held: scope, and the report's area.</summary>
    public required string RegionCode { get; set; }

    public required string Title { get; set; }

    public FairKind Kind { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Local (Beijing) time the doors open and close.</summary>
    public TimeOnly StartsAt { get; set; }

    public TimeOnly EndsAt { get; set; }

    /// <summary>举办地点, as visitors would look for it.</summary>
    public required string Address { get; set; }

    /// <summary>The place, WGS-84, when known: on-site matching measures from here for visitors whose home is not on file.</summary>
    public double? Longitude { get; set; }

    public double? Latitude { get; set; }

    /// <summary>主办/承办单位, in order.</summary>
    public List<string> Organisers { get; set; } = [];

    /// <summary>The groups the fair is for; empty means everyone.</summary>
    public List<TargetGroup> TargetGroups { get; set; } = [];

    public string? Note { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public enum FairKind
{
    /// <summary>综合招聘会.</summary>
    [JsonStringEnumMemberName("regular")]
    Regular,

    /// <summary>残疾人专场招聘会.</summary>
    [JsonStringEnumMemberName("disabled")]
    Disabled,

    /// <summary>返乡人员专场招聘会.</summary>
    [JsonStringEnumMemberName("returnee")]
    Returnee,

    /// <summary>夜市招聘会.</summary>
    [JsonStringEnumMemberName("night")]
    Night,

    /// <summary>赶集招聘会: at a town's market day.</summary>
    [JsonStringEnumMemberName("market-day")]
    MarketDay,
}

/// <summary>参会企业: an employer taking part in a fair.</summary>
public sealed class FairEmployer : IRegional
{
    public Guid FairId { get; set; }

    /// <summary>The employer's organisation.</summary>
    public Guid EmployerId { get; set; }

    /// <summary>The fair's region, so the fair's scope governs its participants.</summary>
    public required string RegionCode { get; set; }

    /// <summary>展位号.</summary>
    public string? Booth { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>A vacancy an employer brings to a fair.</summary>
public sealed class FairVacancy : IRegional
{
    public Guid FairId { get; set; }

    public Guid VacancyId { get; set; }

    public Guid EmployerId { get; set; }

    /// <summary>The fair's region.</summary>
    public required string RegionCode { get; set; }
}

/// <summary>
/// 入场求职者: a visitor who registered at the fair. Walk-ins are often not in the registry, so the
/// ID number and phone are kept here, sealed, hashed and masked as the registry keeps them; the
/// registry person and the seeker record are linked when the ID number is found in the caller's scope.
/// </summary>
public sealed class FairVisitor : IRegional
{
    public Guid Id { get; set; }

    public Guid FairId { get; set; }

    /// <summary>The fair's region.</summary>
    public required string RegionCode { get; set; }

    public Guid? PersonId { get; set; }

    public Guid? SeekerId { get; set; }

    public required string Name { get; set; }

    public required string IdNumberCipher { get; set; }

    /// <summary>One registration per ID number per fair is enforced on this.</summary>
    public required string IdNumberHash { get; set; }

    public required string IdNumberMasked { get; set; }

    public required string PhoneCipher { get; set; }

    public required string PhoneMasked { get; set; }

    public List<TargetGroup> TargetGroups { get; set; } = [];

    /// <summary>意向职业 (职业分类大典 code), when the visitor named one.</summary>
    public string? WishedOccupation { get; set; }

    /// <summary>The disability category code from the registry, when linked; null otherwise.</summary>
    public string? Disability { get; set; }

    public required string RegisteredBy { get; set; }

    public DateTime RegisteredAt { get; set; }
}

/// <summary>How far a visitor got with a vacancy at the fair.</summary>
public enum FairStage
{
    /// <summary>意向: the visitor and the employer agreed to go on.</summary>
    [JsonStringEnumMemberName("intent")]
    Intent,

    /// <summary>面试.</summary>
    [JsonStringEnumMemberName("interview")]
    Interview,

    /// <summary>录用.</summary>
    [JsonStringEnumMemberName("hired")]
    Hired,
}

/// <summary>达成意向/面试/录用: one visitor with one vacancy of the fair, at its latest stage.</summary>
public sealed class FairOutcome : IRegional
{
    public Guid Id { get; set; }

    public Guid FairId { get; set; }

    public Guid VisitorId { get; set; }

    public Guid VacancyId { get; set; }

    /// <summary>The fair's region.</summary>
    public required string RegionCode { get; set; }

    public FairStage Stage { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}
