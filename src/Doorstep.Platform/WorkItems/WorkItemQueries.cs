using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.WorkItems.Kpis;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.WorkItems;

/// <summary>Filters of the work-item list; a KPI name with its period turns the list into a figure's drill-down.</summary>
public sealed record WorkItemQuery
{
    public string? Q { get; init; }
    public string? Type { get; init; }
    public WorkItemStatus? Status { get; init; }
    public string? Region { get; init; }
    public Guid? Unit { get; init; }
    public bool Overdue { get; init; }

    /// <summary>Reported on or after this Beijing date.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Reported on or before this Beijing date.</summary>
    public DateOnly? To { get; init; }

    public string? Kpi { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    /// <summary>From query-string text, as pages and exports receive it; what does not parse is ignored.</summary>
    public static WorkItemQuery FromText(string? q, string? type, string? status, string? region, string? unit, bool overdue, string? from, string? to, string? kpi, int page, int pageSize = 20) => new()
    {
        Q = q,
        Type = string.IsNullOrEmpty(type) ? null : type,
        Status = Enum.TryParse<WorkItemStatus>(status, out var s) && Enum.IsDefined(s) ? s : null,
        Region = string.IsNullOrEmpty(region) ? null : region,
        Unit = Guid.TryParse(unit, out var u) ? u : null,
        Overdue = overdue,
        From = DateOnly.TryParse(from, System.Globalization.CultureInfo.InvariantCulture, out var f) ? f : null,
        To = DateOnly.TryParse(to, System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : null,
        Kpi = string.IsNullOrEmpty(kpi) ? null : kpi,
        Page = Math.Max(1, page),
        PageSize = pageSize,
    };
}

/// <summary>Finds work items inside the actor's regions: the filtered list, and the items waiting for the actor.</summary>
public sealed class WorkItemQueries(DoorstepDb db, KpiService kpis, Types.WorkItemTypeCatalog types, TimeProvider clock)
{
    public async Task<Page<WorkItem>> SearchAsync(WorkItemQuery query, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        IQueryable<WorkItem> items;
        if (!string.IsNullOrEmpty(query.Kpi) && WorkItemKpi.All.Contains(query.Kpi))
        {
            var today = Ui.ShanghaiTime.Today(clock);
            items = kpis.Behind(query.Kpi, new KpiQuery(query.From ?? today.AddDays(1 - today.Day), query.To ?? today, query.Region, query.Type, query.Unit));
        }
        else
        {
            items = db.Set<WorkItem>().AsNoTracking().Within(query.Region, query.Type, query.Unit);

            if (query.From is { } from)
            {
                var fromUtc = KpiService.Period(from, from).From;
                items = items.Where(w => w.ReportedAt >= fromUtc);
            }

            if (query.To is { } to)
            {
                var toUtc = KpiService.Period(to, to).To;
                items = items.Where(w => w.ReportedAt < toUtc);
            }

            if (query.Overdue)
            {
                items = items.Where(WorkItemKpi.Filter(WorkItemKpi.Overdue, now, now, now)!);
            }
        }

        if (query.Status is { } status)
        {
            items = items.Where(w => w.Status == status);
        }

        if (query.Q?.Trim() is { Length: > 0 } q)
        {
            var number = q.ToUpperInvariant();
            items = items.Where(w => w.Number == number || w.Title.Contains(q) || (w.Address != null && w.Address.Contains(q)));
        }

        return await ByUrgency(items).ToPageAsync(query.Page, query.PageSize, 200, ct);
    }

    /// <summary>
    /// 我的工单: what waits for the actor — items sent to them or their unit, and, for those who
    /// may, items to open, dispatch, verify, close, call back or decide — most urgent first.
    /// Backlogged items wait for funds, not for anyone, so they stay off this list.
    /// </summary>
    public Task<List<WorkItem>> MineAsync(Actor actor, int take = 200, CancellationToken ct = default)
    {
        var me = actor.UserName;
        var unit = actor.UnitId;
        var dispatch = actor.Can(WorkItemPermissions.Dispatch);
        var verify = actor.Can(WorkItemPermissions.Verify);
        var approve = actor.Can(WorkItemPermissions.Approve);
        var callbacks = types.All.Where(t => t.CallbackRequired).Select(t => t.Code).ToList();
        var items = db.Set<WorkItem>().AsNoTracking().Where(w =>
            ((w.AssignedUser == me || (unit != null && w.AssignedUnitId == unit)) && (w.Status == WorkItemStatus.Dispatched || w.Status == WorkItemStatus.Accepted))
            || (dispatch && (w.Status == WorkItemStatus.Reported || w.Status == WorkItemStatus.Opened || w.Status == WorkItemStatus.Verified))
            || (dispatch && w.Status == WorkItemStatus.Closed && callbacks.Contains(w.TypeCode))
            || (verify && w.Status == WorkItemStatus.Handled)
            || (approve && w.Pending != PendingRequest.None));
        return ByUrgency(items).Take(take).ToListAsync(ct);
    }

    /// <summary>Items with a running clock first, soonest deadline first; then the rest, newest first.</summary>
    private static IOrderedQueryable<WorkItem> ByUrgency(IQueryable<WorkItem> items) =>
        items.OrderBy(w => w.DueAt == null || w.Status == WorkItemStatus.Closed || w.Status == WorkItemStatus.Evaluated || w.Status == WorkItemStatus.Cancelled || w.Status == WorkItemStatus.Backlogged ? 1 : 0)
            .ThenBy(w => w.DueAt)
            .ThenByDescending(w => w.ReportedAt);
}
