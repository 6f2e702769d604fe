using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Kernel;

namespace Doorstep.Employment.Tests;

/// <summary>The circle over residents placed by hand round 康华社区's station, through the API on both databases.</summary>
public sealed class CoverageApiTests
{
    private const string Kanghua = "430211001001";
    private const string Tianyuan = "430211000000";
    private static int sequence = 300;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Coverage_counts_residents_within_reach_and_placement_suggests_the_gap(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new DoorstepAppFactory(database);
        _ = app.Server;
        await app.SeedDemoAsync(0);
        var officer = await app.ClientForAsync("officer");

        var station = (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/organisations?q={Uri.EscapeDataString("康华社区“家门口”就业服务站")}", Ct)).GetProperty("items")[0];
        var (lon, lat) = (station.GetProperty("longitude").GetDouble(), station.GetProperty("latitude").GetDouble());
        var gap = await GridOutOfReachAsync(officer);

        // On the doorstep and 300 m north (inside the 615 m radius) in 康华社区, and one at the centre of a grid no station reaches.
        await ResidentAsync(officer, "邓秋月", Kanghua + "001", lon, lat);
        await ResidentAsync(officer, "彭建国", Kanghua + "002", lon, lat + 300 / 110_574.0);
        await ResidentAsync(officer, "谭小红", gap.Code, gap.Longitude, gap.Latitude);

        var coverage = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/employment/coverage?region={Tianyuan}&minutes=10", Ct);
        coverage.GetProperty("residents").GetInt32().ShouldBe(3);
        coverage.GetProperty("covered").GetInt32().ShouldBe(2);
        coverage.GetProperty("coverageRate").GetDouble().ShouldBe(0.6667);
        var communities = coverage.GetProperty("communities").EnumerateArray().ToList();
        var kanghua = communities.Single(c => c.GetProperty("code").GetString() == Kanghua);
        kanghua.GetProperty("name").GetString().ShouldBe("康华社区");
        kanghua.GetProperty("covered").GetInt32().ShouldBe(2);
        kanghua.GetProperty("grids").GetArrayLength().ShouldBe(2);
        coverage.GetProperty("uncovered").EnumerateArray().Single().GetProperty("code").GetString().ShouldBe(gap.Code[..12]);

        // A 2-minute walk (123 m) reaches only the resident on the doorstep.
        (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/employment/coverage?region={Kanghua}&minutes=2", Ct)).GetProperty("covered").GetInt32().ShouldBe(1);

        var placement = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/employment/coverage/placement?region={Tianyuan}&sites=3", Ct);
        var sites = placement.GetProperty("sites").EnumerateArray().ToList();
        sites.Count.ShouldBe(1);
        sites[0].GetProperty("gain").GetInt32().ShouldBe(1);
        sites[0].GetProperty("coverageRateAfter").GetDouble().ShouldBe(1);
    }

    /// <summary>A grid of 天元区 whose centre is farther than the 10-minute radius from every station.</summary>
    private static async Task<(string Code, double Longitude, double Latitude)> GridOutOfReachAsync(HttpClient client)
    {
        var stations = new List<GeoPoint>();
        foreach (var kind in new[] { "employment-station", "gig-station", "gig-market" })
        {
            var found = await client.GetFromJsonAsync<JsonElement>($"/api/v1/organisations?kind={kind}&pageSize=200", Ct);
            stations.AddRange(found.GetProperty("items").EnumerateArray().Select(o => new GeoPoint(o.GetProperty("longitude").GetDouble(), o.GetProperty("latitude").GetDouble())));
        }

        var queue = new Queue<string>([Tianyuan]);
        while (queue.TryDequeue(out var parent))
        {
            foreach (var child in (await client.GetFromJsonAsync<JsonElement>($"/api/v1/regions?parent={parent}", Ct)).EnumerateArray())
            {
                var childCode = child.GetProperty("code").GetString()!;
                if (childCode.Length == 15 && child.GetProperty("longitude").ValueKind == JsonValueKind.Number)
                {
                    var centre = new GeoPoint(child.GetProperty("longitude").GetDouble(), child.GetProperty("latitude").GetDouble());
                    if (stations.All(s => s.DistanceTo(centre) > 2_000))
                    {
                        return (childCode, centre.Longitude, centre.Latitude);
                    }
                }
                else
                {
                    queue.Enqueue(childCode);
                }
            }
        }

        throw new InvalidOperationException("The demo district has no grid out of every station's reach");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task Bad_questions_are_refused_and_health_staff_may_not_ask(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new DoorstepAppFactory(database);
        _ = app.Server;
        await app.SeedDemoAsync(0);
        var jobs = await app.ClientForAsync("jobs");

        (await jobs.GetAsync("/api/v1/employment/coverage?region=43x", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await jobs.GetAsync($"/api/v1/employment/coverage?region={Kanghua}&minutes=0", Ct)).Content.ReadAsStringAsync(Ct)).ShouldContain("步行时间应为1～60分钟");
        (await (await jobs.GetAsync("/api/v1/employment/coverage?region=430203000000", Ct)).Content.ReadAsStringAsync(Ct)).ShouldContain("不在您的管辖范围内");
        (await jobs.GetAsync($"/api/v1/employment/coverage/placement?region={Kanghua}&sites=0", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var ok = await jobs.GetAsync($"/api/v1/employment/coverage?region={Kanghua}", Ct);
        ok.StatusCode.ShouldBe(HttpStatusCode.OK, $"{ok.Headers.Location} {await ok.Content.ReadAsStringAsync(Ct)}");

        var doctor = await app.ClientForAsync("doctor");
        (await doctor.GetAsync($"/api/v1/employment/coverage?region={Kanghua}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task ResidentAsync(HttpClient client, string name, string region, double longitude, double latitude)
    {
        var id = CitizenId.Create("430211", new DateOnly(1980, 1, 1).AddDays(Interlocked.Increment(ref sequence)), sequence);
        var response = await client.PostAsJsonAsync("/api/v1/people", new { name, idNumber = id, regionCode = region, address = "天元区嵩山街道康华小区", longitude, latitude }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
    }
}
