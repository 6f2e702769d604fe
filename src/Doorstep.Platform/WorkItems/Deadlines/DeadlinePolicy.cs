using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Ui;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.WorkItems.Deadlines;

/// <summary>
/// Finds the time limit in force for a type, category and region, and turns it into a deadline
/// with the working calendar. The web pages, the API, the scheduler and the CLI all ask here.
/// </summary>
public sealed class DeadlinePolicy(DoorstepDb db, WorkItemTypeCatalog types, WorkingCalendar calendar)
{
    public WorkingCalendar Calendar => calendar;

    /// <summary>The limit in force and where it comes from: a region's setting, or the type's default.</summary>
    public async Task<(TimeLimit Limit, string? SetForRegion)> LimitForAsync(string typeCode, string category, string regionCode, CancellationToken ct = default)
    {
        var type = types.Find(typeCode) ?? throw new ArgumentException($"Unknown work-item type {typeCode}", nameof(typeCode));
        var fallback = type.Category(category)?.DefaultLimit ?? type.Categories[0].DefaultLimit;

        // Settings live on ancestors of the item's region, which a grid member's scope does not
        // reach; the limit is policy, not personal data, so it is read past the region filter.
        var settings = await db.Set<TimeLimitSetting>().IgnoreQueryFilters()
            .Where(s => s.TypeCode == typeCode && s.Category == category)
            .ToListAsync(ct);
        var best = settings
            .Where(s => RegionCode.IsInside(regionCode, PrefixOf(s.RegionCode)))
            .OrderByDescending(s => PrefixOf(s.RegionCode).Length)
            .FirstOrDefault();
        return best is not null && TimeLimit.TryParse(best.Limit, out var limit, out _) ? (limit, best.RegionCode) : (fallback, null);
    }

    /// <summary>The deadline, in UTC, for something started at <paramref name="startUtc"/>.</summary>
    public DateTime DueFrom(DateTime startUtc, TimeLimit limit) =>
        ShanghaiTime.ToUtc(limit.DueFrom(ShanghaiTime.ToLocal(startUtc), calendar));

    /// <summary>When the reminder falls due: once three quarters of the allowed time has gone.</summary>
    public static DateTime RemindAt(DateTime startUtc, DateTime dueUtc) =>
        dueUtc - TimeSpan.FromTicks((dueUtc - startUtc).Ticks / 4);

    private static string PrefixOf(string code) => RegionCode.TryParse(code, out var parsed, out _) ? parsed.Prefix : code;
}
