using Doorstep.Platform.Security;
using Doorstep.Platform.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Browser.Tests;

public sealed class PasswordTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_user_changes_their_password_under_the_policy_and_signs_in_with_the_new_one()
    {
        // A user of its own, so the shared demo accounts keep their passwords for the other tests.
        const string name = "pwchange";
        string password;
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<UserService>()
                .CreateAsync(new NewUser(name, [Roles.GridMember], ["430211101201"], "霞石村网格员 测试"), Actor.System("test"), TestContext.Current.CancellationToken);
            password = created.Value.Password;
        }

        await SignInAsync(Page, name, password);
        await Page.Locator("#current-user").ClickAsync();
        await Page.Locator("#current").FillAsync(password);
        await Page.Locator("#next").FillAsync("abcdefgh");
        await Page.Locator("#confirm").FillAsync("abcdefgh");
        await SubmitAsync(Page.Locator("main form button[type=submit]"));
        await Expect(Page.Locator("main .alert-danger")).ToContainTextAsync("至少三类");

        await Page.Locator("#current").FillAsync("wrong-Password1");
        await Page.Locator("#next").FillAsync("Xiashi#2024a");
        await Page.Locator("#confirm").FillAsync("Xiashi#2024a");
        await SubmitAsync(Page.Locator("main form button[type=submit]"));
        await Expect(Page.Locator("main .alert-danger")).ToHaveTextAsync("当前密码不正确");

        await Page.Locator("#current").FillAsync(password);
        await Page.Locator("#next").FillAsync("Xiashi#2024a");
        await Page.Locator("#confirm").FillAsync("Xiashi#2024a");
        await SubmitAsync(Page.Locator("main form button[type=submit]"));
        await Expect(Page.Locator("#password-changed")).ToBeVisibleAsync();

        var fresh = await NewPageAsync();
        await SignInAsync(fresh, name, password);
        await Expect(fresh.Locator("main .alert-danger")).ToHaveTextAsync("用户名或密码错误");
        await SignInAsync(fresh, name, "Xiashi#2024a");
        await Expect(fresh.Locator("#current-user")).ToHaveTextAsync("霞石村网格员 测试");
    }
}
