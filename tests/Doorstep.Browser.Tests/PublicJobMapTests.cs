using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Doorstep.Browser.Tests;

/// <summary>The public job map on a phone, without signing in: pick a community, read the cards, keep the jobs that suit disabled people.</summary>
public sealed class PublicJobMapTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_resident_of_Kanghua_finds_jobs_nearby_and_where_to_apply()
    {
        var phone = await NewPageAsync(390);

        await phone.GotoAsync("/account/login");
        await phone.Locator(".navbar-toggler").ClickAsync();
        await phone.Locator("#nav a", new() { HasText = "家门口招聘" }).ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("/jobs$"));
        await Expect(phone.Locator("#place-status")).ToContainTextAsync("显示全区");

        await phone.Locator("#community").SelectOptionAsync(new SelectOptionValue { Label = "康华社区" });
        await SearchAsync(phone, "community=430211001001");
        await Expect(phone.Locator("#place-status")).ToContainTextAsync("离康华社区最近的排在前面");
        var cards = phone.Locator("#jobs .job");
        await Expect(cards.First).ToBeVisibleAsync();
        await Expect(cards.First.Locator(".distance")).ToContainTextAsync("距康华社区");
        await Expect(cards.First.Locator(".apply")).ToContainTextAsync("报名（距康华社区");
        await Expect(cards.First.Locator(".apply")).ToContainTextAsync("开放时间");
        await Expect(cards.First.Locator(".apply a[href^='tel:']")).ToBeVisibleAsync();
        await Expect(phone.Locator(".jobs-map .leaflet-interactive").First).ToBeVisibleAsync();
        await Expect(phone.Locator("#current-user")).ToHaveCountAsync(0);
        var all = await cards.CountAsync();

        await phone.Locator("#suits-disabled").CheckAsync();
        await SearchAsync(phone, "suitsDisabled=true");
        await Expect(phone.Locator("#suits-disabled")).ToBeCheckedAsync();
        await Expect(phone.Locator("#jobs .job:not(:has(.suits))")).ToHaveCountAsync(0);
        var suited = await cards.CountAsync();
        suited.ShouldBeGreaterThan(0);
        suited.ShouldBeLessThan(all);
        for (var i = 0; i < suited; i++)
        {
            await Expect(cards.Nth(i).Locator(".suits")).ToContainTextAsync("适合");
        }

        await Artifacts.DocumentAsync(phone, "public-job-map.png");

        await phone.GotoAsync("/jobs/stations?community=430211001001");
        await Expect(phone.Locator("#stations .station").First.Locator("h2")).ToHaveTextAsync("康华社区“家门口”就业服务站");
        await Expect(phone.Locator("#stations .station").First).ToContainTextAsync("周一至周五 8:30—12:00，14:30—17:30");
    }

    /// <summary>
    /// The search is a plain GET form: submit it and wait for the address it leads to. The
    /// expectations that follow wait for what the new page shows; waiting for its load state
    /// instead, right after the address changed, can miss the event and hang.
    /// </summary>
    private static async Task SearchAsync(IPage phone, string expected)
    {
        await phone.Locator("#job-search button[type=submit]").ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex(Regex.Escape(expected)));
    }
}
