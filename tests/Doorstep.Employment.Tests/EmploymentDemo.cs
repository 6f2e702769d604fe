using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Doorstep.Employment.Tests;

/// <summary>The demo district on a test database, and the look-ups the employment tests share.</summary>
internal static class EmploymentDemo
{
    public const string Songshan = "430211001000";
    public const string Leidashi = "430211101000";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<DoorstepAppFactory> StartAsync(TestDatabase database)
    {
        var app = new DoorstepAppFactory(database);
        _ = app.Server;
        await app.SeedDemoAsync(0);
        return app;
    }

    public static async Task<JsonElement> EmployerAsync(HttpClient client, string name) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/employment/employers?q={Uri.EscapeDataString(name)}", Ct)).GetProperty("items").EnumerateArray().Single();

    public static async Task<Guid> EmployerIdAsync(HttpClient client, string name) => (await EmployerAsync(client, name)).GetProperty("id").GetGuid();

    public static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, text);
        return JsonDocument.Parse(text).RootElement;
    }

    public static string Error(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
}
