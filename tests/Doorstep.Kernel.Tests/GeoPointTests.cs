using FsCheck.Xunit;

namespace Doorstep.Kernel.Tests;

/// <summary>Rules from domain-rules.md, "Coordinates" (store WGS-84, convert to GCJ-02 / BD-09 at the edge).</summary>
[Properties(Arbitrary = [typeof(KernelArbitraries)])]
public class GeoPointTests
{
    // Domain rules: Tianyuan district lies around 27.83 N, 113.08 E.
    private static readonly GeoPoint Tianyuan = new(113.08, 27.83);

    [Fact]
    public void Gcj02_offset_matches_the_published_reference_point()
    {
        // Widely used GCJ-02 reference point (eviltransform): WGS 39.915 N, 116.404 E.
        var gcj = new GeoPoint(116.404, 39.915).ToGcj02();

        gcj.Longitude.ShouldBe(116.41024449916938, 1e-6);
        gcj.Latitude.ShouldBe(39.91640428150164, 1e-6);
    }

    [Fact]
    public void Bd09_offset_matches_the_published_reference_point()
    {
        // Same reference set: GCJ-02 39.915 N, 116.404 E is BD-09 39.92133699351021 N, 116.41036949371029 E.
        var bd = GeoPoint.FromGcj02(116.404, 39.915).ToBd09();

        bd.Longitude.ShouldBe(116.41036949371029, 1e-6);
        bd.Latitude.ShouldBe(39.92133699351021, 1e-6);
    }

    [Fact]
    public void Gcj02_offset_in_tianyuan_is_a_few_hundred_metres_and_round_trips_within_half_a_metre()
    {
        var gcj = Tianyuan.ToGcj02();

        Tianyuan.DistanceTo(gcj).ShouldBeInRange(100, 1000);
        GeoPoint.FromGcj02(gcj.Longitude, gcj.Latitude).DistanceTo(Tianyuan).ShouldBeLessThan(0.5);
    }

    [Fact]
    public void Bd09_in_tianyuan_round_trips_within_half_a_metre()
    {
        var bd = Tianyuan.ToBd09();

        Tianyuan.DistanceTo(bd).ShouldBeInRange(100, 2000);
        GeoPoint.FromBd09(bd.Longitude, bd.Latitude).DistanceTo(Tianyuan).ShouldBeLessThan(0.5);
    }

    [Fact]
    public void Points_outside_china_are_not_offset()
    {
        var london = new GeoPoint(-0.1276, 51.5072);

        london.ToGcj02().ShouldBe(london);
        GeoPoint.FromGcj02(london.Longitude, london.Latitude).ShouldBe(london);
    }

    [Theory]
    [InlineData(113.08, 27.83, true)]
    [InlineData(73.5, 3.8, true)]
    [InlineData(135.1, 53.6, true)]
    [InlineData(106.92, 47.92, true)] // Ulaanbaatar: the box is a plausibility check, not a border
    [InlineData(0, 0, false)]
    [InlineData(-0.1276, 51.5072, false)]
    public void IsInChina_is_a_rough_bounding_box(double longitude, double latitude, bool expected)
    {
        new GeoPoint(longitude, latitude).IsInChina.ShouldBe(expected);
    }

    [Fact]
    public void Distance_uses_the_mean_earth_radius()
    {
        // Haversine with R = 6,371,008.8 m: a quarter meridian is πR/2, one degree of latitude πR/180.
        new GeoPoint(0, 0).DistanceTo(new GeoPoint(0, 90)).ShouldBe(Math.PI * 6_371_008.8 / 2, 1e-6);
        Tianyuan.DistanceTo(new GeoPoint(113.08, 28.83)).ShouldBe(Math.PI * 6_371_008.8 / 180, 1e-6);
        Tianyuan.DistanceTo(Tianyuan).ShouldBe(0);
    }

    [Theory]
    [InlineData("113.08,27.83")]
    [InlineData(" 113.08 , 27.83 ")]
    [InlineData("113.08，27.83")]
    public void Parses_longitude_then_latitude(string text)
    {
        GeoPoint.TryParse(text, out var point, out var error).ShouldBeTrue(error);
        point.ShouldBe(Tianyuan);
        error.ShouldBeEmpty();
    }

