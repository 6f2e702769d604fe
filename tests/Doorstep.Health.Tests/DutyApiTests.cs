using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Health.Tests;

/// <summary>Holiday duty rosters and the public open-clinics list, on SQLite and PostgreSQL.</summary>
public sealed class DutyApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Anyone_finds_the_clinics_open_on_a_festival_day_nearest_first(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var anonymous = app.Factory.CreateClient();

        // Standing in 霞石村 on the third day of the 2024 Spring Festival.
        var clinics = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/health/open-clinics?date=2024-02-12&lon=113.0151&lat=27.7452", Ct);

        var list = clinics.EnumerateArray().ToList();
        list.Count.ShouldBe(2);
        list[0].GetProperty("name").GetString().ShouldBe("霞石村卫生室");
        list[1].GetProperty("name").GetString().ShouldBe("天元区嵩山街道社区卫生服务中心");
        list[0].GetProperty("distanceMetres").GetInt32().ShouldBeLessThan(list[1].GetProperty("distanceMetres").GetInt32());
        list[0].GetProperty("opens").GetString().ShouldBe("08:00");
        list[0].GetProperty("closes").GetString().ShouldBe("12:00");
        list[0].GetProperty("doctorName").GetString().ShouldBe("胡亮村医");

        (await anonymous.GetAsync("/api/v1/health/open-clinics?date=2024-13-01", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await anonymous.GetAsync("/api/v1/health/open-clinics?lon=113.0", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/health/open-clinics?date=2024-03-02", Ct)).GetArrayLength().ShouldBe(0);
        (await anonymous.GetAsync("/api/v1/health/duty?from=2024-02-10&to=2024-02-17", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_shift_for_staff_not_in_the_facility_or_with_backward_hours_is_refused(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var doctor = await app.ClientForAsync("doctor");
        var (centre, villageClinic) = await FacilitiesAsync(app.Factory);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var stranger = await doctor.PutAsJsonAsync("/api/v1/health/duty", new { facilityId = centre, date = tomorrow, opens = "08:00", closes = "12:00", doctor = "villagedoctor" }, Ct);
        stranger.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await stranger.Content.ReadAsStringAsync(Ct)).ShouldContain("不是天元区嵩山街道社区卫生服务中心的医务人员");

        var backwards = await doctor.PutAsJsonAsync("/api/v1/health/duty", new { facilityId = centre, date = tomorrow, opens = "14:00", closes = "09:00", doctor = "doctor" }, Ct);
        (await backwards.Content.ReadAsStringAsync(Ct)).ShouldContain("结束时间应晚于开始时间");

        var outside = await doctor.PutAsJsonAsync("/api/v1/health/duty", new { facilityId = villageClinic, date = tomorrow, opens = "08:00", closes = "12:00", doctor = "villagedoctor" }, Ct);
        (await outside.Content.ReadAsStringAsync(Ct)).ShouldContain("管辖范围内的基层医疗机构");

        var saved = await doctor.PutAsJsonAsync("/api/v1/health/duty", new { facilityId = centre, date = tomorrow, opens = "09:00", closes = "16:00", doctor = "doctor", nurse = "护士 刘芳" }, Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var day = (await doctor.GetFromJsonAsync<JsonElement>($"/api/v1/health/duty?from={tomorrow}&to={tomorrow}", Ct)).EnumerateArray().ToList();
        day.Count.ShouldBe(1);
        day[0].GetProperty("opens").GetString().ShouldBe("09:00:00");
    }

    [Fact]
    public async Task Every_town_without_an_open_clinic_on_a_day_is_a_gap()
    {
        await using var app = await HealthApp.StartAsync(TestDatabase.Sqlite);
        var officer = await app.ClientForAsync("officer");

        var gaps = (await officer.GetFromJsonAsync<JsonElement>("/api/v1/health/duty/gaps?from=2024-02-10&to=2024-02-17", Ct)).EnumerateArray().ToList();

        // 嵩山街道 and 雷打石镇 had a clinic open every day; 泰山街道, 群丰镇 and 三门镇 had none.
        gaps.ShouldNotContain(g => g.GetProperty("townCode").GetString() == DemoDistrict.Songshan);
        gaps.ShouldNotContain(g => g.GetProperty("townCode").GetString() == DemoDistrict.Leidashi);
        gaps.Count(g => g.GetProperty("townName").GetString() == "群丰镇").ShouldBe(8);
        gaps.Select(g => g.GetProperty("townName").GetString()).Distinct().Count().ShouldBe(3);
    }

    private static async Task<(Guid Centre, Guid VillageClinic)> FacilitiesAsync(DoorstepAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Platform.Data.DoorstepDb>();
        var centre = await db.Organisations.Where(o => o.Name == "天元区嵩山街道社区卫生服务中心").Select(o => o.Id).FirstAsync(Ct);
        var clinic = await db.Organisations.Where(o => o.Name == "霞石村卫生室").Select(o => o.Id).FirstAsync(Ct);
        return (centre, clinic);
    }
}
