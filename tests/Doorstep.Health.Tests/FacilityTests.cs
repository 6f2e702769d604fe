using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Doorstep.Health.Tests;

/// <summary>Facilities' health profiles: hours, services, beds and staff, kept by the health officer.</summary>
public sealed class FacilityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task The_officer_keeps_a_facilitys_profile_and_each_reader_sees_the_facilities_of_their_regions(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var officer = await app.ClientForAsync("officer");
        var facilities = (await officer.GetFromJsonAsync<JsonElement>("/api/v1/health/facilities", Ct)).EnumerateArray().ToList();
        var centre = facilities.Single(f => f.GetProperty("name").GetString() == "天元区嵩山街道社区卫生服务中心");
        centre.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ShouldContain("rehabilitation");
        centre.GetProperty("teams").GetInt32().ShouldBe(1);
        var id = centre.GetProperty("id").GetGuid();

        var bad = await officer.PutAsJsonAsync($"/api/v1/health/facilities/{id}", new { services = new[] { "general", "spa" }, beds = -1, phone = "123" }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await bad.Content.ReadAsStringAsync(Ct);
        text.ShouldContain("没有这项服务：spa");
        text.ShouldContain("床位和人数应为0～2000");
        text.ShouldContain("电话应为11位手机号");

        (await officer.PutAsJsonAsync($"/api/v1/health/facilities/{id}", new { hours = "周一至周五 08:00–17:00", services = new[] { "general", "tcm" }, beds = 10, doctors = 9, nurses = 11 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var saved = (await officer.GetFromJsonAsync<JsonElement>("/api/v1/health/facilities", Ct)).EnumerateArray().Single(f => f.GetProperty("id").GetGuid() == id);
        saved.GetProperty("hours").GetString().ShouldBe("周一至周五 08:00–17:00");
        saved.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ShouldBe(["general", "tcm"]);

        var doctor = await app.ClientForAsync("doctor");
        (await doctor.PutAsJsonAsync($"/api/v1/health/facilities/{id}", new { services = new[] { "general" } }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var villageDoctor = await app.ClientForAsync("villagedoctor");
        (await villageDoctor.GetFromJsonAsync<JsonElement>("/api/v1/health/facilities", Ct)).EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()).ShouldBe(["霞石村卫生室"]);
    }
}
