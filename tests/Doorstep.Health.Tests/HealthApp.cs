using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Health.Tests;

/// <summary>The real application over a fresh database with the demo district, for the health suites.</summary>
internal sealed class HealthApp : IAsyncDisposable
{
    private HealthApp(TestDatabase database, DoorstepAppFactory factory)
    {
        Database = database;
        Factory = factory;
    }

    public TestDatabase Database { get; }

    public DoorstepAppFactory Factory { get; }

    public static async Task<HealthApp> StartAsync(string provider, int residents = 0)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new DoorstepAppFactory(database);
        _ = factory.Server;
        await factory.SeedDemoAsync(residents);
        return new HealthApp(database, factory);
    }

    public Task<HttpClient> ClientForAsync(string user) => Factory.ClientForAsync(user);

    public async Task<Guid> RegisterAsync(string name, DateOnly born, string region)
    {
        var officer = await ClientForAsync("officer");
        var response = await officer.PostAsJsonAsync("/api/v1/people", new { name, idNumber = CitizenId.Create("430211", born, Random.Shared.Next(1, 999)), regionCode = region }, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    public async Task<List<string>> RawVisitCiphersAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Platform.Data.DoorstepDb>();
        return await db.Set<Visits.Visit>().Select(v => v.ReadingsCipher).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
