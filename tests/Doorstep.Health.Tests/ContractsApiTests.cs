using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Doorstep.Platform.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using static Doorstep.Health.Tests.Http;

namespace Doorstep.Health.Tests;

/// <summary>Family-doctor contracts through the API, on SQLite and PostgreSQL.</summary>
public sealed class ContractsApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_resident_has_one_family_doctor_from_signing_to_change_of_team_and_termination(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var doctor = await app.ClientForAsync("doctor");
        var songshan = await TeamIdAsync(doctor, "嵩山街道家庭医生一团队");
        var elder = await app.RegisterAsync("谭桂英", new DateOnly(1950, 3, 8), DemoDistrict.Kanghua + "001");

        var signed = await doctor.PostAsJsonAsync("/api/v1/health/contracts", new { personId = elder, teamId = songshan, packages = new[] { "basic", "elderly" }, keyPopulations = new[] { "bereaved" } }, Ct);
        var contract = await Json(signed, HttpStatusCode.Created);
        contract.GetProperty("number").GetString()!.ShouldStartWith("QY" + BeijingToday.Year);
        contract.GetProperty("status").GetString().ShouldBe("Signed");
        contract.GetProperty("endsOn").GetString().ShouldBe(Iso(BeijingToday.AddYears(1).AddDays(-1)));
        Strings(contract, "keyPopulations").ShouldBe(["elderly", "bereaved"]);
        contract.GetProperty("emergencyContact").GetString().ShouldBe("陈容医生");
        contract.GetProperty("emergencyPhone").GetString().ShouldBe("13907330118");
        contract.GetProperty("idNumber").GetString()!.ShouldContain("**********");

        var again = await doctor.PostAsJsonAsync("/api/v1/health/contracts", new { personId = elder, teamId = songshan, packages = new[] { "basic" } }, Ct);
        (await Problem(again)).ShouldContain("一人同时只能有一名家庭医生");

        var early = await doctor.PostAsJsonAsync($"/api/v1/health/contracts/{Id(contract)}/renew", new { }, Ct);
        (await Problem(early)).ShouldContain("到期前60天内才能续约");

        var sameTeam = await doctor.PostAsJsonAsync($"/api/v1/health/contracts/{Id(contract)}/change-team", new { teamId = songshan }, Ct);
        (await Problem(sameTeam)).ShouldContain("同一团队请办理续约");

        var second = await SecondTeamAsync(app);
        var changed = await Json(await doctor.PostAsJsonAsync($"/api/v1/health/contracts/{Id(contract)}/change-team", new { teamId = second }, Ct), HttpStatusCode.OK);
        changed.GetProperty("teamId").GetGuid().ShouldBe(second);
        changed.GetProperty("previousId").GetGuid().ShouldBe(Id(contract));
        changed.GetProperty("emergencyContact").GetString().ShouldBe("易军");
        var old = await doctor.GetFromJsonAsync<JsonElement>($"/api/v1/health/contracts/{Id(contract)}", Ct);
        old.GetProperty("status").GetString().ShouldBe("Changed");
        old.GetProperty("endReason").GetString().ShouldBe("ChangedTeam");

        var noNote = await doctor.PostAsJsonAsync($"/api/v1/health/contracts/{Id(changed)}/terminate", new { reason = "Other" }, Ct);
        (await Problem(noNote)).ShouldContain("请写明原因");
        var ended = await Json(await doctor.PostAsJsonAsync($"/api/v1/health/contracts/{Id(changed)}/terminate", new { reason = "MovedAway", on = Iso(BeijingToday) }, Ct), HttpStatusCode.OK);
        ended.GetProperty("standing").GetString().ShouldBe("Ended");

        // With no active contract left, the resident may sign again.
        await Json(await doctor.PostAsJsonAsync("/api/v1/health/contracts", new { personId = elder, teamId = songshan, packages = new[] { "basic" } }, Ct), HttpStatusCode.Created);
        var history = await doctor.GetFromJsonAsync<JsonElement>($"/api/v1/health/contracts?q=谭桂英", Ct);
        history.GetProperty("total").GetInt32().ShouldBe(3);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Two_doctors_signing_the_same_resident_at_once_end_with_one_contract(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var doctor = await app.ClientForAsync("doctor");
        var songshan = await TeamIdAsync(doctor, "嵩山街道家庭医生一团队");
        var person = await app.RegisterAsync("龙小燕", new DateOnly(1988, 6, 1), DemoDistrict.Kanghua + "002");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            doctor.PostAsJsonAsync("/api/v1/health/contracts", new { personId = person, teamId = songshan, packages = new[] { "basic" } }, Ct)));

        attempts.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        attempts.Count(r => r.StatusCode == HttpStatusCode.BadRequest).ShouldBe(3);
        (await doctor.GetFromJsonAsync<JsonElement>("/api/v1/health/contracts?q=龙小燕", Ct)).GetProperty("total").GetInt32().ShouldBe(1);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Bad_contracts_are_refused_with_reasons_and_nothing_is_written(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var doctor = await app.ClientForAsync("doctor");
        var songshan = await TeamIdAsync(doctor, "嵩山街道家庭医生一团队");
        var young = await app.RegisterAsync("石磊", new DateOnly(1990, 1, 1), DemoDistrict.Kanghua + "001");

        var future = await doctor.PostAsJsonAsync("/api/v1/health/contracts", new { personId = young, teamId = songshan, packages = new[] { "basic" }, signedOn = Iso(BeijingToday.AddDays(1)) }, Ct);
        (await Problem(future)).ShouldContain("签约日期不能晚于今天");

        var noBasic = await doctor.PostAsJsonAsync("/api/v1/health/contracts", new { personId = young, teamId = songshan, packages = new[] { "rehabilitation" } }, Ct);
        var noBasicText = await Problem(noBasic);
        noBasicText.ShouldContain("请至少选择一个基础服务包");
        noBasicText.ShouldContain("“康复服务包”面向65岁及以上老年人、残疾人，该居民不属于这些人群");

        var unknown = await doctor.PostAsJsonAsync("/api/v1/health/contracts", new { personId = young, teamId = songshan, packages = new[] { "basic", "spa" }, keyPopulations = new[] { "astronaut" } }, Ct);
        var unknownText = await Problem(unknown);
        unknownText.ShouldContain("服务包目录中没有（或已停用）：spa");
        unknownText.ShouldContain("没有这类重点人群：astronaut");

        // 胡亮 works in 霞石村: a 康华社区 resident is not in his scope, and his team does not serve her.
        var villageDoctor = await app.ClientForAsync("villagedoctor");
        var xiashi = await TeamIdAsync(villageDoctor, "霞石村家庭医生团队");
        var outside = await villageDoctor.PostAsJsonAsync("/api/v1/health/contracts", new { personId = young, teamId = xiashi, packages = new[] { "basic" } }, Ct);
        (await Problem(outside)).ShouldContain("请选择您管辖范围内的居民");
        var wrongTeam = await doctor.PostAsJsonAsync("/api/v1/health/contracts", new { personId = young, teamId = xiashi, packages = new[] { "basic" } }, Ct);
        (await Problem(wrongTeam)).ShouldContain("请选择在岗的家庭医生团队");

        (await doctor.GetFromJsonAsync<JsonElement>("/api/v1/health/contracts", Ct)).GetProperty("total").GetInt32().ShouldBe(0);

        // Employment staff never see health data.
        var jobs = await app.ClientForAsync("jobs");
        (await jobs.GetAsync("/api/v1/health/contracts", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Reading_a_contract_is_audited_for_readers_outside_its_team_and_exports_are_masked_and_audited(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var doctor = await app.ClientForAsync("doctor");
        var songshan = await TeamIdAsync(doctor, "嵩山街道家庭医生一团队");
        var person = await app.RegisterAsync("黄秋菊", new DateOnly(1955, 9, 9), DemoDistrict.Kanghua + "003");
        var contract = await Json(await doctor.PostAsJsonAsync("/api/v1/health/contracts", new { personId = person, teamId = songshan, packages = new[] { "basic" }, awaitingSignature = true }, Ct), HttpStatusCode.Created);
        contract.GetProperty("standing").GetString().ShouldBe("Pending");
        (await Json(await doctor.PostAsync($"/api/v1/health/contracts/{Id(contract)}/confirm", null, Ct), HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Signed");

        await doctor.GetFromJsonAsync<JsonElement>($"/api/v1/health/contracts/{Id(contract)}", Ct);
        (await ViewsAsync(app)).ShouldBe(0);
        var officer = await app.ClientForAsync("officer");
        await officer.GetFromJsonAsync<JsonElement>($"/api/v1/health/contracts/{Id(contract)}", Ct);
        (await ViewsAsync(app)).ShouldBe(1);

        var villageDoctor = await app.ClientForAsync("villagedoctor");
        (await villageDoctor.GetAsync($"/api/v1/health/contracts/{Id(contract)}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var csv = await officer.GetStringAsync("/api/v1/health/contracts/export?format=csv&q=黄秋菊", Ct);
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Length.ShouldBe(2);
        lines[0].ShouldStartWith("签约编号,姓名,身份证号码");
        lines[1].ShouldContain("黄秋菊");
        lines[1].ShouldContain("**********");
        lines[1].ShouldContain("65岁及以上老年人");
        var xlsx = await officer.GetAsync("/api/v1/health/contracts/export?format=xlsx", Ct);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await xlsx.Content.ReadAsByteArrayAsync(Ct))[..2].ShouldBe("PK"u8.ToArray());

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Platform.Data.DoorstepDb>();
        (await db.AuditEntries.CountAsync(a => a.Event == "export" && a.ObjectType == "Contract", Ct)).ShouldBe(2);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_team_needs_its_doctor_nurse_and_public_health_doctor(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var officer = await app.ClientForAsync("officer");
        var centre = await FacilityAsync(app, "天元区嵩山街道社区卫生服务中心");

        var noNurse = await officer.PostAsJsonAsync("/api/v1/health/teams", new
        {
            name = "嵩山街道家庭医生二团队", facilityId = centre,
            members = new object[] { new { role = "Doctor", userName = "grid" }, new { role = "PublicHealth", name = "王芳", phone = "0731-1234" } },
        }, Ct);
        var text = await Problem(noNurse);
        text.ShouldContain("grid 不是本乡镇（街道）基层医疗机构的医务人员");
        text.ShouldContain("电话应为11位手机号或带区号的固定电话");

        var doctorTaken = await officer.PostAsJsonAsync("/api/v1/health/teams", new
        {
            name = "嵩山街道家庭医生二团队", facilityId = centre,
            members = new object[] { new { role = "Doctor", userName = "doctor" }, new { role = "PublicHealth", name = "王芳" } },
        }, Ct);
        var taken = await Problem(doctorTaken);
        taken.ShouldContain("团队应有至少一名护士");
        taken.ShouldContain("一名医生只能牵头一个团队");

        var doctor = await app.ClientForAsync("doctor");
        (await doctor.PostAsJsonAsync("/api/v1/health/teams", new { name = "x" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<Guid> TeamIdAsync(HttpClient client, string name)
    {
        var teams = await client.GetFromJsonAsync<JsonElement>("/api/v1/health/teams", Ct);
        return teams.EnumerateArray().Single(t => t.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> FacilityAsync(HealthApp app, string name)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Platform.Data.DoorstepDb>();
        return await db.Organisations.IgnoreQueryFilters().Where(o => o.Name == name).Select(o => o.Id).SingleAsync(Ct);
    }

    /// <summary>A second doctor at the 嵩山 centre and the team she leads, formed by the officer.</summary>
    private static async Task<Guid> SecondTeamAsync(HealthApp app)
    {
        var centre = await FacilityAsync(app, "天元区嵩山街道社区卫生服务中心");
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserService>();
            var created = await users.CreateAsync(new NewUser("doctor2", [Roles.FamilyDoctor], [DemoDistrict.Songshan], "易军医生", UnitId: centre), Actor.System(), Ct);
            created.Succeeded.ShouldBeTrue(created.Errors.ToString());
        }

        var officer = await app.ClientForAsync("officer");
        var team = await officer.PostAsJsonAsync("/api/v1/health/teams", new
        {
            name = "嵩山街道家庭医生二团队", facilityId = centre,
            members = new object[]
            {
                new { role = "Doctor", name = "易军", userName = "doctor2", phone = "13607331234" },
                new { role = "Nurse", name = "彭丽" },
                new { role = "PublicHealth", name = "罗斌" },
            },
        }, Ct);
        return Id(await Json(team, HttpStatusCode.Created));
    }

    private static async Task<int> ViewsAsync(HealthApp app)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Platform.Data.DoorstepDb>();
        return await db.AuditEntries.CountAsync(a => a.Event == "view" && a.ObjectType == "Contract", Ct);
    }

    private static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();

    private static List<string> Strings(JsonElement e, string property) => e.GetProperty(property).EnumerateArray().Select(x => x.GetString()!).ToList();
}
