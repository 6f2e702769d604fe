using System.Security.Claims;

namespace Doorstep.Platform.Security;

/// <summary>Who is acting, for audit and permission checks in services: a user, or the system (CLI, jobs).</summary>
public sealed record Actor(string UserName, IReadOnlySet<string> Permissions, bool IsSystem = false, Guid? UnitId = null)
{
    public static Actor System(string name = "system") => new(name, new HashSet<string>(), IsSystem: true);

    public static Actor From(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "anonymous",
        user.FindAll(DoorstepClaimTypes.Permission).Select(c => c.Value).ToHashSet(),
        UnitId: Guid.TryParse(user.FindFirst(DoorstepClaimTypes.Unit)?.Value, out var unit) ? unit : null);

    public bool Can(string permission) => IsSystem || Permissions.Contains(permission);
}
