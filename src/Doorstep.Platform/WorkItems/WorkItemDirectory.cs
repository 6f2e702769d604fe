using Doorstep.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.WorkItems;

/// <summary>Names for the codes on work-item pages: regions, people, and the units an item can be sent to.</summary>
public sealed class WorkItemDirectory(DoorstepDb db)
{
    public async Task<IReadOnlyDictionary<string, string>> RegionNamesAsync(CancellationToken ct = default) =>
        await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Name, ct);

    public async Task<IReadOnlyDictionary<string, string>> UserNamesAsync(CancellationToken ct = default) =>
        await db.Users.AsNoTracking().Where(u => u.UserName != null).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName ?? u.UserName!, ct);

    /// <summary>
    /// The units that may take an item: organisations somebody works for (so a notification
    /// reaches a person) whose region contains the item's, nearest first.
    /// </summary>
    public async Task<List<(Guid Id, string Name)>> UnitsForAsync(string regionCode, CancellationToken ct = default)
    {
        var staffed = db.Users.Where(u => u.UnitId != null).Select(u => u.UnitId!.Value);
        var all = await db.Organisations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => staffed.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.RegionCode })
            .ToListAsync(ct);
        return all
            .Where(o => Kernel.RegionCode.TryParse(o.RegionCode, out var code, out _) && Kernel.RegionCode.IsInside(regionCode, code.Prefix))
            .OrderByDescending(o => o.RegionCode.TrimEnd('0').Length)
            .Select(o => (o.Id, o.Name))
            .ToList();
    }
}
