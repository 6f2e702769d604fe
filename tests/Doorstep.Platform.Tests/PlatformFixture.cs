using Doorstep.Platform.Data;
using Doorstep.Platform.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Platform.Tests;

/// <summary>Platform services over a fresh real database with the demo region tree and no residents.</summary>
public sealed class PlatformFixture : IAsyncDisposable
{
    private PlatformFixture(TestDatabase database, DoorstepAppFactory factory)
    {
        Database = database;
        Factory = factory;
    }

    public TestDatabase Database { get; }

    public DoorstepAppFactory Factory { get; }

    public static async Task<PlatformFixture> StartAsync(string provider, int residents = 0)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new DoorstepAppFactory(database);
        _ = factory.Server;
        await factory.SeedDemoAsync(residents);
        return new PlatformFixture(database, factory);
    }

    /// <summary>A service scope acting as the system (no request, so every region is visible).</summary>
    public AsyncServiceScope Scope() => Factory.Services.CreateAsyncScope();

    public async Task<int> CountPeopleAsync()
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        return db.People.Count();
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
