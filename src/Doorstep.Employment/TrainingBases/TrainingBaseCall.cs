using Doorstep.Platform.Data;

namespace Doorstep.Employment.TrainingBases;

/// <summary>
/// 年度申报: one year's call for high-skill training bases, issued by a district or the city for the
/// institutions in its area: when applications are taken, how many bases may be accredited and
/// what each receives.
/// </summary>
public sealed class TrainingBaseCall : IRegional
{
    public Guid Id { get; set; }

    public int Year { get; set; }

    /// <summary>The issuing area; applications come from institutions inside it.</summary>
    public required string RegionCode { get; set; }

    public DateOnly OpensOn { get; set; }

    /// <summary>The last day applications are taken, inclusive.</summary>
    public DateOnly ClosesOn { get; set; }

    /// <summary>认定名额: bases accredited this year at most.</summary>
    public int Quota { get; set; }

    /// <summary>Subsidy paid to each accredited base, in whole yuan (补助资金).</summary>
    public int SubsidyYuan { get; set; }

    /// <summary>本市支柱产业 the applicants must serve.</summary>
    public List<string> PillarIndustries { get; set; } = [];

    /// <summary>撤销: set when the call is withdrawn before anyone applied; it then takes no applications.</summary>
    public DateTime? CancelledAt { get; set; }

    public string? CancelledBy { get; set; }

    public string? CancelReason { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}
