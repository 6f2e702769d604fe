using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Doorstep.Kernel;
using static Doorstep.Care.Tests.CareDemo;

namespace Doorstep.Care.Tests;

/// <summary>The model-worker registry, its care activities and competitions, and the care imports, on SQLite and PostgreSQL.</summary>
public sealed class ModelWorkerTests
{
    private static readonly int ThisYear = DateTime.UtcNow.AddHours(8).Year;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task The_registry_is_scoped_and_masked_refuses_bad_honours_and_a_participant_twice_and_writes_nothing_then(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var officer = await app.ClientForAsync("officer");
        var deputy = await app.ClientForAsync("deputy");

        (await TotalAsync(officer, "/api/v1/care/model-workers")).ShouldBe(18);
        (await TotalAsync(deputy, "/api/v1/care/model-workers")).ShouldBe(5);
        (await NamesAsync(officer, "/api/v1/care/model-workers?hardship=true")).ShouldBe(["彭小兰", "肖德明"], ignoreOrder: true);
        (await NamesAsync(deputy, "/api/v1/care/model-workers?hardship=true")).ShouldBe(["刘秀英", "张明华"], ignoreOrder: true);
        (await NamesAsync(officer, $"/api/v1/care/model-workers?honour={Uri.EscapeDataString("全国五一劳动奖章")}")).ShouldBe(["易冬生", "黄国强"], ignoreOrder: true);
        var list = await officer.GetFromJsonAsync<JsonElement>("/api/v1/care/model-workers?pageSize=100", Ct);
        list.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("idNumber").GetString()).ShouldAllBe(id => id!.Contains("**********"));

        var yi = await WorkerAsync(officer, "易冬生");
        var detail = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/care/model-workers/{yi}", Ct);
        detail.GetProperty("worker").GetProperty("honours").EnumerateArray().Select(h => h.GetProperty("name").GetString()).ShouldBe(["全国五一劳动奖章", "省劳动模范"]);
        detail.GetProperty("activities").GetArrayLength().ShouldBe(2);
        detail.GetProperty("awards")[0].GetProperty("prize").GetString().ShouldBe("焊工组 一等奖");

