namespace Doorstep.Cli.Tests;

/// <summary>`safety campaigns` and `safety summary` over the demo district's 2024 campaign.</summary>
public sealed class SafetyCommandTests
{
    [Fact]
    public async Task Summary_gives_the_campaigns_figures_by_village_and_the_report_sentence()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        (await CliRun.RunAsync(database, "demo", "seed", "--residents", "0")).Exit.ShouldBe(0);

        var (listExit, list, _) = await CliRun.RunAsync(database, "safety", "campaigns", "--json");
        listExit.ShouldBe(0);
        var spring = CliRun.Json(list).EnumerateArray().Single(c => c.GetProperty("name").GetString()!.StartsWith("2024年春节前", StringComparison.Ordinal));
        var id = spring.GetProperty("id").GetString()!;

        var (exit, output, _) = await CliRun.RunAsync(database, "safety", "summary", id, "--json");
        exit.ShouldBe(0);
        var figures = CliRun.Json(output);
        figures.GetProperty("total").GetProperty("inspected").GetInt32().ShouldBe(28);
        figures.GetProperty("sentence").GetString()!.ShouldStartWith("共计开展消防网格化排查28家");
        figures.GetProperty("rows").GetArrayLength().ShouldBe(3);

        var (_, text, _) = await CliRun.RunAsync(database, "safety", "summary", id, "--region", "430211101201");
        text.ShouldContain("霞石村第一网格");
        text.ShouldContain("共计开展消防网格化排查10家");

        (await CliRun.RunAsync(database, "safety", "summary", "not-an-id")).Exit.ShouldBe(2);
        (await CliRun.RunAsync(database, "safety", "summary", Guid.NewGuid().ToString())).Error.ShouldContain("找不到专项检查");
        (await CliRun.RunAsync(database, "safety", "summary", id, "--region", "43x")).Exit.ShouldBe(2);
    }
}
