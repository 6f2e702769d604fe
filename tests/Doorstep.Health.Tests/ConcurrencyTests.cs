using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Doorstep.Health.Tests;

/// <summary>
/// A visit that refers writes the visit, the work item and two audit entries in one transaction,
/// while other requests write audit entries of their own: none may wait on the other for ever.
/// </summary>
public sealed class ConcurrencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Referring_visits_and_audited_reads_at_the_same_moment_all_finish()
    {
        await using var app = await HealthApp.StartAsync(TestDatabase.Sqlite);
        var doctor = await app.ClientForAsync("doctor");
        var officer = await app.ClientForAsync("officer");
        var people = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            people.Add(await app.RegisterAsync("并发" + "甲乙丙丁"[i], new DateOnly(1950 + i, 1, 1), "430211001001001"));
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var visits = people.Select(p => doctor.PostAsJsonAsync("/api/v1/health/visits", new { personId = p, date = today, systolic = 190, diastolic = 100 }, Ct));
        var reads = people.Select(p => officer.GetAsync($"/api/v1/people/{p}?reveal=true", Ct));
        var responses = await Task.WhenAll(visits.Concat(reads)).WaitAsync(TimeSpan.FromSeconds(60), Ct);

        responses.ShouldAllBe(r => r.IsSuccessStatusCode);
        var mine = await doctor.GetFromJsonAsync<JsonElement>("/api/v1/work-items/mine", Ct);
        mine.EnumerateArray().Count(w => w.GetProperty("typeCode").GetString() == "health.referral" && w.GetProperty("title").GetString()!.StartsWith("并发", StringComparison.Ordinal)).ShouldBe(4);
        (await doctor.GetAsync("/api/v1/work-items/mine", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
