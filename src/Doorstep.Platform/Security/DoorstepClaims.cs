using System.Security.Claims;
using Doorstep.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Doorstep.Platform.Security;

/// <summary>Claim types Doorstep puts on a signed-in user.</summary>
public static class DoorstepClaimTypes
{
    public const string Permission = "doorstep:perm";
    public const string Scope = "doorstep:scope";
    public const string DisplayName = "doorstep:name";
    public const string Unit = "doorstep:unit";
}

/// <summary>
/// Turns a user into a principal with its permissions and region scopes, so that each request
/// can authorise and filter without asking the database again.
/// </summary>
public sealed class DoorstepClaimsFactory(
    UserManager<DoorstepUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    PermissionCatalog catalog,
    DoorstepDb db)
    : UserClaimsPrincipalFactory<DoorstepUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(DoorstepUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var userRoles = await UserManager.GetRolesAsync(user);
        foreach (var permission in catalog.ForRoles(userRoles))
        {
            identity.AddClaim(new Claim(DoorstepClaimTypes.Permission, permission));
        }

        var scopes = await db.UserScopes.Where(s => s.UserId == user.Id).Select(s => s.RegionCode).ToListAsync();
        foreach (var scope in scopes)
        {
            identity.AddClaim(new Claim(DoorstepClaimTypes.Scope, scope));
        }

        identity.AddClaim(new Claim(DoorstepClaimTypes.DisplayName, user.DisplayName ?? user.UserName ?? ""));
        if (user.UnitId is { } unit)
        {
            identity.AddClaim(new Claim(DoorstepClaimTypes.Unit, unit.ToString()));
        }

        return identity;
    }
}

public static class PrincipalExtensions
{
    public static bool Can(this ClaimsPrincipal user, string permission) =>
        user.HasClaim(DoorstepClaimTypes.Permission, permission);

    public static string Name(this ClaimsPrincipal user) =>
        user.FindFirstValue(DoorstepClaimTypes.DisplayName) ?? user.Identity?.Name ?? "";

    /// <summary>The region codes the user is scoped to.</summary>
    public static IReadOnlyList<string> Regions(this ClaimsPrincipal user) =>
        user.FindAll(DoorstepClaimTypes.Scope).Select(c => c.Value).ToList();
}
