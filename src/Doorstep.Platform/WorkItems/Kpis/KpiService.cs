using System.Linq.Expressions;
using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Ui;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.WorkItems.Kpis;

/// <summary>The grouping of the KPI table.</summary>
public enum KpiGrouping
{
    Region,
    Unit,
    Type,
}

/// <summary>One row of the KPI table: the counts of each figure and the rates derived from them.</summary>
public sealed record KpiRow(string Key, string Label, IReadOnlyDictionary<string, int> Counts)
{
    public int this[string kpi] => Counts.GetValueOrDefault(kpi);

    /// <summary>办结率 = closed ÷ due.</summary>
    public double? ClosureRate => Rate(WorkItemKpi.Closed, WorkItemKpi.Due);

    /// <summary>按期办结率 = closed on time ÷ due.</summary>
    public double? OnTimeRate => Rate(WorkItemKpi.OnTime, WorkItemKpi.Due);

    /// <summary>满意率 = (satisfied + basically satisfied) ÷ rated.</summary>
    public double? SatisfactionRate => Rate(WorkItemKpi.Satisfied, WorkItemKpi.Evaluated);

    private double? Rate(string part, string whole) => this[whole] == 0 ? null : (double)this[part] / this[whole];
}

public sealed record KpiQuery(DateOnly From, DateOnly To, string? Region = null, string? Type = null, Guid? Unit = null, KpiGrouping By = KpiGrouping.Region);

public sealed record KpiTable(KpiQuery Query, IReadOnlyList<KpiRow> Rows, KpiRow Total);

/// <summary>The filters the list, the KPI table and its drill-down share.</summary>
public static class WorkItemFilters
{
    /// <summary>Items in the region (and everything under it), of the type, sent to the unit; a filter left empty is not applied.</summary>
    public static IQueryable<WorkItem> Within(this IQueryable<WorkItem> items, string? region, string? type, Guid? unit)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (!string.IsNullOrEmpty(region) && RegionCode.TryParse(region, out var code, out _))
        {
            var prefix = code.Prefix;
            items = items.Where(w => w.RegionCode.StartsWith(prefix));
        }

        if (!string.IsNullOrEmpty(type))
        {
            items = items.Where(w => w.TypeCode == type);
        }

        return unit is { } id ? items.Where(w => w.AssignedUnitId == id) : items;
    }
}

/// <summary>One group's figures as the database returns them, one slot per <see cref="WorkItemKpi.All"/> entry.</summary>
internal sealed class KpiCounts<TKey>
{
    public const int Slots = 8;

    public TKey Key { get; set; } = default!;
    public int C0 { get; set; }
    public int C1 { get; set; }
    public int C2 { get; set; }
    public int C3 { get; set; }
    public int C4 { get; set; }
    public int C5 { get; set; }
    public int C6 { get; set; }
    public int C7 { get; set; }
}

/// <summary>Counts the figures per region, unit or type inside the viewer's regions.</summary>
public sealed class KpiService(DoorstepDb db, RegionService regions, WorkItemTypeCatalog types, TimeProvider clock)
{
    public async Task<KpiTable> ComputeAsync(KpiQuery query, CancellationToken ct = default)
    {
        var (fromUtc, toUtc) = Period(query.From, query.To);
        var now = clock.GetUtcNow().UtcDateTime;
        var filters = WorkItemKpi.All.Select(kpi => WorkItemKpi.Filter(kpi, fromUtc, toUtc, now)!).ToList();
        var groups = query.By == KpiGrouping.Region ? await RegionGroupsAsync(query.Region, ct) : [];
        var rows = Scoped(query);

        // One pass over the items counts every figure at once; children of one region share a
        // prefix length, so the database groups regions by that prefix.
        List<(string Key, string Label, int[] Counts)> buckets;
        switch (query.By)
        {
            case KpiGrouping.Type:
                buckets = (await CountAsync(rows, w => w.TypeCode, filters, ct)).Select(b => (b.Key, types.NameOf(b.Key), b.Counts)).ToList();
                break;
            case KpiGrouping.Unit:
                var byUnit = await CountAsync(rows, w => w.AssignedUnitId, filters, ct);
                var ids = byUnit.Where(b => b.Key != null).Select(b => b.Key!.Value).ToList();
                var names = await db.Organisations.IgnoreQueryFilters().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
                buckets = byUnit.Select(b => (b.Key?.ToString() ?? "", b.Key is { } id ? names.GetValueOrDefault(id) ?? id.ToString() : Tr.T("未派单位", "No unit"), b.Counts)).ToList();
                break;
            default:
                var prefixLength = groups.Count > 0 ? groups[0].Prefix.Length : 0;
                buckets = (await CountAsync(rows, w => w.RegionCode.Substring(0, prefixLength), filters, ct))
                    .Select(b => groups.FirstOrDefault(g => g.Prefix == b.Key) is { Code: not null } g ? (g.Code, g.Name, b.Counts) : ("", Tr.T("本级", "This level"), b.Counts))
                    .ToList();
                break;
        }

        var merged = buckets.GroupBy(b => b.Key).ToDictionary(
            g => g.Key,
            g => (Label: g.First().Label, Counts: Enumerable.Range(0, filters.Count).Select(i => g.Sum(b => b.Counts[i])).ToArray()));
        var ordered = query.By == KpiGrouping.Region
            ? groups.Select(g => g.Code).Concat(merged.Keys.Where(k => k.Length == 0)).ToList()
            : merged.Keys.OrderBy(k => merged[k].Label, StringComparer.Ordinal).ToList();
        var result = ordered
            .Select(key => merged.TryGetValue(key, out var m)
                ? new KpiRow(key, m.Label, Figures(m.Counts))
                : new KpiRow(key, groups.First(g => g.Code == key).Name, new Dictionary<string, int>()))
            .ToList();
        var total = Enumerable.Range(0, filters.Count).Select(i => merged.Values.Sum(m => m.Counts[i])).ToArray();
        return new KpiTable(query, result, new KpiRow("", Tr.T("合计", "Total"), Figures(total)));
    }

