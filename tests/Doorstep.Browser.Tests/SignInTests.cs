using System.Globalization;
using System.Text.RegularExpressions;

namespace Doorstep.Browser.Tests;

public sealed class SignInTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_wrong_password_is_refused_and_the_right_one_opens_the_dashboard()
    {
        var officer = Site.Account("officer");

        await SignInAsync(Page, officer.User, officer.Password + "-wrong");

        await Expect(Page.Locator("main .alert-danger")).ToHaveTextAsync("用户名或密码错误");
        await Expect(Page.Locator("#current-user")).ToHaveCountAsync(0);
        new Uri(Page.Url).AbsolutePath.ShouldBe("/account/login");

        await SignInAsync(Page, officer.User, officer.Password);

        await Expect(Page).ToHaveURLAsync(new Regex("^" + Regex.Escape(Site.BaseAddress.ToString()) + "$"));
        await Expect(Page.Locator("#current-user")).ToHaveTextAsync(officer.Name);
        var cards = Page.Locator("#indicators .indicator");
        await Expect(cards.First).ToBeVisibleAsync();
        var figures = await Page.Locator("#indicators .indicator .fs-3").AllInnerTextsAsync();
        figures.ShouldNotBeEmpty();
        figures.Where(f => !long.TryParse(f, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var _)).ShouldBeEmpty();
        // The district officer's figures cover the seeded residents, so they cannot all be zero.
        figures.ShouldContain(f => f != "0");

        // Styles and scripts are part of what a person sees: a styled header, a drawn chart, a live map.
        await Expect(Page.Locator("header.navbar")).Not.ToHaveCSSAsync("background-color", "rgba(0, 0, 0, 0)");
        await Expect(Page.Locator("[data-chart] canvas")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-points].leaflet-container")).ToBeVisibleAsync();

        await Artifacts.DocumentAsync(Page, "dashboard.png");
    }
}
