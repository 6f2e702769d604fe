using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Kernel;
using static Doorstep.Employment.Tests.EmploymentDemo;

namespace Doorstep.Employment.Tests;

/// <summary>Job seekers through the API on SQLite and PostgreSQL: recorded from the registry, listed, corrected, refused field by field, kept in scope.</summary>
public sealed class SeekerTests
{
    private const string KanghuaGrid = "430211001001001";
    private const string XiashiGrid = "430211101201001";

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_seeker_is_recorded_from_the_registry_listed_corrected_and_marked_employed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var wangId = IdNumber(1985, 7);
        var wang = await PersonAsync(jobs, "王建国", wangId, KanghuaGrid, 113.0981, 27.8383, disability: "Physical", returnee: true);
        var liId = IdNumber(2001, 12);
        await PersonAsync(jobs, "李秀英", liId, KanghuaGrid, null, null, povertyRelieved: true);

        var created = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/seekers", new { personId = wang, desiredOccupations = new[] { "4-07-05-01" }, expectedWage = 3500 }, Ct), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("personId").GetGuid().ShouldBe(wang);
        created.GetProperty("name").GetString().ShouldBe("王建国");
        created.GetProperty("idNumber").GetString().ShouldBe(CitizenId.Parse(wangId).Masked);
        created.GetProperty("regionCode").GetString().ShouldBe(KanghuaGrid);
        created.GetProperty("status").GetString().ShouldBe("seeking");
        created.GetProperty("disability").GetString().ShouldBe("physical");
        created.GetProperty("targetGroups").EnumerateArray().Select(g => g.GetString()).ShouldBe(["returnee", "disabled"]);
        created.GetProperty("maxCommuteMeters").GetInt32().ShouldBe(5000);
        created.GetProperty("wageUnit").GetString().ShouldBe("month");
        created.GetProperty("longitude").GetDouble().ShouldBe(113.0981);
        created.GetProperty("desiredOccupationNames")[0].GetString().ShouldBe("保安员");

