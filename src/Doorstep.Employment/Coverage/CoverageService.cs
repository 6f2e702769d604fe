using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Coverage;

public sealed record StationPoint(Guid Id, string Name, string Kind, double Longitude, double Latitude);

public sealed record GridCoverage(string Code, string Name, int Residents, int Covered, double Rate);

public sealed record CommunityCoverage(string Code, string Name, int Residents, int Covered, double Rate, double? Longitude, double? Latitude, IReadOnlyList<GridCoverage> Grids);

/// <summary>The circle over a region: residents with a located home, how many have a station within reach, per community and grid.</summary>
public sealed record CoverageReport(
    string Region, string RegionName, int Minutes, double RadiusMeters, int Residents, int Covered, double CoverageRate, int Unlocated,
    IReadOnlyList<CommunityCoverage> Communities, IReadOnlyList<CommunityCoverage> Uncovered, IReadOnlyList<StationPoint> Stations);

/// <summary>A suggested station site and what it adds, in the order chosen.</summary>
public sealed record SiteSuggestion(string Code, string Name, double Longitude, double Latitude, int Gain, int CoveredAfter, double CoverageRateAfter);

public sealed record PlacementReport(CoverageReport Coverage, IReadOnlyList<SiteSuggestion> Sites);

/// <summary>
/// The 10-minute employment circle (10分钟就业服务圈) over the caller's residents: coverage by
/// community and grid, the communities nobody reaches, and where new stations would help most.
/// </summary>
public sealed class CoverageService(DoorstepDb db, ReachSettings reach)
{
    /// <summary>Doorstep stations, gig stations and gig markets; community employment corners are stations too.</summary>
    public static readonly IReadOnlyList<string> StationKinds = ["employment-station", "gig-station", "gig-market"];

    public const int MaxSites = 50;

    public async Task<Outcome<CoverageReport>> CoverageAsync(string? region, int? minutes, CancellationToken ct = default)
    {
        var (report, _) = await ComputeAsync(region, minutes, ct);
        return report;
    }

    public async Task<Outcome<PlacementReport>> PlacementAsync(string? region, int? minutes, int? sites, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var k = sites ?? 5;
        if (k is < 1 or > MaxSites)
        {
            errors.Add("sites", $"建议站点数应为1～{MaxSites}");
            return Outcome<PlacementReport>.Fail(errors);
        }

        var (outcome, state) = await ComputeAsync(region, minutes, ct);
        if (!outcome.Succeeded || state is null)
        {
            return Outcome<PlacementReport>.Fail(outcome.Errors);
        }

        var report = outcome.Value!;
        var uncovered = Enumerable.Range(0, state.Covered.Length).Where(i => !state.Covered[i]).ToArray();
        var grid = new PointGrid([.. uncovered.Select(i => state.X[i])], [.. uncovered.Select(i => state.Y[i])], (float)report.RadiusMeters);
        var prefix = RegionCode.Parse(report.Region).Prefix;
        var candidates = await db.Regions.AsNoTracking()
            .Where(r => r.Code.StartsWith(prefix) && (r.Level == RegionLevel.Village || r.Level == RegionLevel.Grid) && r.Longitude != null && r.Latitude != null)
            .OrderBy(r => r.Code)
            .Select(r => new { r.Code, r.Name, Longitude = r.Longitude!.Value, Latitude = r.Latitude!.Value })
            .ToListAsync(ct);
        var points = candidates.Select(c => state.Plane.ToMetres(c.Longitude, c.Latitude)).ToList();
        var placed = CoverageMath.Place(grid, [.. points.Select(p => p.X)], [.. points.Select(p => p.Y)], (float)report.RadiusMeters, k);
        var covered = report.Covered;
        var suggestions = new List<SiteSuggestion>();
        foreach (var site in placed)
        {
            covered += site.Gain;
            var c = candidates[site.Candidate];
            suggestions.Add(new(c.Code, c.Name, c.Longitude, c.Latitude, site.Gain, covered, Rate(covered, report.Residents)));
        }

        return Outcome<PlacementReport>.Ok(new(report, suggestions));
    }

