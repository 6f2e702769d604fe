using System.Text.Json.Serialization;
using Doorstep.Platform.Data;

namespace Doorstep.Employment.Vacancies;

/// <summary>
/// 岗位: a job an employer offers, as a specialist collected it — what, where, how many, for what
/// pay and on what terms. One the discrimination check flags is held, not public, until an officer
/// clears or rejects it.
/// </summary>
public sealed class Vacancy : IRegional
{
    public Guid Id { get; set; }

    /// <summary>The region of the work place: scope and the per-area figures.</summary>
    public required string RegionCode { get; set; }

    public required string Title { get; set; }

    /// <summary>The employer's organisation.</summary>
    public Guid EmployerId { get; set; }

    /// <summary>The 职业分类大典 code of the occupation.</summary>
    public required string OccupationCode { get; set; }

    /// <summary>招聘人数.</summary>
    public int Headcount { get; set; }

    /// <summary>Wage range in whole yuan per <see cref="WageUnit"/>.</summary>
    public int WageMin { get; set; }

    public int WageMax { get; set; }

    public WageUnit WageUnit { get; set; }

    public WorkSchedule Schedule { get; set; }

    /// <summary>The work place, WGS-84.</summary>
    public double Longitude { get; set; }

    public double Latitude { get; set; }

    /// <summary>工作地点, as a job seeker would look for it.</summary>
    public string? Address { get; set; }

    public List<string> Skills { get; set; } = [];

    public Education Education { get; set; }

    /// <summary>Years of experience asked; 0 for none.</summary>
    public int ExperienceYears { get; set; }

    /// <summary>任职要求, in the employer's words.</summary>
    public string? Requirements { get; set; }

    /// <summary>The disability categories (GB/T 26341) the post suits, by code; empty when not assessed.</summary>
    public List<string> SuitsDisabilities { get; set; } = [];

    /// <summary>The workplace is barrier-free (无障碍).</summary>
    public bool AccessibleWorkplace { get; set; }

    public DateOnly PostedOn { get; set; }

    public DateOnly ExpiresOn { get; set; }

    /// <summary>Published, held or closed. Expired is never stored: a published vacancy past its expiry reads as expired.</summary>
    public VacancyStatus Status { get; set; }

    /// <summary>What the discrimination check found, as "flag|phrase", kept after review as the record of why it was held.</summary>
    public List<string> Findings { get; set; } = [];

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAt { get; set; }

    /// <summary>The officer's note when clearing, or the reason when rejecting.</summary>
    public string? ReviewNote { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public enum VacancyStatus
{
    [JsonStringEnumMemberName("published")]
    Published,

    [JsonStringEnumMemberName("held")]
    Held,

    [JsonStringEnumMemberName("closed")]
    Closed,

    [JsonStringEnumMemberName("expired")]
    Expired,
}

public enum WageUnit
{
    [JsonStringEnumMemberName("month")]
    Month,

    [JsonStringEnumMemberName("day")]
    Day,
}

public enum WorkSchedule
{
    [JsonStringEnumMemberName("full-time")]
    FullTime,

    [JsonStringEnumMemberName("part-time")]
    PartTime,

    [JsonStringEnumMemberName("gig")]
    Gig,
}

/// <summary>学历要求.</summary>
public enum Education
{
    [JsonStringEnumMemberName("any")]
    Any,

    [JsonStringEnumMemberName("junior")]
    Junior,

    [JsonStringEnumMemberName("senior")]
    Senior,

    [JsonStringEnumMemberName("college")]
    College,

    [JsonStringEnumMemberName("bachelor")]
    Bachelor,
}
