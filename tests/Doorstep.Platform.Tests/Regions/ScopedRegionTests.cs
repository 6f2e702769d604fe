using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Platform.Tests.Regions;

/// <summary>
/// The one check every form makes of a region code it is given: well-formed, and a region of the
/// signed-in user's scope; each refusal lands on the form's own field.
/// </summary>
public sealed class ScopedRegionTests
{
    private const string NoSuchVillage = "430211101299";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_region_inside_the_callers_scope_is_returned(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);
        await using var scope = fixture.ScopeOf(DemoDistrict.Leidashi);
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        var errors = new FieldErrors();

        var region = await ScopedRegion.CheckAsync(db, $" {DemoDistrict.Xiashi} ", "region", errors, Ct);

        errors.IsEmpty.ShouldBeTrue();
        region.ShouldBe(DemoDistrict.Code(DemoDistrict.Xiashi));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_region_outside_the_callers_scope_or_not_on_the_tree_is_refused_alike(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);
        await using var scope = fixture.ScopeOf(DemoDistrict.Leidashi);
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        var outside = new FieldErrors();
        var unknown = new FieldErrors();

        (await ScopedRegion.CheckAsync(db, DemoDistrict.BaiguanVillage, "regions", outside, Ct)).ShouldBeNull();
        (await ScopedRegion.CheckAsync(db, NoSuchVillage, "regionCode", unknown, Ct)).ShouldBeNull();

        outside.ToString().ShouldBe($"regions: 区划代码 {DemoDistrict.BaiguanVillage} 不存在或不在您的管辖范围内");
        unknown.ToString().ShouldBe($"regionCode: 区划代码 {NoSuchVillage} 不存在或不在您的管辖范围内");
    }

    [Fact]
    public async Task A_malformed_or_missing_code_is_refused_with_the_reason()
    {
        await using var fixture = await PlatformFixture.StartAsync(TestDatabase.Sqlite);
        await using var scope = fixture.ScopeOf(DemoDistrict.Leidashi);
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        RegionCode.TryParse("4302111012", out _, out var reason).ShouldBeFalse();
        var malformed = new FieldErrors();
        var empty = new FieldErrors();
        var asked = new FieldErrors();

        (await ScopedRegion.CheckAsync(db, "4302111012", "region", malformed, Ct)).ShouldBeNull();
        (await ScopedRegion.CheckAsync(db, " ", "region", empty, Ct)).ShouldBeNull();
        (await ScopedRegion.CheckAsync(db, null, "place", "请选择活动所在的区划", asked, Ct)).ShouldBeNull();

        malformed.ToString().ShouldBe($"region: {reason}");
        empty.ToString().ShouldBe("region: 区划代码不能为空");
        asked.ToString().ShouldBe("place: 请选择活动所在的区划");
    }
}
