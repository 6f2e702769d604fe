using Doorstep.Platform.Data;
using Doorstep.Platform.Modules;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.Dashboard;

/// <summary>
/// The live figures of the dashboard: each computed now, inside the viewer's regions, and each
/// linking to the records behind it.
/// </summary>
public sealed class DashboardFigures(DoorstepDb db, IEnumerable<IDoorstepModule> modules, TimeProvider clock)
{
    public IReadOnlyList<DashboardIndicator> Platform { get; } =
    [
        new(new("居民", "Residents"), Permissions.PeopleRead, "/people", (db, ct) => db.People.LongCountAsync(ct)),
        new(new("65岁及以上老人", "Aged 65+"), Permissions.PeopleRead, "/people?filter=elderly", (db, ct) =>
        {
            var cutoff = ShanghaiTime.Today(clock).AddYears(-65);
            return db.People.LongCountAsync(p => p.BirthDate <= cutoff, ct);
        }),
        new(new("持证残疾人", "Disabled residents"), Permissions.PeopleRead, "/people?filter=disabled", (db, ct) => db.People.LongCountAsync(p => p.DisabilityCategory != null, ct)),
        new(new("困难群众", "Residents in hardship"), Permissions.PeopleRead, "/people?filter=hardship", (db, ct) => db.People.LongCountAsync(p => p.Hardship != HardshipStatus.None, ct)),
        new(new("组织与场所", "Organisations and places"), Permissions.OrganisationsRead, "/organisations", (db, ct) => db.Organisations.LongCountAsync(ct)),
        new(new("网格", "Grids"), Permissions.RegionsRead, "/regions", (db, ct) => db.Regions.LongCountAsync(r => r.Level == Kernel.RegionLevel.Grid, ct)),
    ];

    public async Task<List<(DashboardIndicator Indicator, long Value)>> ComputeAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken ct = default)
    {
        var results = new List<(DashboardIndicator, long)>();
        foreach (var indicator in Platform.Concat(modules.SelectMany(m => m.Indicators)).Where(i => user.Can(i.Permission)))
        {
            results.Add((indicator, await indicator.Compute(db, ct)));
        }

        return results;
    }

    /// <summary>Residents per town or street, for the chart.</summary>
    public async Task<List<(string Name, int Count)>> PeopleByTownAsync(CancellationToken ct = default)
    {
        var towns = await db.Regions.AsNoTracking().Where(r => r.Level == Kernel.RegionLevel.Town).Select(r => new { r.Code, r.Name }).ToListAsync(ct);
        var result = new List<(string, int)>();
        foreach (var town in towns)
        {
            var prefix = town.Code[..9];
            result.Add((town.Name, await db.People.CountAsync(p => p.RegionCode.StartsWith(prefix), ct)));
        }

        return result.Where(r => r.Item2 > 0).ToList();
    }

    /// <summary>Organisations with a location, for the map.</summary>
    public Task<List<MapPoint>> PlacesAsync(CancellationToken ct = default) =>
        db.Organisations.AsNoTracking().Where(o => o.Longitude != null && o.Latitude != null)
            .Select(o => new MapPoint(o.Name, o.Kind, o.Longitude!.Value, o.Latitude!.Value, "/organisations/" + o.Id))
            .Take(2000).ToListAsync(ct);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;
}

public sealed record MapPoint(string Name, string Kind, double Longitude, double Latitude, string Href);
