using System.Collections.Frozen;
using System.Globalization;

namespace Doorstep.Kernel;

/// <summary>
/// 工作日历: which days are working days and how deadlines in working days or hours fall.
/// The State Council changes holidays and make-up working days (调休) every year, so they are
/// data: <see cref="ChinaDefault"/> ships the published years and <see cref="Load"/> reads an
/// officer's import. A year without data falls back to Monday–Friday; check <see cref="Covers"/>
/// to warn about it.
/// <para>
/// Every <see cref="DateTime"/> here is an Asia/Shanghai wall-clock time with
/// <see cref="DateTimeKind.Unspecified"/>; UTC values are refused because they would put every
/// deadline eight hours off. Instances are immutable and safe to share.
/// </para>
/// </summary>
public sealed class WorkingCalendar
{
    private const string ResourceName = "Doorstep.Kernel.Calendar.china-holidays.csv";
    private const string DayOffKind = "休";
    private const string MakeUpKind = "班";

    private static readonly Lazy<WorkingCalendar> Embedded = new(LoadEmbedded);
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"];

    private readonly FrozenSet<int> years;

    public WorkingCalendar(IEnumerable<DateOnly> daysOff, IEnumerable<DateOnly> makeUpWorkingDays, WorkingHours? hours = null)
    {
        ArgumentNullException.ThrowIfNull(daysOff);
        ArgumentNullException.ThrowIfNull(makeUpWorkingDays);
        DaysOff = daysOff.ToFrozenSet();
        MakeUpWorkingDays = makeUpWorkingDays.ToFrozenSet();
        var conflicts = DaysOff.Where(MakeUpWorkingDays.Contains).Order().ToList();
        if (conflicts.Count > 0)
        {
            throw new ArgumentException($"{Iso(conflicts[0])}不能既是休息日又是调休上班日", nameof(makeUpWorkingDays));
        }

        Hours = hours ?? WorkingHours.Default;
        years = DaysOff.Concat(MakeUpWorkingDays).Select(d => d.Year).ToFrozenSet();
    }

    /// <summary>The published State Council holidays for 2024–2026, from the embedded china-holidays.csv.</summary>
    public static WorkingCalendar ChinaDefault => Embedded.Value;

    public WorkingHours Hours { get; }

    /// <summary>Public-holiday days off, including the weekend days that fall inside a holiday.</summary>
    public IReadOnlySet<DateOnly> DaysOff { get; }

    /// <summary>Weekend days worked to make up for a holiday.</summary>
    public IReadOnlySet<DateOnly> MakeUpWorkingDays { get; }

    /// <summary>
    /// Reads "date,kind" lines, kind 休 (day off) or 班 (make-up working day). The header, blank
    /// lines and lines starting with # are skipped; dates may be written 2024-02-18 or 2024/2/18
    /// as spreadsheets export them.
    /// </summary>
    /// <exception cref="FormatException">A line is malformed; the message names the line.</exception>
    public static WorkingCalendar Load(TextReader csv, WorkingHours? hours = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var daysOff = new HashSet<DateOnly>();
        var makeUp = new HashSet<DateOnly>();
        var lineNumber = 0;
        var headerAllowed = true;
        while (csv.ReadLine() is { } rawLine)
        {
            lineNumber++;
            var line = rawLine.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (headerAllowed && line.StartsWith("date", StringComparison.OrdinalIgnoreCase))
            {
                headerAllowed = false;
                continue;
            }

            headerAllowed = false;

            var (date, kind) = ParseLine(line, lineNumber);
            var (target, other) = kind == DayOffKind ? (daysOff, makeUp) : (makeUp, daysOff);
            if (other.Contains(date))
            {
                throw new FormatException($"第{lineNumber}行：{Iso(date)}不能既是休息日又是调休上班日");
            }

            target.Add(date);
        }

        return new WorkingCalendar(daysOff, makeUp, hours);
    }

