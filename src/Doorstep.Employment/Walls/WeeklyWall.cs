using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Data;

namespace Doorstep.Employment.Walls;

/// <summary>
/// 用工墙·求职墙: one station's wall for one week, a snapshot of the open vacancies near it and
/// of the seekers who agreed to be shown, as it was when made. A past week's wall is never
/// changed; the current week's may be made again, which replaces its entries under the same id.
/// The station's details are copied so an old wall still reads as it was printed.
/// </summary>
public sealed class WeeklyWall : IRegional
{
    public Guid Id { get; set; }

    public Guid StationId { get; set; }

    /// <summary>The station's region, copied for scope.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The Monday of the ISO week, in Beijing time; one wall per station and week.</summary>
    public DateOnly WeekStart { get; set; }

    public required string StationName { get; set; }

    public required string StationKind { get; set; }

    public string? StationAddress { get; set; }

    /// <summary>The station's public line: how employers and seekers get in touch, never a person's phone.</summary>
    public string? StationPhone { get; set; }

    public string? StationHours { get; set; }

    /// <summary>The reach beyond the station's community the wall was made with.</summary>
    public int RadiusMeters { get; set; }

    /// <summary>Open vacancies found near the station; the wall lists the nearest of them.</summary>
    public int VacancyCount { get; set; }

    /// <summary>招聘人数 summed over the vacancies found.</summary>
    public int PostCount { get; set; }

    /// <summary>Vacancies found that suit some disabled people.</summary>
    public int SuitableForDisabledCount { get; set; }

    /// <summary>Consenting seekers found near the station.</summary>
    public int SeekerCount { get; set; }

    public required string GeneratedBy { get; set; }

    public DateTime GeneratedAt { get; set; }

    public List<WallVacancy> Vacancies { get; set; } = [];

    public List<WallSeeker> Seekers { get; set; } = [];
}

/// <summary>A vacancy on a wall, numbered so a caller can ask the station about 岗位 3.</summary>
public sealed class WallVacancy
{
    public Guid WallId { get; set; }

    public int Number { get; set; }

    /// <summary>For the specialist who takes the call; never shown to the public.</summary>
    public Guid VacancyId { get; set; }

    public required string Title { get; set; }

    public required string EmployerName { get; set; }

    public required string OccupationName { get; set; }

    public int Headcount { get; set; }

    public int WageMin { get; set; }

    public int WageMax { get; set; }

    public WageUnit WageUnit { get; set; }

    public WorkSchedule Schedule { get; set; }

    /// <summary>适合残疾人: the post suits at least one disability category.</summary>
    public bool SuitableForDisabled { get; set; }

    public string? Address { get; set; }

    /// <summary>From the station, when both are located.</summary>
    public int? DistanceMetres { get; set; }

    public DateOnly ExpiresOn { get; set; }
}

/// <summary>A seeker on a wall: the masked name, skills and wishes; never a phone, an ID number or where they live.</summary>
public sealed class WallSeeker
{
    public Guid WallId { get; set; }

    public int Number { get; set; }

    /// <summary>For the specialist who takes an employer's call about 求职者 5; never shown to the public.</summary>
    public Guid SeekerId { get; set; }

    /// <summary>王**.</summary>
    public required string MaskedName { get; set; }

    public List<string> Skills { get; set; } = [];

    /// <summary>The names of the wanted occupations, most wanted first.</summary>
    public List<string> Occupations { get; set; } = [];

    public int ExpectedWage { get; set; }

    public WageUnit WageUnit { get; set; }

    public List<WorkSchedule> Schedules { get; set; } = [];
}
