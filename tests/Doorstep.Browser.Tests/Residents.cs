using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.People;

namespace Doorstep.Browser.Tests;

/// <summary>
/// Residents set up or looked up through the public API as the district officer, so a browser test
/// knows the full ID number that the pages only ever show masked.
/// </summary>
public static class Residents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private static int sequence = 100;

    /// <summary>
    /// A valid ID number that no other test and no demo resident uses: demo residents are born within
    /// the last 92 years, these in 1926, and the sequence is unique within this run.
    /// </summary>
    public static string NewIdNumber()
    {
        var next = Interlocked.Increment(ref sequence);
        return CitizenId.Create("430211", new DateOnly(1926, 3, 12).AddDays(next), next);
    }

    public static async Task<PersonView> RegisterAsync(BrowserSite site, string name, string idNumber, string regionCode)
    {
        using var client = await OfficerAsync(site);
        var response = await client.PostAsJsonAsync("/api/v1/people", new PersonInput { Name = name, IdNumber = idNumber, RegionCode = regionCode, Address = "株洲市天元区测试路1号" }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PersonView>(Json))!;
    }

    public static async Task<IReadOnlyList<PersonView>> InRegionAsync(BrowserSite site, string regionCode)
    {
        using var client = await OfficerAsync(site);
        var page = await client.GetFromJsonAsync<Page<PersonView>>($"/api/v1/people?region={regionCode}&pageSize=50", Json);
        return page!.Items;
    }

    private static Task<HttpClient> OfficerAsync(BrowserSite site) => site.ApiClientAsync("officer");
}
