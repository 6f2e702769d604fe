using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Kernel;
using static Doorstep.Employment.Tests.EmploymentDemo;

namespace Doorstep.Employment.Tests;

/// <summary>Gig work through the API on SQLite and PostgreSQL: posted, checked in, matched, taken on up to the head count, paid, boarded and counted, within scope.</summary>
public sealed class GigTests
{
    private const string Xiangshui = "430211002001";
    private const string Jianning = "430203001001";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_gig_is_matched_by_category_date_and_distance_taken_on_up_to_its_people_done_paid_boarded_and_counted(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var officer = await app.ClientForAsync("officer");
        var resident = app.CreateClient();

        // A category of its own keeps the demo's workers out of the counts.
        (await jobs.PostAsJsonAsync("/api/v1/employment/gigs/categories", new { name = "管道疏通" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var drains = (await Json(await officer.PostAsJsonAsync("/api/v1/employment/gigs/categories", new { name = "管道疏通" }, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var cleaning = (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/gigs/categories", Ct)).EnumerateArray().Single(c => c.GetProperty("name").GetString() == "保洁").GetProperty("id").GetGuid();
        var taishan = await MarketAsync(jobs);
        var station = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/stations/{taishan}", Ct);
        var (lon, lat) = (station.GetProperty("longitude").GetDouble(), station.GetProperty("latitude").GetDouble());

        var job = await PostJobAsync(jobs, drains, taishan, "厨房下水道疏通", lon + 0.003, lat, Today, peopleNeeded: 2);
        job.GetProperty("posterPhone").GetString().ShouldBe("138****5678");
        job.GetProperty("categoryName").GetString().ShouldBe("管道疏通");
        job.GetProperty("marketName").GetString().ShouldBe("泰山街道零工驿站");
        var jobId = job.GetProperty("id").GetGuid();
        var later = (await PostJobAsync(jobs, drains, taishan, "化粪池清掏", lon, lat + 0.004, Today.AddDays(2), peopleNeeded: 1)).GetProperty("id").GetGuid();

        // At the station today; at home 5 km away and free any day; free only on another weekday; another trade.
        var here = await WorkerAsync(jobs, new { name = "赵铁柱", phone = "13900001111", marketId = taishan, skills = new[] { drains } });
        var personId = await SeekerTests.PersonAsync(jobs, "钱家旺", CitizenId.Create("430211", new DateOnly(1980, 5, 6), 21), Xiangshui, lon + 0.05, lat);
        var home = await WorkerAsync(jobs, new { personId, phone = "13900002222", marketId = taishan, skills = new[] { drains, cleaning } });
        var otherDay = await WorkerAsync(jobs, new { name = "孙晓梅", phone = "13900003333", marketId = taishan, skills = new[] { drains }, days = new[] { Today.AddDays(1).DayOfWeek.ToString() } });
        var otherTrade = await WorkerAsync(jobs, new { name = "李大勇", phone = "13900004444", marketId = taishan, skills = new[] { cleaning } });
        (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/workers/{home}", Ct)).GetProperty("name").GetString().ShouldBe("钱家旺");
        await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/workers/{here}/check-ins", new { }, Ct), HttpStatusCode.OK);
        var twice = await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/workers/{here}/check-ins", new { }, Ct));
        Error(twice, "date").ShouldContain("已在泰山街道零工驿站签到");

        var matches = (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/jobs/{jobId}/matches", Ct)).EnumerateArray().ToList();
        matches.Select(m => m.GetProperty("workerId").GetGuid()).ShouldBe([here, home]);
        matches[0].GetProperty("reason").GetString()!.ShouldContain("已在泰山街道零工驿站签到");
        matches[0].GetProperty("distanceMeters").GetInt32().ShouldBeInRange(250, 350);
        matches[1].GetProperty("reason").GetString()!.ShouldContain("未签到");
        matches[1].GetProperty("distanceMeters").GetInt32().ShouldBeGreaterThan(4000);
        var tomorrow = (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/jobs/{later}/matches?date={Today.AddDays(1):yyyy-MM-dd}", Ct)).EnumerateArray()
            .Select(m => m.GetProperty("workerId").GetGuid()).ToList();
        tomorrow.ShouldContain(otherDay);
        tomorrow.ShouldNotContain(otherTrade);

        var forHere = (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/workers/{here}/matches", Ct)).EnumerateArray().ToList();
        forHere.Select(m => m.GetProperty("jobId").GetGuid()).ShouldBe([jobId, later]);
        forHere[0].GetProperty("reason").GetString()!.ShouldContain("还缺2人");
        var fromTomorrow = (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/workers/{here}/matches?date={Today.AddDays(1):yyyy-MM-dd}", Ct)).EnumerateArray();
        fromTomorrow.Select(m => m.GetProperty("jobId").GetGuid()).ShouldBe([later]);

        await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{jobId}/workers", new { workerId = here }, Ct), HttpStatusCode.OK);
        var again = await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{jobId}/workers", new { workerId = here }, Ct));
        Error(again, "workerId").ShouldBe("赵铁柱已接了这个活");
        var full = await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{jobId}/workers", new { workerId = home }, Ct), HttpStatusCode.OK);
        full.GetProperty("taken").GetInt32().ShouldBe(2);
        var beyond = await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{jobId}/workers", new { workerId = otherDay }, Ct));
        Error(beyond, "workerId").ShouldBe("该零工需要2人，已接单2人，人数已满，不能再接单");
        var after = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/jobs/{jobId}", Ct);
        after.GetProperty("taken").GetInt32().ShouldBe(2);
        after.GetProperty("workers").EnumerateArray().Select(w => w.GetProperty("workerId").GetGuid()).ShouldBe([here, home]);
        (await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/jobs/{jobId}/matches", Ct)).GetArrayLength().ShouldBe(0);

        var skipped = await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{jobId}/workers/{home}/state", new { state = "paid" }, Ct));
        Error(skipped, "state").ShouldBe("还未“已完工”，不能直接记为“已结算”");
        await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{jobId}/workers/{here}/state", new { state = "done" }, Ct), HttpStatusCode.OK);
        var paid = await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{jobId}/workers/{here}/state", new { state = "paid" }, Ct), HttpStatusCode.OK);
        var paidWorker = paid.GetProperty("workers").EnumerateArray().Single(w => w.GetProperty("workerId").GetGuid() == here);
        paidWorker.GetProperty("state").GetString().ShouldBe("paid");
        paidWorker.GetProperty("paidAmount").GetInt32().ShouldBe(300);
        var back = await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/jobs/{jobId}/workers/{here}/state", new { state = "done" }, Ct));
        Error(back, "state").ShouldBe("已是“已结算”状态，不能退回“已完工”");

        var board = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/board?market={taishan}", Ct);
        board.GetProperty("jobs").EnumerateArray().Select(j => j.GetProperty("id").GetGuid()).ShouldContain(jobId);
        board.GetProperty("jobs").EnumerateArray().Select(j => j.GetProperty("id").GetGuid()).ShouldNotContain(later);
        var boarded = board.GetProperty("workers").EnumerateArray().Single(w => w.GetProperty("workerId").GetGuid() == here);
        boarded.GetProperty("phone").GetString().ShouldBe("139****1111");
        boarded.GetProperty("taken").GetBoolean().ShouldBeTrue();
        board.GetProperty("workers").EnumerateArray().Select(w => w.GetProperty("workerId").GetGuid()).ShouldNotContain(home);
        board.GetProperty("market").GetProperty("phone").GetString().ShouldBe("0731-28551266");

        var text = await resident.GetStringAsync($"/api/v1/public/gigs?market={taishan}", Ct);
        var open = JsonDocument.Parse(text).RootElement.EnumerateArray().Single();
        open.GetProperty("market").GetProperty("address").GetString()!.ShouldContain("泰山街道");
        var titles = open.GetProperty("gigs").EnumerateArray().Select(g => g.GetProperty("title").GetString()).ToList();
        titles.ShouldContain("新房开荒保洁（120平）");
        titles.ShouldNotContain("厨房下水道疏通");
        text.ShouldNotContain("周女士");
        text.ShouldNotContain("湘水湾");
        text.ShouldNotContain("****");
        text.ShouldNotContain("赵铁柱");

        var from = Today.AddDays(-3).ToString("yyyy-MM-dd");
        var to = Today.AddDays(3).ToString("yyyy-MM-dd");
        var ratio = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/ratio?from={from}&to={to}&market={taishan}", Ct);
        var row = ratio.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("category").GetString() == "管道疏通");
        row.GetProperty("peopleNeeded").GetInt32().ShouldBe(3);
        row.GetProperty("workersAvailable").GetInt32().ShouldBe(1);
        row.GetProperty("ratio").GetDecimal().ShouldBe(3m);
        await Json(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/workers/{otherDay}/check-ins", new { date = Today.AddDays(-1) }, Ct), HttpStatusCode.OK);
        ratio = await jobs.GetFromJsonAsync<JsonElement>($"/api/v1/employment/gigs/ratio?from={from}&to={to}", Ct);
        ratio.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("category").GetString() == "管道疏通").GetProperty("ratio").GetDecimal().ShouldBe(1.5m);
        var export = await jobs.GetAsync($"/api/v1/employment/gigs/ratio/export?from={from}&to={to}&format=csv", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await export.Content.ReadAsStringAsync(Ct)).ShouldContain("管道疏通,3,2,1.50");
        var wrongRange = await Problem(await jobs.GetAsync($"/api/v1/employment/gigs/ratio?from={to}&to={from}", Ct));
        Error(wrongRange, "to").ShouldStartWith("结束日期（");

        await Json(await officer.PutAsJsonAsync($"/api/v1/employment/gigs/categories/{drains}", new { name = "管道疏通", retired = true }, Ct), HttpStatusCode.OK);
        var retired = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/gigs/jobs", JobBody(drains, taishan, "马桶疏通", lon, lat, Today, 1), Ct));
        Error(retired, "categoryId").ShouldBe("类别“管道疏通”已停用，请选择其他类别");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Bad_gigs_and_workers_are_refused_field_by_field_writing_nothing_and_each_sees_only_their_regions(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var doctor = await app.ClientForAsync("doctor");
        var resident = app.CreateClient();
        var taishan = await MarketAsync(jobs);
        var boards = JsonDocument.Parse(await resident.GetStringAsync("/api/v1/public/gigs", Ct)).RootElement.EnumerateArray().ToList();
        var lusong = boards.Single(b => b.GetProperty("market").GetProperty("name").GetString() == "芦淞区中心商圈零工之家");
        lusong.GetProperty("gigs").GetArrayLength().ShouldBeGreaterThan(0);
        var lusongId = lusong.GetProperty("market").GetProperty("id").GetGuid();
        var cleaning = (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/gigs/categories", Ct)).EnumerateArray().Single(c => c.GetProperty("name").GetString() == "保洁").GetProperty("id").GetGuid();
        var before = (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/gigs/jobs?pageSize=1", Ct)).GetProperty("total").GetInt32();
        before.ShouldBeGreaterThan(0);

        var empty = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/gigs/jobs", new { }, Ct));
        Error(empty, "title").ShouldStartWith("请填写要做什么");
        Error(empty, "categoryId").ShouldBe("请选择零工类别");
        Error(empty, "posterKind").ShouldStartWith("请选择发布方");
        Error(empty, "posterPhone").ShouldStartWith("请填写发布人的手机号码");
        Error(empty, "regionCode").ShouldBe("请选择干活地点所在的村（社区）");
        Error(empty, "startDate").ShouldBe("请填写哪天干活");
        Error(empty, "pay").ShouldBe("请填写报酬（元）");
        Error(empty, "peopleNeeded").ShouldBe("请填写需要几个人");
        Error(empty, "marketId").ShouldStartWith("请选择零工驿站或零工市场");

        var wrong = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/gigs/jobs", new
        {
            title = "搬钢琴", categoryId = cleaning, posterKind = "household", posterName = "王", posterPhone = "1234", address = "建宁路", regionCode = Jianning,
            startDate = Today, endDate = Today.AddDays(-1), startTime = "09:00", pay = 5, payUnit = "day", peopleNeeded = 0, marketId = lusongId,
        }, Ct));
        Error(wrong, "posterPhone").ShouldBe("手机号码应为11位，实际为4位");
        Error(wrong, "regionCode").ShouldBe($"区划代码 {Jianning} 不存在或不在您的管辖范围内");
        Error(wrong, "endDate").ShouldBe("结束日期不能早于开始日期");
        Error(wrong, "endTime").ShouldBe("开始和结束时间要么都填，要么都不填");
        Error(wrong, "pay").ShouldBe("报酬应为20～10000元/天");
        Error(wrong, "peopleNeeded").ShouldBe("需要人数应为1～200人");
        Error(wrong, "marketId").ShouldStartWith("请选择零工驿站或零工市场");
        var tooLong = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/gigs/jobs", JobBody(cleaning, taishan, "长期保洁", 113.11, 27.85, Today, 1) with { EndDate = Today.AddDays(31) }, Ct));
        Error(tooLong, "endDate").ShouldBe("一个零工最长31天；更长的用工请登记为岗位");
        (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/gigs/jobs?pageSize=1", Ct)).GetProperty("total").GetInt32().ShouldBe(before);

        var nobody = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/gigs/workers", new { marketId = taishan }, Ct));
        Error(nobody, "name").ShouldStartWith("请填写零工人员姓名");
        Error(nobody, "phone").ShouldBe("请填写手机号码，有活时好联系");
        Error(nobody, "skills").ShouldBe("请至少选择一项会干的活（零工类别）");
        var stranger = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/gigs/workers", new { idNumber = CitizenId.Create("430211", new DateOnly(1985, 1, 2), 31), marketId = taishan, skills = new[] { cleaning } }, Ct));
        Error(stranger, "idNumber").ShouldStartWith("居民档案中没有这个人");
        var personId = await SeekerTests.PersonAsync(jobs, "吴春花", CitizenId.Create("430211", new DateOnly(1975, 8, 9), 41), Xiangshui, 113.11, 27.85);
        var phoneless = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/gigs/workers", new { personId, marketId = taishan, skills = new[] { cleaning } }, Ct));
        Error(phoneless, "phone").ShouldBe("请填写手机号码，有活时好联系");
        var worker = await WorkerAsync(jobs, new { personId, phone = "13700001234", marketId = taishan, skills = new[] { cleaning } });
        var twice = await Problem(await jobs.PostAsJsonAsync("/api/v1/employment/gigs/workers", new { personId, phone = "13700001234", marketId = taishan, skills = new[] { cleaning } }, Ct));
        Error(twice, "personId").ShouldContain("已于");
        var future = await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/workers/{worker}/check-ins", new { date = Today.AddDays(1) }, Ct));
        Error(future, "date").ShouldBe("签到日期不能晚于今天");
        var elsewhere = await Problem(await jobs.PostAsJsonAsync($"/api/v1/employment/gigs/workers/{worker}/check-ins", new { marketId = lusongId }, Ct));
        Error(elsewhere, "marketId").ShouldStartWith("请选择零工驿站或零工市场");

        (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/gigs/markets", Ct)).EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ShouldBe([taishan]);
        (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/gigs/jobs?q=湘水湾", Ct)).GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/gigs/jobs?q=服装城", Ct)).GetProperty("total").GetInt32().ShouldBe(0);
        (await jobs.GetAsync($"/api/v1/employment/gigs/board?market={lusongId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/gigs/workers?q=曾德华", Ct)).GetProperty("total").GetInt32().ShouldBe(0);
        (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/gigs/workers?q=何建军", Ct)).GetProperty("total").GetInt32().ShouldBe(1);

        foreach (var path in new[] { "jobs", "workers", "categories", $"board?market={taishan}", $"ratio?from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}" })
        {
            (await doctor.GetAsync($"/api/v1/employment/gigs/{path}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
        }

        (await doctor.PostAsJsonAsync("/api/v1/employment/gigs/jobs", JobBody(cleaning, taishan, "保洁", 113.11, 27.85, Today, 1), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    internal sealed record JobInput(
        string Title, Guid CategoryId, string PosterKind, string PosterName, string PosterPhone, string Address, string RegionCode, double Longitude, double Latitude,
        DateOnly StartDate, DateOnly EndDate, int Pay, string PayUnit, int PeopleNeeded, Guid MarketId);

    internal static JobInput JobBody(Guid category, Guid market, string title, double lon, double lat, DateOnly start, int people) =>
        new(title, category, "household", "钱女士", "13812345678", "天元区泰山路湘水湾小区2栋", Xiangshui, lon, lat, start, start, 300, "job", people, market);

    internal static async Task<JsonElement> PostJobAsync(HttpClient client, Guid category, Guid market, string title, double lon, double lat, DateOnly start, int peopleNeeded) =>
        await Json(await client.PostAsJsonAsync("/api/v1/employment/gigs/jobs", JobBody(category, market, title, lon, lat, start, peopleNeeded), Ct), HttpStatusCode.Created);

    internal static async Task<Guid> WorkerAsync(HttpClient client, object body) =>
        (await Json(await client.PostAsJsonAsync("/api/v1/employment/gigs/workers", body, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    internal static async Task<Guid> MarketAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/employment/gigs/markets", Ct)).EnumerateArray().Single(m => m.GetProperty("name").GetString() == "泰山街道零工驿站").GetProperty("id").GetGuid();
}
