using Doorstep.Platform.Data;

namespace Doorstep.Employment.Entrepreneurship;

/// <summary>创业培训班: a class of an entrepreneurship course such as 马兰花 SIYB (创办你的企业), held in a region between two dates.</summary>
public sealed class StartupClass : IRegional
{
    public Guid Id { get; set; }

    public required string Course { get; set; }

    public required string RegionCode { get; set; }

    /// <summary>Where it is held.</summary>
    public string? Venue { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>学员: a registry person in a class, and whether they completed it (结业).</summary>
public sealed class StartupTrainee : IRegional
{
    public Guid Id { get; set; }

    public Guid ClassId { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>The class's region: a trainee is counted where they were trained.</summary>
    public required string RegionCode { get; set; }

    public bool Completed { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}
