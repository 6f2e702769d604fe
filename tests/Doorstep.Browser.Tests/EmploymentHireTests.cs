using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Doorstep.Browser.Tests;

/// <summary>
/// An employment specialist on a phone matches a seeker to vacancies, recommends one and follows it
/// through contact and interview to a hire; the seeker is then employed and the district's figures count the hire.
/// </summary>
public sealed class EmploymentHireTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_specialist_recommends_a_seeker_and_records_the_hire()
    {
        var (seekerId, name, hired, declined) = await SeekerWithTwoMatchesAsync();
        var phone = await NewPageAsync(390);
        await SignInToDashboardAsync(phone, "jobs");

        await phone.GotoAsync("/employment/seekers");
        await phone.Locator("form[role=search] input[name=q]").FillAsync(name);
        await phone.Locator("form[role=search] button[type=submit]").ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("[?&]q="));
        await phone.Locator($"#seekers a[href='/employment/seekers/{seekerId}']").ClickAsync();
        await Expect(phone.Locator("#seeker .badge")).ToHaveTextAsync("求职中");
        await phone.Locator("#matches-link").ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex($"/employment/seekers/{seekerId}/matches$"));

        // Ranked best first, each with the reasons the score is made of.
        var matches = phone.Locator("#matches .list-group-item");
        await Expect(matches.Nth(1)).ToBeVisibleAsync();
        await Expect(matches.First.Locator(".fw-semibold")).ToContainTextAsync(new Regex(@"^\s*1\. "));
        await Expect(phone.Locator($"#match-{hired} [data-reasons]")).ToContainTextAsync(new Regex("公里|米"));
        await Expect(phone.Locator($"#match-{hired} [data-reasons]")).ToContainTextAsync("薪资");
        await Artifacts.DocumentAsync(phone, "employment-matches-phone.png");

        await SubmitAsync(phone.Locator($"#match-{hired}").GetByRole(AriaRole.Button, new() { Name = "推荐" }));
        await Expect(phone.Locator("#done")).ToContainTextAsync("已推荐");
        var referral = phone.Locator($"#referrals [data-vacancy='{hired}']");
        await Expect(referral.Locator("[data-stage]")).ToHaveTextAsync("已推荐");
        await Expect(phone.Locator($"#match-{hired} .badge", new() { HasText = "已推荐" })).ToBeVisibleAsync();

        await StepAsync(referral, "已联系");
        await Expect(referral.Locator("[data-stage]")).ToHaveTextAsync("已联系");
        await StepAsync(referral, "已面试");
        await Expect(referral.Locator("[data-stage]")).ToHaveTextAsync("已面试");

        // The second match does not work out: a refusal needs its reason.
        await SubmitAsync(phone.Locator($"#match-{declined}").GetByRole(AriaRole.Button, new() { Name = "推荐" }));
        var refused = phone.Locator($"#referrals [data-vacancy='{declined}']");
        await Expect(refused.Locator("[data-stage]")).ToHaveTextAsync("已推荐");
        await StepAsync(refused, "未录用");
        await Expect(refused.GetByRole(AriaRole.Alert)).ToHaveTextAsync("未录用请写明原因");
        await Expect(refused.Locator("[data-stage]")).ToHaveTextAsync("已推荐");
        await refused.Locator("input[name=note]").FillAsync("用人单位要求能上夜班");
        await StepAsync(refused, "未录用");
        await Expect(refused.Locator("[data-stage]")).ToHaveTextAsync("未录用");
        await Expect(refused).ToContainTextAsync("用人单位要求能上夜班");

        await StepAsync(referral, "录用");
        await Expect(referral.Locator("[data-stage]")).ToHaveTextAsync("已录用");
        await Expect(phone.Locator("#not-seeking")).ToBeVisibleAsync();
        await Expect(phone.Locator("#matches").GetByRole(AriaRole.Button, new() { Name = "推荐" })).ToHaveCountAsync(0);
        await Artifacts.DocumentAsync(phone, "employment-referral-hired-phone.png");

        await phone.Locator("a", new() { HasText = "求职者信息" }).ClickAsync();
        await Expect(phone.Locator("#seeker .badge")).ToHaveTextAsync("已就业");

        await phone.GotoAsync("/employment/figures");
        await Expect(phone.Locator("#total-hires .fs-5")).ToHaveTextAsync(new Regex(@"^[1-9]\d*（"));
    }

    /// <summary>
    /// The first seeking seeker by name with two matching vacancies nobody has put them forward for
    /// yet (the demo has already recommended some seekers for their best): the demo seekers and
    /// vacancies are seeded from fixed random seeds, so this is the same person on every run.
    /// </summary>
    private async Task<(Guid Id, string Name, Guid Hired, Guid Declined)> SeekerWithTwoMatchesAsync()
    {
        using var api = await Site.ApiClientAsync("jobs");
        var seekers = await api.GetFromJsonAsync<JsonElement>("/api/v1/employment/seekers?status=seeking&sort=name&pageSize=100", TestContext.Current.CancellationToken);
        foreach (var seeker in seekers.GetProperty("items").EnumerateArray())
        {
            var id = seeker.GetProperty("id").GetGuid();
            var matches = await api.GetFromJsonAsync<JsonElement>($"/api/v1/employment/seekers/{id}/matches", TestContext.Current.CancellationToken);
            var open = matches.EnumerateArray().Where(m => m.GetProperty("referralId").ValueKind == JsonValueKind.Null).Select(m => m.GetProperty("vacancyId").GetGuid()).ToList();
            if (open.Count >= 2)
            {
                return (id, seeker.GetProperty("name").GetString()!, open[0], open[1]);
            }
        }

        throw new InvalidOperationException("No seeking demo seeker in 天元区 has two matching vacancies not yet recommended.");
    }

    /// <summary>Records a referral's next stage with the row's own form.</summary>
    private static async Task StepAsync(ILocator referral, string stage) =>
        await SubmitAsync(referral.GetByRole(AriaRole.Button, new() { Name = stage, Exact = true }));
}
