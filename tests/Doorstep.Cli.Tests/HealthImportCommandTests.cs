using System.Globalization;
using Doorstep.Kernel;

namespace Doorstep.Cli.Tests;

/// <summary>`import contracts` and `import visits` from the command line.</summary>
public sealed class HealthImportCommandTests
{
    [Fact]
    public async Task Import_contracts_reports_rows_and_signs_the_good_ones_in_the_doctors_name()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        (await CliRun.RunAsync(database, "demo", "seed", "--residents", "0")).Exit.ShouldBe(0);
        var elder = CitizenId.Create("430211", new DateOnly(1951, 8, 8), 31);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var people = Path.GetTempFileName() + ".csv";
        var contracts = Path.GetTempFileName() + ".csv";
        try
        {
            await File.WriteAllTextAsync(people, $"姓名,身份证号码,区划代码\n田桂兰,{elder},430211001001001\n", TestContext.Current.CancellationToken);
            (await CliRun.RunAsync(database, "import", "people", people)).Exit.ShouldBe(0);
            await File.WriteAllTextAsync(contracts, $"身份证号码,签约团队,服务包,签约日期\n{elder},嵩山街道家庭医生一团队,basic,{today}\n{elder},嵩山街道家庭医生一团队,basic,{today}\n", TestContext.Current.CancellationToken);

            var (exit, output, _) = await CliRun.RunAsync(database, "import", "contracts", contracts, "--as", "doctor", "--json");

            exit.ShouldBe(1);
            var report = CliRun.Json(output);
            report.GetProperty("imported").GetInt32().ShouldBe(1);
            report.GetProperty("rejected").GetInt32().ShouldBe(1);
            report.GetProperty("errors")[0].GetProperty("row").GetInt32().ShouldBe(3);
            report.GetProperty("errors")[0].GetProperty("column").GetString().ShouldBe("身份证号码");

            var (missingExit, _, error) = await CliRun.RunAsync(database, "import", "visits", people);
            missingExit.ShouldBe(2);
            error.ShouldContain("缺少列：随访日期");
        }
        finally
        {
            File.Delete(people);
            File.Delete(contracts);
        }
    }
}
