namespace Doorstep.Employment.Walls;

/// <summary>
/// How the weekly walls are made, from <c>Employment:Walls</c>: how far round a station its wall
/// reaches beyond the station's own community, how many entries fit a printed wall, and when
/// the scheduler makes the week's walls (a day and a Beijing time of that week; Monday 06:00).
/// </summary>
public sealed class WallSettings
{
    /// <summary>Vacancies and seekers within this straight-line distance of the station are on its wall, besides those of its community.</summary>
    public int RadiusMeters { get; init; } = 3_000;

    /// <summary>The most vacancies on one wall, nearest first: two A4 pages at most.</summary>
    public int MaxVacancies { get; init; } = 40;

    public int MaxSeekers { get; init; } = 40;

    /// <summary>Whether this host generates the walls on schedule (besides DOORSTEP_SCHEDULER, which stops every background job).</summary>
    public bool Scheduled { get; init; } = true;

    public DayOfWeek GenerateOn { get; init; } = DayOfWeek.Monday;

    /// <summary>Beijing time on <see cref="GenerateOn"/>.</summary>
    public TimeOnly GenerateAt { get; init; } = new(6, 0);

    /// <summary>How often the scheduler looks whether the week's walls are due and made.</summary>
    public TimeSpan CheckEvery { get; init; } = TimeSpan.FromMinutes(10);
}
