using Microsoft.Playwright;

namespace Doorstep.Browser.Tests;

/// <summary>
/// A fire inspector walks a kindergarten's checklist on a phone and serves a notice for a failing
/// item; the owner's request and a passing re-inspection let the district officer close the hazard.
/// </summary>
public sealed class SafetyInspectionTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task An_inspector_records_a_failing_item_and_the_officer_closes_the_hazard_after_reinspection()
    {
        var phone = await NewPageAsync(390, new Geolocation { Longitude = 113.0151f, Latitude = 27.7452f });
        await SignInToDashboardAsync(phone, "fire");
        await phone.GotoAsync("/safety/inspect");

        // The page asks the phone where it is and lists the nearest venues first.
        await Expect(phone.Locator("#position")).ToContainTextAsync("按距您的位置由近到远排列");
        await Expect(phone.Locator("#nearby .distance").First).ToBeVisibleAsync();
        await phone.Locator("#nearby a", new() { HasText = "霞石村星星幼儿园" }).ClickAsync();

        var lights = phone.Locator(".checklist-item", new() { HasText = "应急照明灯完好有效" });
        await lights.Locator("label", new() { HasText = "不合格" }).ClickAsync();
        await lights.Locator("summary").ClickAsync();
        await lights.Locator("input[name^='l-']").FillAsync("午休室走廊");
        var exits = phone.Locator(".checklist-item", new() { HasText = "安全出口、疏散通道未锁闭" });
        await exits.Locator("label", new() { HasText = "不合格" }).ClickAsync();
        await exits.Locator("summary").ClickAsync();
        await exits.Locator("input[name^='f-']").CheckAsync();
        await phone.Locator("#restPass").CheckAsync();
        await phone.Locator("#with-grid").CheckAsync();
        await Expect(phone.Locator("#longitude")).ToHaveValueAsync("113.015100");
        await Artifacts.DocumentAsync(phone, "safety-inspect-phone.png");
        await SubmitAsync(phone.Locator("#submit"));

        await Expect(phone.Locator("#done")).ToContainTextAsync("限期整改隐患1处已立案");
        await Expect(phone.Locator("#results tr.table-danger")).ToHaveCountAsync(2);
        await phone.Locator("#results a", new() { HasText = "限期整改" }).ClickAsync();
        await Expect(phone.Locator("#state")).ToHaveTextAsync("整改中");
        var hazard = new Uri(phone.Url).AbsolutePath;

        // The kindergarten says the lights are fixed; the inspector records its request.
        await SubmitAsync(phone.Locator("#owner-request button[type=submit]"));
        await Expect(phone.Locator("#state")).ToHaveTextAsync("待复查");

        // The grid member and the inspector re-inspect; it passes.
        var grid = await NewPageAsync(390, new Geolocation { Longitude = 113.0151f, Latitude = 27.7452f });
        await SignInToDashboardAsync(grid, "grid");
        await grid.GotoAsync(hazard);
        await grid.Locator("#re-with-fire").CheckAsync();
        await grid.Locator("#passed-yes").CheckAsync();
        await grid.Locator("#re-note").FillAsync("应急照明灯已全部更换，测试正常");
        await SubmitAsync(grid.Locator("#reinspect button[type=submit]"));
        await Expect(grid.Locator("#state")).ToHaveTextAsync("已整改待销案");
        await Expect(grid.Locator("#reinspections li")).ToContainTextAsync("通过");

        // The officer closes it; the notice shows both inspectors.
        await SignInToDashboardAsync(Page, "officer");
        await Page.GotoAsync(hazard);
        await SubmitAsync(Page.Locator("#close button[type=submit]"));
        await Expect(Page.Locator("#state")).ToHaveTextAsync("已销案");
        await Page.Locator("a", new() { HasText = "整改通知书" }).First.ClickAsync();
        await Expect(Page.Locator("#notice")).ToContainTextAsync("午休室走廊");
        await Expect(Page.Locator("#notice-inspectors")).ToHaveTextAsync("消防监督员 周奕江、霞石村网格员 杨浩博");
        await Artifacts.DocumentAsync(Page, "safety-notice.png");
    }
}
