namespace Doorstep.Employment.Gigs;

/// <summary>Gig work's settings (section <c>Employment:Gigs</c>).</summary>
public sealed class GigSettings
{
    /// <summary>How far a worker is offered for a job, and a job for a worker: a day labourer rides an e-bike, not a bus across the city.</summary>
    public int MatchRadiusMeters { get; set; } = 30_000;

    /// <summary>How many days ahead a worker is shown jobs from the day asked about.</summary>
    public int LookAheadDays { get; set; } = 7;

    /// <summary>The longest span of one gig job; longer work is a vacancy, not a gig.</summary>
    public int MaxDays { get; set; } = 31;

    /// <summary>The longest period the job-to-applicant ratio is counted over: a quarter, so a figure stays about one season's market.</summary>
    public int MaxRatioDays { get; set; } = 92;

    /// <summary>The categories a fresh database starts with, in order; officers edit the list afterwards.</summary>
    public List<string> DefaultCategories { get; set; } =
        ["家电维修", "水电维修", "保洁", "搬家", "配送", "护理陪护", "农活", "装卸搬运", "建筑小工", "日结零工"];
}
