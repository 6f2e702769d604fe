using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Kernel;
using static Doorstep.Employment.Tests.EmploymentDemo;

namespace Doorstep.Employment.Tests;

/// <summary>Training-base accreditation through the API on SQLite and PostgreSQL: the check, submission, scores, the ranking and accreditation within the quota.</summary>
public sealed class TrainingBaseTests
{
    private const string Base = "/api/v1/employment/training-bases";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Applications_are_checked_scored_ranked_and_the_top_ones_accredited_within_the_quota(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var officer = await app.ClientForAsync("officer");

        // The check: exactly { eligible, failed: [{ rule, message }] }, nothing saved.
        var check = await Json(await jobs.PostAsJsonAsync($"{Base}/applications/check", Application("检查学校", 0) with { AnnualPersonTimes = 980 }, Ct), HttpStatusCode.OK);
        check.EnumerateObject().Select(p => p.Name).ShouldBe(["eligible", "failed"]);
        check.GetProperty("eligible").GetBoolean().ShouldBeFalse();
        var failed = check.GetProperty("failed").EnumerateArray().Single();
        failed.EnumerateObject().Select(p => p.Name).ShouldBe(["rule", "message"]);
        failed.GetProperty("rule").GetString().ShouldBe("training.person-times");
        failed.GetProperty("message").GetString().ShouldBe("年培训 980 人次，少于 1000 人次");
        var passing = await Json(await jobs.PostAsJsonAsync($"{Base}/applications/check", Application("检查学校", 0), Ct), HttpStatusCode.OK);
        passing.GetProperty("eligible").GetBoolean().ShouldBeTrue();
        passing.GetProperty("failed").GetArrayLength().ShouldBe(0);
        Error(await Problem(await jobs.PostAsJsonAsync($"{Base}/applications/check", Application("检查学校", 0) with { SubsidisedPersonTimes = 2_000 }, Ct)), "subsidisedPersonTimes").ShouldContain("不能多于");

        // Calls are the officer's, the quota within 3–5.
        (await jobs.PostAsJsonAsync($"{Base}/calls", Call(2030, 3), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Error(await Problem(await officer.PostAsJsonAsync($"{Base}/calls", Call(2030, 6), Ct)), "quota").ShouldBe("年度认定名额应为 3～5 个");
        var call = await Json(await officer.PostAsJsonAsync($"{Base}/calls", Call(2030, 3), Ct), HttpStatusCode.Created);
        var callId = call.GetProperty("id").GetGuid();
        call.GetProperty("open").GetBoolean().ShouldBeTrue();

        var ids = new List<Guid>();
        for (var i = 1; i <= 4; i++)
        {
            var submitted = await Json(await jobs.PostAsJsonAsync($"{Base}/applications", Application($"测试技师学院{i}", i) with { CallId = callId }, Ct), HttpStatusCode.Created);
            submitted.GetProperty("status").GetString().ShouldBe("review");
            submitted.GetProperty("contactPhone").GetString()!.ShouldNotContain("13907336600");
            ids.Add(submitted.GetProperty("id").GetGuid());
        }

        var weak = await Json(await jobs.PostAsJsonAsync($"{Base}/applications", Application("测试培训学校", 9) with { CallId = callId, Programmes = ["家政服务员"] }, Ct), HttpStatusCode.Created);
        weak.GetProperty("status").GetString().ShouldBe("ineligible");
        var unmet = weak.GetProperty("criteria").EnumerateArray().Where(c => !c.GetProperty("met").GetBoolean()).ToList();
        unmet.Select(c => c.GetProperty("rule").GetString()).ShouldBe(["programmes.co-designed"]);
        unmet[0].GetProperty("message").GetString().ShouldBe("共同开发培训项目 1 个，少于 2 个");
        Error(await Problem(await jobs.PostAsJsonAsync($"{Base}/applications/{weak.GetProperty("id").GetGuid()}/scores", new { expert = "王建军", score = 90 }, Ct)), "status").ShouldContain("不进入专家评审");

        Error(await Problem(await jobs.PostAsJsonAsync($"{Base}/applications", Application("测试技师学院1", 1) with { CallId = callId }, Ct)), "creditCode").ShouldContain("每年只能申报一次");

        // Three experts each; the fourth application ranks last.
        int[][] scores = [[90, 92, 94], [85, 86, 87], [88, 88, 88], [70, 75, 80]];
        for (var i = 0; i < ids.Count; i++)
        {
            foreach (var (expert, score) in new[] { "王建军", "陈立新", "李淑华" }.Zip(scores[i]))
            {
                await Json(await jobs.PostAsJsonAsync($"{Base}/applications/{ids[i]}/scores", new { expert, score, comment = "符合条件" }, Ct), HttpStatusCode.OK);
            }
        }

        Error(await Problem(await jobs.PostAsJsonAsync($"{Base}/applications/{ids[0]}/scores", new { expert = "王建军", score = 101 }, Ct)), "score").ShouldBe("评分应为 0～100 分");
        var ranking = await officer.GetFromJsonAsync<JsonElement>($"{Base}/calls/{callId}/ranking", Ct);
        var rows = ranking.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("institutionName").GetString()).ShouldBe(["测试技师学院1", "测试技师学院3", "测试技师学院2", "测试技师学院4"]);
        rows.Select(r => r.GetProperty("withinQuota").GetBoolean()).ShouldBe([true, true, true, false]);
        rows[0].GetProperty("average").GetDecimal().ShouldBe(92m);

        (await jobs.PostAsync($"{Base}/applications/{ids[0]}/accredit", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Error(await Problem(await officer.PostAsync($"{Base}/applications/{ids[3]}/accredit", null, Ct)), "rank").ShouldBe("该申报排名第 4（平均 75 分），超出2030年度 3 个认定名额");
        foreach (var id in ids.Take(3))
        {
            var accredited = await Json(await officer.PostAsync($"{Base}/applications/{id}/accredit", null, Ct), HttpStatusCode.OK);
            accredited.GetProperty("status").GetString().ShouldBe("accredited");
            accredited.GetProperty("subsidyYuan").GetInt32().ShouldBe(300_000);
        }

        var list = await officer.GetFromJsonAsync<JsonElement>($"{Base}/accredited?year=2030", Ct);
        list.EnumerateArray().Select(b => b.GetProperty("institutionName").GetString()).ShouldBe(["测试技师学院1", "测试技师学院3", "测试技师学院2"], ignoreOrder: true);
        (await officer.GetFromJsonAsync<JsonElement>($"{Base}/calls/{callId}", Ct)).GetProperty("accredited").GetInt32().ShouldBe(3);

        var export = await officer.GetAsync($"{Base}/calls/{callId}/ranking/export?format=csv", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await export.Content.ReadAsStringAsync(Ct)).ShouldContain("测试技师学院4");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task The_demo_call_is_decided_a_late_application_is_refused_and_health_staff_see_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");

        var demo = (await jobs.GetFromJsonAsync<JsonElement>($"{Base}/calls", Ct)).EnumerateArray().Single(c => c.GetProperty("year").GetInt32() == 2026);
        demo.GetProperty("open").GetBoolean().ShouldBeFalse();
        var accredited = await jobs.GetFromJsonAsync<JsonElement>($"{Base}/accredited?year=2026", Ct);
        accredited.EnumerateArray().Select(b => b.GetProperty("institutionName").GetString()).ShouldBe(["湖南汽车工程职业学院", "湖南航空技师学院", "湖南省商业技师学院"]);
        accredited.EnumerateArray().ShouldAllBe(b => b.GetProperty("subsidyYuan").GetInt32() == 500_000);
        var ineligible = (await jobs.GetFromJsonAsync<JsonElement>($"{Base}/applications?year=2026&status=ineligible", Ct)).GetProperty("items").EnumerateArray().Single();
        ineligible.GetProperty("criteria").EnumerateArray().Where(c => !c.GetProperty("met").GetBoolean()).Select(c => c.GetProperty("message").GetString())
            .ShouldBe(["年培训 980 人次，少于 1000 人次", "稳定合作的大中型企业 2 家（栗雨电子科技有限公司、九郎山物流园仓储有限公司），少于 3 家"]);

        var late = await Json(await jobs.PostAsJsonAsync($"{Base}/applications", Application("迟到技工学校", 7) with { CallId = demo.GetProperty("id").GetGuid() }, Ct), HttpStatusCode.BadRequest);
        Error(late, "callId").ShouldBe("2026年度申报已于2026年4月30日截止，不再受理");

        var open = (await (await app.CreateClient().GetAsync("/api/v1/public/training-bases", Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray().ToList();
        open.Count.ShouldBe(3);
        open[0].TryGetProperty("subsidyYuan", out _).ShouldBeFalse();

        var doctor = await app.ClientForAsync("doctor");
        (await doctor.GetAsync($"{Base}/calls", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.GetAsync($"{Base}/applications", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.PostAsJsonAsync($"{Base}/applications/check", Application("检查学校", 0), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.GetAsync($"{Base}/accredited", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static object Call(int year, int quota) => new
    {
        year, regionCode = "430211000000", opensOn = Today.AddDays(-1), closesOn = Today.AddDays(30), quota, subsidyYuan = 300_000,
    };

    private static ApplicationBody Application(string name, int n) => new(
        null, name, CreditCode.Complete("52", "430211", $"T{n:D7}"), "湖南省株洲市天元区栗雨街道九郎山", "430211002002", "龙建华", "13907336600",
        1_500, 800, 5_000,
        [new("株洲齿轮有限责任公司", "large"), new("北汽福田汽车股份有限公司株洲分公司", "large"), new("株洲天元精工汽车零部件有限公司", "medium")],
        ["新能源汽车装调与检测", "汽车零部件数控加工"], true, "与株洲齿轮共建传动系统实训中心", 76m, ["新能源汽车"],
        new Dictionary<string, string> { ["training.person-times"] = "培训花名册" });

    private sealed record Partner(string Name, string Size);

    private sealed record ApplicationBody(
        Guid? CallId, string InstitutionName, string CreditCode, string Address, string RegionCode, string ContactName, string ContactPhone,
        int? AnnualPersonTimes, int? SubsidisedPersonTimes, int? TotalTrained, Partner[] Partners, string[] Programmes, bool SharedBase,
        string SharedBaseDescription, decimal LocalEmploymentPercent, string[] IndustriesServed, Dictionary<string, string> Evidence);
}
