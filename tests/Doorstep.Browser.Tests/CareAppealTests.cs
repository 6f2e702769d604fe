using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Doorstep.Platform.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Doorstep.Browser.Tests;

/// <summary>
/// 白关镇 deputy 杨凌波 brings goods to a family and hears an appeal; 芦淞区's officer sends it to the
/// town's grid member, sees it handled, closes it and records the satisfied callback; the deputy
/// sees it closed and counted.
/// </summary>
public sealed class CareAppealTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_deputy_hears_an_appeal_on_a_visit_and_follows_it_to_a_satisfied_callback()
    {
        // 白关镇 is in 芦淞区, whose demo officer dispatches; the town's grid member who handles it is set up here.
        var (handler, _) = await AccountAsync("baiguan-grid", Roles.GridMember, DemoDistrict.Baiguan, "白关镇网格员 刘燕");
        using var deputyApi = await Site.ApiClientAsync("deputy");
        var before = await deputyApi.GetFromJsonAsync<JsonElement>($"/api/v1/care/appeals/figures?region={DemoDistrict.Baiguan}", TestContext.Current.CancellationToken);
        var household = (await deputyApi.GetFromJsonAsync<JsonElement>("/api/v1/care/households?q=" + Uri.EscapeDataString("罗秋菊"), TestContext.Current.CancellationToken)).GetProperty("items")[0].GetProperty("id").GetGuid();

        // The visit, with rice and milk from the town's stock.
        await SignInToDashboardAsync(Page, "deputy");
        await Page.GotoAsync($"/care/visits/new?household={household}");
        await Page.Locator("#goods-rice").FillAsync("1");
        await Page.Locator("#goods-milk").FillAsync("1");
        await Page.Locator("#heard").FillAsync("女儿上初中，每天走12公里山路，想问有没有交通补助。");
        await SubmitAsync(Page.Locator("#save"));
        await Expect(Page.Locator("#done")).ToBeVisibleAsync();
        await Expect(Page.Locator("#receipt-goods")).ToContainTextAsync("大米");

        // The appeal heard on it, prefilled with the household and the visit.
        await Page.Locator("#appeal-link").ClickAsync();
        await Expect(Page.Locator("#appeal-household")).ToContainTextAsync("罗秋菊");
        await Expect(Page.Locator("#source")).ToHaveValueAsync("Visit");
        await Page.Locator("#kind").SelectOptionAsync("Enquiry");
        await Page.Locator("#content").FillAsync("女儿上学路远，咨询学生交通补助怎么申请。每天走12公里山路。");
        await SubmitAsync(Page.Locator("#save"));
        await Expect(Page.Locator("#done")).ToBeVisibleAsync();
        await Expect(Page.Locator("#appeal-status")).ToHaveTextAsync("待派遣");
        await Expect(Page.Locator("#visit-link")).ToBeVisibleAsync();
        var appealPath = new Uri(Page.Url).AbsolutePath;
        var workItemPath = await Page.Locator("#work-item-link").GetAttributeAsync("href");

        // 芦淞区's officer dispatches it to the town's grid member.
        var desk = await NewPageAsync();
        await SignInToDashboardAsync(desk, "lusong");
        await Expect(desk.Locator("#current-user")).ToHaveTextAsync("芦淞区民政局 李科长");
        await desk.GotoAsync(appealPath);
        await desk.Locator("#work-item-link").ClickAsync();
        await Expect(desk.Locator("#status")).ToHaveTextAsync("待派遣");
        await desk.Locator("#assignUser").SelectOptionAsync(handler);
        await SubmitAsync(desk.Locator("#action-dispatch button[type=submit]"));
        await Expect(desk.Locator("#status")).ToHaveTextAsync("待签收");

        // The grid member accepts and handles it from the phone app.
        var id = Guid.Parse(workItemPath!.Split('/')[^1]);
        using (var phone = await Site.ApiClientAsync(handler))
        {
            await StepAsync(phone, id, "accept", new { });
            await StepAsync(phone, id, "handle", new { note = "已帮其向镇中学提交交通补助申请，每学期补助600元" });
        }

        // The officer verifies, closes and records the callback.
        await desk.ReloadAsync();
        await Expect(desk.Locator("#status")).ToHaveTextAsync("待核查");
        await desk.Locator("#passed-yes").CheckAsync();
        await SubmitAsync(desk.Locator("#action-verify button[type=submit]"));
        await Expect(desk.Locator("#status")).ToHaveTextAsync("待结案");
        await SubmitAsync(desk.Locator("#action-close button[type=submit]"));
        await Expect(desk.Locator("#status")).ToHaveTextAsync("已结案");
        await desk.Locator("#satisfaction").SelectOptionAsync("Satisfied");
        await desk.Locator("#note-evaluate").FillAsync("电话回访，罗秋菊表示满意");
        await SubmitAsync(desk.Locator("#action-evaluate button[type=submit]"));
        await Expect(desk.Locator("#status")).ToHaveTextAsync("已评价");
        await desk.Locator("#subject-link").ClickAsync();
        await Expect(desk.Locator("#appeal-status")).ToHaveTextAsync("已评价");

        // The deputy finds it among the appeals received, closed and satisfied, and counted.
        await Page.GotoAsync("/care/appeals?mine=true");
        await Page.Locator("#appeals a", new() { HasText = "女儿上学路远" }).ClickAsync();
        await Expect(Page.Locator("#appeal-status")).ToHaveTextAsync("已评价");
        await Expect(Page.Locator("#appeal-satisfaction")).ToHaveTextAsync("满意");
        await Expect(Page.Locator("#appeal-unit")).ToHaveTextAsync("白关镇网格员 刘燕");
        await Expect(Page.Locator("#history li")).ToHaveCountAsync(8);
        await Artifacts.DocumentAsync(Page, "care-appeal.png");

        await Page.GotoAsync("/care/appeals/figures");
        var total = Page.Locator("#figures-total");
        await Expect(total).ToHaveAttributeAsync("data-received", (before.GetProperty("received").GetInt32() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(total).ToHaveAttributeAsync("data-resolved", (before.GetProperty("resolved").GetInt32() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(total).ToHaveAttributeAsync("data-satisfied", (before.GetProperty("satisfied").GetInt32() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(Page.Locator("#figures-by-unit tr", new() { HasText = "白关镇网格员 刘燕" }).Locator("td.satisfied")).ToHaveTextAsync("1");
        // 罗秋菊 lives in 长塘村, where nobody had appealed before.
        await Expect(Page.Locator("#figures-by-region tr[data-key='430203101203'] td.received")).ToHaveTextAsync("1");
    }

    private async Task<(string User, string Password)> AccountAsync(string user, string role, string region, string name)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<UserService>().CreateAsync(new NewUser(user, [role], [region], name), Actor.System("test"));
        created.Succeeded.ShouldBeTrue(created.Errors.ToString());
        return (user, created.Value.Password);
    }

    private static async Task StepAsync(HttpClient client, Guid id, string action, object body)
    {
        var version = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/work-items/{id}")).GetProperty("item").GetProperty("version").GetInt32();
        var fields = JsonSerializer.SerializeToElement(body).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["version"] = version;
        var response = await client.PostAsJsonAsync($"/api/v1/work-items/{id}/{action}", fields);
        response.IsSuccessStatusCode.ShouldBeTrue($"{action}: {await response.Content.ReadAsStringAsync()}");
    }
}
