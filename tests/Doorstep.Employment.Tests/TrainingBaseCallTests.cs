using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Kernel;
using static Doorstep.Employment.Tests.EmploymentDemo;

namespace Doorstep.Employment.Tests;

/// <summary>Editing and cancelling a call through the API on SQLite and PostgreSQL: the quota at its bounds and never below the bases accredited.</summary>
public sealed class TrainingBaseCallTests
{
    private const string Base = "/api/v1/employment/training-bases";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_call_is_edited_within_the_quota_bounds_never_below_the_accredited_and_cancelled_only_without_applications(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var officer = await app.ClientForAsync("officer");
        var call = await Json(await officer.PostAsJsonAsync($"{Base}/calls", Call(2032, 3), Ct), HttpStatusCode.Created);
        var id = call.GetProperty("id").GetGuid();

        (await jobs.PutAsJsonAsync($"{Base}/calls/{id}", Edit(4), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Error(await Problem(await officer.PutAsJsonAsync($"{Base}/calls/{id}", Edit(2), Ct)), "quota").ShouldBe("年度认定名额应为 3～5 个");
        Error(await Problem(await officer.PutAsJsonAsync($"{Base}/calls/{id}", Edit(6), Ct)), "quota").ShouldBe("年度认定名额应为 3～5 个");
        (await Json(await officer.PutAsJsonAsync($"{Base}/calls/{id}", Edit(5), Ct), HttpStatusCode.OK)).GetProperty("quota").GetInt32().ShouldBe(5);
        var edited = await Json(await officer.PutAsJsonAsync($"{Base}/calls/{id}", Edit(3) with { SubsidyYuan = 450_000, PillarIndustries = ["新能源汽车", "航空动力"] }, Ct), HttpStatusCode.OK);
        edited.GetProperty("quota").GetInt32().ShouldBe(3);
        edited.GetProperty("subsidyYuan").GetInt32().ShouldBe(450_000);
        edited.GetProperty("pillarIndustries").EnumerateArray().Select(p => p.GetString()).ShouldBe(["新能源汽车", "航空动力"]);
        (await officer.PutAsJsonAsync($"{Base}/calls/{Guid.NewGuid()}", Edit(3), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Four applications, three scored highest and accredited.
        var ids = new List<Guid>();
        for (var i = 1; i <= 4; i++)
        {
            var submitted = await Json(await jobs.PostAsJsonAsync($"{Base}/applications", Application(id, i), Ct), HttpStatusCode.Created);
            ids.Add(submitted.GetProperty("id").GetGuid());
            foreach (var expert in new[] { "王建军", "陈立新", "李淑华" })
            {
                await Json(await jobs.PostAsJsonAsync($"{Base}/applications/{ids[^1]}/scores", new { expert, score = 95 - i }, Ct), HttpStatusCode.OK);
            }
        }

        Error(await Problem(await officer.PutAsJsonAsync($"{Base}/calls/{id}", Edit(3) with { SubsidyYuan = 450_000, PillarIndustries = ["新能源汽车"] }, Ct)), "pillarIndustries")
            .ShouldContain("支柱产业不能再修改");
        Error(await Problem(await officer.PostAsJsonAsync($"{Base}/calls/{id}/cancel", new { reason = "财政预算调整" }, Ct)), "status").ShouldBe("2032年度申报已收到 4 份申报，不能撤销");
        foreach (var accredit in ids.Take(3))
        {
            await Json(await officer.PostAsync($"{Base}/applications/{accredit}/accredit", null, Ct), HttpStatusCode.OK);
        }

        // Accredited: only the quota moves, and not below three.
        Error(await Problem(await officer.PutAsJsonAsync($"{Base}/calls/{id}", Edit(4), Ct)), "status").ShouldBe("2032年度已认定 3 个基地，只能调整认定名额");
        var raised = await Json(await officer.PutAsJsonAsync($"{Base}/calls/{id}", Edit(4) with { SubsidyYuan = 450_000, PillarIndustries = [] }, Ct), HttpStatusCode.OK);
        raised.GetProperty("quota").GetInt32().ShouldBe(4);
        await Json(await officer.PostAsync($"{Base}/applications/{ids[3]}/accredit", null, Ct), HttpStatusCode.OK);
        Error(await Problem(await officer.PutAsJsonAsync($"{Base}/calls/{id}", Edit(3) with { SubsidyYuan = 450_000 }, Ct)), "quota").ShouldBe("2032年度已认定 4 个基地，认定名额不能少于 4 个");

        // A call nobody applied to is cancelled with its reason, and then takes nothing.
        var empty = (await Json(await officer.PostAsJsonAsync($"{Base}/calls", Call(2033, 3), Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Error(await Problem(await officer.PostAsJsonAsync($"{Base}/calls/{empty}/cancel", new { reason = " " }, Ct)), "reason").ShouldBe("请填写撤销原因（不超过200字）");
        var cancelled = await Json(await officer.PostAsJsonAsync($"{Base}/calls/{empty}/cancel", new { reason = "财政预算调整" }, Ct), HttpStatusCode.OK);
        cancelled.GetProperty("open").GetBoolean().ShouldBeFalse();
        cancelled.GetProperty("cancelReason").GetString().ShouldBe("财政预算调整");
        Error(await Problem(await jobs.PostAsJsonAsync($"{Base}/applications", Application(empty, 9), Ct)), "callId").ShouldBe("2033年度申报已撤销（财政预算调整），不再受理");
        Error(await Problem(await officer.PutAsJsonAsync($"{Base}/calls/{empty}", Edit(4), Ct)), "status").ShouldBe("2033年度申报已撤销，不能修改");
    }

    private static object Call(int year, int quota) => new
    {
        year, regionCode = "430211000000", opensOn = Today.AddDays(-1), closesOn = Today.AddDays(30), quota, subsidyYuan = 300_000,
    };

    private static EditBody Edit(int quota) => new(Today.AddDays(-1), Today.AddDays(30), quota, 300_000, null);

    private static object Application(Guid callId, int n) => new
    {
        callId, institutionName = $"编辑测试学院{n}", creditCode = CreditCode.Complete("52", "430211", $"E{n:D7}"), address = "湖南省株洲市天元区栗雨街道",
        regionCode = "430211002002", contactName = "龙建华", contactPhone = "13907336600", annualPersonTimes = 1_500, subsidisedPersonTimes = 800, totalTrained = 5_000,
        partners = new[] { new { name = "株洲齿轮有限责任公司", size = "large" }, new { name = "北汽福田汽车股份有限公司株洲分公司", size = "large" }, new { name = "株洲天元精工汽车零部件有限公司", size = "medium" } },
        programmes = new[] { "新能源汽车装调与检测", "汽车零部件数控加工" }, sharedBase = true, sharedBaseDescription = "共建传动系统实训中心", localEmploymentPercent = 76m,
        industriesServed = new[] { "新能源汽车" },
    };

    private sealed record EditBody(DateOnly OpensOn, DateOnly ClosesOn, int Quota, int SubsidyYuan, string[]? PillarIndustries);
}
