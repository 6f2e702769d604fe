using Doorstep.Kernel;

namespace Doorstep.Safety.Hazards;

/// <summary>
/// 复查时限: inspectors must re-inspect within 3 working days of the deadline, or of the owner's
/// request when the owner reports the fix before the deadline.
/// </summary>
public static class ReinspectionRule
{
    public const int WorkingDays = 3;

    public static DateOnly Due(WorkingCalendar calendar, DateOnly deadline, DateOnly? requestedOn = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var from = requestedOn is { } asked && asked < deadline ? asked : deadline;
        return DateOnly.FromDateTime(calendar.AddWorkingDays(from.ToDateTime(TimeOnly.MinValue), WorkingDays));
    }
}
