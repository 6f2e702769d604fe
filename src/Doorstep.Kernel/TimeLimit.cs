using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Doorstep.Kernel;

/// <summary>How a time limit is counted.</summary>
public enum TimeLimitUnit
{
    /// <summary>工作日: whole working days, ending at the close of the last one.</summary>
    WorkingDays,

    /// <summary>工作小时: hours inside working hours on working days.</summary>
    WorkingHours,

    /// <summary>自然小时: round the clock, for emergencies.</summary>
    CalendarHours,

    /// <summary>自然日: calendar days, ending at the same time of day.</summary>
    CalendarDays,
}

/// <summary>
/// 办理时限: an amount of time in one of the <see cref="TimeLimitUnit"/>s, turned into a deadline
/// with a <see cref="WorkingCalendar"/>. Written as text "3wd", "8wh", "2h" or "7d" in files,
/// settings and the CLI.
/// </summary>
public sealed record TimeLimit
{
    public const int MaxAmount = 365;

    public TimeLimit(int amount, TimeLimitUnit unit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(amount, MaxAmount);
        Amount = amount;
        Unit = unit;
    }

    public int Amount { get; }

    public TimeLimitUnit Unit { get; }

    public static TimeLimit WorkingDays(int days) => new(days, TimeLimitUnit.WorkingDays);

    public static TimeLimit WorkingHours(int hours) => new(hours, TimeLimitUnit.WorkingHours);

    public static TimeLimit CalendarHours(int hours) => new(hours, TimeLimitUnit.CalendarHours);

    public static TimeLimit CalendarDays(int days) => new(days, TimeLimitUnit.CalendarDays);

    /// <summary>The deadline for something started at <paramref name="start"/>, a Beijing wall-clock time.</summary>
    public DateTime DueFrom(DateTime start, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (start.Kind == DateTimeKind.Utc)
        {
            throw new ArgumentException("应传入北京时间（Asia/Shanghai）的本地时刻，而不是UTC时间", nameof(start));
        }

        return Unit switch
        {
            TimeLimitUnit.WorkingDays => calendar.AddWorkingDays(start, Amount),
            TimeLimitUnit.WorkingHours => calendar.AddWorkingHours(start, Amount),
            TimeLimitUnit.CalendarHours => start.AddHours(Amount),
            _ => start.AddDays(Amount),
        };
    }

    /// <summary>Reads "3wd", "8wh", "2h", "7d" (or 3个工作日, 8工作小时, 2小时, 7天).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out TimeLimit? value, out string error)
    {
        value = null;
        var t = text?.Trim().ToLowerInvariant() ?? "";
        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits]))
        {
            digits++;
        }

        if (digits == 0 || !int.TryParse(t.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            error = $"时限“{text}”应以数字开头，如 3wd（3个工作日）、8wh（8个工作小时）、2h（2小时）、7d（7天）";
            return false;
        }

        TimeLimitUnit? unit = t[digits..].Trim() switch
        {
            "wd" or "个工作日" or "工作日" => TimeLimitUnit.WorkingDays,
            "wh" or "个工作小时" or "工作小时" => TimeLimitUnit.WorkingHours,
            "h" or "小时" or "个小时" => TimeLimitUnit.CalendarHours,
            "d" or "天" or "日" => TimeLimitUnit.CalendarDays,
            _ => null,
        };
        if (unit is null)
        {
            error = $"时限“{text}”的单位无法识别，请用 wd（工作日）、wh（工作小时）、h（小时）或 d（天）";
            return false;
        }

        if (amount < 1 || amount > MaxAmount)
        {
            error = $"时限的数值应在 1 到 {MaxAmount} 之间";
            return false;
        }

        value = new TimeLimit(amount, unit.Value);
        error = "";
        return true;
    }

    public static TimeLimit Parse(string text) =>
        TryParse(text, out var value, out var error) ? value : throw new FormatException(error);

    /// <summary>The compact form, as stored: 3wd, 8wh, 2h, 7d.</summary>
    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + Unit switch
    {
        TimeLimitUnit.WorkingDays => "wd",
        TimeLimitUnit.WorkingHours => "wh",
        TimeLimitUnit.CalendarHours => "h",
        _ => "d",
    };

    /// <summary>3个工作日, 8个工作小时, 2小时, 7天.</summary>
    public string ToChinese() => Amount.ToString(CultureInfo.InvariantCulture) + Unit switch
    {
        TimeLimitUnit.WorkingDays => "个工作日",
        TimeLimitUnit.WorkingHours => "个工作小时",
        TimeLimitUnit.CalendarHours => "小时",
        _ => "天",
    };

    /// <summary>3 working days, 8 working hours, 2 hours, 7 days.</summary>
    public string ToEnglish() => Amount.ToString(CultureInfo.InvariantCulture) + Unit switch
    {
        TimeLimitUnit.WorkingDays => Amount == 1 ? " working day" : " working days",
        TimeLimitUnit.WorkingHours => Amount == 1 ? " working hour" : " working hours",
        TimeLimitUnit.CalendarHours => Amount == 1 ? " hour" : " hours",
        _ => Amount == 1 ? " day" : " days",
    };
}
