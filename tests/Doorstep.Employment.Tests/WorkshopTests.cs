using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Doorstep.Kernel;
using static Doorstep.Employment.Tests.EmploymentDemo;

namespace Doorstep.Employment.Tests;

/// <summary>Assistance workshops through the API on SQLite and PostgreSQL: registered, staffed from the registry, checked, designated, counted, imported, kept in scope.</summary>
public sealed class WorkshopTests
{
    private const string Xiashi = "430211101201";
    private const string XiashiGrid = "430211101201001";
    private const string KanghuaGrid = "430211001001001";
    private const string Tianyuan = "430211000000";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_workshop_takes_on_poverty_relieved_workers_is_checked_and_designated_only_when_the_criteria_are_met(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var officer = await app.ClientForAsync("officer");
        var host = await EmployerIdAsync(jobs, "霞石村乡村振兴服饰车间");

        var created = await Json(await jobs.PostAsJsonAsync("/api/v1/employment/workshops", new
        {
            name = "霞石村竹编帮扶车间", employerId = host, type = "home-based", address = "天元区雷打石镇霞石村3组", regionCode = Xiashi, startedOn = "2023-03-01",
            contactName = "杨秀英", contactPhone = "15197302277",
        }, Ct), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("employerName").GetString().ShouldBe("霞石村乡村振兴服饰车间");
        created.GetProperty("contactPhone").GetString()!.ShouldNotContain("97302");
        created.GetProperty("absorbed").GetInt32().ShouldBe(0);
        var workshops = $"/api/v1/employment/workshops/{id}";

        var people = new List<string>();
        string[] names = ["覃春梅", "龙建华", "向秀兰", "田志勇", "舒小燕"];
        for (var i = 0; i < names.Length; i++)
        {
            var idNumber = IdNumber(1975 + i, 60 + i);
            await SeekerTests.PersonAsync(jobs, names[i], idNumber, XiashiGrid, 113.015, 27.745, povertyRelieved: true);
            people.Add(idNumber);
        }

        var hired = Today.AddMonths(-7).ToString("yyyy-MM-dd");
        for (var i = 0; i < 4; i++)
        {
            await Json(await jobs.PostAsJsonAsync($"{workshops}/workers", new { idNumber = people[i], hiredOn = hired, income = 1000 }, Ct), HttpStatusCode.Created);
        }

        var check = await jobs.GetFromJsonAsync<JsonElement>($"{workshops}/recognition", Ct);
        check.GetProperty("basic").GetProperty("met").GetBoolean().ShouldBeFalse();
        var basic = check.GetProperty("basic").GetProperty("criteria")[0];
        basic.GetProperty("actual").GetInt32().ShouldBe(4);
        basic.GetProperty("reason").GetString().ShouldBe("吸纳脱贫劳动力 4 人，少于 5 人");
        Error(await Problem(await officer.PostAsJsonAsync($"{workshops}/designations", new { designation = "recognised" }, Ct)), "designation")
            .ShouldContain("吸纳脱贫劳动力 4 人，少于 5 人");
        (await jobs.GetFromJsonAsync<JsonElement>(workshops, Ct)).GetProperty("recognisedOn").ValueKind.ShouldBe(JsonValueKind.Null);

        var nobody = await Problem(await jobs.PostAsJsonAsync($"{workshops}/workers", new { idNumber = IdNumber(1980, 70), hiredOn = hired, income = 1000 }, Ct));
        Error(nobody, "idNumber").ShouldContain("居民档案中没有这个人");
        var notRelieved = await SeekerTests.PersonAsync(jobs, "彭志刚", IdNumber(1982, 71), XiashiGrid, 113.015, 27.745);
        Error(await Problem(await jobs.PostAsJsonAsync($"{workshops}/workers", new { personId = notRelieved, hiredOn = hired, income = 1000 }, Ct)), "personId")
            .ShouldContain("不是脱贫劳动力");
        Error(await Problem(await jobs.PostAsJsonAsync($"{workshops}/workers", new { idNumber = people[0], hiredOn = Today.AddMonths(-1).ToString("yyyy-MM-dd"), income = 1000 }, Ct)), "idNumber")
            .ShouldContain("同一人不能在同一车间同时登记两次");
        var empty = await Problem(await jobs.PostAsJsonAsync($"{workshops}/workers", new { }, Ct));
        Error(empty, "hiredOn").ShouldBe("请填写入职日期");
        Error(empty, "income").ShouldContain("请填写收入");
        (await jobs.GetFromJsonAsync<JsonElement>($"{workshops}/workers", Ct)).GetArrayLength().ShouldBe(4);

        var fifth = await Json(await jobs.PostAsJsonAsync($"{workshops}/workers", new { idNumber = people[4], hiredOn = hired, income = 12_000, incomePeriod = "year" }, Ct), HttpStatusCode.Created);
        fifth.GetProperty("monthsEmployed").GetInt32().ShouldBe(7);
        fifth.GetProperty("annualIncome").GetInt32().ShouldBe(12_000);
        fifth.GetProperty("idNumber").GetString().ShouldBe(CitizenId.Parse(people[4]).Masked);
        (await jobs.GetFromJsonAsync<JsonElement>($"{workshops}/recognition", Ct)).GetProperty("basic").GetProperty("met").GetBoolean().ShouldBeTrue();

        (await jobs.PostAsJsonAsync($"{workshops}/designations", new { designation = "recognised" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var recognised = await Json(await officer.PostAsJsonAsync($"{workshops}/designations", new { designation = "recognised" }, Ct), HttpStatusCode.OK);
        recognised.GetProperty("recognisedOn").GetString().ShouldBe(Today.ToString("yyyy-MM-dd"));
        var model = await Problem(await officer.PostAsJsonAsync($"{workshops}/designations", new { designation = "model" }, Ct));
        Error(model, "designation").ShouldContain("吸纳脱贫劳动力 5 人，少于 30 人");
        model.GetProperty("errors").GetProperty("designation").GetArrayLength().ShouldBe(3);
        (await Json(await officer.PostAsJsonAsync($"{workshops}/designations", new { designation = "common-prosperity", on = "2024-05-01" }, Ct), HttpStatusCode.OK))
            .GetProperty("commonProsperityOn").GetString().ShouldBe("2024-05-01");
        (await Json(await officer.PostAsJsonAsync($"{workshops}/designations", new { designation = "common-prosperity", granted = false }, Ct), HttpStatusCode.OK))
            .GetProperty("commonProsperityOn").ValueKind.ShouldBe(JsonValueKind.Null);

        var workerId = fifth.GetProperty("id").GetGuid();
        (await Json(await jobs.PostAsJsonAsync($"{workshops}/workers/{workerId}/leave", new { leftOn = Today.AddDays(-1).ToString("yyyy-MM-dd") }, Ct), HttpStatusCode.OK))
            .GetProperty("monthsEmployed").GetInt32().ShouldBeInRange(6, 7);
        (await jobs.GetFromJsonAsync<JsonElement>(workshops, Ct)).GetProperty("absorbed").GetInt32().ShouldBe(4);

        var list = await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/workshops?designation=recognised", Ct);
        list.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("name").GetString()).ShouldBe(["霞石村竹编帮扶车间"]);
        (await Names(jobs, "type=home-based&sort=name")).ShouldBe(["霞石村竹编帮扶车间", "康华社区居家电子装配点"], ignoreOrder: true);
        (await Names(jobs, "q=栗雨电子")).ShouldBe(["康华社区居家电子装配点"]);
        (await jobs.GetAsync("/api/v1/employment/workshops?type=workshop", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var figures = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/workshops/figures?region={Tianyuan}", Ct);
        var total = figures.GetProperty("total");
        total.GetProperty("workshops").GetInt32().ShouldBe(3);
        total.GetProperty("recognised").GetInt32().ShouldBe(1);
        total.GetProperty("homeBased").GetInt32().ShouldBe(2);
        total.GetProperty("absorbed").GetInt32().ShouldBe(4);
        var town = figures.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "430211101000");
        town.GetProperty("workshops").GetInt32().ShouldBe(2);
        town.GetProperty("absorbed").GetInt32().ShouldBe(4);
        Error(await Problem(await jobs.GetAsync("/api/v1/employment/workshops/figures", Ct)), "region").ShouldContain("请选择");
        (await jobs.GetStringAsync($"/api/v1/employment/workshops/figures/export?region={Tianyuan}&format=csv", Ct)).ShouldContain("合计");
        (await jobs.GetStringAsync("/api/v1/employment/workshops/export?format=csv", Ct)).ShouldContain("霞石村竹编帮扶车间");

        var staff = await jobs.GetStringAsync($"{workshops}/workers/export?format=csv", Ct);
        staff.ShouldContain($"舒小燕,{CitizenId.Parse(people[4]).Masked}");
        staff.ShouldNotContain(people[4]);
        staff.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1 + 5);
        (await jobs.GetStringAsync("/api/v1/employment/workshops/workers/export?format=csv&q=竹编", Ct)).ShouldContain("霞石村竹编帮扶车间,");
        (await jobs.GetStringAsync("/api/v1/employment/workshops/workers/export?format=csv&q=栗雨电子", Ct)).ShouldNotContain("舒小燕");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_town_specialist_sees_and_staffs_only_their_workshops_and_health_staff_see_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        await app.CreateUserAsync("jobs-lds", Platform.Security.Roles.EmploymentSpecialist, Leidashi);
        var jobs = await app.ClientForAsync("jobs");
        var town = await app.ClientForAsync("jobs-lds");
        var kanghuaId = IdNumber(1979, 80);
        await SeekerTests.PersonAsync(jobs, "刘桂兰", kanghuaId, KanghuaGrid, 113.098, 27.838, povertyRelieved: true);
        var kanghua = (await Search(jobs, "q=康华社区居家")).Single().GetProperty("id").GetGuid();
        var xiashi = (await Search(town, "")).Single();
        xiashi.GetProperty("name").GetString().ShouldBe("霞石村服饰帮扶车间");
        var xiashiId = xiashi.GetProperty("id").GetGuid();

        (await town.GetAsync($"/api/v1/employment/workshops/{kanghua}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.GetAsync($"/api/v1/employment/workshops/{kanghua}/recognition", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.PostAsJsonAsync($"/api/v1/employment/workshops/{kanghua}/workers", new { idNumber = kanghuaId, hiredOn = "2024-01-01", income = 2000 }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Error(await Problem(await town.PostAsJsonAsync($"/api/v1/employment/workshops/{xiashiId}/workers", new { idNumber = kanghuaId, hiredOn = "2024-01-01", income = 2000 }, Ct)), "idNumber")
            .ShouldContain("不在您的管辖范围内");
        (await town.GetFromJsonAsync<JsonElement>($"/api/v1/employment/workshops/{xiashiId}/workers", Ct)).GetArrayLength().ShouldBe(0);
        Error(await Problem(await town.PostAsJsonAsync("/api/v1/employment/workshops", new
        {
            name = "康华社区第二帮扶车间", employerId = await EmployerIdAsync(jobs, "康华家政服务有限公司"), type = "factory", address = "康华社区", regionCode = "430211001001", startedOn = "2024-01-01",
        }, Ct)), "regionCode").ShouldContain("不在您的管辖范围内");
        (await town.GetStringAsync("/api/v1/employment/workshops/export?format=csv", Ct)).ShouldNotContain("康华社区居家电子装配点");
        var figures = await town.GetFromJsonAsync<JsonElement>($"/api/v1/employment/workshops/figures?region={Leidashi}", Ct);
        figures.GetProperty("total").GetProperty("workshops").GetInt32().ShouldBe(1);
        Error(await Problem(await town.GetAsync($"/api/v1/employment/workshops/figures?region={Songshan}", Ct)), "region").ShouldContain("不在您的管辖范围内");

        var doctor = await app.ClientForAsync("doctor");
        foreach (var path in new[] { "/api/v1/employment/workshops", $"/api/v1/employment/workshops/{kanghua}", $"/api/v1/employment/workshops/{kanghua}/recognition",
                     $"/api/v1/employment/workshops/{kanghua}/workers", $"/api/v1/employment/workshops/figures?region={Tianyuan}", "/api/v1/employment/workshops/export",
                     "/api/v1/employment/workshops/workers/export", $"/api/v1/employment/workshops/{kanghua}/workers/export" })
        {
            (await doctor.GetAsync(path, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
        }

        (await doctor.PostAsJsonAsync($"/api/v1/employment/workshops/{kanghua}/designations", new { designation = "common-prosperity" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.GetAsync("/employment/workshops", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_workers_file_reports_each_bad_row_and_all_or_nothing_writes_none(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var good = IdNumber(1986, 90);
        var plain = IdNumber(1987, 91);
        await SeekerTests.PersonAsync(jobs, "谭春花", good, XiashiGrid, 113.015, 27.745, povertyRelieved: true);
        await SeekerTests.PersonAsync(jobs, "易国平", plain, XiashiGrid, 113.015, 27.745);
        var file = $"""
            车间,身份证号码,姓名,入职日期,收入,收入周期
            霞石村服饰帮扶车间,{good},谭春花,2024-03-01,2600,月
            霞石村服饰帮扶车间,{IdNumber(1970, 92)},,2024-03-01,2600,
            霞石村服饰帮扶车间,{plain},易国平,2024-03-01,2600,
            霞石村服饰帮扶车间,{good},谭春花,2024-04-01,2600,
            不存在的车间,{good},,2024-03-01,2600,
            """;
        var workshop = (await Search(jobs, "q=霞石村服饰")).Single().GetProperty("id").GetGuid();

        var atomic = await ImportAsync(jobs, file, allOrNothing: true);
        atomic.GetProperty("imported").GetInt32().ShouldBe(0);
        atomic.GetProperty("rejected").GetInt32().ShouldBe(4);
        (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/workshops/{workshop}/workers", Ct)).GetArrayLength().ShouldBe(0);

        var report = await ImportAsync(jobs, file, allOrNothing: false);
        report.GetProperty("imported").GetInt32().ShouldBe(1);
        var errors = report.GetProperty("errors").EnumerateArray().Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString()!)).ToList();
        errors.ShouldContain(e => e.Row == 3 && e.Column == "身份证号码" && e.Message.Contains("居民档案中没有这个人"));
        errors.ShouldContain(e => e.Row == 4 && e.Column == "身份证号码" && e.Message.Contains("不是脱贫劳动力"));
        errors.ShouldContain(e => e.Row == 5 && e.Column == "身份证号码" && e.Message.Contains("同一人不能在同一车间同时登记两次"));
        errors.ShouldContain(e => e.Row == 6 && e.Column == "车间" && e.Message.Contains("不存在的车间"));
        var workers = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/workshops/{workshop}/workers", Ct);
        workers.EnumerateArray().Select(w => w.GetProperty("name").GetString()).ShouldBe(["谭春花"]);
        workers[0].GetProperty("annualIncome").GetInt32().ShouldBe(31_200);

        var page = await jobs.GetStringAsync($"/employment/workshops/{workshop}", Ct);
        page.ShouldContain("谭春花");
        page.ShouldContain("吸纳脱贫劳动力 1 人，少于 5 人");
        page.ShouldContain("window.print()");
        (await jobs.GetStringAsync("/employment/workshops?type=factory", Ct)).ShouldContain("霞石村服饰帮扶车间");
        (await jobs.GetStringAsync("/employment/workshops/figures", Ct)).ShouldContain("帮扶车间统计");
        (await jobs.GetStringAsync("/employment/workshops/new", Ct)).ShouldContain("霞石村乡村振兴服饰车间");
    }

    private static string IdNumber(int year, int sequence) => CitizenId.Create("430211", new DateOnly(year, 5, 20), sequence);

    private static async Task<List<JsonElement>> Search(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/employment/workshops?pageSize=50&{query}", Ct)).GetProperty("items").EnumerateArray().ToList();

    private static async Task<List<string?>> Names(HttpClient client, string query) => (await Search(client, query)).Select(w => w.GetProperty("name").GetString()).ToList();

    private static async Task<JsonElement> ImportAsync(HttpClient client, string csv, bool allOrNothing)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var content = new MultipartFormDataContent { { file, "file", "rows.csv" }, { new StringContent(allOrNothing ? "true" : "false"), "allOrNothing" } };
        return await Json(await client.PostAsync("/api/v1/employment/workshop-workers/import", content, Ct), HttpStatusCode.OK);
    }
}
