using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Doorstep.Browser.Tests;

public sealed class OrganisationFormTests(BrowserSite site) : BrowserTest(site)
{
    private const string Xiashi = "430211101201";

    [Fact]
    public async Task A_bad_credit_code_is_outlined_and_explained_and_saves_nothing_then_the_place_saves_without_one()
    {
        const string name = "霞石村农家书屋";
        await SignInToDashboardAsync(Page, "officer");

        await Page.GotoAsync("/organisations/new");
        await Page.Locator("#name").FillAsync(name);
        await Page.Locator("#kind").SelectOptionAsync("social-organisation");
        await Page.Locator("#creditCode").FillAsync("91430211MA4L");
        await Page.Locator("#regionCode").SelectOptionAsync(Xiashi);
        await Page.Locator("#address").FillAsync("霞石村村部二楼");
        await SubmitAsync(Page.Locator("#save"));

        var codeError = Page.Locator("div.invalid-feedback[data-field=\"creditCode\"]");
        await Expect(codeError).ToHaveTextAsync("统一社会信用代码应为18位，实际为12位");
        await Expect(Page.Locator("#form-errors")).ToHaveTextAsync("请修正标红的内容后再保存。");
        await Expect(Page.Locator("div.invalid-feedback")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#creditCode")).ToHaveCSSAsync("border-top-color", Red);
        await Expect(Page.Locator("#name")).ToHaveCSSAsync("border-top-color", Grey);
        await Expect(Page.Locator("#name")).ToHaveValueAsync(name);

        var list = await NewPageAsync();
        await SignInToDashboardAsync(list, "officer");
        await list.GotoAsync($"/organisations?q={name}");
        await Expect(list.Locator("#organisations-table tbody")).ToHaveTextAsync("没有找到符合条件的组织或场所");

        await Page.Locator("#creditCode").FillAsync("");
        await SubmitAsync(Page.Locator("#save"));

        await Expect(Page).ToHaveURLAsync(new Regex(@"/organisations/[0-9a-f-]{36}\?saved=true$"));
        await Expect(Page.Locator("main .alert-success")).ToHaveTextAsync("已保存");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync(name);
    }

    [Fact]
    public async Task In_a_form_that_lists_its_fields_flat_only_the_refused_field_is_outlined()
    {
        await SignInToDashboardAsync(Page, "officer");
        await Page.GotoAsync("/work-items/settings");
        await Page.Locator("#limit-kind").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.Locator("#limit-region").SelectOptionAsync(Xiashi);
        await Page.Locator("#limit-value").FillAsync("三周");
        await SubmitAsync(Page.Locator("#limit-value ~ button[type=submit]"));

        await Expect(Page.Locator("div.invalid-feedback[data-field=\"limit\"]")).ToBeVisibleAsync();
        await Expect(Page.Locator("div.invalid-feedback")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#limit-value")).ToHaveCSSAsync("border-top-color", Red);
        await Expect(Page.Locator("#limit-kind")).ToHaveCSSAsync("border-top-color", Grey);
        await Expect(Page.Locator("#limit-region")).ToHaveCSSAsync("border-top-color", Grey);
    }
}
