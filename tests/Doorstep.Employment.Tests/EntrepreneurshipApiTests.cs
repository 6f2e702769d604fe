using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Doorstep.Kernel;
using Doorstep.Platform.Ui;
using static Doorstep.Employment.Tests.EmploymentDemo;

namespace Doorstep.Employment.Tests;

/// <summary>Startup loans and subsidies, incubation bases and training through the API on SQLite and PostgreSQL: the check, refusal with nothing written, the review workflow, scope.</summary>
public sealed class EntrepreneurshipApiTests
{
    private const string KanghuaGrid = "430211001001001";
    private const string XiashiGrid = "430211101201001";
    private const string Api = "/api/v1/employment/entrepreneurship";

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task The_check_explains_every_failed_rule_and_an_application_above_the_cap_writes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");

        var above = await Json(await jobs.PostAsJsonAsync($"{Api}/applications/check", new { kind = "individual", amount = 350_000, termMonths = 36 }, Ct), HttpStatusCode.OK);
        above.EnumerateObject().Select(p => p.Name).ShouldBe(["eligible", "failed"]);
        above.GetProperty("eligible").GetBoolean().ShouldBeFalse();
        var failed = above.GetProperty("failed").EnumerateArray().Single();
        failed.EnumerateObject().Select(p => p.Name).ShouldBe(["rule", "message"]);
        failed.GetProperty("rule").GetString().ShouldBe("loan.amount-cap");
        failed.GetProperty("message").GetString().ShouldBe("个人创业担保贷款最高 30 万元，申请 35 万元");

        var subsidy = await Json(await jobs.PostAsJsonAsync($"{Api}/applications/check", new { kind = "subsidy", monthsInOperation = 13, targetGroups = new[] { "disabled" } }, Ct), HttpStatusCode.OK);
        subsidy.GetProperty("failed").EnumerateArray().Select(f => f.GetProperty("rule").GetString())
            .ShouldBe(["subsidy.first-time", "subsidy.months-in-operation", "subsidy.target-group"]);
        var fine = await Json(await jobs.PostAsJsonAsync($"{Api}/applications/check", new { kind = "partnership", amount = 660_000, termMonths = 36, members = 2 }, Ct), HttpStatusCode.OK);
        fine.GetProperty("eligible").GetBoolean().ShouldBeTrue();
        fine.GetProperty("failed").GetArrayLength().ShouldBe(0);
        Error(await Problem(await jobs.PostAsJsonAsync($"{Api}/applications/check", new { amount = 1000 }, Ct)), "kind").ShouldContain("individual");

        var wang = await SeekerTests.PersonAsync(jobs, "王建国", CitizenId.Create("430211", new DateOnly(1985, 7, 1), 51), KanghuaGrid, null, null, returnee: true);
        var refused = await Problem(await jobs.PostAsJsonAsync($"{Api}/applications", new { kind = "individual", personId = wang, businessName = "康华湘菜馆", amount = 350_000, termMonths = 37 }, Ct));
        Error(refused, "amount").ShouldBe("个人创业担保贷款最高 30 万元，申请 35 万元");
        Error(refused, "termMonths").ShouldBe("个人创业担保贷款期限最长 36 个月，申请 37 个月");
        var business = await Problem(await jobs.PostAsJsonAsync($"{Api}/applications", new { kind = "small-business", personId = wang, businessName = "株洲康华餐饮有限公司", amount = 1_000_000, termMonths = 24 }, Ct));
        Error(business, "creditCode").ShouldContain("统一社会信用代码");
        (await Total(jobs, "")).ShouldBe(0);

