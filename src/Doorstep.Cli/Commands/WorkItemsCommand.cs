using System.CommandLine;
using System.Globalization;
using Doorstep.Platform.Ui;
using Doorstep.Platform.WorkItems;
using Doorstep.Platform.WorkItems.Kpis;
using Doorstep.Platform.WorkItems.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Cli.Commands;

/// <summary>`work-items`: the overdue list for a region, and one run of the reminder job for installations that schedule it with cron.</summary>
internal static class WorkItemsCommand
{
    public static Command Create(Func<ParseResult, CliHost> host)
    {
        var region = new Option<string?>("--region") { Description = "区划代码（默认全部）/ region code (default: all)" };
        var overdue = new Command("overdue", "列出当前超期的工单及承办人 / list overdue items and who owns them") { region };
        overdue.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            if (result.GetValue(region) is { } code && !Doorstep.Kernel.RegionCode.TryParse(code, out _, out var error))
            {
                return cli.Fail(error);
            }

            await using var services = cli.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var page = await scope.ServiceProvider.GetRequiredService<WorkItemQueries>()
                .SearchAsync(new WorkItemQuery { Kpi = WorkItemKpi.Overdue, Region = result.GetValue(region), PageSize = 200 }, ct);
            var rows = page.Items.Select(w => new
            {
                w.Number,
                w.Title,
                w.RegionCode,
                Due = ShanghaiTime.ToLocal(w.DueAt!.Value).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
                Owner = w.AssignedUnitName ?? w.AssignedUser,
            }).ToList();
            if (cli.Json)
            {
                cli.WriteJson(new { total = page.Total, items = rows });
            }
            else
            {
                foreach (var row in rows)
                {
                    cli.Output.WriteLine($"{row.Number}\t{row.Due}\t{row.Owner ?? "未派遣"}\t{row.Title}");
                }

                cli.Output.WriteLine($"共 {page.Total} 件超期工单{(page.Total > rows.Count ? $"，仅列出前 {rows.Count} 件" : "")}");
            }

            return ExitCodes.Ok;
        });

        var remind = new Command("remind", "运行一次到期提醒、超期督办和短信发送 / run reminders, escalations and the outbox once");
        remind.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            await using var services = cli.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var (reminders, escalations) = await scope.ServiceProvider.GetRequiredService<DeadlineWatch>().RunOnceAsync(ct);
            var sent = await scope.ServiceProvider.GetRequiredService<OutboxSender>().RunOnceAsync(ct);
            cli.Result(new { reminders, escalations, sent }, $"到期提醒 {reminders} 件，超期督办 {escalations} 件，发出短信 {sent} 条");
            return ExitCodes.Ok;
        });

        return new Command("work-items", "工单 / work items") { overdue, remind };
    }
}
