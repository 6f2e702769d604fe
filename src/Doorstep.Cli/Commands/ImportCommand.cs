using System.CommandLine;
using Doorstep.Employment.Occupations;
using Doorstep.Health.Imports;
using Doorstep.Hosting;
using Doorstep.Platform.Imports;
using Doorstep.Platform.People.Import;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Safety.Imports;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Doorstep.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create(Func<ParseResult, CliHost> host)
    {
        var import = new Command("import", "从CSV或Excel导入 / import from CSV or Excel")
        {
            Regions(host),
            People(host),
            Health(host, "contracts", "导入家庭医生签约 / import family-doctor contracts", string.Join(',', HealthImporter.ContractColumns), (importer, table, all, actor, ct) => importer.ImportContractsAsync(table, all, actor, ct)),
            Health(host, "visits", "导入随访记录 / import visits", string.Join(',', HealthImporter.VisitColumns), (importer, table, all, actor, ct) => importer.ImportVisitsAsync(table, all, actor, ct)),
            Venues(host),
            Occupations(host),
        };
        foreach (var table in DoorstepModules.All().SelectMany(m => m.Imports))
        {
            import.Add(Table(host, table));
        }

        return import;
    }

    /// <summary>`import seekers`, `import households` …: a module's table import, each row through the module's service as on the import page.</summary>
    private static Command Table(Func<ParseResult, CliHost> host, TableImport import)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV或xlsx，列：" + string.Join(',', import.Columns) };
        var allOrNothing = new Option<bool>("--all-or-nothing") { Description = "有一行出错则全部不导入 / import nothing if any row is bad" };
        var user = new Option<string>("--as") { Description = "记在哪位用户名下 / the user the rows are recorded by", DefaultValueFactory = _ => "cli" };
        var command = new Command(import.Key, $"导入{import.Name.Zh} / import {import.Name.En}") { file, allOrNothing, user };
        command.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            await using var services = cli.BuildServices();
            await DatabaseSetup.MigrateAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            using var table = TabularFile.Open(result.GetValue(file)!.FullName);
            var report = await import.Run(scope.ServiceProvider, table, result.GetValue(allOrNothing), Actor.System(result.GetValue(user)!), ct);
            return Print(cli, report);
        });
        return command;
    }

    private static Command Health(Func<ParseResult, CliHost> host, string name, string description, string columns, Func<HealthImporter, TabularFile, bool, Actor, CancellationToken, Task<ImportReport>> import)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV或xlsx，列：" + columns };
        var allOrNothing = new Option<bool>("--all-or-nothing") { Description = "有一行出错则全部不导入 / import nothing if any row is bad" };
        var user = new Option<string>("--as") { Description = "记在哪位医生名下（用户名）/ the doctor the rows are recorded by", DefaultValueFactory = _ => "cli" };
        var command = new Command(name, description) { file, allOrNothing, user };
        command.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            await using var services = cli.BuildServices();
            await DatabaseSetup.MigrateAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            using var table = TabularFile.Open(result.GetValue(file)!.FullName);
            var report = await import(scope.ServiceProvider.GetRequiredService<HealthImporter>(), table, result.GetValue(allOrNothing), Actor.System(result.GetValue(user)!), ct);
            return Print(cli, report);
        });
        return command;
    }

    private static Command Venues(Func<ParseResult, CliHost> host)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV或xlsx，列：" + string.Join(',', VenueImporter.Columns) };
        var allOrNothing = new Option<bool>("--all-or-nothing") { Description = "有一行出错则全部不导入 / import nothing if any row is bad" };
        var user = new Option<string>("--as") { Description = "记在哪位用户名下（网格员或消防监督员）/ the user the rows are recorded by", DefaultValueFactory = _ => "cli" };
        var command = new Command("venues", "导入九小场所和重点场所 / import venues; one of the same name in the same region is updated") { file, allOrNothing, user };
        command.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            await using var services = cli.BuildServices();
            await DatabaseSetup.MigrateAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            using var table = TabularFile.Open(result.GetValue(file)!.FullName);
            var report = await scope.ServiceProvider.GetRequiredService<VenueImporter>().ImportAsync(table, result.GetValue(allOrNothing), Actor.System(result.GetValue(user)!), ct);
            return Print(cli, report);
        });
        return command;
    }

    private static Command Occupations(Func<ParseResult, CliHost> host)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV或xlsx，列：" + string.Join(',', OccupationImporter.Columns) };
        var allOrNothing = new Option<bool>("--all-or-nothing") { Description = "有一行出错则全部不导入 / import nothing if any row is bad" };
        var command = new Command("occupations", "导入职业分类大典 / import the occupational classification; a code on file is renamed") { file, allOrNothing };
        command.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            await using var services = cli.BuildServices();
            await DatabaseSetup.MigrateAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            using var table = TabularFile.Open(result.GetValue(file)!.FullName);
            var report = await scope.ServiceProvider.GetRequiredService<OccupationImporter>().ImportAsync(table, result.GetValue(allOrNothing), Actor.System("cli"), ct);
            return Print(cli, report);
        });
        return command;
    }

    private static Command Regions(Func<ParseResult, CliHost> host)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV或xlsx，列：区划代码,名称,上级区划代码,层级" };
        var allOrNothing = new Option<bool>("--all-or-nothing") { Description = "有一行出错则全部不导入 / import nothing if any row is bad" };
        var command = new Command("regions", "导入行政区划和网格 / import regions and grids") { file, allOrNothing };
        command.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            await using var services = cli.BuildServices();
            await DatabaseSetup.MigrateAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            using var table = TabularFile.Open(result.GetValue(file)!.FullName);
            var report = await scope.ServiceProvider.GetRequiredService<RegionImporter>().ImportAsync(table, Actor.System("cli"), result.GetValue(allOrNothing), ct);
            return Print(cli, report);
        });
        return command;
    }

    private static Command People(Func<ParseResult, CliHost> host)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV（UTF-8或GB18030）或xlsx，列：姓名,身份证号码,联系电话,现住址,区划代码,经度,纬度" };
        var onDuplicate = new Option<string>("--on-duplicate") { Description = "已登记的身份证号码：skip 跳过 | update 更新", DefaultValueFactory = _ => "skip" };
        onDuplicate.AcceptOnlyFromAmong("skip", "update");
        var allOrNothing = new Option<bool>("--all-or-nothing") { Description = "有一行出错则全部不导入 / import nothing if any row is bad" };
        var command = new Command("people", "导入居民 / import residents") { file, onDuplicate, allOrNothing };
        command.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            await using var services = cli.BuildServices();
            await DatabaseSetup.MigrateAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<PeopleImporter>();
            var options = new PeopleImportOptions(result.GetValue(onDuplicate) == "update" ? DuplicatePolicy.Update : DuplicatePolicy.Skip, result.GetValue(allOrNothing));
            using var table = TabularFile.Open(result.GetValue(file)!.FullName);
            ImportReport report;
            if (cli.Interactive)
            {
                report = await AnsiConsole.Progress().Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask("导入居民…");
                        task.IsIndeterminate = true;
                        var r = await importer.ImportAsync(table, options, Actor.System("cli"), new Progress<int>(n => task.Description = $"导入居民… 已处理 {n:N0} 行"), ct);
                        task.StopTask();
                        return r;
                    });
            }
            else
            {
                report = await importer.ImportAsync(table, options, Actor.System("cli"), null, ct);
            }

            return Print(cli, report);
        });
        return command;
    }

    private static int Print(CliHost cli, ImportReport report)
    {
        if (cli.Json)
        {
            cli.WriteJson(new { total = report.Total, imported = report.Imported, updated = report.Updated, duplicates = report.Duplicates, rejected = report.Rejected, errors = report.Errors, notices = report.Notices });
        }
        else
        {
            cli.Output.WriteLine($"共 {report.Total} 行：导入 {report.Imported}，更新 {report.Updated}，重复 {report.Duplicates}，拒绝 {report.Rejected}");
            foreach (var e in report.Errors)
            {
                cli.Output.WriteLine($"  第{e.Row}行 [{e.Column}] {e.Message}");
            }

            if (report.Rejected > report.Errors.Count)
            {
                cli.Output.WriteLine($"  ……其余错误未列出");
            }

            foreach (var n in report.Notices)
            {
                cli.Output.WriteLine($"  第{n.Row}行 [{n.Column}] 提示：{n.Message}");
            }
        }

        return report.Rejected > 0 ? ExitCodes.RowsRejected : ExitCodes.Ok;
    }
}
