using System.CommandLine;
using System.Globalization;
using Doorstep.Hosting;
using Doorstep.Kernel;
using Doorstep.Platform.WorkItems.Deadlines;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Cli.Commands;

/// <summary>`calendar due`: the deadline a work item would get, computed by the same code the engine uses.</summary>
internal static class CalendarCommand
{
    public static Command Create(Func<ParseResult, CliHost> host)
    {
        var from = new Option<string>("--from") { Description = "起算时间（北京时间），如 2024-02-08 或 2024-02-08T10:00", Required = true };
        var days = new Option<int?>("--working-days") { Description = "工作日数 / working days" };
        var limitText = new Option<string?>("--limit") { Description = "时限，如 3wd、8wh、2h、7d / a time limit" };
        var type = new Option<string?>("--type") { Description = "工单类型，如 care.appeal：按该类型的时限计算 / a work-item type" };
        var category = new Option<string?>("--category") { Description = "工单类别（默认第一个）/ category (default: the first)" };
        var region = new Option<string?>("--region") { Description = "区划代码：使用该区划设置的时限 / use the limit set for this region" };
        var due = new Command("due", "按法定节假日和调休计算期限 / deadline with Chinese public holidays and make-up working days") { from, days, limitText, type, category, region };
        due.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            if (!DateTime.TryParse(result.GetValue(from), CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            {
                return cli.Fail($"--from 的时间“{result.GetValue(from)}”无法识别，请用 2024-02-08 或 2024-02-08T10:00");
            }

            var given = new[] { result.GetValue(days) is not null, result.GetValue(limitText) is not null, result.GetValue(type) is not null }.Count(g => g);
            if (given != 1)
            {
                return cli.Fail("请给出 --working-days、--limit 或 --type 中的一个");
            }

            TimeLimit? limit;
            string? source = null;
            if (result.GetValue(days) is { } n)
            {
                if (n is < 1 or > TimeLimit.MaxAmount)
                {
                    return cli.Fail($"--working-days 应为 1 到 {TimeLimit.MaxAmount} 的整数");
                }

                limit = TimeLimit.WorkingDays(n);
            }
            else if (result.GetValue(limitText) is { } text)
            {
                if (!TimeLimit.TryParse(text, out limit, out var error))
                {
                    return cli.Fail(error);
                }
            }
            else
            {
                var (found, problem, setFor) = await LimitForTypeAsync(cli, result.GetValue(type)!, result.GetValue(category), result.GetValue(region), ct);
                if (problem is not null)
                {
                    return cli.Fail(problem);
                }

                (limit, source) = (found, setFor);
            }

            var calendar = WorkingCalendar.ChinaDefault;
            if (limit!.Unit is TimeLimitUnit.WorkingDays or TimeLimitUnit.WorkingHours && !calendar.Covers(start.Year))
            {
                return cli.Fail($"节假日数据不含 {start.Year} 年，请先导入该年的放假安排");
            }

            var dueAt = limit.DueFrom(start, calendar);
            cli.Result(
                new { from = start.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), limit = limit.ToString(), workingDays = limit.Unit == TimeLimitUnit.WorkingDays ? limit.Amount : (int?)null, setFor = source, due = dueAt.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) },
                $"{start:yyyy年M月d日 HH:mm} 起 {limit.ToChinese()}，期限为 {dueAt:yyyy年M月d日 HH:mm}{(source is null ? "" : $"（{source} 的设置）")}");
            return ExitCodes.Ok;
        });
        return new Command("calendar", "工作日历 / working calendar") { due };
    }

    /// <summary>The limit in force for a type: the region's setting when a region is given (read from the database), else the type's default.</summary>
    private static async Task<(TimeLimit? Limit, string? Problem, string? SetFor)> LimitForTypeAsync(CliHost cli, string typeCode, string? categoryCode, string? regionCode, CancellationToken ct)
    {
        var types = WorkItemTypeCatalog.From(DoorstepModules.All());
        var type = types.Find(typeCode);
        if (type is null)
        {
            return (null, $"工单类型“{typeCode}”不存在，可选：{string.Join("、", types.All.Select(t => t.Code))}", null);
        }

        var category = categoryCode is null ? type.Categories[0] : type.Category(categoryCode);
        if (category is null)
        {
            return (null, $"类别“{categoryCode}”不属于 {type.Code}，可选：{string.Join("、", type.Categories.Select(c => c.Code))}", null);
        }

        if (regionCode is null)
        {
            return (category.DefaultLimit, null, null);
        }

        if (!RegionCode.TryParse(regionCode, out var region, out var regionError))
        {
            return (null, regionError, null);
        }

        await using var services = cli.BuildServices();
        await using var scope = services.CreateAsyncScope();
        var (limit, setFor) = await scope.ServiceProvider.GetRequiredService<DeadlinePolicy>().LimitForAsync(type.Code, category.Code, region.Value, ct);
        return (limit, null, setFor);
    }
}
