using Doorstep.Platform.Ui;

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

    /// <summary>
    /// 求人倍率 per category: each category's people needed over the workers with that skill, and a total
    /// that counts each worker once however many skills they have. Retired categories appear only when
    /// something was counted in them.
    /// </summary>
    public static (List<GigRatioRow> Rows, GigRatioRow Total) RatioTable(
        IReadOnlyList<GigCategory> categories, IReadOnlyDictionary<Guid, int> peopleNeeded, IReadOnlyList<IReadOnlyCollection<Guid>> workerSkills)
    {
        var available = workerSkills.SelectMany(s => s.Distinct()).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var rows = categories
            .Where(c => !c.Retired || peopleNeeded.ContainsKey(c.Id) || available.ContainsKey(c.Id))
            .Select(c =>
            {
                var people = peopleNeeded.GetValueOrDefault(c.Id);
                var hands = available.GetValueOrDefault(c.Id);
                return new GigRatioRow(c.Id, c.Name, people, hands, Ratio(people, hands));
            }).ToList();
        var needed = peopleNeeded.Values.Sum();
        return (rows, new GigRatioRow(null, "合计", needed, workerSkills.Count, Ratio(needed, workerSkills.Count)));
    }

    /// <summary>Why a ratio period cannot be counted, as (field, message), or null: from no later than to, at most <paramref name="maxDays"/> days, both ends counted.</summary>
    public static (string Field, string Message)? PeriodRefusal(DateOnly from, DateOnly to, int maxDays) =>
        to < from ? ("to", $"结束日期（{Tr.Date(to)}）不能早于开始日期（{Tr.Date(from)}）")
        : to.DayNumber - from.DayNumber + 1 > maxDays ? ("to", $"统计期最长{maxDays}天，所选为{to.DayNumber - from.DayNumber + 1}天，请缩短")
        : null;

    /// <summary>Why a job can no longer be edited, or null: only an open job — not called off, not yet over — is changed.</summary>
    public static string? EditRefusal(GigJob job, DateOnly today) =>
        job.CancelledAt is not null ? "该零工需求已撤销，不能再修改"
        : job.EndDate < today ? $"该零工已于{Tr.Date(job.EndDate)}结束，不能再修改"
        : null;

    /// <summary>Why the head count cannot be lowered to <paramref name="peopleNeeded"/>, or null: never below the workers already taken on.</summary>
    public static string? PeopleNeededRefusal(int peopleNeeded, int taken) =>
        peopleNeeded < taken ? $"已有{taken}人接单，需要人数不能少于{taken}人" : null;

    /// <summary>
    /// Why a job cannot be called off, or null: once a worker has finished or been paid, the job
    /// happened and stays on the record; while everyone is only accepted, they are released.
    /// </summary>
    public static string? CancelRefusal(GigJob job, IEnumerable<GigState> states) =>
        job.CancelledAt is not null ? "该零工需求已撤销"
        : states.Any(s => s != GigState.Accepted) ? "已有零工完工或结算，不能撤销；请按实际情况记录完工和结算"
        : null;

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