        // With the applicant given, the registry's returnee flag makes the subsidy's target group.
        var returnee = await Json(await jobs.PostAsJsonAsync($"{Api}/applications/check", new { kind = "subsidy", personId = wang, firstTimeFounder = true, monthsInOperation = 6 }, Ct), HttpStatusCode.OK);
        returnee.GetProperty("eligible").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Applications_move_forward_from_submitted_through_checked_to_approved_or_rejected_and_count_in_the_figures(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var officer = await app.ClientForAsync("officer");
        var today = ShanghaiTime.Today(TimeProvider.System);
        var liId = CitizenId.Create("430211", new DateOnly(1990, 4, 2), 52);
        var li = await SeekerTests.PersonAsync(jobs, "李秀英", liId, KanghuaGrid, null, null);
        var zhaoId = CitizenId.Create("430211", new DateOnly(1988, 9, 9), 53);
        var zhao = await SeekerTests.PersonAsync(jobs, "赵志刚", zhaoId, KanghuaGrid, null, null);

        var loan = await Json(await jobs.PostAsJsonAsync($"{Api}/applications", new { kind = "individual", idNumber = liId, businessName = "康华社区便民超市", amount = 300_000, termMonths = 36, jobsCreated = 2 }, Ct), HttpStatusCode.Created);
        var loanId = loan.GetProperty("id").GetGuid();
        loan.GetProperty("stage").GetString().ShouldBe("submitted");
        loan.GetProperty("name").GetString().ShouldBe("李秀英");
        loan.GetProperty("idNumber").GetString().ShouldBe(CitizenId.Parse(liId).Masked);

        (await officer.PostAsync($"{Api}/applications/{loanId}/checked", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Error(await Problem(await officer.PostAsJsonAsync($"{Api}/applications/{loanId}/decision", new { decision = "approve" }, Ct)), "stage").ShouldContain("已受理");
        (await Json(await jobs.PostAsync($"{Api}/applications/{loanId}/checked", null, Ct), HttpStatusCode.OK)).GetProperty("stage").GetString().ShouldBe("checked");
        (await jobs.PostAsJsonAsync($"{Api}/applications/{loanId}/decision", new { decision = "approve" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Error(await Problem(await officer.PostAsJsonAsync($"{Api}/applications/{loanId}/decision", new { decision = "reject" }, Ct)), "reason").ShouldContain("理由");
        var approved = await Json(await officer.PostAsJsonAsync($"{Api}/applications/{loanId}/decision", new { decision = "approve" }, Ct), HttpStatusCode.OK);
        approved.GetProperty("stage").GetString().ShouldBe("approved");
        approved.GetProperty("decidedBy").GetString().ShouldBe("officer");
        Error(await Problem(await jobs.PostAsync($"{Api}/applications/{loanId}/checked", null, Ct)), "stage").ShouldContain("已批准");
        Error(await Problem(await jobs.PostAsJsonAsync($"{Api}/applications/{loanId}/payment", new { amount = 300_001, on = today }, Ct)), "amount").ShouldContain("不超过批准的金额");
        var issued = await Json(await jobs.PostAsJsonAsync($"{Api}/applications/{loanId}/payment", new { amount = 280_000, on = today }, Ct), HttpStatusCode.OK);
        issued.GetProperty("issuedAmount").GetInt32().ShouldBe(280_000);
        (await jobs.PostAsJsonAsync($"{Api}/applications/{loanId}/payment", new { amount = 280_000, on = today }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var subsidy = await Json(await jobs.PostAsJsonAsync($"{Api}/applications", new
        {
            kind = "subsidy", personId = zhao, businessName = "康华社区大学生奶茶店", targetGroups = new[] { "graduate" }, firstTimeFounder = true, operatingSince = today.AddMonths(-8),
        }, Ct), HttpStatusCode.Created);
        var subsidyId = subsidy.GetProperty("id").GetGuid();
        subsidy.GetProperty("amount").GetInt32().ShouldBe(5_000);
        subsidy.GetProperty("monthsInOperation").GetInt32().ShouldBe(8);
        await Json(await jobs.PostAsync($"{Api}/applications/{subsidyId}/checked", null, Ct), HttpStatusCode.OK);
        await Json(await officer.PostAsJsonAsync($"{Api}/applications/{subsidyId}/decision", new { decision = "approve" }, Ct), HttpStatusCode.OK);
        (await Json(await jobs.PostAsJsonAsync($"{Api}/applications/{subsidyId}/payment", new { on = today }, Ct), HttpStatusCode.OK)).GetProperty("paidOn").GetString().ShouldNotBeNull();

        var third = await Json(await jobs.PostAsJsonAsync($"{Api}/applications", new { kind = "partnership", personId = li, businessName = "康华合伙茶饮", amount = 600_000, termMonths = 24, partners = new[] { zhaoId } }, Ct), HttpStatusCode.Created);
        var thirdId = third.GetProperty("id").GetGuid();
        await Json(await jobs.PostAsync($"{Api}/applications/{thirdId}/checked", null, Ct), HttpStatusCode.OK);
        var rejected = await Json(await officer.PostAsJsonAsync($"{Api}/applications/{thirdId}/decision", new { decision = "reject", reason = "合伙协议未经全体合伙人签字" }, Ct), HttpStatusCode.OK);
        rejected.GetProperty("stage").GetString().ShouldBe("rejected");
        rejected.GetProperty("rejectionReason").GetString().ShouldBe("合伙协议未经全体合伙人签字");
        (await jobs.PostAsJsonAsync($"{Api}/applications/{thirdId}/payment", new { amount = 1, on = today }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await Total(jobs, "stage=approved")).ShouldBe(2);
        (await Total(jobs, "kind=partnership")).ShouldBe(1);
        (await Total(jobs, "q=奶茶")).ShouldBe(1);
        (await Total(jobs, $"q={liId}")).ShouldBe(2);

        var figures = await jobs.GetFromJsonAsync<JsonElement>($"{Api}/figures?region={Songshan}", Ct);
        var total = figures.GetProperty("total");
        total.GetProperty("loansIssued").GetInt32().ShouldBe(1);
        total.GetProperty("loanAmount").GetInt64().ShouldBe(280_000);
        total.GetProperty("subsidiesPaid").GetInt32().ShouldBe(1);
        total.GetProperty("subsidyAmount").GetInt64().ShouldBe(5_000);
        figures.GetProperty("regions").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("康华社区");

        var export = await jobs.GetStringAsync($"{Api}/applications/export?format=csv", Ct);
        export.ShouldContain("康华社区便民超市");
        export.ShouldNotContain(liId);
        (await jobs.GetStringAsync($"/employment/entrepreneurship/{loanId}", Ct)).ShouldContain("康华社区便民超市");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Bases_keep_to_their_capacity_trainees_come_from_the_registry_and_each_user_sees_only_their_regions(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        await app.CreateUserAsync("jobs-lds", Platform.Security.Roles.EmploymentSpecialist, Leidashi);
        var jobs = await app.ClientForAsync("jobs");
        var town = await app.ClientForAsync("jobs-lds");
        var today = ShanghaiTime.Today(TimeProvider.System);

        var demoBases = await jobs.GetFromJsonAsync<JsonElement>($"{Api}/bases", Ct);
        demoBases.EnumerateArray().ShouldContain(b => b.GetProperty("name").GetString() == "天元区返乡创业孵化基地" && b.GetProperty("residents").GetInt32() == 4);
        (await town.GetFromJsonAsync<JsonElement>($"{Api}/bases", Ct)).GetArrayLength().ShouldBe(0);

        var created = await Json(await town.PostAsJsonAsync($"{Api}/bases", new { name = "雷打石镇农创孵化基地", address = "雷打石镇霞石村", regionCode = "430211101201", capacity = 1 }, Ct), HttpStatusCode.Created);
        var baseId = created.GetProperty("id").GetGuid();
        Error(await Problem(await town.PostAsJsonAsync($"{Api}/bases", new { name = "越界基地", address = "嵩山街道", regionCode = "430211001001", capacity = 3 }, Ct)), "regionCode").ShouldContain("管辖范围");
        var code = CreditCode.Complete("92", "430211", "MA4L0D01");
        Error(await Problem(await town.PostAsJsonAsync($"{Api}/bases/{baseId}/residents", new { name = "霞石蔬菜工坊", creditCode = "123", founder = "彭桂花", movedIn = today }, Ct)), "creditCode").ShouldNotBeEmpty();
        await Json(await town.PostAsJsonAsync($"{Api}/bases/{baseId}/residents", new { name = "霞石蔬菜工坊", creditCode = code, founder = "彭桂花", movedIn = today, rentWaivedMonths = 12, waivedAmount = 6000 }, Ct), HttpStatusCode.Created);
        Error(await Problem(await town.PostAsJsonAsync($"{Api}/bases/{baseId}/residents", new { name = "霞石竹编", creditCode = CreditCode.Complete("92", "430211", "MA4L0D02"), founder = "刘德明", movedIn = today }, Ct)), "base")
            .ShouldContain("没有空位");
        (await jobs.GetFromJsonAsync<JsonElement>($"{Api}/bases/{baseId}", Ct)).GetProperty("residents").GetArrayLength().ShouldBe(1);

        var liuId = CitizenId.Create("430211", new DateOnly(1980, 1, 5), 54);
        var pengId = CitizenId.Create("430211", new DateOnly(1978, 2, 6), 55);
        var liu = await SeekerTests.PersonAsync(jobs, "刘德明", liuId, KanghuaGrid, null, null);
        await SeekerTests.PersonAsync(jobs, "彭桂花", pengId, XiashiGrid, null, null);
        var group = await Json(await town.PostAsJsonAsync($"{Api}/training", new { course = "马兰花SIYB创业培训", regionCode = Leidashi, startsOn = today.AddDays(-10), endsOn = today.AddDays(-1) }, Ct), HttpStatusCode.Created);
        var classId = group.GetProperty("id").GetGuid();
        Error(await Problem(await town.PostAsJsonAsync($"{Api}/training/{classId}/trainees", new { idNumber = liuId }, Ct)), "idNumber").ShouldContain("不在您的管辖范围内");
        var trainee = await Json(await town.PostAsJsonAsync($"{Api}/training/{classId}/trainees", new { idNumber = pengId }, Ct), HttpStatusCode.Created);
        Error(await Problem(await town.PostAsJsonAsync($"{Api}/training/{classId}/trainees", new { idNumber = pengId }, Ct)), "idNumber").ShouldContain("已在本班");
        await Json(await town.PostAsJsonAsync($"{Api}/trainees/{trainee.GetProperty("id").GetGuid()}/completion", new { completed = true }, Ct), HttpStatusCode.OK);
        var figures = (await town.GetFromJsonAsync<JsonElement>($"{Api}/figures?region={Leidashi}", Ct)).GetProperty("total");
        figures.GetProperty("trainees").GetInt32().ShouldBe(1);
        figures.GetProperty("traineesCompleted").GetInt32().ShouldBe(1);
        figures.GetProperty("residentEnterprises").GetInt32().ShouldBe(1);

        var cityApplication = await Json(await jobs.PostAsJsonAsync($"{Api}/applications", new { kind = "individual", personId = liu, businessName = "康华修车铺", amount = 100_000, termMonths = 12 }, Ct), HttpStatusCode.Created);
        var cityId = cityApplication.GetProperty("id").GetGuid();
        (await Total(town, "")).ShouldBe(0);
        (await town.GetAsync($"{Api}/applications/{cityId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.PostAsync($"{Api}/applications/{cityId}/checked", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Error(await Problem(await town.PostAsJsonAsync($"{Api}/applications", new { kind = "individual", idNumber = liuId, businessName = "越界", amount = 1000, termMonths = 12 }, Ct)), "idNumber")
            .ShouldContain("不在您的管辖范围内");

        var doctor = await app.ClientForAsync("doctor");
        (await doctor.PostAsJsonAsync($"{Api}/applications/check", new { kind = "individual", amount = 1000 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.GetAsync($"{Api}/applications", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.GetAsync($"{Api}/applications/{cityId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.GetAsync($"{Api}/bases", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.GetAsync($"{Api}/training", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.GetAsync($"{Api}/figures?region={Songshan}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await doctor.GetAsync("/employment/entrepreneurship", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task An_applications_file_reports_failed_eligibility_by_row_and_all_or_nothing_writes_none(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var chenId = CitizenId.Create("430211", new DateOnly(1983, 5, 2), 56);
        var zhouId = CitizenId.Create("430211", new DateOnly(1999, 8, 9), 57);
        await SeekerTests.PersonAsync(jobs, "陈志强", chenId, KanghuaGrid, null, null);
        await SeekerTests.PersonAsync(jobs, "周敏", zhouId, KanghuaGrid, null, null);
        var csv = $"""
            申请类别,身份证号码,姓名,创业项目,申请金额（元）,期限（月）,重点群体,首次创业,经营起始日期,合伙人身份证号码
            个人,{chenId},陈志强,陈记五金店,300000,36,,,,
            个人,{zhouId},周敏,周敏花店,350000,37,,,,
            补贴,{zhouId},周敏,周敏花店,,,残疾人,否,{ShanghaiTime.Today(TimeProvider.System).AddMonths(-2):yyyy-MM-dd},
            合伙,{chenId},陈志强,陈周合伙茶饮,660000,36,,,,{zhouId}
            合伙,{zhouId},周敏,周敏合伙花艺,600000,36,,,,{chenId}；{zhouId}
            """;

        var atomic = await ImportAsync(jobs, csv, allOrNothing: true);
        atomic.GetProperty("imported").GetInt32().ShouldBe(0);
        (await Total(jobs, "")).ShouldBe(0);

        var report = await ImportAsync(jobs, csv, allOrNothing: false);
        report.GetProperty("imported").GetInt32().ShouldBe(2);
        report.GetProperty("rejected").GetInt32().ShouldBe(3);
        var errors = report.GetProperty("errors").EnumerateArray().Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString()!)).ToList();
        errors.ShouldContain(e => e.Row == 3 && e.Column == "申请金额（元）" && e.Message == "个人创业担保贷款最高 30 万元，申请 35 万元");
        errors.ShouldContain(e => e.Row == 3 && e.Column == "期限（月）");
        errors.ShouldContain(e => e.Row == 4 && e.Column == "首次创业");
        errors.ShouldContain(e => e.Row == 4 && e.Column == "经营起始日期" && e.Message.Contains("已经营 2 个月"));
        errors.ShouldContain(e => e.Row == 4 && e.Column == "重点群体");
        errors.ShouldContain(e => e.Row == 6 && e.Column == "合伙人身份证号码" && e.Message.StartsWith("申请人周敏", StringComparison.Ordinal));
        (await Total(jobs, "")).ShouldBe(2);
        (await Total(jobs, "kind=partnership")).ShouldBe(1);
        (await jobs.GetStringAsync("/employment/startup-applications/import", Ct)).ShouldContain("/api/v1/employment/startup-applications/import/template?format=xlsx");
    }

    private static async Task<int> Total(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>($"{Api}/applications?pageSize=1&{query}", Ct)).GetProperty("total").GetInt32();

    private static async Task<JsonElement> ImportAsync(HttpClient client, string csv, bool allOrNothing)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var content = new MultipartFormDataContent { { file, "file", "rows.csv" }, { new StringContent(allOrNothing ? "true" : "false"), "allOrNothing" } };
        return await Json(await client.PostAsync("/api/v1/employment/startup-applications/import", content, Ct), HttpStatusCode.OK);
    }
}
