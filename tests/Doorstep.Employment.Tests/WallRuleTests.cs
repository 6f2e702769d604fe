using Doorstep.Employment.Walls;

namespace Doorstep.Employment.Tests;

/// <summary>The week a wall belongs to in Beijing time, when the scheduler makes it, the day its vacancies are read on, and how names are masked.</summary>
public sealed class WallRuleTests
{
    private static readonly WallSettings Monday6 = new();

    [Theory]
    // Sunday 23:59:59 in Beijing is still the old week; a second later, Monday 00:00 Beijing, is the new one though UTC still says Sunday.
    [InlineData("2026-11-29T15:59:59Z", "2026-11-23")]
    [InlineData("2026-11-29T16:00:00Z", "2026-11-30")]
    [InlineData("2026-11-30T12:00:00Z", "2026-11-30")]
    [InlineData("2026-12-06T15:59:59Z", "2026-11-30")]
    // ISO week 1 of 2027 starts on Monday 4 January; 1–3 January 2027 belong to the week starting 28 December 2026.
    [InlineData("2027-01-01T04:00:00Z", "2026-12-28")]
    public void The_week_turns_at_midnight_on_Monday_in_Beijing(string utc, string monday) =>
        WallWeek.Current(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal)).ShouldBe(DateOnly.Parse(monday));

    [Theory]
    [InlineData("2026-11-29T21:59:59Z", false)]
    [InlineData("2026-11-29T22:00:00Z", true)]
    [InlineData("2026-12-03T01:00:00Z", true)]
    public void The_walls_are_due_at_six_on_Monday_morning_Beijing_time(string utc, bool due) =>
        WallWeek.IsDue(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal), Monday6).ShouldBe(due);

    [Fact]
    public void The_time_the_walls_are_made_is_configurable()
    {
        var wednesdayNoon = new WallSettings { GenerateOn = DayOfWeek.Wednesday, GenerateAt = new TimeOnly(12, 0) };
        WallWeek.DueAt(new DateOnly(2026, 11, 30), wednesdayNoon).ShouldBe(new DateTime(2026, 12, 2, 4, 0, 0, DateTimeKind.Utc));
        WallWeek.IsDue(new DateTime(2026, 12, 2, 3, 59, 59, DateTimeKind.Utc), wednesdayNoon).ShouldBeFalse();
        WallWeek.IsDue(new DateTime(2026, 12, 2, 4, 0, 0, DateTimeKind.Utc), wednesdayNoon).ShouldBeTrue();
    }

    [Theory]
    [InlineData("2026-11-30", "2026-11-26", "2026-11-30")]
    [InlineData("2026-11-30", "2026-12-02", "2026-12-02")]
    [InlineData("2026-11-30", "2026-12-06", "2026-12-06")]
    [InlineData("2026-11-30", "2026-12-09", "2026-12-06")]
    public void A_wall_reads_the_vacancies_open_today_clamped_into_its_week(string monday, string today, string reference) =>
        WallWeek.ReferenceDay(DateOnly.Parse(monday), DateOnly.Parse(today)).ShouldBe(DateOnly.Parse(reference));

    [Theory]
    [InlineData("王建国", "王**")]
    [InlineData("李芳", "李*")]
    [InlineData("欧阳娜娜", "欧阳**")]
    [InlineData("欧阳", "欧*")]
    [InlineData(" 张三丰 ", "张**")]
    [InlineData("买买提·艾力", "买*****")]
    public void A_name_keeps_its_surname_and_hides_the_rest(string name, string masked) => NameMask.Mask(name).ShouldBe(masked);
}
