using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Cli.Tests;

/// <summary>`calendar due` with work-item types and region settings, and the `work-items` commands.</summary>
public sealed class WorkItemCommandTests
{
    [Theory]
    [InlineData("--limit", "3wd", "2024-02-19T17:30")]
    [InlineData("--limit", "2h", "2024-02-08T12:00")]
    [InlineData("--type", "safety.complaint", "2024-02-09T10:00")]
    public async Task Calendar_due_takes_a_limit_or_a_types_default(string option, string value, string expected)
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        var (exit, output, _) = await CliRun.RunAsync(database, "calendar", "due", "--from", "2024-02-08T10:00", option, value, "--json");

        exit.ShouldBe(0);
        CliRun.Json(output).GetProperty("due").GetString().ShouldBe(expected);
    }

    [Fact]
    public async Task Calendar_due_uses_the_limit_an_officer_set_for_the_region()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using (var app = new DoorstepAppFactory(database))
        {
            _ = app.Server;
            await app.SeedDemoAsync(0);
            await using var scope = app.Services.CreateAsyncScope();
            var settings = scope.ServiceProvider.GetRequiredService<Platform.WorkItems.Deadlines.TimeLimitSettings>();
            (await settings.SaveAsync("care.appeal", "general", "430211101201", "3wd", Platform.Security.Actor.System("test"), TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
        }

        var (exit, output, _) = await CliRun.RunAsync(database, "calendar", "due", "--from", "2024-02-08T10:00", "--type", "care.appeal", "--category", "general", "--region", "430211101201003", "--json");

        exit.ShouldBe(0);
        var result = CliRun.Json(output);
        result.GetProperty("limit").GetString().ShouldBe("3wd");
        result.GetProperty("setFor").GetString().ShouldBe("430211101201");
        result.GetProperty("due").GetString().ShouldBe("2024-02-19T17:30");
    }

    [Theory]
    [InlineData(new[] { "--type", "nonsense" }, "不存在")]
    [InlineData(new[] { "--type", "care.appeal", "--category", "nonsense" }, "不属于")]
    [InlineData(new[] { "--limit", "3weeks" }, "单位无法识别")]
    [InlineData(new[] { "--limit", "3wd", "--working-days", "3" }, "中的一个")]
    [InlineData(new string[0], "中的一个")]
    public async Task Calendar_due_refuses_bad_arguments_with_exit_2(string[] options, string reason)
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        var (exit, output, _) = await CliRun.RunAsync(database, ["calendar", "due", "--from", "2024-02-08", .. options, "--json"]);

        exit.ShouldBe(2);
        CliRun.Json(output).GetProperty("error").GetString()!.ShouldContain(reason);
    }

    [Fact]
    public async Task Work_items_overdue_lists_the_demo_districts_overdue_items_and_remind_raises_each_once()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        (await CliRun.RunAsync(database, "demo", "seed", "--residents", "0")).Exit.ShouldBe(0);

        var (exit, output, _) = await CliRun.RunAsync(database, "work-items", "overdue", "--region", "430211000000", "--json");
        exit.ShouldBe(0);
        var overdue = CliRun.Json(output);
        // Two demo items of this year, and four hazards of the 2024 campaign served to their venues.
        overdue.GetProperty("total").GetInt32().ShouldBe(6, output);
        var owners = overdue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("owner").GetString()).ToList();
        owners.ShouldContain("doctor");
        owners.ShouldContain("grid");
        owners.ShouldContain("雷打石镇鸿运烟花爆竹店");

        var first = CliRun.Json((await CliRun.RunAsync(database, "work-items", "remind", "--json")).Output);
        first.GetProperty("escalations").GetInt32().ShouldBe(6);
        first.GetProperty("sent").GetInt32().ShouldBeGreaterThan(0);
        var second = CliRun.Json((await CliRun.RunAsync(database, "work-items", "remind", "--json")).Output);
        second.GetProperty("escalations").GetInt32().ShouldBe(0);
        second.GetProperty("reminders").GetInt32().ShouldBe(0);
        second.GetProperty("sent").GetInt32().ShouldBe(0);

        (await CliRun.RunAsync(database, "work-items", "overdue", "--region", "43x", "--json")).Exit.ShouldBe(2);
    }
}
