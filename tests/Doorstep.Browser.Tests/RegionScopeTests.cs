using System.Text.RegularExpressions;
using Doorstep.Platform.Demo;

namespace Doorstep.Browser.Tests;

public sealed class RegionScopeTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_grid_member_of_Xiashi_cannot_open_a_resident_of_Kanghua_but_can_open_one_of_Xiashi()
    {
        var grid = Site.Account("grid");
        grid.Region.ShouldBe(DemoDistrict.Xiashi);
        var outsiders = await Residents.InRegionAsync(Site, DemoDistrict.Kanghua);
        var neighbours = await Residents.InRegionAsync(Site, DemoDistrict.Xiashi);
        outsiders.ShouldNotBeEmpty();
        neighbours.ShouldNotBeEmpty();
        var (outsider, neighbour) = (outsiders[0], neighbours[0]);
        await SignInToDashboardAsync(Page, "grid");

        var refused = await Page.GotoAsync($"/people/{outsider.Id}");

        refused.ShouldNotBeNull().Status.ShouldBe(404);
        // The person page's own 找不到该居民 and the site's 页面不存在 (status-code re-execution) both say it plainly.
        await Expect(Page.Locator("main h1")).ToHaveTextAsync(new Regex("^(找不到该居民|页面不存在)$"));
        await Expect(Page.Locator("main")).ToContainTextAsync("不在您的管辖范围内");
        (await Page.Locator("main").InnerTextAsync()).ShouldNotContain(outsider.Name);
        (await Page.Locator("main").InnerTextAsync()).ShouldNotContain(outsider.IdNumber);

        // The same page does open for a resident in the member's own village, so the refusal above is the scope's doing.
        var allowed = await Page.GotoAsync($"/people/{neighbour.Id}");

        allowed.ShouldNotBeNull().Status.ShouldBe(200);
        await Expect(Page.Locator("main h1")).ToHaveTextAsync(neighbour.Name);
        await Expect(Page.Locator("#id-number")).ToHaveTextAsync(neighbour.IdNumber);
    }
}
