using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Doorstep.Health.Tests;

/// <summary>What the health suites read off responses, and the dates they send, in one place.</summary>
internal static class Http
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Today in Beijing, as the server counts days.</summary>
    public static DateOnly BeijingToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The body as JSON, after checking the status (the body is the failure message).</summary>
    public static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, text);
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task<Guid> CreatedId(HttpResponseMessage response) =>
        (await Json(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>A 400's problem details as text, to look for the message a user would read.</summary>
    public static async Task<string> Problem(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        return text;
    }
}
