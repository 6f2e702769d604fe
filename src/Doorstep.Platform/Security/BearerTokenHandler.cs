using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Doorstep.Platform.Security;

/// <summary>
/// Authenticates API clients by the bearer tokens `doorstep token create` issues. The principal
/// is built by the same factory as a signed-in user's, so roles and scopes are the user's own.
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    UserManager<DoorstepUser> users,
    IUserClaimsPrincipalFactory<DoorstepUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var user = await tokens.FindUserAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The token is unknown, expired or revoked, or its user is locked.");
        }

        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(principal.Identities.Select(i => new ClaimsIdentity(i.Claims, SchemeName, i.NameClaimType, i.RoleClaimType))), SchemeName));
    }
}
