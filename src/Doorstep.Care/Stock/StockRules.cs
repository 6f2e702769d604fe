namespace Doorstep.Care.Stock;

/// <summary>The one rule of a stock: what goes out must be there. Kept pure so its boundary is tested without a database.</summary>
public static class StockRules
{
    public const int MaxQuantity = 100_000;

    /// <summary>Null when <paramref name="wanted"/> may be taken from <paramref name="onHand"/>; otherwise why not.</summary>
    public static string? Refusal(ReliefItem item, string regionName, int onHand, int wanted) =>
        wanted > onHand ? $"{item.Name}库存不足：{regionName}现有{onHand}{item.Unit}，需要{wanted}{item.Unit}" : null;

    /// <summary>Null for a quantity that can be booked; otherwise why not.</summary>
    public static string? QuantityProblem(int? quantity) =>
        quantity is null or < 1 or > MaxQuantity ? $"数量应为1～{MaxQuantity}的整数" : null;

    /// <summary>The town a household's goods come from by default: its 镇/街道, the first 9 digits of its code.</summary>
    public static string TownOf(string regionCode) => regionCode[..9] + "000";
}
