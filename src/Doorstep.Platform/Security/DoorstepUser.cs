using Microsoft.AspNetCore.Identity;

namespace Doorstep.Platform.Security;

public sealed class DoorstepUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime PasswordChangedAt { get; set; }

    /// <summary>The organisation the user works for (村委会, 消防救援大队...); work items sent to it reach them.</summary>
    public Guid? UnitId { get; set; }
    public List<UserScope> Scopes { get; set; } = [];
}

/// <summary>A region the user may see, with everything under it.</summary>
public sealed class UserScope
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string RegionCode { get; set; }
}

/// <summary>A bearer token for API clients; only its hash is stored.</summary>
public sealed class ApiToken
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string TokenHash { get; set; }
    public required string Label { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
