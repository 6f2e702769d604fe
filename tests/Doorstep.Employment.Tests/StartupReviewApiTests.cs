using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Employment.Entrepreneurship;
using Doorstep.Kernel;
using Microsoft.Extensions.DependencyInjection;
using static Doorstep.Employment.Tests.EmploymentDemo;

namespace Doorstep.Employment.Tests;

/// <summary>Partners as registry people, correcting and withdrawing applications, and the rules run again at approval, on SQLite and PostgreSQL.</summary>
public sealed class StartupReviewApiTests
{
    private const string KanghuaGrid = "430211001001001";
    private const string Api = "/api/v1/employment/entrepreneurship";

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Partners_are_registry_people_listed_once_and_only_a_submitted_application_is_corrected_while_a_checked_one_may_be_withdrawn(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var officer = await app.ClientForAsync("officer");
        var wangId = CitizenId.Create("430211", new DateOnly(1985, 7, 1), 61);
        var liId = CitizenId.Create("430211", new DateOnly(1990, 4, 2), 62);
        var zhaoId = CitizenId.Create("430211", new DateOnly(1988, 9, 9), 63);
        var wang = await SeekerTests.PersonAsync(jobs, "王建国", wangId, KanghuaGrid, null, null);
        await SeekerTests.PersonAsync(jobs, "李秀英", liId, KanghuaGrid, null, null);
        await SeekerTests.PersonAsync(jobs, "赵志刚", zhaoId, KanghuaGrid, null, null);

        var check = await Json(await jobs.PostAsJsonAsync($"{Api}/applications/check", new { kind = "partnership", amount = 660_001, termMonths = 36, partners = new[] { liId } }, Ct), HttpStatusCode.OK);
        check.GetProperty("failed").EnumerateArray().Single().GetProperty("rule").GetString().ShouldBe("partnership.amount-cap");
        (await Json(await jobs.PostAsJsonAsync($"{Api}/applications/check", new { kind = "partnership", amount = 660_000, termMonths = 36, members = 2 }, Ct), HttpStatusCode.OK))
            .GetProperty("eligible").GetBoolean().ShouldBeTrue();
        Error(await Problem(await jobs.PostAsJsonAsync($"{Api}/applications/check", new { kind = "partnership", idNumber = wangId, amount = 600_000, termMonths = 36, partners = new[] { wangId } }, Ct)), "partners")
            .ShouldStartWith("申请人王建国");

        object Partnership(int amount, params string[] partners) => new { kind = "partnership", personId = wang, businessName = "康华合伙茶饮", amount, termMonths = 36, partners };
        Error(await Problem(await jobs.PostAsJsonAsync($"{Api}/applications", Partnership(600_000, liId, liId), Ct)), "partners").ShouldContain("填写了 2 次");
        Error(await Problem(await jobs.PostAsJsonAsync($"{Api}/applications", Partnership(600_000, liId, wangId), Ct)), "partners").ShouldContain("不能再列为合伙人");
        Error(await Problem(await jobs.PostAsJsonAsync($"{Api}/applications", new { kind = "partnership", personId = wang, businessName = "康华合伙茶饮", amount = 600_000, termMonths = 36, members = 2 }, Ct)), "partners")
            .ShouldContain("合伙人的身份证号码");
        Error(await Problem(await jobs.PostAsJsonAsync($"{Api}/applications", Partnership(600_000, CitizenId.Create("430211", new DateOnly(1970, 1, 1), 64)), Ct)), "partners")
            .ShouldContain("不在居民档案中");
        (await Total(jobs, "")).ShouldBe(0);

        var created = await Json(await jobs.PostAsJsonAsync($"{Api}/applications", Partnership(600_000, liId), Ct), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("members").GetInt32().ShouldBe(2);
        var partner = created.GetProperty("partners").EnumerateArray().Single();
        partner.GetProperty("name").GetString().ShouldBe("李秀英");
        partner.GetProperty("idNumber").GetString().ShouldBe(CitizenId.Parse(liId).Masked);
        var page = await jobs.GetStringAsync($"/employment/entrepreneurship/{id}", Ct);
        page.ShouldContain(CitizenId.Parse(liId).Masked);
        page.ShouldNotContain(liId);

        Error(await Problem(await jobs.PutAsJsonAsync($"{Api}/applications/{id}", Partnership(700_000, liId), Ct)), "amount").ShouldContain("即 66 万元");
        (await jobs.GetFromJsonAsync<JsonElement>($"{Api}/applications/{id}", Ct)).GetProperty("amount").GetInt32().ShouldBe(600_000);
        (await Json(await jobs.PutAsJsonAsync($"{Api}/applications/{id}", Partnership(900_000, liId, zhaoId), Ct), HttpStatusCode.OK)).GetProperty("members").GetInt32().ShouldBe(3);
        var kept = await Json(await jobs.PutAsJsonAsync($"{Api}/applications/{id}", Partnership(800_000), Ct), HttpStatusCode.OK);
        kept.GetProperty("members").GetInt32().ShouldBe(3);
        kept.GetProperty("amount").GetInt32().ShouldBe(800_000);
        kept.GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["李秀英", "赵志刚"]);

        await Json(await jobs.PostAsync($"{Api}/applications/{id}/checked", null, Ct), HttpStatusCode.OK);
        Error(await Problem(await jobs.PutAsJsonAsync($"{Api}/applications/{id}", Partnership(700_000, liId), Ct)), "stage").ShouldContain("已初审");
        (await jobs.GetStringAsync($"/employment/entrepreneurship/{id}/edit", Ct)).ShouldContain("不能再修改");
        Error(await Problem(await jobs.PostAsJsonAsync($"{Api}/applications/{id}/withdraw", new { reason = " " }, Ct)), "reason").ShouldContain("理由");
        (await officer.PostAsJsonAsync($"{Api}/applications/{id}/withdraw", new { reason = "本人撤回" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var withdrawn = await Json(await jobs.PostAsJsonAsync($"{Api}/applications/{id}/withdraw", new { reason = "合伙人赵志刚退出，本人申请撤回" }, Ct), HttpStatusCode.OK);
        withdrawn.GetProperty("stage").GetString().ShouldBe("withdrawn");
        withdrawn.GetProperty("withdrawalReason").GetString().ShouldBe("合伙人赵志刚退出，本人申请撤回");
        Error(await Problem(await officer.PostAsJsonAsync($"{Api}/applications/{id}/decision", new { decision = "approve" }, Ct)), "stage").ShouldContain("已撤回");
        Error(await Problem(await jobs.PostAsJsonAsync($"{Api}/applications/{id}/withdraw", new { reason = "再次撤回" }, Ct)), "stage").ShouldContain("已撤回");
        (await Total(jobs, "stage=withdrawn")).ShouldBe(1);
        (await jobs.GetStringAsync("/employment/entrepreneurship", Ct)).ShouldContain("已撤回");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Approval_runs_the_rules_again_with_the_current_settings_and_writes_nothing_when_they_fail(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var officer = await app.ClientForAsync("officer");
        var li = await SeekerTests.PersonAsync(jobs, "李秀英", CitizenId.Create("430211", new DateOnly(1990, 4, 2), 65), KanghuaGrid, null, null);
        var loan = await Json(await jobs.PostAsJsonAsync($"{Api}/applications", new { kind = "individual", personId = li, businessName = "康华社区便民超市", amount = 300_000, termMonths = 36 }, Ct), HttpStatusCode.Created);
        var id = loan.GetProperty("id").GetGuid();
        await Json(await jobs.PostAsync($"{Api}/applications/{id}/checked", null, Ct), HttpStatusCode.OK);

        // The place goes back to the 2020 figures while the application waits for the officer.
        var rules = app.Services.GetRequiredService<EntrepreneurshipSettings>();
        rules.IndividualLoanCap = 200_000;
        rules.IndividualLoanMaxMonths = 24;
        var refused = await Problem(await officer.PostAsJsonAsync($"{Api}/applications/{id}/decision", new { decision = "approve" }, Ct));
        refused.GetProperty("errors").GetProperty("eligibility").EnumerateArray().Select(m => m.GetString()).ShouldBe(
            ["按现行条件复核不通过：个人创业担保贷款最高 20 万元，申请 30 万元", "按现行条件复核不通过：个人创业担保贷款期限最长 24 个月，申请 36 个月"]);
        var unchanged = await jobs.GetFromJsonAsync<JsonElement>($"{Api}/applications/{id}", Ct);
        unchanged.GetProperty("stage").GetString().ShouldBe("checked");
        unchanged.GetProperty("decidedBy").ValueKind.ShouldBe(JsonValueKind.Null);

        rules.IndividualLoanCap = 300_000;
        rules.IndividualLoanMaxMonths = 36;
        (await Json(await officer.PostAsJsonAsync($"{Api}/applications/{id}/decision", new { decision = "approve" }, Ct), HttpStatusCode.OK)).GetProperty("stage").GetString().ShouldBe("approved");
        Error(await Problem(await jobs.PostAsJsonAsync($"{Api}/applications/{id}/withdraw", new { reason = "本人撤回" }, Ct)), "stage").ShouldContain("已批准");
    }

    private static async Task<int> Total(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>($"{Api}/applications?pageSize=1&{query}", Ct)).GetProperty("total").GetInt32();
}
