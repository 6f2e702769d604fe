using System.Security.Cryptography;
using System.Text;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.Security;

/// <summary>
/// Bearer tokens for API clients. A token acts with its user's roles and scopes; only its
/// SHA-256 is stored, so a copy of the database does not hand out working tokens.
/// </summary>
public sealed class ApiTokenService(DoorstepDb db, UserManager<DoorstepUser> users, AuditLog audit, TimeProvider clock)
{
    public const string Prefix = "dst_";

    public async Task<string?> CreateAsync(string userName, string label, TimeSpan? lifetime, Actor actor, CancellationToken ct = default)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return null;
        }

        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow().UtcDateTime;
        db.ApiTokens.Add(new ApiToken
        {
            UserId = user.Id,
            TokenHash = HashOf(token),
            Label = label,
            CreatedAt = now,
            ExpiresAt = lifetime is { } l ? now + l : null,
        });
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.TokenCreated, "User", userName, detail: label, cancellationToken: ct);
        return token;
    }

    /// <summary>The user a presented token belongs to, if the token is known, unexpired and unrevoked.</summary>
    public async Task<DoorstepUser?> FindUserAsync(string token, CancellationToken ct = default)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = HashOf(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash && t.RevokedAt == null, ct);
        if (row is null || (row.ExpiresAt is { } expires && expires <= now))
        {
            return null;
        }

        return await users.FindByIdAsync(row.UserId);
    }

    private static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
