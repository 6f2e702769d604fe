using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Safety.Tests;

/// <summary>The venue registry and the size check against each kind's limit, on SQLite and PostgreSQL.</summary>
public sealed class VenueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_venue_too_big_for_its_kind_is_flagged_and_checked_again_when_the_limit_changes(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await DemoAsync(database);
        var fire = await app.ClientForAsync("fire");

        var kinds = (await fire.GetFromJsonAsync<JsonElement>("/api/v1/safety/venue-kinds", Ct)).EnumerateArray().ToList();
        kinds.Count.ShouldBe(12);
        kinds.Single(k => k.GetProperty("code").GetString() == "small-shop").GetProperty("limit").GetInt32().ShouldBe(300);

        var inn = await VenueAsync(fire, "雷打石镇悦来旅社");
        inn.GetProperty("overLimit").GetString().ShouldBe("床位62床，超过小旅馆上限50床");
        inn.GetProperty("responsiblePhone").GetString().ShouldBe("137****7788");

        var shop = (await VenueAsync(fire, "雷打石镇霞石村便民超市")).GetProperty("id").GetGuid();
        var bad = await fire.PutAsJsonAsync($"/api/v1/safety/venues/{shop}", new { floorArea = -5, floors = 0, responsiblePhone = "1234" }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problems = await bad.Content.ReadAsStringAsync(Ct);
        problems.ShouldContain("营业面积应为0～1000000平方米");
        problems.ShouldContain("楼层数应为1～200");
        problems.ShouldContain("responsiblePhone");

        var grown = await fire.PutAsJsonAsync($"/api/v1/safety/venues/{shop}", new { floorArea = 350, floors = 1, highestFloor = 1, peopleLiving = 2, responsible = "刘桂香" }, Ct);
        grown.StatusCode.ShouldBe(HttpStatusCode.OK, await grown.Content.ReadAsStringAsync(Ct));
        var flagged = await grown.Content.ReadFromJsonAsync<JsonElement>(Ct);
        flagged.GetProperty("overLimit").GetString().ShouldBe("营业面积350平方米，超过小商店上限300平方米");
        flagged.GetProperty("responsiblePhone").GetString().ShouldBe("139****1122");
        (await fire.GetFromJsonAsync<JsonElement>("/api/v1/safety/venues?overLimit=true", Ct)).GetProperty("total").GetInt32().ShouldBe(2);

        var officer = await app.ClientForAsync("officer");
        (await officer.PutAsJsonAsync("/api/v1/safety/venue-kinds/small-shop", new { limit = 400 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await VenueAsync(fire, "雷打石镇霞石村便民超市")).GetProperty("overLimit").ValueKind.ShouldBe(JsonValueKind.Null);
        (await officer.PutAsJsonAsync("/api/v1/safety/venue-kinds/petrol-station", new { limit = 10 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Platform.Data.DoorstepDb>();
        (await db.Set<Venues.Venue>().IgnoreQueryFilters().Where(v => v.ResponsiblePhoneCipher != null).Select(v => v.ResponsiblePhoneCipher!).ToListAsync(Ct))
            .ShouldAllBe(c => !c.Contains("1122") && !c.Contains("7788"));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Each_reader_sees_the_venues_of_their_regions_and_health_staff_none(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await DemoAsync(database);

        var grid = await app.ClientForAsync("grid");
        var names = (await grid.GetFromJsonAsync<JsonElement>("/api/v1/safety/venues?pageSize=100", Ct)).GetProperty("items").EnumerateArray().Select(v => v.GetProperty("name").GetString()).ToList();
        names.ShouldContain("雷打石镇霞石村便民超市");
        names.ShouldNotContain("雷打石镇悦来旅社");

        var fire = await app.ClientForAsync("fire");
        var inn = (await VenueAsync(fire, "雷打石镇悦来旅社")).GetProperty("id").GetGuid();
        (await grid.PutAsJsonAsync($"/api/v1/safety/venues/{inn}", new { beds = 10 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await grid.PutAsJsonAsync("/api/v1/safety/venue-kinds/small-shop", new { limit = 500 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var doctor = await app.ClientForAsync("doctor");
        (await doctor.GetAsync("/api/v1/safety/venues", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var html = await fire.GetStringAsync("/safety/venues?overLimit=true", Ct);
        html.ShouldContain("雷打石镇悦来旅社");
        html.ShouldContain("超过小旅馆上限50床");
        (await doctor.GetAsync("/safety/venues", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    private static Task<DoorstepAppFactory> DemoAsync(TestDatabase database) => SafetyDemo.StartAsync(database);

    private static Task<JsonElement> VenueAsync(HttpClient client, string name) => SafetyDemo.VenueAsync(client, name);
}
