using Doorstep.Kernel;

namespace Doorstep.Cli.Tests;

/// <summary>`import seekers` and `import vacancies` from the command line.</summary>
public sealed class EmploymentImportCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_seekers_and_vacancies_report_rows_write_the_good_ones_and_all_or_nothing_writes_none()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        (await CliRun.RunAsync(database, "demo", "seed", "--residents", "0")).Exit.ShouldBe(0);
        var chen = CitizenId.Create("430211", new DateOnly(1983, 5, 2), 41);
        var people = Path.GetTempFileName() + ".csv";
        var seekers = Path.GetTempFileName() + ".csv";
        var vacancies = Path.GetTempFileName() + ".csv";
        try
        {
            await File.WriteAllTextAsync(people, $"姓名,身份证号码,联系电话,现住址,区划代码,经度,纬度\n陈志强,{chen},,康华小区,430211001001001,113.098,27.838\n", Ct);
            await File.WriteAllTextAsync(seekers, $"身份证号码,姓名,求职意向,期望工资\n{chen},陈志强,保安员,3800\n{chen},陈志强,保安员,3800\n", Ct);
            await File.WriteAllTextAsync(vacancies, "岗位名称,用人单位,职业,招聘人数,最低工资,最高工资,任职要求\n早班服务员,嵩山街道湘厨酒家,餐厅服务员,2,3300,4000,男女不限\n后厨学徒,嵩山街道湘厨酒家,4-03-02-05,1,3000,3500,限男性\n仓库文员,不存在的公司,仓库管理员,1,4000,5000,\n", Ct);
            (await CliRun.RunAsync(database, "import", "people", people)).Exit.ShouldBe(0);

            var (atomicExit, atomicOutput, _) = await CliRun.RunAsync(database, "import", "seekers", seekers, "--as", "jobs", "--all-or-nothing", "--json");
            atomicExit.ShouldBe(1);
            CliRun.Json(atomicOutput).GetProperty("imported").GetInt32().ShouldBe(0);

            var (exit, output, _) = await CliRun.RunAsync(database, "import", "seekers", seekers, "--as", "jobs", "--json");
            exit.ShouldBe(1);
            var report = CliRun.Json(output);
            report.GetProperty("imported").GetInt32().ShouldBe(1);
            report.GetProperty("rejected").GetInt32().ShouldBe(1);
            report.GetProperty("errors")[0].GetProperty("row").GetInt32().ShouldBe(3);
            report.GetProperty("errors")[0].GetProperty("column").GetString().ShouldBe("身份证号码");
            report.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain("已登记为求职者");

            var (vacancyExit, vacancyOutput, _) = await CliRun.RunAsync(database, "import", "vacancies", vacancies, "--as", "jobs");
            vacancyExit.ShouldBe(1);
            vacancyOutput.ShouldContain("导入 2");
            vacancyOutput.ShouldContain("第4行 [用人单位]");

            var (missingExit, _, error) = await CliRun.RunAsync(database, "import", "seekers", Path.Combine(database.DataFolder, "none.csv"));
            missingExit.ShouldBe(2);
            error.ShouldContain("找不到文件");
        }
        finally
        {
            File.Delete(people);
            File.Delete(seekers);
            File.Delete(vacancies);
        }
    }
}
