using System.Net;

namespace Doorstep.Health.Tests;

/// <summary>The health pages as rendered HTML: open to health roles, closed to the rest.</summary>
public sealed class HealthPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_follow_up_list_lists_the_demo_districts_overdue_patients_for_the_doctor_only()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var app = new DoorstepAppFactory(database);
        _ = app.Server;
        await app.SeedDemoAsync(400);
        var doctor = await app.ClientForAsync("doctor");

        var html = await doctor.GetStringAsync("/health/follow-ups", Ct);

        html.ShouldContain("id=\"overdue-follow-ups\"");
        html.ShouldContain("康华社区");
        html.ShouldNotContain("没有超期未随访的患者");
        html.ShouldNotContain("霞石村第");

        var jobs = await app.ClientForAsync("jobs");
        (await jobs.GetAsync("/health/follow-ups", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await jobs.GetAsync("/health/visits/new", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
