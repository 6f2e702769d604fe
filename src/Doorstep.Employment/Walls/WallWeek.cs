using System.Globalization;
using Doorstep.Platform.Ui;

namespace Doorstep.Employment.Walls;

/// <summary>
/// The week a wall is for: ISO weeks, Monday to Sunday, counted in Beijing time, so a wall made
/// at 01:00 on a Monday in Beijing (Sunday evening UTC) belongs to the new week.
/// </summary>
public static class WallWeek
{
    /// <summary>The Monday of the week <paramref name="day"/> falls in.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The Monday of the current week in Beijing.</summary>
    public static DateOnly Current(DateTime utc) => MondayOf(DateOnly.FromDateTime(ShanghaiTime.ToLocal(utc)));

    /// <summary>
    /// The day whose open vacancies a wall lists: today for this week's wall, the Monday for a wall
    /// made ahead, the Sunday for a past week's wall made late.
    /// </summary>
    public static DateOnly ReferenceDay(DateOnly monday, DateOnly today) =>
        today < monday ? monday : today > monday.AddDays(6) ? monday.AddDays(6) : today;

    /// <summary>When the scheduler makes the walls of the week starting <paramref name="monday"/>, in UTC.</summary>
    public static DateTime DueAt(DateOnly monday, WallSettings settings) =>
        ShanghaiTime.ToUtc(monday.AddDays(((int)settings.GenerateOn + 6) % 7).ToDateTime(settings.GenerateAt));

    /// <summary>The week's walls are due when the current week's time to make them has come.</summary>
    public static bool IsDue(DateTime utc, WallSettings settings) => utc >= DueAt(Current(utc), settings);

    /// <summary>2026年第48周（11月23日—29日） in Chinese, week 48 of 2026 (23–29 Nov) in English.</summary>
    public static string Name(DateOnly monday)
    {
        var week = ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue));
        var year = ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue));
        var sunday = monday.AddDays(6);
        return Tr.T(
            $"{year}年第{week}周（{monday.Month}月{monday.Day}日—{(sunday.Month == monday.Month ? "" : $"{sunday.Month}月")}{sunday.Day}日）",
            $"week {week} of {year} ({monday.ToString("d MMM", CultureInfo.InvariantCulture)} – {sunday.ToString("d MMM", CultureInfo.InvariantCulture)})");
    }

    /// <summary>yyyy-MM-dd, as query strings and the CLI give a week.</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
