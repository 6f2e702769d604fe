using Doorstep.Employment.Employers;

namespace Doorstep.Employment.Tests;

/// <summary>The disability quota: 1.5% of staff, a grade 1–2 holder counting as two, fractions kept to two decimals.</summary>
public sealed class DisabilityQuotaTests
{
    [Theory]
    [InlineData(100, 0, 0, "1.50", 0, "1.50")]
    [InlineData(100, 1, 0, "1.50", 1, "0.50")]
    [InlineData(100, 1, 1, "1.50", 2, "0")]
    [InlineData(67, 1, 0, "1.01", 1, "0.01")]
    [InlineData(200, 3, 0, "3.00", 3, "0")]
    [InlineData(10, 0, 0, "0.15", 0, "0.15")]
    [InlineData(1000, 10, 2, "15.00", 12, "3.00")]
    public void Required_counted_and_shortfall(int staff, int disabled, int severe, string required, int counted, string shortfall)
    {
        var quota = DisabilityQuota.For(staff, disabled, severe, 0.015m);

        quota.Required.ShouldBe(decimal.Parse(required, System.Globalization.CultureInfo.InvariantCulture));
        quota.Counted.ShouldBe(counted);
        quota.Shortfall.ShouldBe(decimal.Parse(shortfall, System.Globalization.CultureInfo.InvariantCulture));
        quota.Met.ShouldBe(quota.Shortfall == 0);
    }

    [Fact]
    public void A_province_sets_its_own_rate()
    {
        var quota = DisabilityQuota.For(300, 4, 0, 0.017m);

        quota.Required.ShouldBe(5.10m);
        quota.Shortfall.ShouldBe(1.10m);
    }

    [Fact]
    public void One_grade_two_holder_fills_the_quota_of_a_hundred_and_thirty()
    {
        DisabilityQuota.For(133, 1, 1, 0.015m).Met.ShouldBeTrue();
        DisabilityQuota.For(134, 1, 1, 0.015m).Met.ShouldBeFalse();
    }
}
