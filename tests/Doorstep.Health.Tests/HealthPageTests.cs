using System.Net;

namespace Doorstep.Health.Tests;

/// <summary>The health pages as rendered HTML: open to health roles, closed to the rest.</summary>
public sealed class HealthPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_follow_up_list_lists_the_demo_districts_overdue_patients_for_the_doctor_only()
    {
        await using var app = await HealthApp.StartAsync(TestDatabase.Sqlite, residents: 400);
        var doctor = await app.ClientForAsync("doctor");

        var html = await doctor.GetStringAsync("/health/follow-ups", Ct);

        html.ShouldContain("id=\"overdue-follow-ups\"");
        html.ShouldContain("康华社区");
        html.ShouldNotContain("没有超期未随访的患者");
        html.ShouldNotContain("霞石村第");
        var mine = await doctor.GetStringAsync("/health/follow-ups?mine=true", Ct);
        mine.ShouldNotContain("没有超期未随访的患者");
        mine.ShouldContain("陈容医生");

        var jobs = await app.ClientForAsync("jobs");
        (await jobs.GetAsync("/health/follow-ups", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await jobs.GetAsync("/health/visits/new", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_printable_roster_shows_the_festival_shifts_and_the_towns_left_uncovered()
    {
        await using var app = await HealthApp.StartAsync(TestDatabase.Sqlite);
        var officer = await app.ClientForAsync("officer");

        var html = await officer.GetStringAsync("/health/duty?from=2024-02-10&to=2024-02-17", Ct);

        html.ShouldContain("id=\"duty-table\"");
        html.ShouldContain("霞石村卫生室");
        html.ShouldContain("胡亮村医");
        html.ShouldContain("群丰镇：2024年2月10日");
        html.ShouldNotContain("雷打石镇：");
        html.ShouldContain("id=\"facility\"");
    }

    [Fact]
    public async Task The_contract_pages_list_the_demo_contracts_and_print_an_agreement_for_health_roles_only()
    {
        await using var app = await HealthApp.StartAsync(TestDatabase.Sqlite, residents: 400);
        var doctor = await app.ClientForAsync("doctor");

        var list = await doctor.GetStringAsync("/health/contracts?standing=Signed", Ct);
        list.ShouldContain("id=\"contracts\"");
        list.ShouldContain("嵩山街道家庭医生一团队");
        list.ShouldNotContain("霞石村家庭医生团队");
        list.ShouldNotContain("没有符合条件的签约");
        var id = System.Text.RegularExpressions.Regex.Match(list, "/health/contracts/([0-9a-f-]{36})").Groups[1].Value;

        var agreement = await doctor.GetStringAsync($"/health/contracts/{id}/agreement", Ct);
        agreement.ShouldContain("家庭医生签约服务协议书");
        agreement.ShouldContain("基础服务包");
        agreement.ShouldContain("急诊联系医生");

        (await doctor.GetStringAsync("/health/teams", Ct)).ShouldContain("陈容医生");
        (await doctor.GetStringAsync("/health/packages", Ct)).ShouldContain("高血压管理包");

        var jobs = await app.ClientForAsync("jobs");
        (await jobs.GetAsync("/health/contracts", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await jobs.GetAsync($"/health/contracts/{id}/agreement", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await doctor.GetAsync("/health/teams/new", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);

        var officer = await app.ClientForAsync("officer");
        var indicators = await officer.GetStringAsync("/health/indicators", Ct);
        indicators.ShouldContain("id=\"indicators\"");
        indicators.ShouldContain("嵩山街道");
        indicators.ShouldContain("合计 天元区");
        var checks = await doctor.GetStringAsync("/health/checks", Ct);
        checks.ShouldContain("id=\"unchecked\"");
        checks.ShouldContain("登记体检");
        (await jobs.GetAsync("/health/indicators", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);

        var overdue = await doctor.GetStringAsync("/health/follow-ups", Ct);
        var patient = System.Text.RegularExpressions.Regex.Match(overdue, "/health/records/([0-9a-f-]{36})").Groups[1].Value;
        var record = await doctor.GetStringAsync($"/health/records/{patient}", Ct);
        record.ShouldContain("id=\"record-visits\"");
        record.ShouldContain("家庭医生签约");
        record.ShouldContain("控制");
        (await jobs.GetAsync($"/health/records/{patient}", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await doctor.GetStringAsync("/health/care-plans", Ct)).ShouldContain("脑卒中后康复训练");
        (await officer.GetStringAsync("/health/facilities", Ct)).ShouldContain("急诊急救");
        (await doctor.GetStringAsync("/health/import", Ct)).ShouldContain("身份证号码,签约团队,服务包");
    }
}