    [Fact]
    public void Value_is_the_canonical_text_and_parses_back()
    {
        Tianyuan.Value.ShouldBe("113.08,27.83");
        Tianyuan.ToString().ShouldBe("113.08,27.83");
        GeoPoint.Parse(Tianyuan.Value).ShouldBe(Tianyuan);
    }

    [Theory]
    [InlineData(null, "坐标不能为空")]
    [InlineData(" ", "坐标不能为空")]
    [InlineData("113.08", "坐标格式应为“经度,纬度”，例如“113.08,27.83”")]
    [InlineData("113.08,27.83,0", "坐标格式应为“经度,纬度”，例如“113.08,27.83”")]
    [InlineData("abc,27.83", "经度“abc”不是有效数字")]
    [InlineData("113.08,NaN", "纬度“NaN”不是有效数字")]
    [InlineData("200,27.83", "经度应在-180到180之间，实际为200")]
    [InlineData("113.08,-91", "纬度应在-90到90之间，实际为-91")]
    [InlineData("27.83,113.08", "纬度应在-90到90之间，实际为113.08（是否把经纬度写反了？）")]
    public void Each_failure_reason_has_its_own_message(string? text, string expected)
    {
        GeoPoint.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldBe(expected);
    }

    [Theory]
    [InlineData(113.08, 27.83, "")]
    [InlineData(double.NaN, 27.83, "经度“NaN”不是有效数字")]
    [InlineData(113.08, double.PositiveInfinity, "纬度“Infinity”不是有效数字")]
    [InlineData(200, 27.83, "经度应在-180到180之间，实际为200")]
    [InlineData(double.NaN, 200, "经度“NaN”不是有效数字")]
    [InlineData(27.83, 113.08, "纬度应在-90到90之间，实际为113.08（是否把经纬度写反了？）")]
    public void Numbers_already_read_are_checked_with_the_words_of_parsing(double longitude, double latitude, string expected)
    {
        GeoPoint.TryCreate(longitude, latitude, out var point, out var error).ShouldBe(expected.Length == 0);
        error.ShouldBe(expected);
        if (expected.Length == 0)
        {
            point.ShouldBe(new GeoPoint(longitude, latitude));
        }
        else
        {
            var text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{longitude},{latitude}");
            GeoPoint.TryParse(text, out _, out var parsed).ShouldBeFalse();
            parsed.ShouldBe(expected);

            // Forms file the message under the field it names, telling the two apart by this.
            GeoPoint.IsValidLongitude(longitude).ShouldBe(expected.StartsWith("纬度", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(180.5, 0)]
    [InlineData(0, 90.5)]
    [InlineData(double.NaN, 0)]
    public void Constructor_refuses_out_of_range_coordinates(double longitude, double latitude)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new GeoPoint(longitude, latitude));
        Should.Throw<ArgumentOutOfRangeException>(() => GeoPoint.FromGcj02(longitude, latitude));
    }

    [Property]
    public bool Gcj02_round_trip_stays_within_half_a_metre_in_china(ChinaPoint p)
    {
        var gcj = p.Point.ToGcj02();
        return GeoPoint.FromGcj02(gcj.Longitude, gcj.Latitude).DistanceTo(p.Point) < 0.5;
    }

    [Property]
    public bool Bd09_round_trip_stays_within_half_a_metre_in_china(ChinaPoint p)
    {
        var bd = p.Point.ToBd09();
        return GeoPoint.FromBd09(bd.Longitude, bd.Latitude).DistanceTo(p.Point) < 0.5;
    }

    [Property]
    public bool Distance_is_symmetric_and_zero_to_itself(AnyPoint a, AnyPoint b) =>
        a.Point.DistanceTo(a.Point) == 0
        && Math.Abs(a.Point.DistanceTo(b.Point) - b.Point.DistanceTo(a.Point)) < 1e-6
        && a.Point.DistanceTo(b.Point) <= Math.PI * 6_371_008.8 + 1e-6;

    [Property]
    public bool Value_round_trips_exactly(AnyPoint p) => GeoPoint.Parse(p.Point.Value) == p.Point;
}
