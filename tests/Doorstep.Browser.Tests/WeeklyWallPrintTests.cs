using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Doorstep.Browser.Tests;

/// <summary>
/// A specialist makes a station's weekly wall again and prints it: on paper the navigation and
/// buttons are gone, a header names the station and the week, and the entries are all there.
/// </summary>
public sealed class WeeklyWallPrintTests(BrowserSite site) : BrowserTest(site)
{
    private const string Station = "康华社区“家门口”就业服务站";

    [Fact]
    public async Task A_weekly_wall_prints_with_the_station_header_and_without_the_navigation()
    {
        var (wallId, week) = await WallWithASeekerAsync();
        await SignInToDashboardAsync(Page, "jobs");

        await Page.GotoAsync("/employment/walls");
        await Page.Locator($"#walls a[href='/employment/walls/{wallId}']").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/employment/walls/{wallId}$"));
        await SubmitAsync(Page.Locator("#regenerate button"));
        await Expect(Page.Locator("#done")).ToBeVisibleAsync();
        var seeker = Page.Locator("#wall-seekers .seeker-name", new() { HasText = "欧阳**" });
        await Expect(seeker).ToBeVisibleAsync();
        await Expect(Page.Locator("#wall-seekers")).Not.ToContainTextAsync("欧阳墙测");
        await Expect(Page.Locator("#print-header")).ToBeHiddenAsync();
        await Expect(Page.Locator("header.navbar")).ToBeVisibleAsync();

        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(Page.Locator("header.navbar")).ToBeHiddenAsync();
        await Expect(Page.Locator("#print")).ToBeHiddenAsync();
        await Expect(Page.Locator("#regenerate")).ToBeHiddenAsync();
        await Expect(Page.Locator("#print-header")).ToBeVisibleAsync();
        await Expect(Page.Locator("#print-header")).ToContainTextAsync(Station);
        await Expect(Page.Locator("#print-header")).ToContainTextAsync(week);
        await Expect(seeker).ToBeVisibleAsync();
        await Expect(Page.Locator("#wall-vacancies tbody tr[data-number]").First).ToBeVisibleAsync();
        await Expect(Page.Locator("#contact")).ToContainTextAsync("0731-22830516");

        // What the printer gets: Chromium's own A4 rendering of the page in print media.
        var pdf = await Page.PdfAsync(new() { Format = "A4", PrintBackground = false });
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        await Artifacts.DocumentAsync(Page, "employment-weekly-wall-print.png");
    }

    /// <summary>
    /// A consenting seeker by the station, wanting a trade no demo vacancy offers so the other
    /// employment tests never pick them, and the station's wall of this week.
    /// </summary>
    private async Task<(Guid WallId, string Week)> WallWithASeekerAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await Site.ApiClientAsync("jobs");
        var station = (await api.GetFromJsonAsync<JsonElement>("/api/v1/employment/stations", ct)).EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == Station);
        var person = await Residents.RegisterAsync(Site, "欧阳墙测", Residents.NewIdNumber(), "430211001001001");
        var created = await api.PostAsJsonAsync("/api/v1/employment/seekers", new
        {
            personId = person.Id, desiredOccupations = new[] { "6-06-04-00" }, expectedWage = 4500, skills = new[] { "木工", "打磨" }, publicWallConsent = true,
            longitude = station.GetProperty("longitude").GetDouble() + 0.001, latitude = station.GetProperty("latitude").GetDouble(),
        }, ct);
        created.EnsureSuccessStatusCode();
        var walls = await api.GetFromJsonAsync<JsonElement>($"/api/v1/employment/walls?station={station.GetProperty("organisationId").GetGuid()}", ct);
        var wall = walls.GetProperty("items")[0];
        return (wall.GetProperty("id").GetGuid(), $"{wall.GetProperty("isoYear").GetInt32()}年第{wall.GetProperty("isoWeek").GetInt32()}周");
    }
}
