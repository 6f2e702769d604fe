namespace Doorstep.Care.Visits;

/// <summary>Care:Visits. What "this season" means when asking which households nobody has visited: the last <see cref="SeasonDays"/> days.</summary>
public sealed class VisitSettings
{
    public int SeasonDays { get; set; } = 60;

    public DateOnly SeasonStart(DateOnly today) => today.AddDays(1 - Math.Max(1, SeasonDays));
}
