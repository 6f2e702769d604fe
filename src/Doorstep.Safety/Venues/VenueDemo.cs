using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;

namespace Doorstep.Safety.Venues;

/// <summary>Profiles of the demo venues as the grid surveyed them; the inn has outgrown its kind.</summary>
internal static class VenueDemo
{
    private static readonly (string Name, VenueInput Profile)[] Profiles =
    [
        ("雷打石镇霞石村便民超市", new(120, null, null, 1, 1, 0, "刘桂香", "13973301122")),
        ("雷打石镇湘味土菜馆", new(160, 80, null, 2, 2, 2, "罗建军", "13873305566")),
        ("雷打石镇悦来旅社", new(600, null, 62, 4, 4, 1, "谭志勇", "13787337788")),
        ("雷打石加油站", new(900, null, null, 1, 1, 0, "周海波", "13907336699")),
        ("雷打石镇鸿运烟花爆竹店", new(45, null, null, 1, 1, 0, "易红梅", "15973302233")),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var venues = context.Service<VenueService>();
        foreach (var (name, profile) in Profiles)
        {
            var outcome = await venues.SaveAsync(await context.OrganisationIdAsync(name, ct), profile, Actor.System("grid"), ct);
            _ = outcome.Value ?? throw new InvalidOperationException($"Demo venue {name}: {outcome.Errors}");
        }
    }
}
