namespace Doorstep.Cli.Tests;

/// <summary>`import venues` from the command line.</summary>
public sealed class SafetyImportCommandTests
{
    [Fact]
    public async Task Import_venues_reports_rows_writes_the_good_ones_and_all_or_nothing_writes_none()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        (await CliRun.RunAsync(database, "demo", "seed", "--residents", "0")).Exit.ShouldBe(0);
        var venues = Path.GetTempFileName() + ".csv";
        var good = Path.GetTempFileName() + ".csv";
        try
        {
            await File.WriteAllTextAsync(venues, "场所名称,场所类别,区划代码,营业面积,负责人手机\n霞石村阿香米粉店,小餐饮,430211101201,60,13973305511\n霞石村棋牌室,棋牌室,430211101201,80,\n雷打石镇悦来旅社,小旅馆,430211101202,-1,\n", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(good, "场所名称,场所类别,区划代码,营业面积\n霞石村阿香米粉店,small-restaurant,430211101201,65\n", TestContext.Current.CancellationToken);

            var (atomicExit, atomicOutput, _) = await CliRun.RunAsync(database, "import", "venues", venues, "--as", "fire", "--all-or-nothing", "--json");
            atomicExit.ShouldBe(1);
            CliRun.Json(atomicOutput).GetProperty("imported").GetInt32().ShouldBe(0);

            var (exit, output, _) = await CliRun.RunAsync(database, "import", "venues", venues, "--as", "fire", "--json");
            exit.ShouldBe(1);
            var report = CliRun.Json(output);
            report.GetProperty("imported").GetInt32().ShouldBe(1);
            report.GetProperty("rejected").GetInt32().ShouldBe(2);
            report.GetProperty("errors")[0].GetProperty("row").GetInt32().ShouldBe(3);
            report.GetProperty("errors")[0].GetProperty("column").GetString().ShouldBe("场所类别");
            report.GetProperty("errors")[1].GetProperty("row").GetInt32().ShouldBe(4);
            report.GetProperty("errors")[1].GetProperty("column").GetString().ShouldBe("营业面积");

            // The noodle shop written by the first run is found again, not registered twice.
            var (goodExit, goodOutput, _) = await CliRun.RunAsync(database, "import", "venues", good);
            goodExit.ShouldBe(0);
            goodOutput.ShouldContain("导入 0，更新 1");

            var (missingExit, _, error) = await CliRun.RunAsync(database, "import", "venues", Path.Combine(database.DataFolder, "none.csv"));
            missingExit.ShouldBe(2);
            error.ShouldContain("找不到文件");
        }
        finally
        {
            File.Delete(venues);
            File.Delete(good);
        }
    }
}
