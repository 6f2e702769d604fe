namespace Doorstep.Kernel;

/// <summary>
/// 工作时间: the office day that working-hour deadlines are counted in, as Asia/Shanghai
/// wall-clock times. The default 08:30–17:30 is common for grassroots offices; it varies by
/// place and season, so callers pass their own where they know it.
/// </summary>
public sealed record WorkingHours
{
    public WorkingHours(TimeOnly start, TimeOnly end)
    {
        if (end <= start)
        {
            throw new ArgumentException("下班时间应晚于上班时间", nameof(end));
        }

        Start = start;
        End = end;
    }

    public static WorkingHours Default { get; } = new(new TimeOnly(8, 30), new TimeOnly(17, 30));

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public TimeSpan Length => End - Start;
}
