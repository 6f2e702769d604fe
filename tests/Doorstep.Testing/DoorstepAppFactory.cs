using System.Net.Http.Headers;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Doorstep.Platform.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Testing;

/// <summary>The real Doorstep web application over a <see cref="TestDatabase"/>.</summary>
public sealed class DoorstepAppFactory(TestDatabase database, bool demo = false) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the host serves the build's static assets only when told to.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in Database.Settings(demo))
        {
            builder.UseSetting(key, value ?? "");
        }
    }

    /// <summary>Seeds the demo district (regions, grids, residents, accounts) into this database.</summary>
    public async Task<IReadOnlyList<DemoAccount>> SeedDemoAsync(int residents = 50)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(residents) ?? [];
    }

    public async Task<string> CreateUserAsync(string name, string role, params string[] regions)
    {
        await using var scope = Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<UserService>().CreateAsync(new NewUser(name, [role], regions), Actor.System("test"));
        return outcome.Succeeded ? outcome.Value.Password : throw new InvalidOperationException(outcome.Errors.ToString());
    }

    /// <summary>An HTTP client that acts as <paramref name="user"/> through a bearer token.</summary>
    public async Task<HttpClient> ClientForAsync(string user)
    {
        await using var scope = Services.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(user, "test", null, Actor.System("test"))
            ?? throw new InvalidOperationException($"No user {user}");
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
