using Doorstep.Platform.Imports;
using System.CommandLine;
using Doorstep.Hosting;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create(Func<ParseResult, CliHost> host)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "输出文件，.csv 或 .xlsx / output file" };
        var reveal = new Option<bool>("--reveal") { Description = "导出完整身份证号码和电话（记入审计）/ full ID numbers and phones, audited" };
        var region = new Option<string?>("--region") { Description = "只导出该区划 / only this region" };
        var people = new Command("people", "导出居民 / export residents") { file, reveal, region };
        people.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            var target = result.GetValue(file)!;
            var format = target.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Xlsx : ExportFormat.Csv;
            await using var services = cli.BuildServices();
            await DatabaseSetup.MigrateAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            var exporter = scope.ServiceProvider.GetRequiredService<PeopleExporter>();
            var temporary = target.FullName + ".part";
            int count;
            // Written aside and moved into place, so a failed export never leaves half a file.
            await using (var stream = File.Create(temporary))
            {
                count = await exporter.ExportAsync(stream, format, result.GetValue(region), result.GetValue(reveal), Actor.System("cli"), ct);
            }

            File.Move(temporary, target.FullName, overwrite: true);
            cli.Result(new { file = target.FullName, rows = count, revealed = result.GetValue(reveal) }, $"已导出 {count} 人到 {target.FullName}{(result.GetValue(reveal) ? "（含完整证件号，已记入审计）" : "（已脱敏）")}");
            return ExitCodes.Ok;
        });
        return new Command("export", "导出 / export") { people };
    }
}
