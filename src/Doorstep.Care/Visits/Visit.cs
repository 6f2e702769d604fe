using Doorstep.Platform.Data;

namespace Doorstep.Care.Visits;

/// <summary>
/// 走访慰问 (送温暖): deputies or cadres at a needy household on a day, the goods and money they
/// brought (the goods leave the region's stock in the same transaction) and what they heard.
/// </summary>
public sealed class Visit : IRegional
{
    public Guid Id { get; set; }

    /// <summary>Receipt number printed on the 签收单, e.g. WF202402030001.</summary>
    public required string Number { get; set; }

    public Guid NeedyHouseholdId { get; set; }

    /// <summary>The household's region, copied for scope.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The town or community whose stock the goods came from.</summary>
    public required string StockRegionCode { get; set; }

    public DateOnly VisitedOn { get; set; }

    /// <summary>User names of the visitors, between commas.</summary>
    public required string Visitors { get; set; }

    /// <summary>Their names as printed on the receipt, joined with 、.</summary>
    public required string VisitorNames { get; set; }

    /// <summary>慰问金 in yuan.</summary>
    public decimal Money { get; set; }

    /// <summary>了解到的情况和诉求: what the household told the visitors.</summary>
    public string? Heard { get; set; }

    public List<VisitGoods> Goods { get; set; } = [];

    public required string RecordedBy { get; set; }

    public DateTime RecordedAt { get; set; }
}

/// <summary>One line of goods delivered on a visit.</summary>
public sealed class VisitGoods
{
    public long Id { get; set; }

    public Guid VisitId { get; set; }

    public required string ItemCode { get; set; }

    public int Quantity { get; set; }
}
