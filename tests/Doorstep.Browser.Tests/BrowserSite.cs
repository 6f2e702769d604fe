using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Doorstep.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Doorstep.Browser.Tests.BrowserSite))]

namespace Doorstep.Browser.Tests;

/// <summary>
/// One real Doorstep server on Kestrel over a seeded SQLite database, and one headless Chromium,
/// shared by every browser test: starting either takes seconds, a browser context takes milliseconds.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private TestDatabase? database;
    private DoorstepAppFactory? doorstep;
    private WebApplicationFactory<Program>? host;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public IServiceProvider Services => host!.Services;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<DemoAccount> Accounts { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        doorstep = new DoorstepAppFactory(database);
        // Outside Development the host serves build-output assets only through the static web assets
        // manifest; without it every stylesheet and script comes back as an empty 200 to a browser
        // that accepts gzip or br, and the pages render unstyled.
        host = doorstep.WithWebHostBuilder(b => b.UseStaticWebAssets());
        host.UseKestrel(FreePort());
        host.StartServer();
        BaseAddress = ListeningAddress();
        await using (var scope = Services.CreateAsyncScope())
        {
            Accounts = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(residents: 200) ?? [];
        }

        if (Accounts.Count == 0)
        {
            throw new InvalidOperationException("The demo district was not seeded into a fresh database.");
        }

        // A two-core CI machine hashing passwords for parallel sign-ins can take longer than the 5 s default.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            // The Debian Chromium, not a Playwright download: this machine cannot fetch browsers.
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>An API client that acts as <paramref name="user"/> through a bearer token, against the Kestrel port.</summary>
    public async Task<HttpClient> ApiClientAsync(string user)
    {
        await using var scope = Services.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(user, "browser-tests", null, Actor.System("test"))
            ?? throw new InvalidOperationException($"No user {user}");
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public DemoAccount Account(string user) =>
        Accounts.FirstOrDefault(a => a.User == user) ?? throw new InvalidOperationException($"No demo account {user}");

    /// <summary>
    /// A fresh browser context: its own cookies, so each test signs in as whom it needs. A phone is
    /// 390 pixels wide and, when given a position, lets the page read it as a grid member's phone would.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, Geolocation? position = null) =>
        await browser!.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = 900 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            Geolocation = position,
            Permissions = position is null ? [] : ["geolocation"],
        });

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (doorstep is not null)
        {
            await doorstep.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    private Uri ListeningAddress()
    {
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel reports no http address: [{string.Join(", ", addresses)}]");

        // Chromium resolves localhost itself; the loopback literal keeps it on the address Kestrel bound.
        return new Uri(address.Replace("//localhost:", "//127.0.0.1:", StringComparison.Ordinal).Replace("//[::]:", "//127.0.0.1:", StringComparison.Ordinal));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
