using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Employment.Walls;
using Doorstep.Kernel;
using Doorstep.Platform.Ui;
using static Doorstep.Employment.Tests.EmploymentDemo;

namespace Doorstep.Employment.Tests;

/// <summary>
/// The weekly walls through the API on SQLite and PostgreSQL: what goes on a station's wall and what
/// never does, this week's wall made again in place while past weeks stay as they were, the public
/// view, and the stations a specialist may see and make walls for.
/// </summary>
public sealed class WallTests
{
    private const string Kanghua = "康华社区“家门口”就业服务站";
    private const string Xiashi = "霞石村就业服务角";
    private const string KanghuaGrid = "430211001001001";
    private const string XiashiGrid = "430211101201001";

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_station_wall_lists_open_vacancies_and_consenting_seekers_nearby_and_only_this_week_is_made_again(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var stations = (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/stations", Ct)).EnumerateArray().ToList();
        var kanghua = stations.Single(s => s.GetProperty("name").GetString() == Kanghua);
        var kanghuaId = kanghua.GetProperty("organisationId").GetGuid();
        var (lon, lat) = (kanghua.GetProperty("longitude").GetDouble(), kanghua.GetProperty("latitude").GetDouble());
        var xiashi = stations.Single(s => s.GetProperty("name").GetString() == Xiashi);
        var (farLon, farLat) = (xiashi.GetProperty("longitude").GetDouble(), xiashi.GetProperty("latitude").GetDouble());
        var today = ShanghaiTime.Today(TimeProvider.System);
        var thisWeek = WallWeek.MondayOf(today);

        // The demo made this week's and last week's walls when it was seeded.
        var demoWall = (await Walls(jobs, $"station={kanghuaId}&week={WallWeek.Iso(thisWeek)}")).Single();
        var lastWeek = (await Walls(jobs, $"station={kanghuaId}&week={WallWeek.Iso(thisWeek.AddDays(-7))}")).Single();

        var employer = await EmployerAsync(jobs, "湘厨酒家");
        var restaurant = employer.GetProperty("id").GetGuid();
        var open = await VacancyAsync(jobs, restaurant, "墙上服务员", lon + 0.002, lat, today.AddDays(-20), today.AddDays(30), suits: ["hearing"]);
        var closed = await VacancyAsync(jobs, restaurant, "已招满传菜员", lon, lat + 0.001, today.AddDays(-20), today.AddDays(30));
        (await jobs.PostAsync($"/api/v1/employment/vacancies/{closed}/close", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var expired = await VacancyAsync(jobs, restaurant, "过期洗碗工", lon, lat - 0.001, today.AddDays(-40), today.AddDays(-1));
        var held = await VacancyAsync(jobs, restaurant, "待审后厨", lon, lat, today.AddDays(-20), today.AddDays(30), requirements: "限男性，身体健康");
        var far = await VacancyAsync(jobs, restaurant, "雷打石服务员", farLon, farLat, today.AddDays(-20), today.AddDays(30));

        var wangId = CitizenId.Create("430211", new DateOnly(1985, 7, 14), 1);
        var wang = await SeekerAsync(jobs, "王建国", wangId, KanghuaGrid, lon + 0.001, lat, consent: true);
        await SeekerAsync(jobs, "李秀英", CitizenId.Create("430211", new DateOnly(1990, 2, 3), 2), KanghuaGrid, lon, lat + 0.001, consent: false);
        var paused = await SeekerAsync(jobs, "赵小军", CitizenId.Create("430211", new DateOnly(1992, 5, 6), 3), KanghuaGrid, lon, lat - 0.001, consent: true);
        (await jobs.PostAsJsonAsync($"/api/v1/employment/seekers/{paused}/status", new { status = "paused" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await SeekerAsync(jobs, "陈志强", CitizenId.Create("430211", new DateOnly(1988, 9, 9), 4), XiashiGrid, farLon, farLat, consent: true);

        var run = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/walls/generate", new { stationId = kanghuaId }, Ct), HttpStatusCode.OK);
        run.GetProperty("weekStart").GetString().ShouldBe(WallWeek.Iso(thisWeek));
        var made = run.GetProperty("walls").EnumerateArray().Single();
        made.GetProperty("result").GetString().ShouldBe("replaced");
        made.GetProperty("wallId").GetGuid().ShouldBe(demoWall.GetProperty("id").GetGuid());
        var wallId = made.GetProperty("wallId").GetGuid();

        var wall = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/walls/{wallId}", Ct);
        var vacancies = wall.GetProperty("vacancies").EnumerateArray().ToList();
        var mine = vacancies.Single(v => v.GetProperty("vacancyId").GetGuid() == open);
        mine.GetProperty("title").GetString().ShouldBe("墙上服务员");
        mine.GetProperty("employerName").GetString().ShouldBe(employer.GetProperty("name").GetString());
        mine.GetProperty("headcount").GetInt32().ShouldBe(3);
        mine.GetProperty("suitableForDisabled").GetBoolean().ShouldBeTrue();
        vacancies.Select(v => v.GetProperty("vacancyId").GetGuid()).ShouldNotContain(closed);
        vacancies.Select(v => v.GetProperty("vacancyId").GetGuid()).ShouldNotContain(expired);
        vacancies.Select(v => v.GetProperty("vacancyId").GetGuid()).ShouldNotContain(held);
        vacancies.Select(v => v.GetProperty("vacancyId").GetGuid()).ShouldNotContain(far);
        wall.GetProperty("stationPhone").GetString().ShouldBe("0731-22830516");
        wall.GetProperty("wall").GetProperty("vacancyCount").GetInt32().ShouldBe(vacancies.Count);

        var seekers = wall.GetProperty("seekers").EnumerateArray().ToList();
        seekers.Select(s => s.GetProperty("maskedName").GetString()).ShouldBe(["王**"]);
        seekers[0].GetProperty("seekerId").GetGuid().ShouldBe(wang);
        seekers[0].GetProperty("occupations")[0].GetString().ShouldBe("保安员");
        seekers[0].GetProperty("skills")[0].GetString().ShouldBe("巡逻");
        var staffText = wall.GetRawText();
        staffText.ShouldNotContain("王建国");
        staffText.ShouldNotContain(wangId);
        staffText.ShouldNotContain(CitizenId.Parse(wangId).Masked);

        // The public reads the same wall without the seekers' ids or who made it.
        var resident = app.CreateClient();
        var shown = await resident.GetFromJsonAsync<JsonElement>($"/api/v1/public/walls/{wallId}", Ct);
        var publicText = shown.GetRawText();
        publicText.ShouldContain("王**");
        publicText.ShouldNotContain("王建国");
        publicText.ShouldNotContain(wang.ToString());
        publicText.ShouldNotContain(wangId);
        publicText.ShouldNotContain("seekerId");
        publicText.ShouldNotContain("generatedBy");
        var week = await resident.GetFromJsonAsync<JsonElement>("/api/v1/public/walls", Ct);
        week.GetProperty("walls").EnumerateArray().Select(w => w.GetProperty("id").GetGuid()).ShouldContain(wallId);

        // The far seeker is on the far station's wall.
        var xiashiRun = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/walls/generate", new { stationId = xiashi.GetProperty("organisationId").GetGuid() }, Ct), HttpStatusCode.OK);
        var xiashiWall = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/walls/{xiashiRun.GetProperty("walls")[0].GetProperty("wallId").GetGuid()}", Ct);
        xiashiWall.GetProperty("seekers").EnumerateArray().Select(s => s.GetProperty("maskedName").GetString()).ShouldBe(["陈**"]);
        xiashiWall.GetProperty("vacancies").EnumerateArray().Select(v => v.GetProperty("vacancyId").GetGuid()).ShouldContain(far);

        // A past week's wall is made when missing, then kept as it was; this week's is made again in place.
        var twoWeeksAgo = WallWeek.Iso(thisWeek.AddDays(-12));
        var past = (await Json(await jobs.PostAsJsonAsync("/api/v1/employment/walls/generate", new { stationId = kanghuaId, week = twoWeeksAgo }, Ct), HttpStatusCode.OK)).GetProperty("walls")[0];
        past.GetProperty("result").GetString().ShouldBe("created");
        var pastWall = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/walls/{past.GetProperty("wallId").GetGuid()}", Ct);
        pastWall.GetProperty("wall").GetProperty("weekStart").GetString().ShouldBe(WallWeek.Iso(thisWeek.AddDays(-14)));
        pastWall.GetProperty("vacancies").EnumerateArray().Select(v => v.GetProperty("vacancyId").GetGuid()).ShouldContain(open);

        (await jobs.PostAsync($"/api/v1/employment/vacancies/{open}/close", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/walls/generate", new { }, Ct), HttpStatusCode.OK);
        var results = again.GetProperty("walls").EnumerateArray().ToList();
        results.Count.ShouldBe(stations.Count);
        results.ShouldAllBe(w => w.GetProperty("result").GetString() == "replaced");
        var remade = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/walls/{wallId}", Ct);
        remade.GetProperty("vacancies").EnumerateArray().Select(v => v.GetProperty("vacancyId").GetGuid()).ShouldNotContain(open);

        var keptPast = (await Json(await jobs.PostAsJsonAsync("/api/v1/employment/walls/generate", new { stationId = kanghuaId, week = twoWeeksAgo }, Ct), HttpStatusCode.OK)).GetProperty("walls")[0];
        keptPast.GetProperty("result").GetString().ShouldBe("kept");
        keptPast.GetProperty("wallId").GetGuid().ShouldBe(past.GetProperty("wallId").GetGuid());
        (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/walls/{past.GetProperty("wallId").GetGuid()}", Ct))
            .GetProperty("vacancies").EnumerateArray().Select(v => v.GetProperty("vacancyId").GetGuid()).ShouldContain(open);
        var keptLast = (await Json(await jobs.PostAsJsonAsync("/api/v1/employment/walls/generate", new { stationId = kanghuaId, week = WallWeek.Iso(thisWeek.AddDays(-7)) }, Ct), HttpStatusCode.OK)).GetProperty("walls")[0];
        keptLast.GetProperty("result").GetString().ShouldBe("kept");
        (await Walls(jobs, $"station={kanghuaId}&week={WallWeek.Iso(thisWeek.AddDays(-7))}")).Single().GetProperty("generatedAt").GetDateTime()
            .ShouldBe(lastWeek.GetProperty("generatedAt").GetDateTime());

        var archive = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/walls?station={kanghuaId}", Ct);
        archive.GetProperty("total").GetInt32().ShouldBe(3);
        archive.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("weekStart").GetString())
            .ShouldBe([WallWeek.Iso(thisWeek), WallWeek.Iso(thisWeek.AddDays(-7)), WallWeek.Iso(thisWeek.AddDays(-14))]);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Walls_stay_in_scope_and_bad_weeks_are_refused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        await app.CreateUserAsync("jobs-lds", Platform.Security.Roles.EmploymentSpecialist, Leidashi);
        var leidashi = await app.ClientForAsync("jobs-lds");
        var today = ShanghaiTime.Today(TimeProvider.System);

        var all = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/walls?week={WallWeek.Iso(today)}", Ct);
        var kanghua = all.GetProperty("items").EnumerateArray().Single(w => w.GetProperty("stationName").GetString() == Kanghua);
        var kanghuaId = kanghua.GetProperty("id").GetGuid();

        var theirs = (await Walls(leidashi, $"week={WallWeek.Iso(today)}")).Select(w => w.GetProperty("stationName").GetString()).ToList();
        theirs.ShouldContain(Xiashi);
        theirs.ShouldNotContain(Kanghua);
        (await leidashi.GetAsync($"/api/v1/employment/walls/{kanghuaId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var outside = await Problem(await leidashi.PostAsJsonAsync("/api/v1/employment/walls/generate", new { stationId = kanghua.GetProperty("stationId").GetGuid() }, Ct));
        Error(outside, "stationId").ShouldContain("不在您的管辖范围内");
        var mine = await Json(await leidashi.PostAsJsonAsync("/api/v1/employment/walls/generate", new { }, Ct), HttpStatusCode.OK);
        mine.GetProperty("walls").EnumerateArray().Select(w => w.GetProperty("stationName").GetString()).ShouldNotContain(Kanghua);

        var future = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/walls/generate", new { week = WallWeek.Iso(today.AddDays(14)) }, Ct));
        Error(future, "week").ShouldContain("最多提前生成下一周");
        var garbled = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/walls/generate", new { week = "2024-13-45" }, Ct));
        Error(garbled, "week").ShouldContain("不是日期");
        Error(await Problem(await jobs.GetAsync("/api/v1/employment/walls?week=last", Ct)), "week").ShouldContain("不是日期");
        var next = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/walls/generate", new { week = WallWeek.Iso(today.AddDays(7)) }, Ct), HttpStatusCode.OK);
        next.GetProperty("walls").EnumerateArray().ShouldAllBe(w => w.GetProperty("result").GetString() == "created");

        var doctor = await app.ClientForAsync("doctor");
        (await doctor.GetAsync("/api/v1/employment/walls", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.PostAsJsonAsync("/api/v1/employment/walls/generate", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient().PostAsJsonAsync("/api/v1/employment/walls/generate", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.CreateClient().GetAsync($"/api/v1/public/walls/{kanghuaId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<List<JsonElement>> Walls(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/employment/walls?{query}", Ct)).GetProperty("items").EnumerateArray().ToList();

    private static async Task<Guid> VacancyAsync(
        HttpClient client, Guid employer, string title, double lon, double lat, DateOnly posted, DateOnly expires, string[]? suits = null, string? requirements = null) =>
        (await Json(await client.PostAsJsonAsync("/api/v1/employment/vacancies", new
        {
            title, employerId = employer, occupationCode = "4-03-02-05", headcount = 3, wageMin = 3300, wageMax = 4200, longitude = lon, latitude = lat,
            postedOn = posted, expiresOn = expires, suitsDisabilities = suits ?? [], requirements,
        }, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<Guid> SeekerAsync(HttpClient client, string name, string idNumber, string grid, double lon, double lat, bool consent)
    {
        var person = await SeekerTests.PersonAsync(client, name, idNumber, grid, lon, lat);
        return (await Json(await client.PostAsJsonAsync("/api/v1/employment/seekers", new
        {
            personId = person, desiredOccupations = new[] { "4-07-05-01" }, expectedWage = 3500, skills = new[] { "巡逻", "监控" }, publicWallConsent = consent,
        }, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }
}
