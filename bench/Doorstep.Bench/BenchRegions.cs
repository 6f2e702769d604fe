using Doorstep.Kernel;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Regions;

namespace Doorstep.Bench;

/// <summary>The demo district's region tree with three grids per village, as the demo seeder builds it.</summary>
internal static class BenchRegions
{
    public static List<Region> All()
    {
        var regions = DemoDistrict.Regions
            .Select(r => (Code: RegionCode.Parse(r.Code), r.Name, r.Lon, r.Lat))
            .Select(r => new Region { Code = r.Code.Value, Name = r.Name, ParentCode = r.Code.Parent?.Value, Level = r.Code.Level, Longitude = r.Lon, Latitude = r.Lat })
            .ToList();
        var grids = regions.Where(r => r.Level == RegionLevel.Village)
            .SelectMany(v => DemoDistrict.GridNames.Select((name, i) => new Region
            {
                Code = $"{v.Code}{i + 1:000}",
                Name = v.Name + name,
                ParentCode = v.Code,
                Level = RegionLevel.Grid,
                Longitude = v.Longitude,
                Latitude = v.Latitude,
            }))
            .ToList();
        return [.. regions, .. grids];
    }

    /// <summary>Where residents live: villages, communities and their grids.</summary>
    public static List<Region> Homes() => All().Where(r => r.Level is RegionLevel.Village or RegionLevel.Grid).ToList();
}