    /// <summary>The items behind a figure, with the same filters as the table.</summary>
    public IQueryable<WorkItem> Behind(string kpi, KpiQuery query)
    {
        var (fromUtc, toUtc) = Period(query.From, query.To);
        var filter = WorkItemKpi.Filter(kpi, fromUtc, toUtc, clock.GetUtcNow().UtcDateTime)
            ?? throw new ArgumentException($"Unknown KPI {kpi}", nameof(kpi));
        return Scoped(query).Where(filter);
    }

    /// <summary>Beijing dates [from, to] as UTC instants [from 00:00, the day after to 00:00).</summary>
    public static (DateTime From, DateTime To) Period(DateOnly from, DateOnly to) =>
        (ShanghaiTime.ToUtc(from.ToDateTime(TimeOnly.MinValue)), ShanghaiTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue)));

    private static Dictionary<string, int> Figures(int[] counts) =>
        WorkItemKpi.All.Select((kpi, i) => (kpi, counts[i])).ToDictionary(x => x.kpi, x => x.Item2);

    /// <summary>
    /// GROUP BY the key with one COUNT per figure: g => new KpiCounts { Key = g.Key, C0 = g.Count(filter0), … },
    /// built as an expression because the figures' filters are expressions themselves.
    /// </summary>
    private static async Task<List<(TKey Key, int[] Counts)>> CountAsync<TKey>(IQueryable<WorkItem> rows, Expression<Func<WorkItem, TKey>> key, List<Expression<Func<WorkItem, bool>>> filters, CancellationToken ct)
    {
        if (filters.Count != KpiCounts<TKey>.Slots)
        {
            throw new InvalidOperationException($"KpiCounts holds {KpiCounts<TKey>.Slots} figures, not {filters.Count}");
        }

        var g = Expression.Parameter(typeof(IGrouping<TKey, WorkItem>), "g");
        var bindings = new List<MemberBinding> { Expression.Bind(typeof(KpiCounts<TKey>).GetProperty(nameof(KpiCounts<TKey>.Key))!, Expression.Property(g, nameof(IGrouping<TKey, WorkItem>.Key))) };
        for (var i = 0; i < filters.Count; i++)
        {
            var count = Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(WorkItem)], g, filters[i]);
            bindings.Add(Expression.Bind(typeof(KpiCounts<TKey>).GetProperty($"C{i}")!, count));
        }

        var select = Expression.Lambda<Func<IGrouping<TKey, WorkItem>, KpiCounts<TKey>>>(Expression.MemberInit(Expression.New(typeof(KpiCounts<TKey>)), bindings), g);
        var counted = await rows.GroupBy(key).Select(select).ToListAsync(ct);
        return counted.Select(c => (c.Key, new[] { c.C0, c.C1, c.C2, c.C3, c.C4, c.C5, c.C6, c.C7 })).ToList();
    }

    private IQueryable<WorkItem> Scoped(KpiQuery query) =>
        db.Set<WorkItem>().AsNoTracking().Within(query.Region, query.Type, query.Unit);

    private async Task<List<(string Code, string Prefix, string Name)>> RegionGroupsAsync(string? region, CancellationToken ct)
    {
        var children = string.IsNullOrEmpty(region) ? await regions.RootsAsync(ct) : await regions.ChildrenAsync(region, ct);
        return children
            .Select(r => (r.Code, RegionCode.TryParse(r.Code, out var code, out _) ? code.Prefix : r.Code, r.Name))
            .ToList();
    }
}
