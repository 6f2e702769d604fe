using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;

namespace Doorstep.Employment.Walls;

/// <summary>
/// Last week's walls, made on the Monday morning as the scheduler would have, and this week's:
/// every demo station has a wall to print and one in its archive.
/// </summary>
internal static class WallDemo
{
    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var settings = context.Service<WallSettings>();
        var lastWeek = WallWeek.Current(context.Now).AddDays(-7);
        var mondayMorning = new DemoClock { Utc = WallWeek.DueAt(lastWeek, settings) };
        await context.At<WallService>(mondayMorning).GenerateAsync(new WallGenerateInput(), Actor.System("walls"), replace: false, ct);
        await context.At<WallService>(new DemoClock { Utc = context.Now }).GenerateAsync(new WallGenerateInput(), Actor.System("jobs"), replace: false, ct);
    }
}