        var placeless = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/seekers", new { idNumber = liId, desiredOccupations = new[] { "4-03-02-05" }, expectedWage = 3000 }, Ct));
        Error(placeless, "location").ShouldContain("没有住址位置");
        var li = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/seekers", new
        {
            idNumber = liId, desiredOccupations = new[] { "4-03-02-05", "4-01-02-03" }, expectedWage = 150, wageUnit = "day", longitude = 113.09, latitude = 27.832,
            targetGroups = new[] { "graduate", "disabled" }, schedules = new[] { "part-time" }, education = "college", maxCommuteMeters = 3000,
        }, Ct), HttpStatusCode.Created);
        li.GetProperty("targetGroups").EnumerateArray().Select(g => g.GetString()).ShouldBe(["poverty-relieved", "graduate"]);
        li.GetProperty("disability").ValueKind.ShouldBe(JsonValueKind.Null);

        var again = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/seekers", new { idNumber = wangId, desiredOccupations = new[] { "4-07-05-01" }, expectedWage = 3500 }, Ct));
        Error(again, "personId").ShouldContain("王建国");
        Error(again, "personId").ShouldContain($"已登记为求职者（编号 {id}");

        var all = await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/seekers?pageSize=1&sort=name", Ct);
        all.GetProperty("total").GetInt32().ShouldBe(2);
        all.GetProperty("pageNumber").GetInt32().ShouldBe(1);
        all.GetProperty("pageSize").GetInt32().ShouldBe(1);
        all.GetProperty("items").GetArrayLength().ShouldBe(1);
        (await Names(jobs, "group=disabled")).ShouldBe(["王建国"]);
        (await Names(jobs, "disabled=false")).ShouldBe(["李秀英"]);
        (await Names(jobs, "occupation=4-01")).ShouldBe(["李秀英"]);
        (await Names(jobs, "q=建国")).ShouldBe(["王建国"]);
        (await Names(jobs, $"q={liId}")).ShouldBe(["李秀英"]);
        (await Names(jobs, "sort=wage")).ShouldBe(["李秀英", "王建国"]);

        var updated = await Json(await jobs.PutAsJsonAsync($"/api/v1/employment/seekers/{id}", new { desiredOccupations = new[] { "4-07-05-01", "4-02-06-02" }, expectedWage = 4000, maxCommuteMeters = 8000, experienceYears = 10 }, Ct), HttpStatusCode.OK);
        updated.GetProperty("expectedWage").GetInt32().ShouldBe(4000);
        updated.GetProperty("maxCommuteMeters").GetInt32().ShouldBe(8000);
        updated.GetProperty("longitude").GetDouble().ShouldBe(113.0981);
        updated.GetProperty("desiredOccupations").GetArrayLength().ShouldBe(2);

        var employed = await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/seekers/{id}/status", new { status = "employed" }, Ct), HttpStatusCode.OK);
        employed.GetProperty("status").GetString().ShouldBe("employed");
        (await Names(jobs, "status=employed")).ShouldBe(["王建国"]);
        (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/seekers/{id}", Ct)).GetProperty("status").GetString().ShouldBe("employed");

        var export = await jobs.GetAsync("/api/v1/employment/seekers/export?format=csv", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csv = await export.Content.ReadAsStringAsync(Ct);
        csv.ShouldContain("王建国");
        csv.ShouldContain(CitizenId.Parse(wangId).Masked);
        csv.ShouldNotContain(wangId);
        csv.ShouldContain("已就业");
        (await jobs.GetAsync("/api/v1/employment/seekers/export", Ct)).Content.Headers.ContentType!.MediaType!.ShouldContain("spreadsheet");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Bad_input_is_refused_with_the_reason(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var person = await PersonAsync(jobs, "赵小军", IdNumber(1990, 3), KanghuaGrid, 113.098, 27.838);
        var child = await PersonAsync(jobs, "赵乐乐", IdNumber(DateTime.UtcNow.Year - 12, 5), KanghuaGrid, 113.098, 27.838);

        var empty = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/seekers", new { }, Ct));
        Error(empty, "personId").ShouldContain("请选择居民");
        Error(empty, "desiredOccupations").ShouldContain("请至少选择一个求职意向");
        Error(empty, "expectedWage").ShouldContain("请填写期望工资");

        var wrong = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/seekers", new
        {
            personId = person, desiredOccupations = new[] { "4-99-99-99" }, expectedWage = 100, maxCommuteMeters = 200, longitude = 27.83, latitude = 113.08,
            experienceYears = 60,
        }, Ct));
        Error(wrong, "desiredOccupations").ShouldBe("职业编码“4-99-99-99”不在职业分类中");
        Error(wrong, "expectedWage").ShouldBe("期望工资应为500～200000元/月");
        Error(wrong, "maxCommuteMeters").ShouldBe("最远通勤距离应为500米～100公里（填米数，如5000）");
        Error(wrong, "location").ShouldContain("不在中国境内");
        Error(wrong, "experienceYears").ShouldBe("工作年限应为0～50年");

        var far = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/seekers", new
        {
            personId = person, desiredOccupations = new[] { "4-07-05-01" }, expectedWage = 30_000, wageUnit = "day", maxCommuteMeters = 150_000, longitude = 139.69, latitude = 35.68,
        }, Ct));
        Error(far, "expectedWage").ShouldBe("期望工资应为20～10000元/天");
        far.GetProperty("errors").TryGetProperty("maxCommuteMeters", out _).ShouldBeTrue();
        Error(far, "location").ShouldContain("经度139.69");

        Error(await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/seekers", new { personId = Guid.NewGuid(), desiredOccupations = new[] { "4-07-05-01" }, expectedWage = 3000 }, Ct)), "personId")
            .ShouldContain("居民档案中没有这个人");
        Error(await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/seekers", new { idNumber = IdNumber(1970, 9), desiredOccupations = new[] { "4-07-05-01" }, expectedWage = 3000 }, Ct)), "idNumber")
            .ShouldContain("请先登记居民信息");
        (await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/seekers", new { idNumber = "430211198001011234", desiredOccupations = new[] { "4-07-05-01" }, expectedWage = 3000 }, Ct)))
            .GetProperty("errors").TryGetProperty("idNumber", out _).ShouldBeTrue();
        Error(await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/seekers", new { personId = child, desiredOccupations = new[] { "4-07-05-01" }, expectedWage = 3000 }, Ct)), "personId")
            .ShouldContain("未满16周岁");

        var ok = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/seekers", new { personId = person, desiredOccupations = new[] { "4-07-05-01" }, expectedWage = 3000 }, Ct), HttpStatusCode.Created);
        var id = ok.GetProperty("id").GetGuid();
        Error(await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/seekers/{id}/status", new { }, Ct)), "status").ShouldContain("seeking");
        Error(await Problem(await jobs.PutAsJsonAsync($"/api/v1/employment/seekers/{id}", new { desiredOccupations = new[] { "4-07-05-01" }, expectedWage = 3000, experienceYears = 30 }, Ct)), "experienceYears")
            .ShouldContain("超过了");
        (await jobs.GetAsync("/api/v1/employment/seekers?status=looking", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_town_specialist_sees_only_their_seekers_and_health_staff_none(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        await app.CreateUserAsync("jobs-lds", Platform.Security.Roles.EmploymentSpecialist, Leidashi);
        var jobs = await app.ClientForAsync("jobs");
        var town = await app.ClientForAsync("jobs-lds");
        var kanghuaId = IdNumber(1980, 21);
        var kanghua = await PersonAsync(jobs, "刘德明", kanghuaId, KanghuaGrid, 113.098, 27.838);
        var xiashi = await PersonAsync(jobs, "彭桂花", IdNumber(1978, 22), XiashiGrid, 113.015, 27.745);
        var city = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/seekers", new { personId = kanghua, desiredOccupations = new[] { "4-07-05-01" }, expectedWage = 3500 }, Ct), HttpStatusCode.Created);
        var cityId = city.GetProperty("id").GetGuid();
        await Json(await town.PostAsJsonAsync("/api/v1/employment/seekers", new { personId = xiashi, desiredOccupations = new[] { "6-05-01-03" }, expectedWage = 3000 }, Ct), HttpStatusCode.Created);

        (await Names(town, "")).ShouldBe(["彭桂花"]);
        (await Names(jobs, "")).ShouldBe(["刘德明", "彭桂花"], ignoreOrder: true);
        (await town.GetAsync($"/api/v1/employment/seekers/{cityId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.PutAsJsonAsync($"/api/v1/employment/seekers/{cityId}", new { desiredOccupations = new[] { "4-07-05-01" }, expectedWage = 3500 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.PostAsJsonAsync($"/api/v1/employment/seekers/{cityId}/status", new { status = "paused" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Error(await Problem(await town.PostAsJsonAsync("/api/v1/employment/seekers", new { idNumber = kanghuaId, desiredOccupations = new[] { "4-07-05-01" }, expectedWage = 3500 }, Ct)), "idNumber")
            .ShouldContain("不在您的管辖范围内");
        (await town.GetStringAsync("/api/v1/employment/seekers/export?format=csv", Ct)).ShouldNotContain("刘德明");

        var doctor = await app.ClientForAsync("doctor");
        (await doctor.GetAsync("/api/v1/employment/seekers", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.GetAsync($"/api/v1/employment/seekers/{cityId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.GetAsync("/api/v1/employment/seekers/export", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.PostAsJsonAsync("/api/v1/employment/seekers", new { personId = kanghua }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.GetAsync("/employment/seekers", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var officer = await app.ClientForAsync("officer");
        (await officer.GetAsync($"/api/v1/employment/seekers/{cityId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.PostAsJsonAsync($"/api/v1/employment/seekers/{cityId}/status", new { status = "paused" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task The_pages_list_collect_and_show_a_seeker(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var person = await PersonAsync(jobs, "黄丽华", IdNumber(1988, 31), KanghuaGrid, 113.098, 27.838, disability: "Hearing");
        var seeker = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/seekers", new { personId = person, desiredOccupations = new[] { "6-05-01-03" }, expectedWage = 3200 }, Ct), HttpStatusCode.Created);
        var id = seeker.GetProperty("id").GetGuid();

        var list = await jobs.GetStringAsync("/employment/seekers?group=disabled", Ct);
        list.ShouldContain("黄丽华");
        list.ShouldContain("缝纫工");
        list.ShouldContain("/api/v1/employment/seekers/export");
        var found = await jobs.GetStringAsync("/employment/seekers/new?q=" + Uri.EscapeDataString("黄丽"), Ct);
        found.ShouldContain("黄丽华");
        found.ShouldContain("已登记");
        var detail = await jobs.GetStringAsync($"/employment/seekers/{id}", Ct);
        detail.ShouldContain("黄丽华");
        detail.ShouldContain("听力残疾");
        detail.ShouldContain($"/employment/seekers/{id}/matches");
        detail.ShouldContain("匹配岗位");
        (await jobs.GetStringAsync("/employment/seekers/import", Ct)).ShouldContain("/api/v1/employment/seekers/import/template?format=xlsx");
    }

    private static async Task<List<string?>> Names(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/employment/seekers?pageSize=50&{query}", Ct)).GetProperty("items").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();

    private static string IdNumber(int year, int sequence) => CitizenId.Create("430211", new DateOnly(year, 3, 14), sequence);

    internal static async Task<Guid> PersonAsync(
        HttpClient client, string name, string idNumber, string region, double? longitude, double? latitude, string? disability = null, bool returnee = false, bool povertyRelieved = false)
    {
        var person = await Json(await client.PostAsJsonAsync("/api/v1/people", new
        {
            name, idNumber, regionCode = region, longitude, latitude, disabilityCategory = disability, disabilityGrade = disability is null ? (int?)null : 3, returnee, povertyRelieved,
        }, Ct), HttpStatusCode.Created);
        return person.GetProperty("id").GetGuid();
    }
}