        // A person of the registry in the officer's district, registered with honours; a future year or an unknown kind refused.
        var idNumber = CitizenId.Create("430211", new DateOnly(1979, 3, 14), 871);
        (await officer.PostAsJsonAsync("/api/v1/people", new { name = "聂文斌", idNumber, address = "天元区泰山街道湘水社区", regionCode = "430211002001" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var bad = await officer.PostAsJsonAsync("/api/v1/care/model-workers", new
        {
            idNumber, employer = "中车株洲电力机车有限公司", trade = "", hardship = true,
            honours = new object[] { new { kind = "市工匠", year = ThisYear + 1 }, new { kind = "劳动英雄", year = 2020 } },
        }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problems = await bad.Content.ReadAsStringAsync(Ct);
        problems.ShouldContain($"市工匠：年度{ThisYear + 1}晚于今年（{ThisYear}年）");
        problems.ShouldContain("没有“劳动英雄”这一荣誉");
        problems.ShouldContain("请填写行业领域或工种");
        problems.ShouldContain("列入困难劳模的，请填写困难情况");
        (await TotalAsync(officer, "/api/v1/care/model-workers")).ShouldBe(18);

        (await BodyAsync(deputy.PostAsJsonAsync("/api/v1/care/model-workers", new { idNumber, employer = "中车", trade = "焊工" }, Ct)))
            .ShouldContain("不在您的管辖范围内");
        var created = await officer.PostAsJsonAsync("/api/v1/care/model-workers", new
        {
            idNumber, employer = "中车株洲电力机车有限公司", trade = "电工", honours = new[] { new { kind = "city-craftsman", year = ThisYear, awardedBy = "株洲市总工会" } },
        }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var nie = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        (await BodyAsync(officer.PostAsJsonAsync("/api/v1/care/model-workers", new { idNumber, employer = "中车", trade = "电工" }, Ct)))
            .ShouldContain("已在劳模工匠名册中");
        (await BodyAsync(officer.PostAsJsonAsync($"/api/v1/care/model-workers/{nie}/honours", new { kind = "市工匠", year = ThisYear }, Ct)))
            .ShouldContain($"{ThisYear}年市工匠已登记");

        // The gathering: the officer sees the district's 18 of its 25, the rest counted.
        var gathering = (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/care/model-worker-activities?kind=gathering", Ct)).GetProperty("items").EnumerateArray().Single();
        gathering.GetProperty("participants").GetInt32().ShouldBe(25);
        var seen = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/care/model-worker-activities/{gathering.GetProperty("id").GetGuid()}", Ct);
        seen.GetProperty("participants").GetArrayLength().ShouldBe(18);
        seen.GetProperty("outsideScope").GetInt32().ShouldBe(7);

        var activities = await TotalAsync(officer, "/api/v1/care/model-worker-activities");
        var twice = await officer.PostAsJsonAsync("/api/v1/care/model-worker-activities", new
        {
            kind = "免费体检", name = "劳模职工年度体检", heldOn = DateOnly.FromDateTime(DateTime.UtcNow), place = "株洲市中心医院", organiser = "天元区总工会",
            region = "430211000000", participants = new[] { yi, nie, yi },
        }, Ct);
        twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await twice.Content.ReadAsStringAsync(Ct)).ShouldContain("易冬生（中车株洲电力机车有限公司）重复选择了");
        (await TotalAsync(officer, "/api/v1/care/model-worker-activities")).ShouldBe(activities);

        var again = await officer.PostAsJsonAsync($"/api/v1/care/model-worker-activities/{gathering.GetProperty("id").GetGuid()}/participants", new[] { nie, yi }, Ct);
        (await again.Content.ReadAsStringAsync(Ct)).ShouldContain("易冬生（中车株洲电力机车有限公司）已在参加人员中");
        (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/care/model-worker-activities/{gathering.GetProperty("id").GetGuid()}", Ct)).GetProperty("participants").GetArrayLength().ShouldBe(18);

        var competition = (await officer.GetFromJsonAsync<JsonElement>("/api/v1/care/labour-competitions", Ct)).GetProperty("items").EnumerateArray().Single();
        var winners = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/care/labour-competitions/{competition.GetProperty("id").GetGuid()}", Ct);
        winners.GetProperty("winners").EnumerateArray().Select(w => w.GetProperty("name").GetString()).ShouldBe(["易冬生", "唐子豪", "罗建勋", "曾思远", "谭志勇"]);
        (await BodyAsync(officer.PostAsJsonAsync($"/api/v1/care/labour-competitions/{competition.GetProperty("id").GetGuid()}/winners", new { modelWorker = yi, prize = "特等奖" }, Ct)))
            .ShouldContain("易冬生已在获奖名单中");

        var export = await officer.GetAsync("/api/v1/care/model-workers/export?format=csv&hardship=true", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csv = await export.Content.ReadAsStringAsync(Ct);
        csv.ShouldContain("彭小兰");
        csv.ShouldNotContain("易冬生");
        csv.ShouldContain("**********");
        (await (await app.ClientForAsync("jobs")).GetAsync("/api/v1/care/model-workers", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task An_activity_is_corrected_through_the_checks_it_was_recorded_with_and_keeps_its_participants(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var officer = await app.ClientForAsync("officer");
        var deputy = await app.ClientForAsync("deputy");
        var gathering = (await officer.GetFromJsonAsync<JsonElement>("/api/v1/care/model-worker-activities?kind=gathering", Ct)).GetProperty("items").EnumerateArray().Single();
        var url = $"/api/v1/care/model-worker-activities/{gathering.GetProperty("id").GetGuid()}";
        var heldOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-19);

        var corrected = await officer.PutAsJsonAsync(url, new
        {
            kind = "座谈联谊", name = "劳模工匠新春座谈会", heldOn, place = "天元区职工服务中心二楼会议室", organiser = "天元区总工会", region = "430211000000", note = "",
        }, Ct);
        var bad = await officer.PutAsJsonAsync(url, new { kind = "gathering", name = " ", heldOn, place = "会议室", organiser = "天元区总工会", region = "430203000000" }, Ct);
        var elsewhere = await deputy.PutAsJsonAsync(url, new { kind = "gathering", name = "改名", heldOn, place = "会议室", organiser = "工会", region = "430211000000" }, Ct);

        corrected.StatusCode.ShouldBe(HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync(Ct));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problems = await bad.Content.ReadAsStringAsync(Ct);
        problems.ShouldContain("请填写活动名称");
        problems.ShouldContain("区划代码 430203000000 不存在或不在您的管辖范围内");
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var seen = await officer.GetFromJsonAsync<JsonElement>(url, Ct);
        seen.GetProperty("activity").GetProperty("name").GetString().ShouldBe("劳模工匠新春座谈会");
        seen.GetProperty("activity").GetProperty("place").GetString().ShouldBe("天元区职工服务中心二楼会议室");
        seen.GetProperty("activity").GetProperty("heldOn").GetString().ShouldBe(heldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        seen.GetProperty("activity").GetProperty("participants").GetInt32().ShouldBe(25);
        seen.GetProperty("note").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_competition_is_corrected_and_a_winner_entered_by_mistake_taken_off_keeping_the_order(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var officer = await app.ClientForAsync("officer");
        var deputy = await app.ClientForAsync("deputy");
        var url = $"/api/v1/care/labour-competitions/{(await officer.GetFromJsonAsync<JsonElement>("/api/v1/care/labour-competitions", Ct)).GetProperty("items")[0].GetProperty("id").GetGuid()}";
        var winners = (await officer.GetFromJsonAsync<JsonElement>(url, Ct)).GetProperty("winners").EnumerateArray().ToList();
        var tang = winners.Single(w => w.GetProperty("name").GetString() == "唐子豪").GetProperty("id").GetGuid();

        var corrected = await officer.PutAsJsonAsync(url, new { name = "天元区职工焊工技能竞赛", year = ThisYear, organiser = "天元区总工会", field = "焊工", region = "430211000000" }, Ct);
        var bad = await officer.PutAsJsonAsync(url, new { name = "天元区职工焊工技能竞赛", year = ThisYear + 1, organiser = "", field = "焊工", region = "430211000000" }, Ct);
        var elsewhere = await deputy.PutAsJsonAsync(url, new { name = "改名", year = ThisYear, organiser = "工会", field = "焊工", region = "430203000000" }, Ct);
        var removed = await officer.DeleteAsync($"{url}/winners/{tang}", Ct);
        var removedAgain = await officer.DeleteAsync($"{url}/winners/{tang}", Ct);
        var added = await officer.PostAsJsonAsync($"{url}/winners", new { name = "钟海波", employer = "株洲钻石切削刀具股份有限公司", prize = "优秀奖" }, Ct);

        corrected.StatusCode.ShouldBe(HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync(Ct));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problems = await bad.Content.ReadAsStringAsync(Ct);
        problems.ShouldContain("请填写主办单位");
        problems.ShouldContain($"{ThisYear + 1}");
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        removedAgain.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        added.StatusCode.ShouldBe(HttpStatusCode.OK, await added.Content.ReadAsStringAsync(Ct));
        var seen = await officer.GetFromJsonAsync<JsonElement>(url, Ct);
        seen.GetProperty("competition").GetProperty("name").GetString().ShouldBe("天元区职工焊工技能竞赛");
        seen.GetProperty("competition").GetProperty("organiser").GetString().ShouldBe("天元区总工会");
        seen.GetProperty("winners").EnumerateArray().Select(w => w.GetProperty("name").GetString()).ShouldBe(["易冬生", "罗建勋", "曾思远", "谭志勇", "钟海波"]);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task The_imports_report_each_refused_row_and_all_or_nothing_writes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var officer = await app.ClientForAsync("officer");
        var a = CitizenId.Create("430211", new DateOnly(1975, 8, 2), 881);
        var b = CitizenId.Create("430211", new DateOnly(1983, 1, 20), 892);
        var head = CitizenId.Create("430211", new DateOnly(1950, 11, 9), 903);
        var nobody = CitizenId.Create("430211", new DateOnly(1990, 6, 6), 915);
        (await officer.PostAsJsonAsync("/api/v1/people", new { name = "曹立新", idNumber = a, address = "天元区嵩山街道", regionCode = "430211001001001" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await officer.PostAsJsonAsync("/api/v1/people", new { name = "贺晓燕", idNumber = b, address = "天元区嵩山街道", regionCode = "430211001002001" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await officer.PostAsJsonAsync("/api/v1/people", new { name = "田秋生", idNumber = head, address = "天元区雷打石镇霞石村5组", regionCode = "430211101201002", householdNumber = "430211101201002K90", householdRelation = "户主" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var workers = $"""
            姓名,身份证号,工作单位,行业领域,荣誉,荣誉年度,授予单位,困难情况
            曹立新,{a},株洲硬质合金集团有限公司,刀具磨削工,市工匠,2024,株洲市总工会,
            曹立新,{a},,,省劳动模范,2025年,湖南省人民政府,妻子重病
            无名氏,{nobody},某厂,车工,市工匠,2020,,
            贺晓燕,{b},天元区人民医院,护士,劳动英雄,2020,,
            贺晓燕,{b},天元区人民医院,护士,市劳动模范,{ThisYear + 1},,
            """;
        var atomic = await ImportAsync(officer, "model-workers", workers, allOrNothing: true);
        atomic.GetProperty("imported").GetInt32().ShouldBe(0);
        atomic.GetProperty("rejected").GetInt32().ShouldBe(3);
        (await TotalAsync(officer, "/api/v1/care/model-workers")).ShouldBe(18);

        var report = await ImportAsync(officer, "model-workers", workers, allOrNothing: false);
        report.GetProperty("imported").GetInt32().ShouldBe(2);
        var errors = Errors(report);
        errors.ShouldContain(e => e.Row == 4 && e.Column == "身份证号" && e.Message.Contains("居民档案中没有这个人"));
        errors.ShouldContain(e => e.Row == 5 && e.Column == "荣誉" && e.Message.Contains("没有“劳动英雄”这一荣誉"));
        errors.ShouldContain(e => e.Row == 6 && e.Column == "荣誉" && e.Message.Contains($"年度{ThisYear + 1}晚于今年"));
        var cao = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/care/model-workers/{await WorkerAsync(officer, "曹立新")}", Ct);
        cao.GetProperty("worker").GetProperty("honours").GetArrayLength().ShouldBe(2);
        cao.GetProperty("worker").GetProperty("hardshipReason").GetString().ShouldBe("妻子重病");

        var households = $"""
            户主身份证号,困难类别,责任人,备注
            {head},低保户、独居老人,杨浩博,老伴去年去世
            {head},贫困户,,
            {a},低保户,,
            """;
        var before = await TotalAsync(officer, "/api/v1/care/households");
        var none = await ImportAsync(officer, "households", households, allOrNothing: true);
        none.GetProperty("imported").GetInt32().ShouldBe(0);
        (await TotalAsync(officer, "/api/v1/care/households")).ShouldBe(before);

        var some = await ImportAsync(officer, "households", households, allOrNothing: false);
        some.GetProperty("imported").GetInt32().ShouldBe(1);
        Errors(some).ShouldContain(e => e.Row == 3 && e.Column == "户主身份证号" && e.Message.Contains("已登记为困难家庭"));
        Errors(some).ShouldContain(e => e.Row == 3 && e.Column == "困难类别" && e.Message.Contains("没有“贫困户”这一困难类别"));
        Errors(some).ShouldContain(e => e.Row == 4 && e.Column == "户主身份证号" && e.Message == "曹立新在居民档案中没有户编号，请先补填");
        var tian = await HouseholdAsync(officer, "田秋生");
        tian.GetProperty("responsible").GetString().ShouldBe("grid");
        tian.GetProperty("categoryNames").EnumerateArray().Select(c => c.GetString()).ShouldBe(["低保户", "独居老人"]);

        var deputy = await app.ClientForAsync("deputy");
        var outside = await ImportAsync(deputy, "households", $"户主身份证号,困难类别\n{head},低保户\n", allOrNothing: false);
        Errors(outside).ShouldContain(e => e.Row == 2 && e.Message.Contains("不在您的管辖范围内"));
    }

    private static async Task<string> BodyAsync(Task<HttpResponseMessage> response) => await (await response).Content.ReadAsStringAsync(Ct);

    private static async Task<int> TotalAsync(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonElement>(url + (url.Contains('?') ? "&" : "?") + "pageSize=1", Ct)).GetProperty("total").GetInt32();

    private static async Task<List<string?>> NamesAsync(HttpClient client, string url) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(url, Ct)).GetProperty("items").EnumerateArray().Select(w => w.GetProperty("name").GetString())];

    private static async Task<Guid> WorkerAsync(HttpClient client, string name) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/care/model-workers?q={Uri.EscapeDataString(name)}", Ct)).GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();

    private static async Task<JsonElement> ImportAsync(HttpClient client, string key, string csv, bool allOrNothing)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var content = new MultipartFormDataContent { { file, "file", "rows.csv" }, { new StringContent(allOrNothing ? "true" : "false"), "allOrNothing" } };
        var response = await client.PostAsync($"/api/v1/care/{key}/import", content, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static List<(int Row, string? Column, string Message)> Errors(JsonElement report) =>
        [.. report.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("message").GetString()!))];
}
