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

/// <summary>Counts the figures per region, unit or type inside the viewer's regions.</summary>
public sealed class KpiService(DoorstepDb db, RegionService regions, WorkItemTypeCatalog types, TimeProvider clock)
{
    public async Task<KpiTable> ComputeAsync(KpiQuery query, CancellationToken ct = default)
    {
        var (fromUtc, toUtc) = Period(query.From, query.To);
        var now = clock.GetUtcNow().UtcDateTime;
        var groups = query.By == KpiGrouping.Region ? await RegionGroupsAsync(query.Region, ct) : [];
        var counts = new Dictionary<string, Dictionary<string, int>>();
        var labels = new Dictionary<string, string>();
        var total = new Dictionary<string, int>();
        foreach (var kpi in WorkItemKpi.All)
        {
            var rows = await Scoped(query).Where(WorkItemKpi.Filter(kpi, fromUtc, toUtc, now)!)
                .Select(w => new { w.RegionCode, w.TypeCode, w.AssignedUnitId, w.AssignedUnitName })
                .ToListAsync(ct);
            total[kpi] = rows.Count;
            foreach (var row in rows)
            {
                var (key, label) = query.By switch
                {
                    KpiGrouping.Type => (row.TypeCode, types.NameOf(row.TypeCode)),
                    KpiGrouping.Unit => (row.AssignedUnitId?.ToString() ?? "", row.AssignedUnitName ?? Tr.T("未派单位", "No unit")),
                    _ => groups.FirstOrDefault(g => RegionCode.IsInside(row.RegionCode, g.Prefix)) is { } g ? (g.Code, g.Name) : ("", Tr.T("本级", "This level")),
                };
                labels[key] = label;
                var bucket = counts.TryGetValue(key, out var existing) ? existing : counts[key] = [];
                bucket[kpi] = bucket.GetValueOrDefault(kpi) + 1;
            }
        }

        var ordered = query.By == KpiGrouping.Region
            ? groups.Select(g => g.Code).Concat(counts.Keys.Where(k => k.Length == 0)).ToList()
            : counts.Keys.OrderBy(k => labels[k], StringComparer.Ordinal).ToList();
        var result = ordered
            .Select(key => new KpiRow(key, labels.GetValueOrDefault(key) ?? groups.First(g => g.Code == key).Name, counts.GetValueOrDefault(key) ?? []))
            .ToList();
        return new KpiTable(query, result, new KpiRow("", Tr.T("合计", "Total"), total));
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

    private IQueryable<WorkItem> Scoped(KpiQuery query)
    {
        var items = db.Set<WorkItem>().AsNoTracking();
        if (!string.IsNullOrEmpty(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            items = items.Where(w => w.RegionCode.StartsWith(prefix));
        }

        if (!string.IsNullOrEmpty(query.Type))
        {
            items = items.Where(w => w.TypeCode == query.Type);
        }

        if (query.Unit is { } unit)
        {
            items = items.Where(w => w.AssignedUnitId == unit);
        }

        return items;
    }

    private async Task<List<(string Code, string Prefix, string Name)>> RegionGroupsAsync(string? region, CancellationToken ct)
    {
        var children = string.IsNullOrEmpty(region) ? await regions.RootsAsync(ct) : await regions.ChildrenAsync(region, ct);
        return children
            .Select(r => (r.Code, RegionCode.TryParse(r.Code, out var code, out _) ? code.Prefix : r.Code, r.Name))
            .ToList();
    }
}
