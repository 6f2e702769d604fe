using System.Text.RegularExpressions;
using Doorstep.Kernel;

namespace Doorstep.Browser.Tests;

public sealed partial class PeopleListTests(BrowserSite site) : BrowserTest(site)
{
    private const string KanghuaFirstGrid = "430211001001001";

    [Fact]
    public async Task The_list_masks_ID_numbers_and_a_full_number_finds_exactly_that_resident()
    {
        var idNumber = Residents.NewIdNumber();
        var registered = await Residents.RegisterAsync(Site, "欧阳检索", idNumber, KanghuaFirstGrid);
        await SignInToDashboardAsync(Page, "officer");

        await Page.GotoAsync("/people");

        var rows = Page.Locator("#people-table tbody tr");
        await Expect(rows).ToHaveCountAsync(20);
        var shown = await Page.Locator("#people-table tbody td.id-number").AllInnerTextsAsync();
        shown.Count.ShouldBe(20);
        shown.ShouldAllBe(id => MaskedId().IsMatch(id));
        await Artifacts.DocumentAsync(Page, "people.png");

        await Page.Locator("input[name=q]").FillAsync(idNumber);
        await Page.Locator("form[role=search] button[type=submit]").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("q=" + idNumber));
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Locator("td a")).ToHaveTextAsync("欧阳检索");
        await Expect(rows.Locator("td.id-number")).ToHaveTextAsync(CitizenId.Parse(idNumber).Masked);
        await Expect(rows.Locator("td a")).ToHaveAttributeAsync("href", $"/people/{registered.Id}");
        // The full number is in the search box because the user typed it; it must appear nowhere else.
        (await Page.Locator("main").InnerTextAsync()).ShouldNotContain(idNumber);
    }

    [GeneratedRegex(@"^\d{4}\*{10}\d{3}[\dX]$")]
    private static partial Regex MaskedId();
}