    private async Task<(Outcome<CoverageReport>, State?)> ComputeAsync(string? region, int? minutes, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var wanted = minutes ?? reach.Minutes;
        if (wanted is < 1 or > 60)
        {
            errors.Add("minutes", "步行时间应为1～60分钟");
        }

        var found = await RegionArgument.CheckAsync(db, region, errors, ct);
        if (!errors.IsEmpty)
        {
            return (Outcome<CoverageReport>.Fail(errors), null);
        }

        var (code, regionName) = found!.Value;

        var prefix = code.Prefix;
        var radius = reach.RadiusMetres(wanted);

        // Stations are public places and serve whoever walks in, across any boundary.
        var stations = await db.Organisations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => StationKinds.Contains(o.Kind) && o.Longitude != null && o.Latitude != null)
            .Select(o => new StationPoint(o.Id, o.Name, o.Kind, o.Longitude!.Value, o.Latitude!.Value))
            .ToListAsync(ct);
        var people = db.People.AsNoTracking().Where(p => p.RegionCode.StartsWith(prefix));
        var unlocated = await people.CountAsync(p => p.Longitude == null || p.Latitude == null, ct);
        var residents = await people.Where(p => p.Longitude != null && p.Latitude != null)
            .Select(p => new { p.RegionCode, Longitude = p.Longitude!.Value, Latitude = p.Latitude!.Value })
            .ToListAsync(ct);

        var plane = LocalPlane.Around(residents.Select(r => (r.Longitude, r.Latitude)));
        var x = new float[residents.Count];
        var y = new float[residents.Count];
        for (var i = 0; i < residents.Count; i++)
        {
            (x[i], y[i]) = plane.ToMetres(residents[i].Longitude, residents[i].Latitude);
        }

        var stationPoints = stations.Select(s => plane.ToMetres(s.Longitude, s.Latitude)).ToList();
        var stationGrid = new PointGrid([.. stationPoints.Select(p => p.X)], [.. stationPoints.Select(p => p.Y)], (float)radius);
        var covered = CoverageMath.Covered(x, y, stationGrid, (float)radius);

        var communities = await CommunitiesAsync(residents.Select((r, i) => (r.RegionCode, covered[i])).ToList(), ct);
        var total = covered.Count(c => c);
        var report = new CoverageReport(
            code.Value, regionName, wanted, Math.Round(radius), residents.Count, total, Rate(total, residents.Count), unlocated,
            communities, [.. communities.Where(c => c.Covered == 0).OrderByDescending(c => c.Residents)],
            [.. stations.Where(NearBy(plane, x, y, radius))]);
        return (Outcome<CoverageReport>.Ok(report), new State(plane, x, y, covered));
    }

    /// <summary>Groups residents by village or community (the first 12 digits of a grid's code) and by grid.</summary>
    private async Task<List<CommunityCoverage>> CommunitiesAsync(List<(string Region, bool Covered)> residents, CancellationToken ct)
    {
        var byCommunity = residents.GroupBy(r => r.Region.Length > 12 ? r.Region[..12] : r.Region).ToList();
        var codes = byCommunity.Select(g => g.Key).Concat(residents.Select(r => r.Region)).Distinct().ToList();
        var regions = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => codes.Contains(r.Code))
            .Select(r => new { r.Code, r.Name, r.Longitude, r.Latitude }).ToDictionaryAsync(r => r.Code, ct);
        return [.. byCommunity.Select(g =>
        {
            var community = regions.GetValueOrDefault(g.Key);
            var grids = g.Where(r => r.Region.Length > 12).GroupBy(r => r.Region)
                .Select(gg => new GridCoverage(gg.Key, regions.GetValueOrDefault(gg.Key)?.Name ?? gg.Key, gg.Count(), gg.Count(r => r.Covered), Rate(gg.Count(r => r.Covered), gg.Count())))
                .OrderBy(gg => gg.Code, StringComparer.Ordinal).ToList();
            var coveredCount = g.Count(r => r.Covered);
            return new CommunityCoverage(g.Key, community?.Name ?? g.Key, g.Count(), coveredCount, Rate(coveredCount, g.Count()), community?.Longitude, community?.Latitude, grids);
        }).OrderBy(c => c.Code, StringComparer.Ordinal)];
    }

    /// <summary>Whether the station is inside the residents' bounding box widened by the radius: the map shows the stations that matter here.</summary>
    private static Func<StationPoint, bool> NearBy(LocalPlane plane, float[] x, float[] y, double radius)
    {
        if (x.Length == 0)
        {
            return _ => false;
        }

        float minX = x.Min() - (float)radius, maxX = x.Max() + (float)radius, minY = y.Min() - (float)radius, maxY = y.Max() + (float)radius;
        return s =>
        {
            var (sx, sy) = plane.ToMetres(s.Longitude, s.Latitude);
            return sx >= minX && sx <= maxX && sy >= minY && sy <= maxY;
        };
    }

    private static double Rate(int covered, int residents) => residents == 0 ? 0 : Math.Round((double)covered / residents, 4);

    private sealed record State(LocalPlane Plane, float[] X, float[] Y, bool[] Covered);
}
