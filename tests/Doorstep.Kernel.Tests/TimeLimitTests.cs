using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Doorstep.Kernel.Tests;

/// <summary>Time limits of work items (domain-rules.md, "Grid work-item loop" and "Care and appeals").</summary>
public class TimeLimitTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.ChinaDefault;

    private static DateTime T(string iso) =>
        DateTime.ParseExact(iso, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None);

    [Fact]
    public void Three_working_days_from_8_February_2024_end_with_19_February()
    {
        // The example: Feb 9 (worked), Feb 10–17 off, Sun Feb 18 a make-up working day, Feb 19.
        TimeLimit.WorkingDays(3).DueFrom(T("2024-02-08 10:00"), China).ShouldBe(T("2024-02-19 17:30"));
    }

    [Fact]
    public void A_make_up_Sunday_counts_as_a_working_day()
    {
        // Opened on Friday Feb 16 (a holiday): the first working day after is Sunday Feb 18.
        TimeLimit.WorkingDays(1).DueFrom(T("2024-02-16 09:00"), China).ShouldBe(T("2024-02-18 17:30"));
    }

    [Fact]
    public void Working_hours_skip_the_Spring_Festival()
    {
        // Two working hours from 16:30 on Feb 9: one that afternoon, the second on the make-up Sunday.
        TimeLimit.WorkingHours(2).DueFrom(T("2024-02-09 16:30"), China).ShouldBe(T("2024-02-18 09:30"));
    }

    [Fact]
    public void Calendar_hours_and_days_run_through_holidays()
    {
        // Emergencies do not wait for the holiday to end (12345: 2 hours).
        TimeLimit.CalendarHours(2).DueFrom(T("2024-02-10 23:00"), China).ShouldBe(T("2024-02-11 01:00"));
        TimeLimit.CalendarDays(7).DueFrom(T("2024-02-08 10:00"), China).ShouldBe(T("2024-02-15 10:00"));
    }

    [Fact]
    public void A_UTC_start_is_refused_because_it_would_shift_every_deadline()
    {
        Should.Throw<ArgumentException>(() => TimeLimit.WorkingDays(1).DueFrom(new DateTime(2024, 2, 8, 2, 0, 0, DateTimeKind.Utc), China));
    }

    [Theory]
    [InlineData("3wd", 3, TimeLimitUnit.WorkingDays)]
    [InlineData("8wh", 8, TimeLimitUnit.WorkingHours)]
    [InlineData("2h", 2, TimeLimitUnit.CalendarHours)]
    [InlineData("7d", 7, TimeLimitUnit.CalendarDays)]
    [InlineData(" 3 个工作日 ", 3, TimeLimitUnit.WorkingDays)]
    [InlineData("24小时", 24, TimeLimitUnit.CalendarHours)]
    [InlineData("15天", 15, TimeLimitUnit.CalendarDays)]
    public void Reads_the_compact_and_the_Chinese_forms(string text, int amount, TimeLimitUnit unit)
    {
        TimeLimit.TryParse(text, out var limit, out var error).ShouldBeTrue(error);
        limit!.Amount.ShouldBe(amount);
        limit.Unit.ShouldBe(unit);
    }

    [Theory]
    [InlineData("", "数字开头")]
    [InlineData("wd", "数字开头")]
    [InlineData("3weeks", "单位无法识别")]
    [InlineData("0d", "1 到 365")]
    [InlineData("400wd", "1 到 365")]
    public void Refuses_what_it_cannot_read_with_the_reason(string text, string reason)
    {
        TimeLimit.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain(reason);
    }

    [Fact]
    public void Speaks_both_languages()
    {
        TimeLimit.WorkingDays(3).ToChinese().ShouldBe("3个工作日");
        TimeLimit.CalendarHours(1).ToEnglish().ShouldBe("1 hour");
        TimeLimit.CalendarDays(15).ToEnglish().ShouldBe("15 days");
    }

    [Property]
    public bool Compact_text_reads_back_as_the_same_limit(PositiveInt amount, byte unit)
    {
        var limit = new TimeLimit((amount.Get % TimeLimit.MaxAmount) + 1, (TimeLimitUnit)(unit % 4));
        return TimeLimit.Parse(limit.ToString()) == limit;
    }

    [Property]
    public Property A_deadline_is_never_before_its_start(PositiveInt amount, byte unit, PositiveInt minutes)
    {
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMinutes(minutes.Get % (3 * 365 * 24 * 60));
        var limit = new TimeLimit((amount.Get % 60) + 1, (TimeLimitUnit)(unit % 4));
        var due = limit.DueFrom(start, China);
        return (due > start).Label($"{limit} from {start:yyyy-MM-dd HH:mm} → {due:yyyy-MM-dd HH:mm}");
    }
}
