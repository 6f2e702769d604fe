using System.Net.Http.Json;
using System.Text.Json;

namespace Doorstep.Safety.Tests;

/// <summary>The demo district on a test database, and the look-ups the safety tests share.</summary>
internal static class SafetyDemo
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<DoorstepAppFactory> StartAsync(TestDatabase database)
    {
        var app = new DoorstepAppFactory(database);
        _ = app.Server;
        await app.SeedDemoAsync(0);
        return app;
    }

    public static async Task<JsonElement> VenueAsync(HttpClient client, string name) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/safety/venues?q={Uri.EscapeDataString(name)}", Ct)).GetProperty("items").EnumerateArray().Single();

    /// <summary>The campaign whose name contains the text, as the list shows it.</summary>
    public static async Task<JsonElement> CampaignAsync(HttpClient client, string nameContains) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/safety/campaigns", Ct)).EnumerateArray().Single(c => c.GetProperty("name").GetString()!.Contains(nameContains, StringComparison.Ordinal));

    public static async Task<List<JsonElement>> ChecklistItemsAsync(HttpClient client, string kind) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/v1/safety/checklists/{kind}", Ct)).GetProperty("items").EnumerateArray()];

    /// <summary>Every item passing, except those whose text contains a key of <paramref name="overrides"/>.</summary>
    public static List<object> Results(IEnumerable<JsonElement> items, Dictionary<string, object>? overrides = null) =>
        [.. items.Select(i =>
        {
            var text = i.GetProperty("text").GetString()!;
            var match = overrides?.FirstOrDefault(o => text.Contains(o.Key, StringComparison.Ordinal));
            return match is { Key: not null } found ? found.Value : new { itemId = i.GetProperty("id").GetGuid(), result = "pass" };
        })];

    public static Guid IdOf(IEnumerable<JsonElement> items, string text) =>
        items.First(i => i.GetProperty("text").GetString()!.Contains(text, StringComparison.Ordinal)).GetProperty("id").GetGuid();

    /// <summary>The smallest PNG there is: one transparent pixel.</summary>
    public static readonly string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
}
