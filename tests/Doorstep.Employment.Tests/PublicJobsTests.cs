using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Kernel;
using static Doorstep.Employment.Tests.EmploymentDemo;

namespace Doorstep.Employment.Tests;

/// <summary>The public job map and stations without signing in, and the station profiles specialists keep, on SQLite and PostgreSQL.</summary>
public sealed class PublicJobsTests
{
    private const string Kanghua = "430211001001";

    // A point in 天元区 east of 康华社区, where the test posts its own vacancies.
    private const double Lon = 113.112;
    private const double Lat = 27.842;

    private static readonly string[] JobFields =
    [
        "id", "title", "employerName", "occupationCode", "occupationName", "headcount", "wageMin", "wageMax", "wageUnit", "schedule", "address", "longitude",
        "latitude", "distanceMetres", "suitsDisabilities", "accessibleWorkplace", "education", "experienceYears", "skills", "postedOn", "expiresOn", "apply",
    ];

    private static readonly string[] ApplyFields = ["stationId", "name", "kind", "address", "hours", "openWeekends", "phone", "distanceMetres", "fromVacancyMetres"];

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_resident_sees_only_published_vacancies_nearest_first_each_with_the_station_to_apply_at(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var resident = app.CreateClient();
        var restaurant = await EmployerIdAsync(jobs, "湘厨酒家");

        var near = await PostAsync(jobs, restaurant, "近处服务员", 0.002, null, "full-time");
        var far = await PostAsync(jobs, restaurant, "远处服务员", 0.018, null, "full-time");
        var gig = await PostAsync(jobs, restaurant, "宴席帮工", 0.004, null, "gig");
        var held = await PostAsync(jobs, restaurant, "限男服务员", 0.001, "限男性", "full-time");
        var closed = await PostAsync(jobs, restaurant, "已招满服务员", 0.001, null, "full-time");
        (await jobs.PostAsync($"/api/v1/employment/vacancies/{closed}/close", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var expired = await PostAsync(jobs, restaurant, "过期服务员", 0.001, null, "full-time", today.AddDays(-20), today.AddDays(-1));

        var text = await resident.GetStringAsync($"/api/v1/public/jobs?lon={Lon}&lat={Lat}&radiusMeters=1000&pageSize=100", Ct);
        var found = JsonDocument.Parse(text).RootElement;
        var items = found.GetProperty("items").EnumerateArray().ToList();
        var ids = items.Select(i => i.GetProperty("id").GetGuid()).ToList();
        ids.ShouldContain(near);
        ids.ShouldContain(gig);
        ids.ShouldNotContain(far);
        ids.ShouldNotContain(held);
        ids.ShouldNotContain(closed);
        ids.ShouldNotContain(expired);
        var distances = items.Select(i => i.GetProperty("distanceMetres").GetInt32()).ToList();
        distances.ShouldBe(distances.Order().ToList());
        distances.ShouldAllBe(d => d <= 1000);
        items.Single(i => i.GetProperty("id").GetGuid() == near).GetProperty("distanceMetres").GetInt32().ShouldBeInRange(190, 200);
        found.GetProperty("radiusMeters").GetInt32().ShouldBe(1000);

        // No person at all: the fields are the job's and the station's, never a contact, a specialist or the employer's words.
        items.ShouldAllBe(i => i.EnumerateObject().Select(p => p.Name).Order().SequenceEqual(JobFields.Order()));
        items.ShouldAllBe(i => i.GetProperty("apply").EnumerateObject().Select(p => p.Name).Order().SequenceEqual(ApplyFields.Order()));
        text.ShouldNotContain("何春林");
        text.ShouldNotContain("\"jobs\"");
        foreach (var contact in await ContactsAsync(jobs))
        {
            text.ShouldNotContain(contact);
        }

        // Apply at the nearest station that matches jobs (gig work: the nearest that matches gigs), measured from the resident.
        var stations = (await resident.GetFromJsonAsync<JsonElement>($"/api/v1/public/stations?lon={Lon}&lat={Lat}", Ct)).EnumerateArray().ToList();
        var jobStation = stations.First(s => s.GetProperty("services").EnumerateArray().Any(c => c.GetString() == "job-matching"));
        var gigStation = stations.First(s => s.GetProperty("services").EnumerateArray().Any(c => c.GetString() == "gig-matching"));
        var nearApply = items.Single(i => i.GetProperty("id").GetGuid() == near).GetProperty("apply");
        nearApply.GetProperty("name").GetString().ShouldBe(jobStation.GetProperty("name").GetString());
        nearApply.GetProperty("distanceMetres").GetInt32().ShouldBe(jobStation.GetProperty("distanceMetres").GetInt32());
        nearApply.GetProperty("hours").GetString().ShouldNotBeNullOrEmpty();
        nearApply.GetProperty("phone").GetString()!.ShouldStartWith("0731-");
        items.Single(i => i.GetProperty("id").GetGuid() == gig).GetProperty("apply").GetProperty("name").GetString().ShouldBe(gigStation.GetProperty("name").GetString());

        var wider = await resident.GetFromJsonAsync<JsonElement>($"/api/v1/public/jobs?lon={Lon}&lat={Lat}&radiusMeters=3000&pageSize=100", Ct);
        wider.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldContain(far);

        // Filters, from a community's centre.
        var area = $"/api/v1/public/jobs?community={Kanghua}&radiusMeters=20000&pageSize=100";
        var all = await resident.GetFromJsonAsync<JsonElement>(area, Ct);
        all.GetProperty("from").GetProperty("community").GetString().ShouldBe("康华社区");
        var total = all.GetProperty("total").GetInt32();
        await FilteredAsync(resident, area + "&suitsDisabled=true", total, i => i.GetProperty("suitsDisabilities").GetArrayLength() > 0);
        await FilteredAsync(resident, area + "&schedule=gig", total, i => i.GetProperty("schedule").GetString() == "gig");
        await FilteredAsync(resident, area + "&occupation=4-03", total, i => i.GetProperty("occupationCode").GetString()!.StartsWith("4-03", StringComparison.Ordinal));
        await FilteredAsync(resident, area + "&minWage=6000", total, i => i.GetProperty("wageMax").GetInt32() * (i.GetProperty("wageUnit").GetString() == "day" ? 21.75 : 1) >= 6000);
        var paged = await resident.GetFromJsonAsync<JsonElement>($"/api/v1/public/jobs?community={Kanghua}&radiusMeters=20000&page=2&pageSize=5", Ct);
        paged.GetProperty("items").GetArrayLength().ShouldBe(5);
        paged.GetProperty("total").GetInt32().ShouldBe(total);

        (await resident.GetAsync("/api/v1/employment/vacancies", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await resident.GetAsync("/api/v1/employment/stations", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Bad_searches_are_refused_with_the_reason(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var resident = app.CreateClient();

        Error(await Problem(await resident.GetAsync("/api/v1/public/jobs", Ct)), "location").ShouldContain("请提供您的位置");
        Error(await Problem(await resident.GetAsync("/api/v1/public/jobs?lon=113.1", Ct)), "location").ShouldContain("同时填写");
        Error(await Problem(await resident.GetAsync("/api/v1/public/jobs?lon=139.69&lat=35.68", Ct)), "location").ShouldContain("不在中国境内");
        Error(await Problem(await resident.GetAsync("/api/v1/public/jobs?community=430211999999", Ct)), "community").ShouldContain("430211999999");
        var wrong = await Problem(await resident.GetAsync($"/api/v1/public/jobs?lon={Lon}&lat={Lat}&radiusMeters=50&schedule=night&minWage=-1&pageSize=500", Ct));
        Error(wrong, "radiusMeters").ShouldBe("搜索半径应为100米～50公里，实际为50米");
        Error(wrong, "schedule").ShouldContain("full-time");
        Error(wrong, "minWage").ShouldContain("负数");
        Error(wrong, "pageSize").ShouldContain("1～100");
        Error(await Problem(await resident.GetAsync($"/api/v1/public/jobs?lon={Lon}&lat={Lat}&radiusMeters=60000", Ct)), "radiusMeters").ShouldContain("60000");
        Error(await Problem(await resident.GetAsync("/api/v1/public/stations?lat=27.8", Ct)), "location").ShouldContain("同时填写");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Specialists_keep_the_profiles_of_their_own_stations_and_residents_read_them(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        await app.CreateUserAsync("jobs-lds", Platform.Security.Roles.EmploymentSpecialist, Leidashi);
        var jobs = await app.ClientForAsync("jobs");
        var town = await app.ClientForAsync("jobs-lds");
        var resident = app.CreateClient();

        var mine = (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/stations", Ct)).EnumerateArray().ToList();
        mine.ShouldAllBe(s => s.GetProperty("regionCode").GetString()!.StartsWith("430211", StringComparison.Ordinal));
        mine.ShouldAllBe(s => s.GetProperty("hours").ValueKind == JsonValueKind.String);
        mine.Select(s => s.GetProperty("name").GetString()).ShouldContain("天台社区就业服务角");
        var market = mine.Single(s => s.GetProperty("name").GetString() == "泰山街道零工驿站");
        market.GetProperty("openWeekends").GetBoolean().ShouldBeTrue();
        market.GetProperty("hours").GetString()!.ShouldContain("6:00");
        var kanghua = mine.Single(s => s.GetProperty("name").GetString() == "康华社区“家门口”就业服务站").GetProperty("organisationId").GetGuid();

        var wrong = await Problem(await jobs.PutAsJsonAsync($"/api/v1/employment/stations/{kanghua}", new { hours = "", services = new[] { "job-matching", "massage" }, phone = "12345" }, Ct));
        Error(wrong, "hours").ShouldContain("请填写开放时间");
        Error(wrong, "services").ShouldContain("massage");
        Error(wrong, "phone").ShouldContain("0731-");
        Error(await Problem(await jobs.PutAsJsonAsync($"/api/v1/employment/stations/{kanghua}", new { hours = new string('时', 101) }, Ct)), "hours").ShouldBe("开放时间不超过100字");

        var saved = await Json(await jobs.PutAsJsonAsync($"/api/v1/employment/stations/{kanghua}", new
        {
            hours = "周一至周六 8:30—17:30", openWeekends = true, services = new[] { "skills-training", "job-matching" }, phone = "0731-28123456", note = "周六上午专场招聘",
        }, Ct), HttpStatusCode.OK);
        saved.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ShouldBe(["job-matching", "skills-training"]);
        saved.GetProperty("updatedBy").GetString().ShouldBe("jobs");
        (await jobs.PutAsJsonAsync($"/api/v1/employment/stations/{kanghua}", new { hours = "周一至周五 9:00—17:00", phone = "13807331234" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await jobs.PutAsJsonAsync($"/api/v1/employment/stations/{Guid.NewGuid()}", new { hours = "每天" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // 雷打石镇's specialist keeps 霞石村's corner and nothing in 嵩山街道.
        var own = (await town.GetFromJsonAsync<JsonElement>("/api/v1/employment/stations", Ct)).EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        own.ShouldBe(["霞石村就业服务角"]);
        (await town.GetAsync($"/api/v1/employment/stations/{kanghua}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.PutAsJsonAsync($"/api/v1/employment/stations/{kanghua}", new { hours = "每天" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var doctor = await app.ClientForAsync("doctor");
        (await doctor.GetAsync("/api/v1/employment/stations", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var officer = await app.ClientForAsync("officer");
        (await officer.PutAsJsonAsync($"/api/v1/employment/stations/{kanghua}", new { hours = "每天" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Residents read every station, Lusong's too, nearest first, with the profile just kept and no contact person.
        var centre = new GeoPoint(113.098, 27.838);
        var text = await resident.GetStringAsync($"/api/v1/public/stations?community={Kanghua}", Ct);
        var stations = JsonDocument.Parse(text).RootElement.EnumerateArray().ToList();
        stations.Select(s => s.GetProperty("name").GetString()).ShouldContain("白关镇就业服务站");
        var distances = stations.Select(s => s.GetProperty("distanceMetres").GetInt32()).ToList();
        distances.ShouldBe(distances.Order().ToList());
        var first = stations[0];
        first.GetProperty("name").GetString().ShouldBe("康华社区“家门口”就业服务站");
        first.GetProperty("hours").GetString().ShouldBe("周一至周五 9:00—17:00");
        first.GetProperty("phone").GetString().ShouldBe("13807331234");
        first.GetProperty("distanceMetres").GetInt32().ShouldBe((int)Math.Round(centre.DistanceTo(new GeoPoint(first.GetProperty("longitude").GetDouble(), first.GetProperty("latitude").GetDouble()))));
        text.ShouldNotContain("contact", Case.Insensitive);
    }

    private static async Task<Guid> PostAsync(HttpClient jobs, Guid employer, string title, double east, string? requirements, string schedule, DateOnly? posted = null, DateOnly? expires = null)
    {
        var daily = schedule == "gig";
        var body = new
        {
            title, employerId = employer, occupationCode = "4-03-02-05", headcount = 2, wageMin = daily ? 120 : 3300, wageMax = daily ? 150 : 4200,
            wageUnit = daily ? "day" : "month", schedule, longitude = Lon + east, latitude = Lat, requirements,
            postedOn = posted?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            expiresOn = expires?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        return (await Json(await jobs.PostAsJsonAsync("/api/v1/employment/vacancies", body, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>A filter keeps only what it names, and leaves some and drops some of the district's vacancies.</summary>
    private static async Task FilteredAsync(HttpClient resident, string url, int total, Func<JsonElement, bool> holds)
    {
        var found = await resident.GetFromJsonAsync<JsonElement>(url, Ct);
        var items = found.GetProperty("items").EnumerateArray().ToList();
        items.ShouldNotBeEmpty(url);
        items.ShouldAllBe(i => holds(i), url);
        found.GetProperty("total").GetInt32().ShouldBeLessThan(total, url);
    }

    /// <summary>The contact people's names of the demo employers, which the public must never see.</summary>
    private static async Task<List<string>> ContactsAsync(HttpClient jobs) =>
        (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/employers?pageSize=100", Ct)).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("contactName").GetString()).OfType<string>().Where(n => n.Length > 0).ToList();
}
