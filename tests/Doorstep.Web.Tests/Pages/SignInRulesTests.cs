using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Doorstep.Web.Tests.Pages;

/// <summary>domain-rules.md, 等保 level 3: lock after 5 failures for ≥ 5 minutes; idle timeout 15 minutes.</summary>
public sealed partial class SignInRulesTests
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await using var app = await SeededApp.StartAsync(TestDatabase.Sqlite, residents: 0);
        var officer = app.Accounts.Single(a => a.User == "officer");
        var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });

        for (var i = 1; i <= 4; i++)
        {
            (await SignInAsync(client, "officer", "Wrong-password1")).ShouldContain("用户名或密码错误", Case.Sensitive, $"attempt {i}");
        }

        // The fifth failure locks the account at once, and then even the right password is refused.
        (await SignInAsync(client, "officer", "Wrong-password1")).ShouldContain("账号已锁定");
        (await SignInAsync(client, "officer", officer.Password)).ShouldContain("账号已锁定");
        (await AuditTrail.ReadAsync(app.Factory, "login.failure")).Count.ShouldBe(4);
        (await AuditTrail.ReadAsync(app.Factory, "login.locked")).Count.ShouldBe(2);
        (await AuditTrail.ReadAsync(app.Factory, "login.success")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Lockout_lasts_five_minutes_and_an_idle_session_ends_after_fifteen()
    {
        await using var app = await SeededApp.StartAsync(TestDatabase.Sqlite, residents: 0);

        var identity = app.Factory.Services.GetRequiredService<IOptions<IdentityOptions>>().Value;
        identity.Lockout.MaxFailedAccessAttempts.ShouldBe(5);
        identity.Lockout.DefaultLockoutTimeSpan.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMinutes(5));
        var cookie = app.Factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        cookie.ExpireTimeSpan.ShouldBe(TimeSpan.FromMinutes(15));
        cookie.SlidingExpiration.ShouldBeTrue();
    }

    private static async Task<string> SignInAsync(HttpClient client, string user, string password)
    {
        var page = await client.GetStringAsync("/account/login", TestContext.Current.CancellationToken);
        var token = Token().Match(page).Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.UserName"] = user,
            ["Input.Password"] = password,
        }), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
