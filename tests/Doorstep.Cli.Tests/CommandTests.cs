using System.Text;
using Doorstep.Kernel;
using Doorstep.Platform.Demo;

namespace Doorstep.Cli.Tests;

/// <summary>The `doorstep` commands the foundation issue names, with --json, on both databases.</summary>
public sealed class CommandTests
{
    [Fact]
    public async Task Calendar_due_uses_the_holiday_calendar()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        // domain-rules.md: a 3-working-day item opened on 2024-02-08 is due at the end of 2024-02-19.
        var (exit, output, _) = await CliRun.RunAsync(database, "calendar", "due", "--from", "2024-02-08T10:00", "--working-days", "3", "--json");

        exit.ShouldBe(0);
        CliRun.Json(output).GetProperty("due").GetString().ShouldBe("2024-02-19T17:30");
    }

    [Fact]
    public async Task Bad_arguments_get_a_clear_message_and_exit_2()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        var (exit, output, _) = await CliRun.RunAsync(database, "calendar", "due", "--from", "明天", "--working-days", "3", "--json");

        exit.ShouldBe(2);
        CliRun.Json(output).GetProperty("error").GetString()!.ShouldContain("无法识别");
        (await CliRun.RunAsync(database, "import", "people", "/nonexistent.csv", "--json")).Exit.ShouldBe(2);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Migrate_seed_user_token_import_and_export_work_end_to_end(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        (await CliRun.RunAsync(database, "migrate", "--json")).Exit.ShouldBe(0);
        var seeded = await CliRun.RunAsync(database, "demo", "seed", "--residents", "20", "--json");
        seeded.Exit.ShouldBe(0);
        CliRun.Json(seeded.Output).GetProperty("accounts").GetArrayLength().ShouldBe(DemoSeeder.Accounts.Count);

        var user = await CliRun.RunAsync(database, "user", "add", "--name", "wangwu", "--role", "grid-member", "--region", DemoDistrict.Xiashi, "--json");
        user.Exit.ShouldBe(0);
        CliRun.Json(user.Output).GetProperty("password").GetString()!.Length.ShouldBeGreaterThanOrEqualTo(8);
        var token = await CliRun.RunAsync(database, "token", "create", "--user", "wangwu", "--json");
        CliRun.Json(token.Output).GetProperty("token").GetString()!.ShouldStartWith("dst_");

        var idNumber = CitizenId.Create("430211", new DateOnly(1960, 6, 1), 31);
        var file = Path.Combine(database.DataFolder, "people.csv");
        await File.WriteAllTextAsync(file, $"姓名,身份证号码,联系电话,现住址,区划代码,经度,纬度\n魏秀英,{idNumber},13807330001,霞石村2组,{DemoDistrict.Xiashi},,\n坏行,123,,,{DemoDistrict.Xiashi},,\n", new UTF8Encoding(true), TestContext.Current.CancellationToken);
        var import = await CliRun.RunAsync(database, "import", "people", file, "--json");
        import.Exit.ShouldBe(1);
        var report = CliRun.Json(import.Output);
        report.GetProperty("total").GetInt32().ShouldBe(2);
        report.GetProperty("imported").GetInt32().ShouldBe(1);
        report.GetProperty("rejected").GetInt32().ShouldBe(1);
        report.GetProperty("errors")[0].GetProperty("row").GetInt32().ShouldBe(3);
        report.GetProperty("errors")[0].GetProperty("column").GetString().ShouldBe("身份证号码");

        var masked = Path.Combine(database.DataFolder, "masked.csv");
        (await CliRun.RunAsync(database, "export", "people", masked, "--region", DemoDistrict.Xiashi, "--json")).Exit.ShouldBe(0);
        var maskedText = await File.ReadAllTextAsync(masked, TestContext.Current.CancellationToken);
        maskedText.ShouldContain("魏秀英");
        maskedText.ShouldNotContain(idNumber);
        maskedText.ShouldContain("138****0001");

        var revealed = Path.Combine(database.DataFolder, "revealed.csv");
        (await CliRun.RunAsync(database, "export", "people", revealed, "--reveal", "--region", DemoDistrict.Xiashi)).Exit.ShouldBe(0);
        (await File.ReadAllTextAsync(revealed, TestContext.Current.CancellationToken)).ShouldContain(idNumber);

        var verify = await CliRun.RunAsync(database, "audit", "verify", "--json");
        CliRun.Json(verify.Output).GetProperty("intact").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task User_add_refuses_an_unknown_role_or_region()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await CliRun.RunAsync(database, "demo", "seed", "--residents", "0");

        var (exit, output, _) = await CliRun.RunAsync(database, "user", "add", "--name", "x1", "--role", "boss", "--region", "430299999999", "--json");

        exit.ShouldBe(2);
        var details = CliRun.Json(output).GetProperty("details");
        details.GetProperty("role")[0].GetString()!.ShouldContain("boss");
        details.GetProperty("region")[0].GetString()!.ShouldContain("未登记");
    }
}
