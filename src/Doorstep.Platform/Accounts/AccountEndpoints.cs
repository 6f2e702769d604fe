using Doorstep.Platform.Audit;
using Doorstep.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Platform.Accounts;

/// <summary>Sign-out and the language switch: plain endpoints, since neither shows a page.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (HttpContext http, SignInManager<DoorstepUser> signIn, AuditLog audit) =>
        {
            var name = http.User.Identity?.Name;
            await signIn.SignOutAsync();
            if (name is not null)
            {
                await audit.WriteAsync(name, AuditEvents.Logout, "User", name);
            }

            return Results.Redirect("/account/login");
        }).ExcludeFromDescription();

        app.MapGet("/lang/{culture}", (string culture, string? returnUrl, HttpContext http) =>
        {
            var chosen = culture == "en" ? "en" : "zh-CN";
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            var back = returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? url : "/";
            return Results.LocalRedirect(back);
        }).ExcludeFromDescription();
    }
}
