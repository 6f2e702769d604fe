using Doorstep.Platform.Data;

namespace Doorstep.Care.Stock;

/// <summary>救助物资: a kind of relief goods (大米, 食用油 …) and the unit it is counted in.</summary>
public sealed class ReliefItem
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>计量单位 (袋, 桶, 箱): goods are counted in whole units.</summary>
    public required string Unit { get; set; }

    public int Position { get; set; }

    /// <summary>The goods the stations hand out at every festival; more are added as donated.</summary>
    public static readonly ReliefItem[] Defaults =
    [
        new() { Code = "rice", Name = "大米", Unit = "袋", Position = 1 },
        new() { Code = "oil", Name = "食用油", Unit = "桶", Position = 2 },
        new() { Code = "milk", Name = "牛奶", Unit = "箱", Position = 3 },
        new() { Code = "fruit", Name = "水果", Unit = "箱", Position = 4 },
        new() { Code = "quilt", Name = "棉被", Unit = "床", Position = 5 },
    ];
}

/// <summary>库存: how much of an item a town or community holds. Never below zero.</summary>
public sealed class StockLevel : IRegional
{
    public required string ItemCode { get; set; }

    /// <summary>The town (镇/街道) or community (村/社区) holding the goods.</summary>
    public required string RegionCode { get; set; }

    public int Quantity { get; set; }
}

/// <summary>Why a stock movement happened.</summary>
public enum MovementKind
{
    /// <summary>入库: bought or donated.</summary>
    In = 1,

    /// <summary>出库: handed out other than on a recorded visit, or written off.</summary>
    Out = 2,

    /// <summary>走访发放: delivered to a household on a visit.</summary>
    Visit = 3,
}

/// <summary>出入库记录: one change to one item's stock in one region, with the balance after it.</summary>
public sealed class StockMovement : IRegional
{
    public Guid Id { get; set; }

    public required string ItemCode { get; set; }

    public required string RegionCode { get; set; }

    public MovementKind Kind { get; set; }

    /// <summary>Positive in, negative out.</summary>
    public int Change { get; set; }

    public int Balance { get; set; }

    public Guid? VisitId { get; set; }

    /// <summary>来源或用途: the donor, the purchase, the reason for writing off.</summary>
    public string? Note { get; set; }

    public required string By { get; set; }

    public DateTime At { get; set; }
}
