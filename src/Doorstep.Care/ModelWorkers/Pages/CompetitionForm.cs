namespace Doorstep.Care.ModelWorkers.Pages;

/// <summary>A competition's own fields as the record and correct forms post them; the region comes from its select.</summary>
public sealed class CompetitionForm
{
    public string? Name { get; set; }

    public int? Year { get; set; }

    public string? Organiser { get; set; }

    public string? Field { get; set; }
}
