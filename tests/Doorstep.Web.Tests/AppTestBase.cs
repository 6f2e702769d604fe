using Doorstep.Platform.Demo;

namespace Doorstep.Web.Tests;

/// <summary>One running application over a fresh database, seeded with a small demo district.</summary>
public sealed class SeededApp : IAsyncDisposable
{
    private SeededApp(TestDatabase database, DoorstepAppFactory factory, IReadOnlyList<DemoAccount> accounts)
    {
        Database = database;
        Factory = factory;
        Accounts = accounts;
    }

    public TestDatabase Database { get; }

    public DoorstepAppFactory Factory { get; }

    public IReadOnlyList<DemoAccount> Accounts { get; }

    public static async Task<SeededApp> StartAsync(string provider, int residents = 60)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new DoorstepAppFactory(database);
        _ = factory.Server;
        var accounts = await factory.SeedDemoAsync(residents);
        return new SeededApp(database, factory, accounts);
    }

    public Task<HttpClient> ClientForAsync(string user) => Factory.ClientForAsync(user);

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
