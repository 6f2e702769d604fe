using Microsoft.Playwright;

namespace Doorstep.Browser.Tests;

/// <summary>The public "clinics open near me" page, without signing in.</summary>
public sealed class OpenClinicsTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_resident_in_Xiashi_finds_the_village_clinic_first_on_a_festival_day()
    {
        var phone = await NewPageAsync(390, new Geolocation { Longitude = 113.0151f, Latitude = 27.7452f });

        await phone.GotoAsync("/account/login");
        await phone.Locator(".navbar-toggler").ClickAsync();
        await phone.Locator("#nav a", new() { HasText = "今天哪里能看病" }).ClickAsync();
        await Expect(phone).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/clinics$"));
        await phone.GotoAsync("/clinics?date=2024-02-12");
        await Expect(phone.Locator("#open-clinics .clinic")).ToHaveCountAsync(2);
        // The page reads the phone's position; searching again sorts by distance.
        await Expect(phone.Locator("#longitude")).ToHaveValueAsync("113.015100");
        await phone.Locator("#clinic-search button[type=submit]").ClickAsync();

        var first = phone.Locator("#open-clinics .clinic").First;
        await Expect(first.Locator("h2")).ToHaveTextAsync("霞石村卫生室");
        await Expect(first).ToContainTextAsync("08:00–12:00");
        await Expect(first).ToContainTextAsync("胡亮村医");
        await Expect(first.Locator(".distance")).ToContainTextAsync("约");
        await Expect(phone.Locator("#current-user")).ToHaveCountAsync(0);
        await Artifacts.DocumentAsync(phone, "open-clinics.png");

        await phone.GotoAsync("/clinics?date=2024-03-02");
        await Expect(phone.Locator("#open-clinics")).ToContainTextAsync("没有登记开诊的基层医疗机构");
    }
}