    /// <summary>
    /// This calendar with every year that <paramref name="imported"/> covers taken from it instead,
    /// so an officer can add a new year or correct a published one without retyping the rest.
    /// </summary>
    public WorkingCalendar WithYearsFrom(WorkingCalendar imported)
    {
        ArgumentNullException.ThrowIfNull(imported);
        return new WorkingCalendar(
            DaysOff.Where(d => !imported.Covers(d.Year)).Concat(imported.DaysOff),
            MakeUpWorkingDays.Where(d => !imported.Covers(d.Year)).Concat(imported.MakeUpWorkingDays),
            Hours);
    }

    /// <summary>Whether holiday data exists for the year; without it only weekends count as days off.</summary>
    public bool Covers(int year) => years.Contains(year);

    public bool IsWorkingDay(DateOnly date) =>
        MakeUpWorkingDays.Contains(date)
        || (!DaysOff.Contains(date) && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsWorkingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    /// <summary>
    /// "N working days from a moment counts whole working days starting the next working day and
    /// ends at the close of the Nth": the time of day of <paramref name="start"/> does not matter,
    /// and the result is the Nth working day after its date at <see cref="WorkingHours.End"/>.
    /// </summary>
    public DateTime AddWorkingDays(DateTime start, int days)
    {
        RequireWallClock(start, nameof(start));
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var date = DateOnly.FromDateTime(start);
        for (var i = 0; i < days; i++)
        {
            date = NextWorkingDay(date);
        }

        return date.ToDateTime(Hours.End);
    }

    /// <summary>
    /// Counts only time between <see cref="WorkingHours.Start"/> and <see cref="WorkingHours.End"/>
    /// on working days. A deadline that uses up a day exactly ends at that day's close rather than
    /// the next morning; zero hours is the start itself.
    /// </summary>
    public DateTime AddWorkingHours(DateTime start, double hours)
    {
        RequireWallClock(start, nameof(start));
        if (!double.IsFinite(hours) || hours < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(hours), hours, "工作小时数应为非负数");
        }

        var remaining = TimeSpan.FromTicks((long)Math.Round(hours * TimeSpan.TicksPerHour));
        if (remaining == TimeSpan.Zero)
        {
            return DateTime.SpecifyKind(start, DateTimeKind.Unspecified);
        }

        var day = DateOnly.FromDateTime(start);
        var time = TimeOnly.FromDateTime(start);
        while (true)
        {
            if (IsWorkingDay(day) && time < Hours.End)
            {
                var from = time < Hours.Start ? Hours.Start : time;
                var available = Hours.End - from;
                if (remaining <= available)
                {
                    return day.ToDateTime(from).Add(remaining);
                }

                remaining -= available;
            }

            day = NextWorkingDay(day);
            time = Hours.Start;
        }
    }

    /// <summary>Working days d with fromExclusive &lt; d ≤ toInclusive; zero for an empty or reversed range.</summary>
    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var count = 0;
        for (var d = fromExclusive.AddDays(1); d <= toInclusive; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    private static (DateOnly Date, string Kind) ParseLine(string line, int lineNumber)
    {
        var fields = line.Split(',');
        if (fields.Length != 2)
        {
            throw new FormatException($"第{lineNumber}行：应为“日期,类型”两列，实际为{fields.Length}列");
        }

        var dateText = fields[0].Trim().Trim('"');
        if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException($"第{lineNumber}行：日期“{dateText}”无效，应为yyyy-MM-dd");
        }

        var kind = fields[1].Trim().Trim('"');
        if (kind is not (DayOffKind or MakeUpKind))
        {
            throw new FormatException($"第{lineNumber}行：类型应为“休”或“班”，实际为“{kind}”");
        }

        return (date, kind);
    }

    private static void RequireWallClock(DateTime moment, string parameterName)
    {
        if (moment.Kind == DateTimeKind.Utc)
        {
            throw new ArgumentException("应传入北京时间（Asia/Shanghai）的本地时刻，而不是UTC时间", parameterName);
        }
    }

    private static WorkingCalendar LoadEmbedded()
    {
        using var stream = typeof(WorkingCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"缺少内嵌资源{ResourceName}");
        using var reader = new StreamReader(stream);
        return Load(reader);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
