using Doorstep.Safety.Venues;

namespace Doorstep.Safety.Tests;

/// <summary>
/// domain-rules.md, Safety: "Typical size limits: shops ≤300 m², restaurants ≤100 seats, hotels ≤50
/// beds, entertainment ≤200 m² on floors 1–3." At a limit a venue is still small; one over, it is not.
/// </summary>
public sealed class SizeCheckTests
{
    private static VenueKind Kind(string code) => VenueKinds.Defaults.Single(k => k.Code == code);

    private static Venue Venue(decimal? area = null, int? seats = null, int? beds = null, int? floor = null) =>
        new() { RegionCode = "430211101201001", Kind = "", UpdatedBy = "", FloorArea = area, Seats = seats, Beds = beds, HighestFloor = floor };

    [Theory]
    [InlineData("small-shop", 300.0, null, null, null, false)]
    [InlineData("small-shop", 300.5, null, null, null, true)]
    [InlineData("small-restaurant", null, 100, null, null, false)]
    [InlineData("small-restaurant", null, 101, null, null, true)]
    [InlineData("small-hotel", null, null, 50, null, false)]
    [InlineData("small-hotel", null, null, 51, null, true)]
    [InlineData("small-entertainment", 200.0, null, null, 3, false)]
    [InlineData("small-entertainment", 201.0, null, null, 3, true)]
    [InlineData("small-entertainment", 150.0, null, null, 4, true)]
    [InlineData("petrol-station", 5000.0, null, null, 1, false)]
    public void A_venue_at_its_kinds_limit_is_small_and_one_over_is_not(string kind, double? area, int? seats, int? beds, int? floor, bool over)
    {
        var reasons = SizeCheck.Reasons(Kind(kind), Venue((decimal?)area, seats, beds, floor));

        (reasons.Count > 0).ShouldBe(over, string.Join("；", reasons));
    }

    [Fact]
    public void The_reason_names_the_measure_the_size_and_the_limit()
    {
        SizeCheck.Reasons(Kind("small-entertainment"), Venue(area: 260, floor: 5))
            .ShouldBe(["营业面积260平方米，超过小歌舞娱乐场所上限200平方米", "设在第5层，小歌舞娱乐场所应在3层及以下"]);
    }
}
