using Doorstep.Platform.Data;
using Doorstep.Platform.Regions;

namespace Doorstep.Platform.Demo;

/// <summary>What a module gets to add its own demo data on top of the platform's demo district.</summary>
public sealed class DemoSeedContext(DoorstepDb db, IReadOnlyList<Region> regions, Random random, DateTime now)
{
    public DoorstepDb Db { get; } = db;

    public IReadOnlyList<Region> Regions { get; } = regions;

    /// <summary>Seeded, so every demo district is the same and screenshots stay comparable.</summary>
    public Random Random { get; } = random;

    public DateTime Now { get; } = now;

    public Region Region(string code) => Regions.First(r => r.Code == code);

    /// <summary>A point within about a kilometre of a region's centre.</summary>
    public (double Longitude, double Latitude) Near(Region region, double spreadMetres = 800)
    {
        var lon = region.Longitude ?? 113.08;
        var lat = region.Latitude ?? 27.83;
        var dLat = (Random.NextDouble() * 2 - 1) * spreadMetres / 111_000;
        var dLon = (Random.NextDouble() * 2 - 1) * spreadMetres / (111_000 * Math.Cos(lat * Math.PI / 180));
        return (Math.Round(lon + dLon, 6), Math.Round(lat + dLat, 6));
    }
}

/// <summary>Whether this instance runs the demo district (shows demo accounts on the sign-in page).</summary>
public sealed record DemoMode(bool Enabled);
