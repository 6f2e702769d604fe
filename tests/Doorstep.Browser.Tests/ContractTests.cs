using System.Text.RegularExpressions;

namespace Doorstep.Browser.Tests;

/// <summary>A family doctor signs a resident, is stopped from signing her twice, and prints the agreement.</summary>
public sealed partial class ContractTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_doctor_signs_an_elderly_resident_and_prints_the_agreement()
    {
        var idNumber = Residents.NewIdNumber();
        await Residents.RegisterAsync(Site, "蒋秀兰", idNumber, "430211001001003");
        await SignInToDashboardAsync(Page, "doctor");

        await Page.GotoAsync("/health/contracts/new?q=蒋秀兰");
        await Page.Locator("#person-results a", new() { HasText = "选择" }).First.ClickAsync();
        await Expect(Page.Locator("#resident")).ToContainTextAsync("蒋秀兰");
        await Expect(Page.Locator("#key-elderly")).ToBeCheckedAsync();
        await Expect(Page.Locator("#package-elderly")).ToBeCheckedAsync();

        await Page.Locator("#package-basic").UncheckAsync();
        await SubmitAsync(Page.Locator("form:has(#team) button[type=submit]"));
        await Expect(Page.Locator("[data-field=packages]")).ToContainTextAsync("请至少选择一个基础服务包");

        await Page.Locator("#package-basic").CheckAsync();
        await Page.Locator("#key-bereaved").CheckAsync();
        await SubmitAsync(Page.Locator("form:has(#team) button[type=submit]"));
        await Expect(Page).ToHaveURLAsync(ContractUrl());
        await Expect(Page.Locator("#done")).ToContainTextAsync("签约已保存");
        await Expect(Page.Locator("#standing")).ToHaveTextAsync("服务中");
        await Expect(Page.Locator("main")).ToContainTextAsync("65岁及以上老年人、计划生育特殊家庭");
        (await Page.Locator("main").InnerTextAsync()).ShouldNotContain(idNumber);

        await Page.Locator("a", new() { HasText = "打印签约协议" }).ClickAsync();
        await Expect(Page.Locator("#agreement h1")).ToHaveTextAsync("家庭医生签约服务协议书");
        await Expect(Page.Locator("#agreement")).ToContainTextAsync("老年人健康管理包");
        await Expect(Page.Locator("#agreement")).ToContainTextAsync("急诊联系医生：陈容医生");
        await Artifacts.DocumentAsync(Page, "contract-agreement.png");

        await Page.GotoAsync("/health/contracts/new?q=蒋秀兰");
        await Page.Locator("#person-results a", new() { HasText = "选择" }).First.ClickAsync();
        await Expect(Page.Locator("#already-signed")).ToContainTextAsync("一人同时只能有一名家庭医生");
    }

    [GeneratedRegex(@"/health/contracts/[0-9a-f-]{36}\?done=sign$")]
    private static partial Regex ContractUrl();
}
