using Doorstep.Platform.Data;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.WorkItems;
using Doorstep.Platform.WorkItems.Lifecycle;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Platform.Demo;

/// <summary>What a module gets to add its own demo data on top of the platform's demo district.</summary>
public sealed class DemoSeedContext(DoorstepDb db, IReadOnlyList<Region> regions, Random random, DateTime now, IServiceProvider services)
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

    /// <summary>A service of the seeding scope, for modules that seed through their own services.</summary>
    public T Service<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<Guid> OrganisationIdAsync(string name, CancellationToken ct) =>
        Db.Organisations.IgnoreQueryFilters().Where(o => o.Name == name).Select(o => o.Id).FirstAsync(ct);

    /// <summary>
    /// Reports a work item in the past and walks it through the given steps with the real engine,
    /// so demo items have true deadlines, histories and notifications.
    /// </summary>
    public async Task<WorkItem> WorkItemAsync(NewWorkItem item, string reporter, DateTime reportedAt, IReadOnlyList<DemoStep> steps, CancellationToken ct)
    {
        var clock = new DemoClock { Utc = reportedAt };
        var engine = ActivatorUtilities.CreateInstance<WorkItemService>(services, clock);
        var created = await engine.CreateAsync(item, Actor.System(reporter), ct);
        var current = created.Item ?? throw new InvalidOperationException($"Demo work item {item.Title}: {created.Errors}");
        foreach (var step in steps)
        {
            clock.Utc = step.At;
            var outcome = await engine.ApplyAsync(current.Id, step.Action, step.Input with { Version = current.Version }, [], Actor.System(step.User), ct);
            current = outcome.Item ?? throw new InvalidOperationException($"Demo work item {item.Title}, {step.Action}: {outcome.Errors}");
        }

        return current;
    }

    /// <summary>
    /// A service of the caller's that runs at the clock's time (given the other services that must
    /// too), so a module can play a past story, an inspection campaign of 2024, through its real rules.
    /// </summary>
    public T At<T>(DemoClock clock, params object[] with)
        where T : notnull =>
        ActivatorUtilities.CreateInstance<T>(services, [clock, .. with]);

    /// <summary>The work-item engine on the clock, for <see cref="At{T}"/>.</summary>
    public WorkItemService Engine(DemoClock clock) => ActivatorUtilities.CreateInstance<WorkItemService>(services, clock);
}

/// <summary>The time a demo story has reached.</summary>
public sealed class DemoClock : TimeProvider
{
    public DateTime Utc { get; set; }

    public override DateTimeOffset GetUtcNow() => new(Utc, TimeSpan.Zero);
}

/// <summary>One step of a demo work item's story: who did what, when.</summary>
public sealed record DemoStep(string Action, string User, DateTime At, TransitionInput Input);

/// <summary>Whether this instance runs the demo district (shows demo accounts on the sign-in page).</summary>
public sealed record DemoMode(bool Enabled);
