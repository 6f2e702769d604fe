using System.Text.RegularExpressions;

namespace Doorstep.Browser.Tests;

/// <summary>A family doctor records a home visit with an urgent reading and finds the referral on her list.</summary>
public sealed partial class HealthVisitTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task An_urgent_home_reading_is_classed_referred_and_waits_on_the_doctors_list()
    {
        var idNumber = Residents.NewIdNumber();
        await Residents.RegisterAsync(Site, "龙桂芝", idNumber, "430211001001002");
        await SignInToDashboardAsync(Page, "doctor");

        await Page.GotoAsync("/health/visits/new?q=龙桂芝");
        await Page.Locator("#person-results a", new() { HasText = "选择" }).First.ClickAsync();
        await Expect(Page.Locator("#patient")).ToContainTextAsync("龙桂芝");

        await Page.Locator("#disease").SelectOptionAsync("Hypertension");
        await SubmitAsync(Page.Locator("form:has(#disease) button[type=submit]"));
        await Expect(Page.Locator("#patient")).ToContainTextAsync("在管：高血压");

        await Page.Locator("#systolic").FillAsync("188");
        await Page.Locator("#diastolic").FillAsync("112");
        await Page.Locator("#heartRate").FillAsync("96");
        await Page.Locator("#symptom-severe-headache").CheckAsync();
        await Page.Locator("#notes").FillAsync("入户测量，诉头痛两天");
        await SubmitAsync(Page.Locator("form:has(#systolic) button[type=submit]"));

        await Expect(Page.Locator("#bp-class")).ToHaveTextAsync("3级高血压");
        await Expect(Page.Locator("#assessment")).ToContainTextAsync("达到紧急转诊标准");
        await Expect(Page.Locator("#assessment")).ToContainTextAsync("症状：剧烈头痛");
        await Expect(Page.Locator("#next-follow-up")).ToBeVisibleAsync();
        await Artifacts.DocumentAsync(Page, "health-visit.png");

        await Page.GotoAsync("/work-items/mine");
        var referral = Page.Locator("#work-items-table tbody tr", new() { HasText = "龙桂芝 紧急转诊" });
        await Expect(referral).ToHaveCountAsync(1);
        await Expect(referral.Locator(".status")).ToHaveTextAsync("待签收");
        await referral.Locator("a").First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(WorkItemUrl());
        await Expect(Page.Locator("#owner")).ToHaveTextAsync(Site.Account("doctor").Name);
        (await Page.Locator("main").InnerTextAsync()).ShouldNotContain(idNumber);
    }

    [GeneratedRegex(@"/work-items/[0-9a-f-]{36}$")]
    private static partial Regex WorkItemUrl();
}
