using System.Net.Http.Json;
using System.Text.Json;

namespace Doorstep.Care.Tests;

/// <summary>The demo district on a test database (no generated residents: the care demo brings its own households), and the look-ups the care tests share.</summary>
internal static class CareDemo
{
    public const string Baiguan = "430203101000";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<DoorstepAppFactory> StartAsync(TestDatabase database)
    {
        var app = new DoorstepAppFactory(database);
        _ = app.Server;
        await app.SeedDemoAsync(0);
        return app;
    }

    /// <summary>The needy household a member's name finds.</summary>
    public static async Task<JsonElement> HouseholdAsync(HttpClient client, string member) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/care/households?q={Uri.EscapeDataString(member)}", Ct)).GetProperty("items").EnumerateArray().Single();

    public static async Task<Guid> HouseholdIdAsync(HttpClient client, string member) => (await HouseholdAsync(client, member)).GetProperty("id").GetGuid();

    /// <summary>How much of the item the region holds.</summary>
    public static async Task<int> StockAsync(HttpClient client, string region, string item) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/care/stock?region={region}", Ct)).EnumerateArray()
            .Where(s => s.GetProperty("regionCode").GetString() == region && s.GetProperty("item").GetString() == item)
            .Select(s => s.GetProperty("quantity").GetInt32()).SingleOrDefault();

    public static async Task<List<string?>> HeadsAsync(HttpClient client, string url) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(url, Ct)).GetProperty("items").EnumerateArray().Select(h => h.GetProperty("head").GetString())];
}
