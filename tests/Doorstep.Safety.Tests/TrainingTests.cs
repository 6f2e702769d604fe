using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Safety.Tests;

/// <summary>Fire-safety training sessions: their rules, who sees which, and the totals, on SQLite and PostgreSQL.</summary>
public sealed class TrainingTests
{
    private const string Xiashi = "430211101201";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly BeijingToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_session_is_refused_field_by_field_then_recorded_corrected_and_removed_with_an_audit_entry_each(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await DemoAsync(database);
        var fire = await app.ClientForAsync("fire");

        var empty = await Problem(await fire.PostAsJsonAsync("/api/v1/safety/training", new { }, Ct));
        foreach (var field in new[] { "date", "regionCode", "place", "topics", "attendees" })
        {
            empty.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        var wrong = await Problem(await fire.PostAsJsonAsync("/api/v1/safety/training", new
        {
            date = Iso(BeijingToday.AddYears(1).AddDays(1)), regionCode = "430203101201", place = new string('村', 101), topics = new[] { " " },
            attendees = 10_001, venueKinds = new[] { "karaoke" },
        }, Ct));
        var errors = wrong.GetProperty("errors");
        errors.GetProperty("date")[0].GetString()!.ShouldContain("最多提前一年");
        errors.GetProperty("regionCode")[0].GetString()!.ShouldContain("不在您的管辖范围内");
        errors.GetProperty("place")[0].GetString()!.ShouldContain("不超过100字");
        errors.GetProperty("topics")[0].GetString()!.ShouldContain("至少");
        errors.GetProperty("attendees")[0].GetString().ShouldBe("参训人数应为1～10000人");
        errors.GetProperty("venueKinds")[0].GetString()!.ShouldContain("karaoke");
        (await Problem(await fire.PostAsJsonAsync("/api/v1/safety/training", Session(Iso(BeijingToday), attendees: 0), Ct)))
            .GetProperty("errors").GetProperty("attendees").GetArrayLength().ShouldBe(1);

        var planned = Iso(BeijingToday.AddYears(1));
        var created = await fire.PostAsJsonAsync("/api/v1/safety/training", Session(planned, attendees: 30), Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var session = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = session.GetProperty("id").GetGuid();
        session.GetProperty("regionName").GetString().ShouldBe("霞石村");
        session.GetProperty("topics").EnumerateArray().Select(t => t.GetString()).ShouldBe(["灭火器使用", "疏散逃生", "消防安全标志识别"]);
        session.GetProperty("createdBy").GetString().ShouldBe("fire");

        var corrected = await fire.PutAsJsonAsync($"/api/v1/safety/training/{id}", Session(planned, attendees: 35), Ct);
        corrected.StatusCode.ShouldBe(HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync(Ct));
        (await corrected.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("attendees").GetInt32().ShouldBe(35);
        (await fire.DeleteAsync($"/api/v1/safety/training/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await fire.DeleteAsync($"/api/v1/safety/training/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        (await db.AuditEntries.Where(a => a.ObjectType == "TrainingSession" && a.ObjectId == id.ToString()).Select(a => a.Event).ToListAsync(Ct))
            .ShouldBe(["create", "update", "delete"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_grid_member_sees_the_sessions_of_his_village_and_the_totals_follow_the_filter(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await DemoAsync(database);
        var fire = await app.ClientForAsync("fire");
        var grid = await app.ClientForAsync("grid");

        var town = await fire.GetFromJsonAsync<JsonElement>("/api/v1/safety/training?year=2024", Ct);
        town.GetProperty("total").GetInt32().ShouldBe(4);
        town.GetProperty("attendees").GetInt32().ShouldBe(48 + 15 + 62 + 12);
        var dates = town.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("date").GetString()).ToList();
        dates.ShouldBe(["2024-06-05", "2024-03-12", "2024-01-26", "2024-01-20"]);

        var village = await fire.GetFromJsonAsync<JsonElement>("/api/v1/safety/training?year=2024&region=430211101202", Ct);
        village.GetProperty("total").GetInt32().ShouldBe(1);
        village.GetProperty("attendees").GetInt32().ShouldBe(62);

        var paged = await fire.GetFromJsonAsync<JsonElement>("/api/v1/safety/training?year=2024&pageSize=3&page=2", Ct);
        paged.GetProperty("items").GetArrayLength().ShouldBe(1);
        paged.GetProperty("attendees").GetInt32().ShouldBe(137);

        var own = await grid.GetFromJsonAsync<JsonElement>("/api/v1/safety/training?year=2024", Ct);
        own.GetProperty("total").GetInt32().ShouldBe(1);
        own.GetProperty("attendees").GetInt32().ShouldBe(48);
        own.GetProperty("items")[0].GetProperty("title").GetString().ShouldBe("春节前九小场所负责人消防培训");
        (await grid.GetFromJsonAsync<JsonElement>("/api/v1/safety/training", Ct)).GetProperty("items").EnumerateArray()
            .ShouldAllBe(s => s.GetProperty("regionCode").GetString() == Xiashi);

        var fireworks = town.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("regionCode").GetString() == "430211101000").GetProperty("id").GetGuid();
        (await grid.PutAsJsonAsync($"/api/v1/safety/training/{fireworks}", Session("2024-01-26", attendees: 1), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await grid.DeleteAsync($"/api/v1/safety/training/{fireworks}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Problem(await grid.PostAsJsonAsync("/api/v1/safety/training", Session("2024-05-01", attendees: 10, region: "430211101202"), Ct)))
            .GetProperty("errors").GetProperty("regionCode")[0].GetString()!.ShouldContain("不在您的管辖范围内");

        var officer = await app.ClientForAsync("officer");
        (await officer.GetAsync("/api/v1/safety/training", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.PostAsJsonAsync("/api/v1/safety/training", Session("2024-05-01", attendees: 10), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var doctor = await app.ClientForAsync("doctor");
        (await doctor.GetAsync("/api/v1/safety/training", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var html = await grid.GetStringAsync("/safety/training?year=2024", Ct);
        html.ShouldContain("春节前九小场所负责人消防培训");
        html.ShouldContain("2024年1月20日");
        html.ShouldNotContain("烟花爆竹经营安全培训");
        (await doctor.GetAsync("/safety/training", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    private static object Session(string date, int attendees, string region = Xiashi) => new
    {
        date, regionCode = region, place = "霞石村村部", title = "村民消防安全培训", topics = new[] { "灭火器使用", "疏散逃生", "消防安全标志识别", "疏散逃生" },
        organiser = "雷打石镇人民政府", trainer = "周奕江", attendees, venueKinds = new[] { "small-shop" },
    };

    private static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>The application over the database with the demo district's sessions and accounts, no residents.</summary>
    private static async Task<DoorstepAppFactory> DemoAsync(TestDatabase database)
    {
        var app = new DoorstepAppFactory(database);
        _ = app.Server;
        await app.SeedDemoAsync(0);
        return app;
    }
}
