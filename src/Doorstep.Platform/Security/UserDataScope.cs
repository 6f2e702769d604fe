using System.Security.Claims;
using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Microsoft.AspNetCore.Http;

namespace Doorstep.Platform.Security;

/// <summary>
/// The scope of whoever is signed in on this request: the prefixes of their regions. Nobody
/// signed in sees nothing; no signed-in user ever gets the system's unlimited scope.
/// </summary>
public sealed class UserDataScope(IHttpContextAccessor accessor) : IDataScope
{
    private IReadOnlyList<string>? prefixes;

    public bool All => false;

    public IReadOnlyList<string> Prefixes => prefixes ??= PrefixesOf(accessor.HttpContext?.User);

    public static IReadOnlyList<string> PrefixesOf(ClaimsPrincipal? user) =>
        user?.FindAll(DoorstepClaimTypes.Scope)
            .Select(c => RegionCode.TryParse(c.Value, out var code, out _) ? code.Prefix : null)
            .OfType<string>()
            .Distinct()
            .ToList() ?? [];
}
