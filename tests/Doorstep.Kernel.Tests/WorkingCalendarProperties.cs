using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Doorstep.Kernel.Tests;

/// <summary>Property tests of the working-day rule in domain-rules.md, "Public holidays".</summary>
[Properties(Arbitrary = [typeof(KernelArbitraries)])]
public class WorkingCalendarProperties
{
    private static readonly WorkingCalendar China = WorkingCalendar.ChinaDefault;

    [Property]
    public Property AddWorkingDays_ends_at_the_close_of_the_nth_working_day(CalendarStart start, PositiveInt n)
    {
        // "counts whole working days starting the next working day and ends at the close of the Nth".
        var days = (n.Get % 40) + 1;
        var due = China.AddWorkingDays(start.Moment, days);
        var dueDate = DateOnly.FromDateTime(due);

        return (China.IsWorkingDay(dueDate)
                && TimeOnly.FromDateTime(due) == China.Hours.End
                && China.CountWorkingDays(DateOnly.FromDateTime(start.Moment), dueDate) == days)
            .Label($"{start.Moment:yyyy-MM-dd HH:mm} + {days} → {due:yyyy-MM-dd HH:mm}");
    }

    [Property]
    public bool AddWorkingHours_lands_inside_office_hours_on_a_working_day(CalendarStart start, PositiveInt minutes)
    {
        var due = China.AddWorkingHours(start.Moment, (minutes.Get % 10_000) / 60.0);
        var time = TimeOnly.FromDateTime(due);
        return China.IsWorkingDay(DateOnly.FromDateTime(due)) && time >= China.Hours.Start && time <= China.Hours.End;
    }

    [Property]
    public bool AddWorkingHours_is_additive(CalendarStart start, PositiveInt first, PositiveInt second)
    {
        var a = (first.Get % 3_000) / 60.0;
        var b = (second.Get % 3_000) / 60.0;
        return China.AddWorkingHours(China.AddWorkingHours(start.Moment, a), b) == China.AddWorkingHours(start.Moment, a + b);
    }
}
