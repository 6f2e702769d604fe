using System.Text.Json.Serialization;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Data;

namespace Doorstep.Employment.Seekers;

/// <summary>
/// 求职者: a resident from the people registry looking for work, as a specialist recorded them —
/// what they want to do, what they can do, how far they will travel and for what pay. Name, ID
/// number and phone stay in the registry; this holds only what matching needs.
/// </summary>
public sealed class Seeker : IRegional
{
    public Guid Id { get; set; }

    /// <summary>The registry person; one seeker record per person.</summary>
    public Guid PersonId { get; set; }

    /// <summary>The person's region, copied for scope and the per-area figures.</summary>
    public required string RegionCode { get; set; }

    /// <summary>Where the seeker sets out from, WGS-84: the home in the registry unless the specialist placed it.</summary>
    public double Longitude { get; set; }

    public double Latitude { get; set; }

    /// <summary>求职意向: 职业分类大典 codes, most wanted first.</summary>
    public List<string> DesiredOccupations { get; set; } = [];

    public List<string> Skills { get; set; } = [];

    public Education Education { get; set; }

    /// <summary>Years of work experience.</summary>
    public int ExperienceYears { get; set; }

    /// <summary>期望薪资: the least the seeker will take, in whole yuan per <see cref="WageUnit"/>.</summary>
    public int ExpectedWage { get; set; }

    public WageUnit WageUnit { get; set; }

    /// <summary>最远通勤距离 in metres.</summary>
    public int MaxCommuteMeters { get; set; }

    /// <summary>The schedules the seeker can work; empty means any.</summary>
    public List<WorkSchedule> Schedules { get; set; } = [];

    /// <summary>可到岗日期.</summary>
    public DateOnly? AvailableFrom { get; set; }

    /// <summary>The seeker's disability category code (as on vacancies), copied from the registry; null when none.</summary>
    public string? Disability { get; set; }

    public List<TargetGroup> TargetGroups { get; set; } = [];

    /// <summary>Consent to appear, without name or contact, on the public job-seeker wall (求职墙).</summary>
    public bool PublicWallConsent { get; set; }

    public SeekerStatus Status { get; set; }

    public string? Note { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public enum SeekerStatus
{
    [JsonStringEnumMemberName("seeking")]
    Seeking,

    [JsonStringEnumMemberName("employed")]
    Employed,

    [JsonStringEnumMemberName("paused")]
    Paused,
}

/// <summary>重点群体: the groups employment services are asked to serve first.</summary>
public enum TargetGroup
{
    /// <summary>返乡农民工.</summary>
    [JsonStringEnumMemberName("returnee")]
    Returnee,

    /// <summary>脱贫劳动力.</summary>
    [JsonStringEnumMemberName("poverty-relieved")]
    PovertyRelieved,

    /// <summary>残疾人.</summary>
    [JsonStringEnumMemberName("disabled")]
    Disabled,

    /// <summary>高校毕业生.</summary>
    [JsonStringEnumMemberName("graduate")]
    Graduate,

    /// <summary>就业困难人员.</summary>
    [JsonStringEnumMemberName("employment-difficulty")]
    EmploymentDifficulty,
}
