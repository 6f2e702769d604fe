using FsCheck.Xunit;

namespace Doorstep.Kernel.Tests;

/// <summary>Rules from domain-rules.md, "Region codes" (NBS 统计用区划代码, GB/T 2260, grids).</summary>
[Properties(Arbitrary = [typeof(KernelArbitraries)])]
public class RegionCodeTests
{
    private const string Zhuzhou = "430200000000";
    private const string Tianyuan = "430211000000";
    private const string Lusong = "430203000000";

    [Theory]
    [InlineData("430000000000", RegionLevel.Province, "43")]
    [InlineData(Zhuzhou, RegionLevel.City, "4302")]
    [InlineData(Tianyuan, RegionLevel.County, "430211")]
    [InlineData("430211001000", RegionLevel.Town, "430211001")]
    [InlineData("430211001001", RegionLevel.Village, "430211001001")]
    [InlineData("430211001001001", RegionLevel.Grid, "430211001001001")]
    public void Level_and_prefix_follow_from_trailing_zeros(string text, RegionLevel level, string prefix)
    {
        // NBS layout: province 2 + city 2 + county 2 + town 3 + village 3; grids add a 3-digit suffix.
        var code = RegionCode.Parse(text);

        code.Value.ShouldBe(text);
        code.ToString().ShouldBe(text);
        code.Level.ShouldBe(level);
        code.Prefix.ShouldBe(prefix);
    }

    [Fact]
    public void Parent_chain_climbs_one_level_at_a_time_to_the_province()
    {
        var chain = new List<string>();
        for (RegionCode? code = RegionCode.Parse("430211001001001"); code is not null; code = code.Parent)
        {
            chain.Add(code.Value);
        }

        chain.ShouldBe(["430211001001001", "430211001001", "430211001000", Tianyuan, Zhuzhou, "430000000000"]);
    }

    [Fact]
    public void Seed_city_contains_its_districts_and_districts_are_disjoint()
    {
        // Seed examples: Zhuzhou 4302, Tianyuan 430211, Lusong 430203 (prefix = subtree).
        var zhuzhou = RegionCode.Parse(Zhuzhou);
        var tianyuan = RegionCode.Parse(Tianyuan);
        var lusong = RegionCode.Parse(Lusong);

        zhuzhou.Contains(tianyuan).ShouldBeTrue();
        zhuzhou.Contains(lusong).ShouldBeTrue();
        zhuzhou.Contains(zhuzhou).ShouldBeTrue();
        tianyuan.Contains(lusong).ShouldBeFalse();
        tianyuan.Contains(zhuzhou).ShouldBeFalse();
        tianyuan.Contains(RegionCode.Parse("430211001001001")).ShouldBeTrue();
    }

    [Fact]
    public void Town_of_a_city_without_counties_has_the_city_as_parent()
    {
        // Dongguan (441900) administers its towns directly, so the county digits are 00.
        var town = RegionCode.Parse("441900003000");

        town.Level.ShouldBe(RegionLevel.Town);
        town.Parent.ShouldBe(RegionCode.Parse("441900000000"));
        town.Parent!.Level.ShouldBe(RegionLevel.City);
        town.Parent.Contains(town).ShouldBeTrue();
    }

    [Theory]
    [InlineData("430211001001", "430211", true)]
    [InlineData("430211001001", "4302", true)]
    [InlineData("430203001001", "430211", false)]
    [InlineData("43021", "430211", false)]
    public void IsInside_compares_stored_codes_with_a_scope_prefix(string code, string scope, bool expected)
    {
        RegionCode.IsInside(code, scope).ShouldBe(expected);
    }

    [Fact]
    public void IsInside_refuses_an_empty_scope_instead_of_granting_everything()
    {
        Should.Throw<ArgumentException>(() => RegionCode.IsInside("430211001001", ""));
    }

    [Theory]
    [InlineData(null, "区划代码不能为空")]
    [InlineData(" ", "区划代码不能为空")]
    [InlineData("430211", "区划代码应为12位（网格代码为15位），实际为6位")]
    [InlineData("43021100100", "区划代码应为12位（网格代码为15位），实际为11位")]
    [InlineData("43021100100A", "区划代码第12位“A”不是数字")]
    [InlineData("990000000000", "区划代码前两位“99”不是有效的省级行政区划代码")]
    [InlineData("430011000000", "区划代码结构无效：市级代码为00时，下级代码应全为0")]
    [InlineData("430211000001", "区划代码结构无效：乡镇（街道）代码为000时，村（社区）代码应为000")]
    [InlineData("430211001001000", "网格代码后3位不能为000")]
    [InlineData("430211001000001", "网格代码前12位应为村（社区）级代码")]
    public void Each_failure_reason_has_its_own_message(string? text, string expected)
    {
        RegionCode.TryParse(text, out var code, out var error).ShouldBeFalse();
        code.ShouldBeNull();
        error.ShouldBe(expected);
    }

    [Fact]
    public void Parse_throws_FormatException_with_the_same_message()
    {
        Should.Throw<FormatException>(() => RegionCode.Parse("990000000000"))
            .Message.ShouldBe("区划代码前两位“99”不是有效的省级行政区划代码");
    }

    [Theory]
    [InlineData(RegionLevel.Province, "省")]
    [InlineData(RegionLevel.City, "市")]
    [InlineData(RegionLevel.County, "区县")]
    [InlineData(RegionLevel.Town, "乡镇街道")]
    [InlineData(RegionLevel.Village, "村社区")]
    [InlineData(RegionLevel.Grid, "网格")]
    public void Levels_have_chinese_names_that_parse_back(RegionLevel level, string name)
    {
        level.ChineseName().ShouldBe(name);
        RegionLevels.TryParseChinese(name, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(level);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("街道")]
    [InlineData("Province")]
    public void Unknown_chinese_level_names_are_refused(string? name)
    {
        RegionLevels.TryParseChinese(name, out _).ShouldBeFalse();
    }

    [Property]
    public bool Parent_chain_ends_at_a_province_and_each_parent_contains_its_child(RegionSample sample)
    {
        var code = sample.Code;
        while (code.Parent is { } parent)
        {
            if (parent.Level >= code.Level || !parent.Contains(code) || code.Contains(parent))
            {
                return false;
            }

            code = parent;
        }

        return code.Level == RegionLevel.Province && code.Contains(sample.Code);
    }

    [Property]
    public bool Codes_round_trip_through_their_stored_value(RegionSample sample) =>
        RegionCode.Parse(sample.Code.Value) == sample.Code
        && RegionCode.IsInside(sample.Code.Value, sample.Code.Prefix);
}
