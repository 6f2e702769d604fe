using System.Globalization;

namespace Doorstep.Kernel.Tests;

/// <summary>Rules from domain-rules.md, "Public holidays (State Council notices)" and "Holiday duty".</summary>
public class WorkingCalendarTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.ChinaDefault;

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime T(string iso) =>
        DateTime.ParseExact(iso, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None);

    [Theory]
    [InlineData("2024-02-09", true)] // Feb 9, 2024 (New Year's Eve) was officially a working day
    [InlineData("2024-02-18", true)] // make-up working day (Sun)
    [InlineData("2025-01-26", true)] // make-up working day (Sun)
    [InlineData("2026-02-16", false)] // inside Feb 15–23, 2026
    [InlineData("2024-02-10", false)] // first day of Feb 10–17, 2024
    [InlineData("2024-10-05", false)] // Saturday inside Oct 1–7, 2024
    [InlineData("2025-10-08", false)] // Oct 1–8, 2025: a Wednesday off
    [InlineData("2024-03-02", false)] // an ordinary Saturday
    [InlineData("2024-03-03", false)] // an ordinary Sunday
    [InlineData("2024-03-04", true)] // an ordinary Monday
    public void Published_examples(string date, bool working)
    {
        // State Council notices 2024–2026, as tabulated in domain-rules.md.
        China.IsWorkingDay(D(date)).ShouldBe(working);
    }

    [Theory]
    [InlineData(2024, 30, 8)]
    [InlineData(2025, 28, 5)]
    [InlineData(2026, 33, 6)]
    public void Embedded_data_holds_every_day_of_the_published_table(int year, int daysOff, int makeUpDays)
    {
        // 2024: Jan 1; Feb 10–17; Apr 4–6; May 1–5; Jun 8–10; Sep 15–17; Oct 1–7 = 30 days, 8 make-up days.
        // 2025: Jan 1; Jan 28–Feb 4; Apr 4–6; May 1–5; May 31–Jun 2; Oct 1–8 = 28 days, 5 make-up days.
        // 2026: Jan 1–3; Feb 15–23; Apr 4–6; May 1–5; Jun 19–21; Sep 25–27; Oct 1–7 = 33 days, 6 make-up days.
        China.DaysOff.Count(d => d.Year == year).ShouldBe(daysOff);
        China.MakeUpWorkingDays.Count(d => d.Year == year).ShouldBe(makeUpDays);
        China.DaysOff.Where(d => d.Year == year).ShouldAllBe(d => !China.IsWorkingDay(d));
        China.MakeUpWorkingDays.Where(d => d.Year == year).ShouldAllBe(d => China.IsWorkingDay(d));
    }

    [Fact]
    public void Every_make_up_working_day_falls_on_a_weekend_as_the_table_says()
    {
        China.MakeUpWorkingDays.ShouldAllBe(d => d.DayOfWeek == DayOfWeek.Saturday || d.DayOfWeek == DayOfWeek.Sunday);
    }

    [Theory]
    [InlineData(2023, false)]
    [InlineData(2024, true)]
    [InlineData(2025, true)]
    [InlineData(2026, true)]
    [InlineData(2027, false)]
    public void Covers_tells_which_years_have_data(int year, bool covered)
    {
        China.Covers(year).ShouldBe(covered);
    }

    [Fact]
    public void Three_working_days_from_2024_02_08_end_at_the_close_of_2024_02_19()
    {
        // "N working days from a moment counts whole working days starting the next working day and
        // ends at the close of the Nth": Feb 9 (1), Feb 18 make-up Sunday (2), Feb 19 (3).
        China.AddWorkingDays(T("2024-02-08 10:00"), 3).ShouldBe(T("2024-02-19 17:30"));
        China.AddWorkingDays(T("2024-02-08 10:00"), 1).ShouldBe(T("2024-02-09 17:30"));
        China.AddWorkingDays(T("2024-02-08 10:00"), 2).ShouldBe(T("2024-02-18 17:30"));
    }

    [Theory]
    [InlineData("2024-02-08 00:00")]
    [InlineData("2024-02-08 08:00")]
    [InlineData("2024-02-08 23:59")]
    public void Time_of_day_of_the_start_does_not_matter_for_working_days(string start)
    {
        // Counting starts the next working day whatever the hour.
        China.AddWorkingDays(T(start), 3).ShouldBe(T("2024-02-19 17:30"));
    }

    [Fact]
    public void Working_days_counted_from_inside_a_holiday_start_after_it()
    {
        // 2025: Jan 28–Feb 4 off, so the first working day after Jan 29 is Wednesday Feb 5.
        China.AddWorkingDays(T("2025-01-29 09:00"), 1).ShouldBe(T("2025-02-05 17:30"));
    }

    [Fact]
    public void Result_is_unspecified_wall_clock_time_and_utc_input_is_refused()
    {
        China.AddWorkingDays(T("2024-02-08 10:00"), 3).Kind.ShouldBe(DateTimeKind.Unspecified);
        var utc = new DateTime(2024, 2, 8, 2, 0, 0, DateTimeKind.Utc);
        Should.Throw<ArgumentException>(() => China.AddWorkingDays(utc, 3));
        Should.Throw<ArgumentException>(() => China.AddWorkingHours(utc, 3));
    }

    [Fact]
    public void AddWorkingDays_needs_at_least_one_day()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => China.AddWorkingDays(T("2024-02-08 10:00"), 0));
    }

    [Theory]
    [InlineData("2024-03-01 16:30", 2, "2024-03-04 09:30")] // Friday afternoon into Monday
    [InlineData("2024-03-04 07:00", 1, "2024-03-04 09:30")] // before opening counts from 08:30
    [InlineData("2024-03-04 08:30", 9, "2024-03-04 17:30")] // a full day ends at its close
    [InlineData("2024-03-04 18:00", 1, "2024-03-05 09:30")] // after closing counts from next morning
    [InlineData("2024-02-08 17:00", 1, "2024-02-09 09:00")] // Feb 9, 2024 is a working day
    [InlineData("2024-02-09 17:00", 1, "2024-02-18 09:00")] // then the holiday, then the make-up Sunday
    [InlineData("2024-03-04 10:00", 0, "2024-03-04 10:00")] // zero hours is the start itself
    public void AddWorkingHours_counts_only_office_hours_on_working_days(string start, double hours, string expected)
    {
        China.AddWorkingHours(T(start), hours).ShouldBe(T(expected));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void AddWorkingHours_refuses_negative_or_non_finite_hours(double hours)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => China.AddWorkingHours(T("2024-03-04 10:00"), hours));
    }

    [Fact]
    public void NextWorkingDay_skips_holidays_and_lands_on_make_up_days()
    {
        China.NextWorkingDay(D("2024-02-09")).ShouldBe(D("2024-02-18"));
        China.NextWorkingDay(D("2024-03-01")).ShouldBe(D("2024-03-04"));
    }

    [Fact]
    public void CountWorkingDays_excludes_the_start_and_includes_the_end()
    {
        China.CountWorkingDays(D("2024-02-08"), D("2024-02-19")).ShouldBe(3);
        China.CountWorkingDays(D("2024-02-08"), D("2024-02-08")).ShouldBe(0);
        China.CountWorkingDays(D("2024-02-19"), D("2024-02-08")).ShouldBe(0);
    }

    [Fact]
    public void Years_without_data_fall_back_to_weekends_only()
    {
        China.IsWorkingDay(D("2027-01-01")).ShouldBeTrue(); // a Friday: no 2027 data shipped yet
        China.IsWorkingDay(D("2027-01-02")).ShouldBeFalse();
    }

    [Fact]
    public void Custom_working_hours_set_the_close_of_day()
    {
        var calendar = new WorkingCalendar([], [], new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0)));

        calendar.AddWorkingDays(T("2024-03-01 10:00"), 1).ShouldBe(T("2024-03-04 17:00"));
        calendar.AddWorkingHours(T("2024-03-04 16:00"), 2).ShouldBe(T("2024-03-05 10:00"));
        calendar.Hours.Length.ShouldBe(TimeSpan.FromHours(8));
    }

    [Fact]
    public void Working_hours_must_end_after_they_start()
    {
        Should.Throw<ArgumentException>(() => new WorkingHours(new TimeOnly(17, 30), new TimeOnly(8, 30)));
        WorkingHours.Default.ShouldBe(new WorkingHours(new TimeOnly(8, 30), new TimeOnly(17, 30)));
    }

    [Fact]
    public void A_day_cannot_be_both_off_and_a_make_up_working_day()
    {
        Should.Throw<ArgumentException>(() => new WorkingCalendar([D("2027-02-06")], [D("2027-02-06")]))
            .Message.ShouldStartWith("2027-02-06不能既是休息日又是调休上班日");
    }
}
