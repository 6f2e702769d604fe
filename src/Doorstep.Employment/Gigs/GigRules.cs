namespace Doorstep.Employment.Gigs;

/// <summary>The rules of gig work that need no database: the ratio, the forward-only states, the head count and a worker's days.</summary>
public static class GigRules
{
    /// <summary>
    /// 求人倍率: people needed ÷ workers available, to two places; null when nobody was available, since
    /// a ratio over nobody is not a number the market can publish. Above 1 the market is short of hands.
    /// </summary>
    public static decimal? Ratio(int peopleNeeded, int workersAvailable) =>
        workersAvailable <= 0 ? null : Math.Round((decimal)peopleNeeded / workersAvailable, 2, MidpointRounding.AwayFromZero);

    /// <summary>Why a worker cannot be taken on, or null: a job takes no more workers than it needs.</summary>
    public static string? CapacityRefusal(int taken, int peopleNeeded) =>
        taken >= peopleNeeded ? $"该零工需要{peopleNeeded}人，已接单{taken}人，人数已满，不能再接单" : null;

    /// <summary>Why the state cannot move from <paramref name="from"/> to <paramref name="to"/>, or null: one step forward at a time, never back.</summary>
    public static string? TransitionRefusal(GigState from, GigState to) =>
        (int)to == (int)from + 1 ? null
        : to == from ? $"已是“{Name(from)}”状态"
        : to < from ? $"已是“{Name(from)}”状态，不能退回“{Name(to)}”"
        : $"还未“{Name(from + 1)}”，不能直接记为“{Name(to)}”";

    /// <summary>A worker is free on a day when they named no days, or named that weekday.</summary>
    public static bool WorksOn(IReadOnlyCollection<DayOfWeek> days, DateOnly date) => days.Count == 0 || days.Contains(date.DayOfWeek);

    /// <summary>The job runs on that day.</summary>
    public static bool Runs(GigJob job, DateOnly date) => job.StartDate <= date && date <= job.EndDate;

    public static string Name(GigState state) => state switch
    {
        GigState.Accepted => "已接单",
        GigState.Done => "已完工",
        _ => "已结算",
    };
}
