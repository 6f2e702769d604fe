using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Kernel;

namespace Doorstep.Health.Tests;

/// <summary>/api/v1/health through HTTP, on SQLite and on PostgreSQL, as the API contract states it.</summary>
public sealed class VisitsApiTests
{
    private const string KanghuaGrid = "430211001001001";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task An_urgent_reading_refers_the_patient_and_the_referral_is_on_the_doctors_list(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var doctor = await app.ClientForAsync("doctor");
        var person = await app.RegisterAsync("易建国", new DateOnly(1956, 3, 12), KanghuaGrid);
        (await doctor.PostAsJsonAsync("/api/v1/health/enrolments", new { personId = person, disease = "Hypertension" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await doctor.PostAsJsonAsync("/api/v1/health/visits", new { personId = person, date = Today, systolic = 186, diastolic = 96, heartRate = 88, fastingGlucose = 6.1, symptoms = new[] { "severe-headache" } }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var visit = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        visit.GetProperty("bpClass").GetString().ShouldBe("grade3");
        visit.GetProperty("controlled").GetBoolean().ShouldBeFalse();
        visit.GetProperty("urgentReferral").GetBoolean().ShouldBeTrue();
        visit.GetProperty("nextFollowUp").GetString().ShouldBe(DateOnly.Parse(Today, CultureInfo.InvariantCulture).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var referral = visit.GetProperty("referralWorkItemId").GetGuid();

        var mine = await doctor.GetFromJsonAsync<JsonElement>("/api/v1/work-items/mine", Ct);
        var item = mine.EnumerateArray().Single(w => w.GetProperty("id").GetGuid() == referral);
        item.GetProperty("typeCode").GetString().ShouldBe("health.referral");
        item.GetProperty("status").GetString().ShouldBe("Dispatched");
        item.GetProperty("assignedUser").GetString().ShouldBe("doctor");
        item.GetProperty("timeLimit").GetString().ShouldBe("14d");

        // The readings are sealed at rest: the database never holds "186".
        (await app.RawVisitCiphersAsync()).ShouldAllBe(c => !c.Contains("186", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Control_decides_the_next_follow_up_and_two_uncontrolled_visits_refer(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var doctor = await app.ClientForAsync("doctor");
        var person = await app.RegisterAsync("胡秋菊", new DateOnly(1960, 8, 1), KanghuaGrid);
        await doctor.PostAsJsonAsync("/api/v1/health/enrolments", new { personId = person, disease = "Hypertension", enrolledOn = "2026-01-05" }, Ct);
        var day = DateOnly.Parse(Today, CultureInfo.InvariantCulture);

        var controlled = await VisitAsync(doctor, new { personId = person, date = Iso(day.AddDays(-60)), systolic = 132, diastolic = 82 });
        controlled.GetProperty("bpClass").GetString().ShouldBe("high-normal");
        controlled.GetProperty("controlled").GetBoolean().ShouldBeTrue();
        controlled.GetProperty("nextFollowUp").GetString().ShouldBe(Iso(day.AddDays(-60).AddMonths(3)));

        var first = await VisitAsync(doctor, new { personId = person, date = Iso(day.AddDays(-20)), systolic = 152, diastolic = 86 });
        first.GetProperty("bpClass").GetString().ShouldBe("isolated-systolic");
        first.GetProperty("controlled").GetBoolean().ShouldBeFalse();
        first.GetProperty("referForUncontrolled").GetBoolean().ShouldBeFalse();
        first.GetProperty("nextFollowUp").GetString().ShouldBe(Iso(day.AddDays(-6)));

        var second = await VisitAsync(doctor, new { personId = person, date = Iso(day.AddDays(-5)), systolic = 158, diastolic = 98 });
        second.GetProperty("bpClass").GetString().ShouldBe("grade1");
        second.GetProperty("referForUncontrolled").GetBoolean().ShouldBeTrue();
        second.GetProperty("urgentReferral").GetBoolean().ShouldBeFalse();
        second.TryGetProperty("referralWorkItemId", out var referral).ShouldBeTrue();
        referral.ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task A_market_day_reading_from_someone_not_enrolled_is_flagged_for_diagnosis(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var doctor = await app.ClientForAsync("doctor");
        var person = await app.RegisterAsync("刘满仓", new DateOnly(1970, 2, 2), KanghuaGrid);

        var visit = await VisitAsync(doctor, new { personId = person, date = Today, kind = "Screening", systolic = 148, diastolic = 92 });

        visit.GetProperty("bpClass").GetString().ShouldBe("grade1");
        visit.GetProperty("needsDiagnosis").GetBoolean().ShouldBeTrue();
        visit.GetProperty("controlled").ValueKind.ShouldBe(JsonValueKind.Null);
        visit.GetProperty("urgentReferral").GetBoolean().ShouldBeFalse();
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Impossible_vitals_and_future_dates_are_refused_with_reasons_and_nothing_is_written(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var doctor = await app.ClientForAsync("doctor");
        var person = await app.RegisterAsync("陈和平", new DateOnly(1950, 5, 5), KanghuaGrid);
        var tomorrow = Iso(DateOnly.Parse(Today, CultureInfo.InvariantCulture).AddDays(1));

        var reversed = await doctor.PostAsJsonAsync("/api/v1/health/visits", new { personId = person, date = Today, systolic = 80, diastolic = 120 }, Ct);
        var tooHigh = await doctor.PostAsJsonAsync("/api/v1/health/visits", new { personId = person, date = Today, systolic = 400, diastolic = 90 }, Ct);
        var future = await doctor.PostAsJsonAsync("/api/v1/health/visits", new { personId = person, date = tomorrow, systolic = 130, diastolic = 80, fastingGlucose = 50 }, Ct);

        reversed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reversed.Content.ReadAsStringAsync(Ct)).ShouldContain("应高于舒张压");
        (await tooHigh.Content.ReadAsStringAsync(Ct)).ShouldContain("超出合理范围（50–300）");
        var problem = await future.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("errors").GetProperty("date")[0].GetString().ShouldBe("随访日期不能晚于今天");
        problem.GetProperty("errors").GetProperty("fastingGlucose")[0].GetString()!.ShouldContain("超出合理范围");
        (await app.RawVisitCiphersAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task Health_data_is_closed_to_employment_staff_and_grid_members(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var person = await app.RegisterAsync("周桂兰", new DateOnly(1955, 1, 1), KanghuaGrid);

        foreach (var user in new[] { "jobs", "grid", "deputy" })
        {
            var client = await app.ClientForAsync(user);
            (await client.GetAsync($"/api/v1/health/visits?personId={person}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.GetAsync("/api/v1/health/follow-ups/overdue", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.PostAsJsonAsync("/api/v1/health/visits", new { personId = person, date = Today, systolic = 130, diastolic = 80 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        // The village doctor of 霞石村 does not find a resident of 康华.
        var villageDoctor = await app.ClientForAsync("villagedoctor");
        var outside = await villageDoctor.PostAsJsonAsync("/api/v1/health/visits", new { personId = person, date = Today, systolic = 130, diastolic = 80 }, Ct);
        (await outside.Content.ReadAsStringAsync(Ct)).ShouldContain("不在您的管辖范围内");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_patient_not_seen_by_the_scheduled_date_is_on_the_overdue_list_until_visited(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var doctor = await app.ClientForAsync("doctor");
        var person = await app.RegisterAsync("龙德胜", new DateOnly(1948, 9, 9), KanghuaGrid);
        var day = DateOnly.Parse(Today, CultureInfo.InvariantCulture);
        await doctor.PostAsJsonAsync("/api/v1/health/enrolments", new { personId = person, disease = "Type2Diabetes", enrolledOn = Iso(day.AddMonths(-5)) }, Ct);
        await VisitAsync(doctor, new { personId = person, date = Iso(day.AddDays(-30)), fastingGlucose = 8.2 });

        var overdue = await doctor.GetFromJsonAsync<JsonElement>("/api/v1/health/follow-ups/overdue?region=430211001001", Ct);
        var row = overdue.EnumerateArray().Single(r => r.GetProperty("personId").GetGuid() == person);
        row.GetProperty("dueOn").GetString().ShouldBe(Iso(day.AddDays(-16)));
        row.GetProperty("daysOverdue").GetInt32().ShouldBe(16);
        (await doctor.GetFromJsonAsync<JsonElement>("/api/v1/health/follow-ups/overdue?region=430211101201", Ct)).EnumerateArray()
            .ShouldNotContain(r => r.GetProperty("personId").GetGuid() == person);

        await VisitAsync(doctor, new { personId = person, date = Today, fastingGlucose = 6.4 });
        (await doctor.GetFromJsonAsync<JsonElement>("/api/v1/health/follow-ups/overdue?region=430211001001", Ct)).EnumerateArray()
            .ShouldNotContain(r => r.GetProperty("personId").GetGuid() == person);
    }

    private static async Task<JsonElement> VisitAsync(HttpClient doctor, object body)
    {
        var response = await doctor.PostAsJsonAsync("/api/v1/health/visits", body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
