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
}
