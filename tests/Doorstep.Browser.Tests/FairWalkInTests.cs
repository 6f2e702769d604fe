using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Doorstep.Kernel;
using Microsoft.Playwright;

namespace Doorstep.Browser.Tests;

/// <summary>
/// At the door of the demo's disabled-people fair, a specialist registers a walk-in on a phone: five
/// fields, one button, and the visitor's ranked posts of the fair are on screen with their reasons,
/// ready to print; the visitor is then on the fair's list with the numbers masked.
/// </summary>
public sealed class FairWalkInTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_specialist_registers_a_walk_in_on_a_phone_and_sees_their_matching_posts()
    {
        var fairId = await DisabledFairAsync();
        var idNumber = CitizenId.Create("430225", new DateOnly(1989, 6, 15), 977);
        var phone = await NewPageAsync(390);
        await SignInToDashboardAsync(phone, "jobs");

        await phone.GotoAsync($"/employment/fairs/{fairId}");
        await phone.Locator("#walk-in").ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex($"/employment/fairs/{fairId}/register$"));

        // A mistyped ID number is refused at its field, and nothing else is lost.
        await phone.Locator("#id-number").FillAsync(idNumber[..17] + (idNumber[17] == '1' ? "2" : "1"));
        await phone.Locator("#name").FillAsync("尹秀兰");
        await phone.Locator("#phone").FillAsync("13975301234");
        await SubmitAsync(phone.Locator("#register-button"));
        await Expect(phone.Locator("[data-field=idNumber]")).ToBeVisibleAsync();
        await Expect(phone.Locator("#name")).ToHaveValueAsync("尹秀兰");

        await phone.Locator("#id-number").FillAsync(idNumber);
        await phone.Locator("#group-disabled").CheckAsync();
        await phone.Locator("#wish").SelectOptionAsync("6-22-02-01");
        await SubmitAsync(phone.Locator("#register-button"));

        await Expect(phone.Locator("#done")).ToContainTextAsync("登记成功");
        await Expect(phone.Locator("#visitor")).ToContainTextAsync("尹秀兰");
        await Expect(phone.Locator("#visitor")).ToContainTextAsync("139****1234");
        await Expect(phone.Locator("#visitor")).Not.ToContainTextAsync(idNumber);
        var matches = phone.Locator("#matches > li");
        await Expect(matches.First).ToBeVisibleAsync();
        await Expect(matches.First.Locator("[data-reasons]")).ToContainTextAsync("首选职业");
        await Expect(matches.First.Locator("[data-reasons]")).ToContainTextAsync("适合残疾人");
        await Expect(phone.Locator("#print")).ToBeVisibleAsync();
        await Artifacts.DocumentAsync(phone, "employment-fair-walk-in-matches-phone.png");

        await phone.Locator("a", new() { HasText = "返回招聘会" }).ClickAsync();
        var visitor = phone.Locator("#visitors a", new() { HasText = "尹秀兰" });
        await Expect(visitor).ToContainTextAsync(CitizenId.Parse(idNumber).Masked);
        await Expect(visitor).ToContainTextAsync("残疾人");
    }

    /// <summary>The demo's 残疾人专场招聘会 in 天元区.</summary>
    private async Task<Guid> DisabledFairAsync()
    {
        using var api = await Site.ApiClientAsync("jobs");
        var fairs = await api.GetFromJsonAsync<JsonElement>("/api/v1/employment/fairs?kind=disabled", TestContext.Current.CancellationToken);
        return fairs.GetProperty("items")[0].GetProperty("id").GetGuid();
    }
}
