using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Doorstep.Browser.Tests;

/// <summary>A grid member handles an item on a phone; the district officer verifies it on site and closes it.</summary>
public sealed class WorkItemTests(BrowserSite site) : BrowserTest(site)
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_grid_member_handles_an_item_and_the_officer_verifies_and_closes_it()
    {
        var id = await ReportAndDispatchToGridAsync("霞石村2组水塘护栏损坏");

        // The grid member, on a phone standing in 霞石村.
        var phone = await NewPageAsync(390, new Geolocation { Longitude = 113.0151f, Latitude = 27.7452f });
        await SignInToDashboardAsync(phone, "grid");
        await phone.GotoAsync("/work-items/mine");
        await phone.Locator("#work-items-table a", new() { HasText = "霞石村2组水塘护栏损坏" }).ClickAsync();
        await Expect(phone.Locator("#status")).ToHaveTextAsync("待签收");
        await SubmitAsync(phone.Locator("#action-accept button[type=submit]"));
        await Expect(phone.Locator("#action-done")).ToBeVisibleAsync();
        await Expect(phone.Locator("#status")).ToHaveTextAsync("处置中");

        await phone.Locator("#note-handle").FillAsync("已请村里电工焊接护栏，并设置警示牌");
        await phone.Locator("#photos-handle").SetInputFilesAsync(new FilePayload { Name = "护栏.png", MimeType = "image/png", Buffer = Png });
        // The page fills in the position from the phone before the grid member presses the button.
        await Expect(phone.Locator("#action-handle input[name=longitude]")).ToHaveValueAsync("113.015100");
        await SubmitAsync(phone.Locator("#action-handle button[type=submit]"));
        await Expect(phone.Locator("#status")).ToHaveTextAsync("待核查");
        await Expect(phone.Locator("#history img.work-item-photo")).ToHaveCountAsync(1);
        await Expect(phone.Locator("#history li[data-action=handle]")).ToContainTextAsync("113.0151, 27.7452");
        await Artifacts.DocumentAsync(phone, "work-item-phone.png");

        // The officer goes to see it, then closes it.
        await SignInToDashboardAsync(Page, "officer");
        await Page.GotoAsync($"/work-items/{id}");
        await Page.Locator("#passed-yes").CheckAsync();
        await Page.Locator("#note-verify").FillAsync("现场查看，护栏已修复");
        await SubmitAsync(Page.Locator("#action-verify button[type=submit]"));
        await Expect(Page.Locator("#status")).ToHaveTextAsync("待结案");
        await SubmitAsync(Page.Locator("#action-close button[type=submit]"));
        await Expect(Page.Locator("#status")).ToHaveTextAsync("已结案");
        await Expect(Page.Locator("#history li")).ToHaveCountAsync(7);
        (await Page.Locator("#history li").AllInnerTextsAsync())[^1].ShouldContain("结案");
        await Expect(Page.Locator("#actions form")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#action-evaluate")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_step_refused_by_the_engine_shows_its_reason_on_the_page()
    {
        var id = await ReportAndDispatchToGridAsync("霞石村1组井盖缺失");
        await SignInToDashboardAsync(Page, "grid");
        await Page.GotoAsync($"/work-items/{id}");
        await SubmitAsync(Page.Locator("#action-accept button[type=submit]"));

        // Handling needs a note; the browser's own check is bypassed to see the server's answer.
        await Page.Locator("#note-handle").EvaluateAsync("el => el.removeAttribute('required')");
        await SubmitAsync(Page.Locator("#action-handle button[type=submit]"));

        await Expect(Page.Locator("#action-error")).ToHaveTextAsync("请填写处置情况");
        await Expect(Page.Locator("#status")).ToHaveTextAsync("处置中");
    }

    [Fact]
    public async Task The_officer_sees_every_overdue_item_in_the_district_and_who_owns_it()
    {
        await SignInToDashboardAsync(Page, "officer");
        await Page.GotoAsync("/work-items/kpis");

        await Expect(Page.Locator("#overdue-heading")).ToContainTextAsync("当前超期工单");
        var overdueRows = Page.Locator("#work-items-table").Last.Locator("tbody tr");
        var overdueFigure = Page.Locator("#kpi-table tfoot a[data-kpi=overdue]");
        await Expect(overdueRows).ToHaveCountAsync(int.Parse(await overdueFigure.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture));
        await Expect(overdueRows.First.Locator(".deadline")).ToHaveAttributeAsync("data-urgency", "overdue");
        await Artifacts.DocumentAsync(Page, "work-item-kpis.png");

        // The figure drills down to exactly the items behind it.
        var due = await Page.Locator("#kpi-table tfoot a[data-kpi=due]").InnerTextAsync();
        await Page.Locator("#kpi-table tfoot a[data-kpi=due]").ClickAsync();
        await Expect(Page.Locator("#kpi-banner")).ToContainTextAsync("应办结");
        await Expect(Page.Locator("main")).ToContainTextAsync($"共 {due} 条");
    }

    private async Task<Guid> ReportAndDispatchToGridAsync(string title)
    {
        using var officer = await Site.ApiClientAsync("officer");
        var created = await officer.PostAsJsonAsync("/api/v1/work-items", new { typeCode = "care.appeal", category = "general", title, regionCode = "430211101201002", open = true });
        created.EnsureSuccessStatusCode();
        var item = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = item.GetProperty("id").GetGuid();
        var dispatched = await officer.PostAsJsonAsync($"/api/v1/work-items/{id}/dispatch", new { version = item.GetProperty("version").GetInt32(), assignUser = "grid" });
        dispatched.EnsureSuccessStatusCode();
        return id;
    }
}
