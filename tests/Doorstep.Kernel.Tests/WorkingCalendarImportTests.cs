using System.Globalization;

namespace Doorstep.Kernel.Tests;

/// <summary>
/// Domain rules, "Holiday duty": the holiday calendar changes every year, ships as data and a
/// new year is added by an officer or an import.
/// </summary>
public class WorkingCalendarImportTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static WorkingCalendar Load(string csv) => WorkingCalendar.Load(new StringReader(csv));

    [Fact]
    public void Load_reads_header_comments_blank_lines_bom_and_spreadsheet_dates()
    {
        var calendar = Load("\uFEFF# 2027 test data\ndate,kind\n\n2027-01-01,休\n2027/2/6,班\n\"2027-02-08\" , \"休\"\n");

        calendar.DaysOff.ShouldBe([D("2027-01-01"), D("2027-02-08")], ignoreOrder: true);
        calendar.MakeUpWorkingDays.ShouldBe([D("2027-02-06")]);
        calendar.Covers(2027).ShouldBeTrue();
        calendar.IsWorkingDay(D("2027-02-06")).ShouldBeTrue();
        calendar.IsWorkingDay(D("2027-02-08")).ShouldBeFalse();
    }

    [Fact]
    public void Load_works_without_a_header()
    {
        Load("2027-01-01,休").DaysOff.ShouldBe([D("2027-01-01")]);
    }

    [Theory]
    [InlineData("date,kind\n2027-01-01", "第2行：应为“日期,类型”两列，实际为1列")]
    [InlineData("date,kind\n2027-13-01,休", "第2行：日期“2027-13-01”无效，应为yyyy-MM-dd")]
    [InlineData("date,kind\n2027-01-01,假", "第2行：类型应为“休”或“班”，实际为“假”")]
    [InlineData("date,kind\n2027-01-01,休\n2027-01-01,班", "第3行：2027-01-01不能既是休息日又是调休上班日")]
    public void Load_names_the_bad_line(string csv, string expected)
    {
        Should.Throw<FormatException>(() => Load(csv)).Message.ShouldBe(expected);
    }

    [Fact]
    public void An_imported_year_is_added_to_the_shipped_years()
    {
        var merged = WorkingCalendar.ChinaDefault.WithYearsFrom(Load("2027-01-01,休"));

        merged.Covers(2024).ShouldBeTrue();
        merged.Covers(2027).ShouldBeTrue();
        merged.IsWorkingDay(D("2027-01-01")).ShouldBeFalse();
        merged.IsWorkingDay(D("2024-02-18")).ShouldBeTrue();
        merged.Hours.ShouldBe(WorkingCalendar.ChinaDefault.Hours);
    }

    [Fact]
    public void An_imported_year_replaces_that_year_entirely()
    {
        var merged = WorkingCalendar.ChinaDefault.WithYearsFrom(Load("2024-01-01,休"));

        merged.IsWorkingDay(D("2024-02-18")).ShouldBeFalse(); // the shipped make-up Sunday is gone
        merged.IsWorkingDay(D("2024-02-12")).ShouldBeTrue(); // so is the shipped Spring Festival
        merged.IsWorkingDay(D("2025-01-26")).ShouldBeTrue(); // other years are untouched
    }

    [Fact]
    public void The_shipped_calendar_is_loaded_once_and_shared()
    {
        WorkingCalendar.ChinaDefault.ShouldBeSameAs(WorkingCalendar.ChinaDefault);
    }
}
