using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using static Doorstep.Health.Tests.Http;

namespace Doorstep.Health.Tests;

/// <summary>Elderly checks, services delivered under contracts, and the indicators, on SQLite and PostgreSQL.</summary>
public sealed class ChecksAndIndicatorsTests
{
    private const string Kanghua = DemoDistrict.Kanghua;
    private const string Songshan = DemoDistrict.Songshan;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task An_elderly_check_is_once_a_year_sealed_at_rest_and_takes_the_resident_off_the_list(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var doctor = await app.ClientForAsync("doctor");
        var elder = await app.RegisterAsync("汤德明", new DateOnly(1949, 10, 1), Kanghua + "001");
        var young = await app.RegisterAsync("汤小军", new DateOnly(1980, 10, 1), Kanghua + "001");
        (await MissingAsync(doctor)).ShouldContain(elder);

        var check = new { personId = elder, date = Iso(BeijingToday), parts = new[] { "lifestyle", "physical", "tcm", "guidance" }, findings = new Dictionary<string, string> { ["physical"] = "双下肢轻度水肿" }, conclusion = "建议复查肾功能", abnormal = true };
        var saved = await doctor.PostAsJsonAsync("/api/v1/health/elderly-checks", check, Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.Created, await saved.Content.ReadAsStringAsync(Ct));
        (await MissingAsync(doctor)).ShouldNotContain(elder);

        (await Problem(await doctor.PostAsJsonAsync("/api/v1/health/elderly-checks", check, Ct))).ShouldContain("每年一次");
        (await Problem(await doctor.PostAsJsonAsync("/api/v1/health/elderly-checks", check with { personId = young }, Ct))).ShouldContain("老年人健康管理对象为当年满65岁的居民");
        (await Problem(await doctor.PostAsJsonAsync("/api/v1/health/elderly-checks", new { personId = young, parts = new[] { "ecg" } }, Ct))).ShouldContain("至少应完成生活方式和健康状况评估、体格检查");
        (await Problem(await doctor.PostAsJsonAsync("/api/v1/health/elderly-checks", new { personId = elder, date = Iso(BeijingToday.AddDays(1)), parts = new[] { "lifestyle", "physical" } }, Ct))).ShouldContain("体检日期不能晚于今天");

        var read = await doctor.GetFromJsonAsync<JsonElement>($"/api/v1/health/elderly-checks?personId={elder}", Ct);
        read[0].GetProperty("findings").GetProperty("byPart").GetProperty("physical").GetString().ShouldBe("双下肢轻度水肿");
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Platform.Data.DoorstepDb>();
        (await db.Set<Checks.ElderlyCheck>().Select(c => c.FindingsCipher).SingleAsync(Ct)).ShouldNotContain("水肿");

        var jobs = await app.ClientForAsync("jobs");
        (await jobs.GetAsync($"/api/v1/health/elderly-checks?personId={elder}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Visits_and_checks_deliver_contract_services_and_the_indicators_count_them(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var doctor = await app.ClientForAsync("doctor");
        var team = (await doctor.GetFromJsonAsync<JsonElement>("/api/v1/health/teams", Ct))[0].GetProperty("id").GetGuid();
        var elder = await app.RegisterAsync("邹桂香", new DateOnly(1948, 2, 2), Kanghua + "002");
        var young = await app.RegisterAsync("邹浩", new DateOnly(1992, 2, 2), Kanghua + "002");
        var elderContract = await CreatedId(await doctor.PostAsJsonAsync("/api/v1/health/contracts", new { personId = elder, teamId = team, packages = new[] { "basic", "elderly" }, signedOn = Iso(BeijingToday.AddDays(-30)) }, Ct));
        var youngContract = await CreatedId(await doctor.PostAsJsonAsync("/api/v1/health/contracts", new { personId = young, teamId = team, packages = new[] { "basic" }, signedOn = Iso(BeijingToday.AddDays(-100)) }, Ct));

        var visit = await doctor.PostAsJsonAsync("/api/v1/health/visits", new { personId = elder, date = Iso(BeijingToday), kind = "Clinic", systolic = 132, diastolic = 84 }, Ct);
        visit.StatusCode.ShouldBe(HttpStatusCode.Created, await visit.Content.ReadAsStringAsync(Ct));
        (await doctor.PostAsJsonAsync("/api/v1/health/elderly-checks", new { personId = elder, parts = new[] { "lifestyle", "physical", "tcm" } }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await doctor.PostAsJsonAsync($"/api/v1/health/contracts/{elderContract}/services", new { service = "预约转诊", date = Iso(BeijingToday) }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Problem(await doctor.PostAsJsonAsync($"/api/v1/health/contracts/{elderContract}/services", new { service = "洗牙" }, Ct))).ShouldContain("请选择该签约服务包中的服务项目");

        var services = (await doctor.GetFromJsonAsync<JsonElement>($"/api/v1/health/contracts/{elderContract}/services", Ct)).EnumerateArray()
            .ToDictionary(s => s.GetProperty("service").GetString()!, s => s.GetProperty("delivered").GetInt32());
        services["血压测量"].ShouldBe(1);
        services["健康咨询"].ShouldBe(1);
        services["老年人健康体检"].ShouldBe(1);
        services["中医体质辨识"].ShouldBe(1);
        services["一般体检"].ShouldBe(1);
        services["预约转诊"].ShouldBe(1);
        services["用药指导"].ShouldBe(0);

        var unserved = await doctor.GetFromJsonAsync<JsonElement>("/api/v1/health/contracts?unserved=true", Ct);
        unserved.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldBe([youngContract]);

        var rows = (await doctor.GetFromJsonAsync<JsonElement>($"/api/v1/health/indicators?year={BeijingToday.Year}&region={Songshan}", Ct)).EnumerateArray().ToList();
        var kanghua = rows.Single(r => r.GetProperty("key").GetString() == Kanghua);
        kanghua.GetProperty("population").GetInt32().ShouldBe(2);
        kanghua.GetProperty("signingRate").GetDecimal().ShouldBe(100.0m);
        kanghua.GetProperty("keySigningRate").GetDecimal().ShouldBe(100.0m);
        kanghua.GetProperty("inService").GetInt32().ShouldBe(2);
        kanghua.GetProperty("unserved").GetInt32().ShouldBe(1);
        kanghua.GetProperty("elderlyCoverage").GetDecimal().ShouldBe(100.0m);
        kanghua.GetProperty("renewalRate").ValueKind.ShouldBe(JsonValueKind.Null);
        rows[^1].GetProperty("key").GetString().ShouldBe(Songshan);
        rows[^1].GetProperty("signed").GetInt32().ShouldBe(2);

        var byTeam = (await doctor.GetFromJsonAsync<JsonElement>($"/api/v1/health/indicators?year={BeijingToday.Year}&region={Songshan}&by=team", Ct)).EnumerateArray().ToList();
        var teamRow = byTeam.Single(r => r.GetProperty("name").GetString()!.StartsWith("嵩山街道家庭医生一团队（陈容医生）", StringComparison.Ordinal));
        teamRow.GetProperty("signed").GetInt32().ShouldBe(2);
        teamRow.GetProperty("elderlyChecked").GetInt32().ShouldBe(1);
        byTeam[^1].GetProperty("signed").GetInt32().ShouldBe(2);

        var xlsx = await doctor.GetAsync($"/api/v1/health/indicators/export?year={BeijingToday.Year}&region={Songshan}", Ct);
        (await xlsx.Content.ReadAsByteArrayAsync(Ct))[..2].ShouldBe("PK"u8.ToArray());
        (await doctor.GetAsync("/api/v1/health/indicators?year=1999", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await doctor.GetAsync("/api/v1/health/indicators?region=abc", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task<List<Guid>> MissingAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/health/elderly-checks/missing?region={Kanghua}", Ct)).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("personId").GetGuid()).ToList();

}
