using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Platform.Demo;

using static Doorstep.Health.Tests.Http;

namespace Doorstep.Health.Tests;

/// <summary>Care plans with a check-in cadence: missed check-ins are counted, and visits count as check-ins.</summary>
public sealed class CarePlanTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Missed_weekly_check_ins_show_until_a_check_in_or_a_visit_is_recorded(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var doctor = await app.ClientForAsync("doctor");
        var stroke = await app.RegisterAsync("向东升", new DateOnly(1946, 4, 4), DemoDistrict.Kanghua + "001");
        var rehab = await app.RegisterAsync("向秀梅", new DateOnly(1950, 4, 4), DemoDistrict.Kanghua + "001");

        // Started 20 days ago, weekly: due on day 7 and day 14, neither made.
        var first = await CreateAsync(doctor, new { personId = stroke, title = "脑卒中后康复训练", detail = "每周上门指导肢体训练", cadenceDays = 7, startsOn = Iso(BeijingToday.AddDays(-20)) });
        var second = await CreateAsync(doctor, new { personId = rehab, title = "膝关节术后康复", cadenceDays = 7, startsOn = Iso(BeijingToday.AddDays(-10)) });
        var missed = await MissedAsync(doctor);
        missed[first].ShouldBe(2);
        missed[second].ShouldBe(1);

        (await doctor.PostAsJsonAsync($"/api/v1/health/care-plans/{first}/check-ins", new { date = Iso(BeijingToday), kind = "Home", note = "步行20米" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var visit = await doctor.PostAsJsonAsync("/api/v1/health/visits", new { personId = rehab, date = Iso(BeijingToday), kind = "Home", systolic = 128, diastolic = 80 }, Ct);
        visit.StatusCode.ShouldBe(HttpStatusCode.Created, await visit.Content.ReadAsStringAsync(Ct));
        (await MissedAsync(doctor)).ShouldBeEmpty();

        var plan = await doctor.GetFromJsonAsync<JsonElement>($"/api/v1/health/care-plans/{second}", Ct);
        plan.GetProperty("checkIns")[0].GetProperty("note").GetString().ShouldBe("随访记录");
        plan.GetProperty("plan").GetProperty("nextDue").GetString().ShouldBe(Iso(BeijingToday.AddDays(7)));

        (await Problem(await doctor.PostAsJsonAsync($"/api/v1/health/care-plans/{first}/check-ins", new { date = Iso(BeijingToday.AddDays(1)) }, Ct))).ShouldContain("不晚于今天");
        (await doctor.PostAsJsonAsync($"/api/v1/health/care-plans/{first}/end", new { note = "康复目标达成" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Problem(await doctor.PostAsJsonAsync($"/api/v1/health/care-plans/{first}/check-ins", new { }, Ct))).ShouldContain("该计划已结束");
        (await doctor.GetFromJsonAsync<JsonElement>("/api/v1/health/care-plans", Ct)).GetArrayLength().ShouldBe(1);

        var bad = await Problem(await doctor.PostAsJsonAsync("/api/v1/health/care-plans", new { personId = stroke, title = "", cadenceDays = 0 }, Ct));
        bad.ShouldContain("请填写计划名称");
        bad.ShouldContain("打卡周期为1～90天");

        var jobs = await app.ClientForAsync("jobs");
        (await jobs.GetAsync("/api/v1/health/care-plans", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var villageDoctor = await app.ClientForAsync("villagedoctor");
        (await villageDoctor.GetAsync($"/api/v1/health/care-plans/{second}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<Guid> CreateAsync(HttpClient client, object plan)
    {
        var response = await client.PostAsJsonAsync("/api/v1/health/care-plans", plan, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<Dictionary<Guid, int>> MissedAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/health/care-plans?missed=true", Ct)).EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetGuid(), p => p.GetProperty("missed").GetInt32());

}
