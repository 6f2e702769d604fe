using Doorstep.Platform.Ui;

namespace Doorstep.Platform.WorkItems.Deadlines;

/// <summary>How pressing an item is: green while on track, amber in the last quarter of its time, red once overdue.</summary>
public enum Urgency
{
    /// <summary>No clock runs: not yet opened, closed, parked or cancelled.</summary>
    None,
    OnTrack,
    Near,
    Overdue,
}

public static class DeadlineClock
{
    public static Urgency Of(WorkItem item, DateTime nowUtc)
    {
        if (!item.IsOpen || item.DueAt is not { } due)
        {
            return Urgency.None;
        }

        if (nowUtc > due)
        {
            return Urgency.Overdue;
        }

        return nowUtc >= (item.RemindAt ?? due) ? Urgency.Near : Urgency.OnTrack;
    }

    /// <summary>"还剩 2天3小时" / "超期 5小时", for the list and the detail page.</summary>
    public static string Describe(WorkItem item, DateTime nowUtc)
    {
        if (item.DueAt is not { } due)
        {
            return "—";
        }

        if (item.IsClosed)
        {
            return item.ClosedAt <= due ? Tr.T("按期办结", "Closed on time") : Tr.T("超期办结", "Closed late");
        }

        if (!item.IsOpen)
        {
            return "—";
        }

        var left = due - nowUtc;
        var span = Span(left.Duration());
        return left >= TimeSpan.Zero ? Tr.T($"还剩 {span}", $"{span} left") : Tr.T($"超期 {span}", $"{span} overdue");
    }

    private static string Span(TimeSpan t)
    {
        if (t.TotalDays >= 1)
        {
            return Tr.T($"{(int)t.TotalDays}天{t.Hours}小时", $"{(int)t.TotalDays}d {t.Hours}h");
        }

        return t.TotalHours >= 1 ? Tr.T($"{(int)t.TotalHours}小时{t.Minutes}分", $"{(int)t.TotalHours}h {t.Minutes}m") : Tr.T($"{Math.Max(1, t.Minutes)}分钟", $"{Math.Max(1, t.Minutes)} min");
    }

    public static string CssClass(Urgency urgency) => urgency switch
    {
        Urgency.Overdue => "text-bg-danger",
        Urgency.Near => "text-bg-warning",
        Urgency.OnTrack => "text-bg-success",
        _ => "text-bg-light",
    };
}
