using Doorstep.Care.Stock;
using Doorstep.Care.Visits;

namespace Doorstep.Care.Tests;

/// <summary>What may leave a stock, at the boundary; the default stock region; the season.</summary>
public sealed class StockRuleTests
{
    private static readonly ReliefItem Rice = new() { Code = "rice", Name = "大米", Unit = "袋" };

    [Theory]
    [InlineData(5, 4, true)]
    [InlineData(5, 5, true)]
    [InlineData(5, 6, false)]
    [InlineData(0, 1, false)]
    public void Goods_may_leave_only_while_the_stock_stays_at_zero_or_above(int onHand, int wanted, bool allowed)
    {
        var refusal = StockRules.Refusal(Rice, "白关镇", onHand, wanted);
        (refusal is null).ShouldBe(allowed);
        if (!allowed)
        {
            refusal.ShouldBe($"大米库存不足：白关镇现有{onHand}袋，需要{wanted}袋");
        }
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(StockRules.MaxQuantity, true)]
    [InlineData(StockRules.MaxQuantity + 1, false)]
    public void A_quantity_is_a_whole_number_of_units_from_one(int? quantity, bool valid) =>
        (StockRules.QuantityProblem(quantity) is null).ShouldBe(valid);

    [Fact]
    public void A_household_draws_on_its_town_by_default() =>
        StockRules.TownOf("430203101201001").ShouldBe("430203101000");

    [Fact]
    public void This_season_is_the_last_configured_number_of_days_including_today()
    {
        var today = new DateOnly(2025, 1, 28);
        new VisitSettings { SeasonDays = 60 }.SeasonStart(today).ShouldBe(new DateOnly(2024, 11, 30));
        new VisitSettings { SeasonDays = 1 }.SeasonStart(today).ShouldBe(today);
    }
}
