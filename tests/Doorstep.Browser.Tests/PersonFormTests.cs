using System.Text.RegularExpressions;
using Doorstep.Kernel;

namespace Doorstep.Browser.Tests;

public sealed class PersonFormTests(BrowserSite site) : BrowserTest(site)
{
    private const string KanghuaSecondGrid = "430211001001002";

    [Fact]
    public async Task A_bad_ID_number_is_explained_under_its_field_and_saves_nothing_then_a_good_one_saves()
    {
        var good = Residents.NewIdNumber();
        var bad = good[..17] + WrongCheck(good[17]);
        await SignInToDashboardAsync(Page, "officer");

        await Page.GotoAsync("/people/new");
        await Page.Locator("#name").FillAsync("司马登记");
        await Page.Locator("#idNumber").FillAsync(bad);
        await Page.Locator("#regionCode").SelectOptionAsync(KanghuaSecondGrid);
        await Page.Locator("#address").FillAsync("康华小区3栋2单元501");
        await SubmitAsync(Page.Locator("#save"));

        var idError = Page.Locator("div.invalid-feedback[data-field=\"idNumber\"]");
        await Expect(idError).ToBeVisibleAsync();
        await Expect(idError).ToHaveTextAsync($"身份证号码校验位应为“{good[17]}”，实际为“{bad[17]}”");
        await Expect(Page.Locator("#idNumber")).ToHaveCSSAsync("border-top-color", Red);
        await Expect(Page.Locator("#name")).ToHaveCSSAsync("border-top-color", Grey);
        await Expect(Page.Locator("#form-errors")).ToBeVisibleAsync();
        // Only the ID number is wrong, so only it is marked: the other entries are kept as typed.
        await Expect(Page.Locator("div.invalid-feedback")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#name")).ToHaveValueAsync("司马登记");
        await Artifacts.DocumentAsync(Page, "person-error.png");

        var search = await NewPageAsync();
        await SignInToDashboardAsync(search, "officer");
        await search.GotoAsync($"/people?q={good}");
        await Expect(search.Locator("#people-table tbody")).ToHaveTextAsync("没有找到符合条件的居民");
        await search.GotoAsync("/people?q=司马登记");
        await Expect(search.Locator("#people-table tbody")).ToHaveTextAsync("没有找到符合条件的居民");

        // Coordinates typed the wrong way round: the longitude is a possible one, so the message
        // about the latitude stands under the latitude.
        await Page.Locator("#idNumber").FillAsync(good);
        await Page.Locator("#longitude").FillAsync("27.83");
        await Page.Locator("#latitude").FillAsync("113.08");
        await SubmitAsync(Page.Locator("#save"));
        var latitudeError = Page.Locator("div.invalid-feedback[data-field=\"latitude\"]");
        await Expect(latitudeError).ToHaveTextAsync("纬度应在-90到90之间，实际为113.08（是否把经纬度写反了？）");
        await Expect(Page.Locator("#latitude")).ToHaveCSSAsync("border-top-color", Red);
        await Expect(Page.Locator("#longitude")).ToHaveCSSAsync("border-top-color", Grey);
        await Expect(Page.Locator("div.invalid-feedback")).ToHaveCountAsync(1);

        await Page.Locator("#longitude").FillAsync("113.08");
        await Page.Locator("#latitude").FillAsync("27.83");
        await SubmitAsync(Page.Locator("#save"));

        await Expect(Page).ToHaveURLAsync(new Regex(@"/people/[0-9a-f-]{36}\?saved=true$"));
        await Expect(Page.Locator("main .alert-success")).ToHaveTextAsync("已保存");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("司马登记");
        await Expect(Page.Locator("#id-number")).ToHaveTextAsync(CitizenId.Parse(good).Masked);
        await Expect(Page.Locator("#flags")).ToHaveTextAsync("—");

        await search.GotoAsync($"/people?q={good}");
        await Expect(search.Locator("#people-table tbody tr")).ToHaveCountAsync(1);
        await Expect(search.Locator("#people-table tbody td a")).ToHaveTextAsync("司马登记");
    }

    private static char WrongCheck(char right) => right == '1' ? '2' : '1';
}
