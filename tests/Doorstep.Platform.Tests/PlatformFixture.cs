using System.Security.Claims;
using Doorstep.Platform.Data;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Platform.Tests;

/// <summary>Platform services over a fresh real database with the demo region tree and no generated residents (the care demo's few named families are there).</summary>
public sealed class PlatformFixture : IAsyncDisposable
{
    private PlatformFixture(TestDatabase database, DoorstepAppFactory factory)
    {
        Database = database;
        Factory = factory;
    }

    private int seededPeople;

    public TestDatabase Database { get; }

    public DoorstepAppFactory Factory { get; }

    public static async Task<PlatformFixture> StartAsync(string provider, int residents = 0)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new DoorstepAppFactory(database);
        _ = factory.Server;
        await factory.SeedDemoAsync(residents);
        var fixture = new PlatformFixture(database, factory);
        fixture.seededPeople = await fixture.CountAllPeopleAsync();
        return fixture;
    }

    /// <summary>A service scope acting as the system (no request, so every region is visible).</summary>
    public AsyncServiceScope Scope() => Factory.Services.CreateAsyncScope();

    /// <summary>A service scope acting as a signed-in user of <paramref name="regions"/>: the database then sees only those regions.</summary>
    public AsyncServiceScope ScopeOf(params string[] regions)
    {
        var scope = Scope();
        var user = new ClaimsPrincipal(new ClaimsIdentity(regions.Select(r => new Claim(DoorstepClaimTypes.Scope, r)), "test"));
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };
        return scope;
    }

    /// <summary>The people added since the demo was seeded.</summary>
    public async Task<int> CountPeopleAsync() => await CountAllPeopleAsync() - seededPeople;

    private async Task<int> CountAllPeopleAsync()
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
