using System.CommandLine;
using System.Globalization;
using Doorstep.Kernel;

namespace Doorstep.Cli.Commands;

internal static class CalendarCommand
{
    public static Command Create(Func<ParseResult, CliHost> host)
    {
        var from = new Option<string>("--from") { Description = "起算时间（北京时间），如 2024-02-08 或 2024-02-08T10:00", Required = true };
        var days = new Option<int>("--working-days") { Description = "工作日数 / working days", Required = true };
        var due = new Command("due", "按法定节假日和调休计算期限 / deadline in working days, with Chinese public holidays") { from, days };
        due.SetAction(result =>
        {
            var cli = host(result);
            if (!DateTime.TryParse(result.GetValue(from), CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            {
                return cli.Fail($"--from 的时间“{result.GetValue(from)}”无法识别，请用 2024-02-08 或 2024-02-08T10:00");
            }

            var n = result.GetValue(days);
            if (n < 1)
            {
                return cli.Fail("--working-days 应为正整数");
            }

            var calendar = WorkingCalendar.ChinaDefault;
            if (!calendar.Covers(start.Year))
            {
                return cli.Fail($"节假日数据不含 {start.Year} 年，请先导入该年的放假安排");
            }

            var dueAt = calendar.AddWorkingDays(start, n);
            cli.Result(new { from = start.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), workingDays = n, due = dueAt.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) },
                $"{start:yyyy年M月d日 HH:mm} 起 {n} 个工作日，期限为 {dueAt:yyyy年M月d日 HH:mm}");
            return ExitCodes.Ok;
        });
        return new Command("calendar", "工作日历 / working calendar") { due };
    }
}
