using System.Text.RegularExpressions;

namespace Doorstep.Browser.Tests;

public sealed class LanguageTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task The_English_link_turns_the_interface_English_on_the_same_page_and_back()
    {
        await SignInToDashboardAsync(Page, "officer");
        await Page.GotoAsync("/people?sort=name");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("居民档案");

        await Page.Locator("header").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/people\?sort=name$"));
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Residents");
        await Expect(Page.Locator("header .navbar-nav")).ToContainTextAsync("Dashboard");
        await Expect(Page.Locator("header button[type=submit]")).ToHaveTextAsync("Sign out");
        await Expect(Page.Locator("#people-table thead")).ToContainTextAsync("ID number");
        await Expect(Page).ToHaveTitleAsync(new Regex("^Residents · Doorstep$"));
        (await Page.Locator("body").InnerTextAsync()).ShouldNotContain("居民档案");

        // The choice is a cookie, so it holds on the next page too.
        await Page.GotoAsync("/people/new");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Register resident");

        await Page.Locator("header").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "中文", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/people/new$"));
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("登记居民");
    }
}
