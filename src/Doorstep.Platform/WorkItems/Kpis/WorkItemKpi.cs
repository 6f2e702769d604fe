using System.Linq.Expressions;
using Doorstep.Platform.Ui;

namespace Doorstep.Platform.WorkItems.Kpis;

/// <summary>
/// The figures of the work-item loop. Each is a filter over items, used both to count and to
/// list the items behind the count, so a figure and its drill-down can never disagree.
/// </summary>
public static class WorkItemKpi
{
    /// <summary>上报: reported in the period.</summary>
    public const string Reported = "reported";

    /// <summary>应办结: due in the period (cancelled and backlogged items are off the clock).</summary>
    public const string Due = "due";

    /// <summary>已办结: due in the period and closed.</summary>
    public const string Closed = "closed";

    /// <summary>按期办结: due in the period and closed by the deadline.</summary>
    public const string OnTime = "ontime";

    /// <summary>当前超期: open now and past the deadline, whatever the period.</summary>
    public const string Overdue = "overdue";

    /// <summary>返工: due in the period and sent back at least once.</summary>
    public const string Rework = "rework";

    /// <summary>已评价: rated in the period.</summary>
    public const string Evaluated = "evaluated";

    /// <summary>满意: rated satisfied or basically satisfied in the period.</summary>
    public const string Satisfied = "satisfied";

    public static readonly IReadOnlyList<string> All = [Reported, Due, Closed, OnTime, Overdue, Rework, Evaluated, Satisfied];

    public static Text Name(string kpi) => kpi switch
    {
        Reported => new("上报", "Reported"),
        Due => new("应办结", "Due"),
        Closed => new("已办结", "Closed"),
        OnTime => new("按期办结", "Closed on time"),
        Overdue => new("当前超期", "Overdue now"),
        Rework => new("返工", "Reworked"),
        Evaluated => new("已评价", "Rated"),
        Satisfied => new("满意", "Satisfied"),
        _ => new(kpi, kpi),
    };

    /// <summary>The filter for a figure over [fromUtc, toUtc); null for an unknown name.</summary>
    public static Expression<Func<WorkItem, bool>>? Filter(string kpi, DateTime fromUtc, DateTime toUtc, DateTime nowUtc) => kpi switch
    {
        Reported => w => w.ReportedAt >= fromUtc && w.ReportedAt < toUtc,
        Due => w => w.DueAt >= fromUtc && w.DueAt < toUtc && w.Status != WorkItemStatus.Cancelled && w.Status != WorkItemStatus.Backlogged,
        Closed => w => w.DueAt >= fromUtc && w.DueAt < toUtc && (w.Status == WorkItemStatus.Closed || w.Status == WorkItemStatus.Evaluated),
        OnTime => w => w.DueAt >= fromUtc && w.DueAt < toUtc && (w.Status == WorkItemStatus.Closed || w.Status == WorkItemStatus.Evaluated) && w.ClosedAt <= w.DueAt,
        Overdue => w => w.DueAt < nowUtc && (w.Status == WorkItemStatus.Opened || w.Status == WorkItemStatus.Dispatched || w.Status == WorkItemStatus.Accepted || w.Status == WorkItemStatus.Handled || w.Status == WorkItemStatus.Verified),
        Rework => w => w.DueAt >= fromUtc && w.DueAt < toUtc && w.Status != WorkItemStatus.Cancelled && w.Status != WorkItemStatus.Backlogged && w.ReworkCount > 0,
        Evaluated => w => w.EvaluatedAt >= fromUtc && w.EvaluatedAt < toUtc && w.Satisfaction != null,
        Satisfied => w => w.EvaluatedAt >= fromUtc && w.EvaluatedAt < toUtc && (w.Satisfaction == Satisfaction.Satisfied || w.Satisfaction == Satisfaction.BasicallySatisfied),
        _ => null,
    };
}
