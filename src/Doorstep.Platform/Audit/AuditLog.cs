using System.Security.Cryptography;
using System.Text;
using Doorstep.Platform.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Doorstep.Platform.Audit;

/// <summary>Audit event names; kept stable because auditors filter on them.</summary>
public static class AuditEvents
{
    public const string LoginSucceeded = "login.success";
    public const string LoginFailed = "login.failure";
    public const string LoginLockedOut = "login.locked";
    public const string Logout = "logout";
    public const string PasswordChanged = "password.change";
    public const string PermissionChanged = "permission.change";
    public const string UserCreated = "user.create";
    public const string TokenCreated = "token.create";
    public const string Created = "create";
    public const string Updated = "update";
    public const string Deleted = "delete";
    public const string Revealed = "reveal";
    public const string Viewed = "view";
    public const string Exported = "export";
    public const string Imported = "import";
}

/// <summary>
/// Writes the audit trail. Entries are chained by hash, so each write must see the entry before it
/// and no other write may slip in between: the write holds the database's lock on the chain until
/// its transaction commits (SQLite: the write lock its transaction begins with; PostgreSQL: a
/// transaction-scoped advisory lock), which holds across processes and never waits on a lock the
/// caller's own transaction already holds.
/// </summary>
public sealed class AuditLog(DoorstepDb db, TimeProvider clock, IHttpContextAccessor? http = null)
{
    // Any fixed number will do; it only has to be the same in every process.
    private const long ChainLock = 0x446f6f7273746570;

    public async Task WriteAsync(string userName, string eventName, string? objectType, string? objectId, string result = "ok", string? detail = null, CancellationToken cancellationToken = default)
    {
        await using var work = await Work.BeginAsync(db.Database, cancellationToken);
        if (db.Database.GetDbConnection() is NpgsqlConnection)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ChainLock})", cancellationToken);
        }

        var previous = await db.AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(cancellationToken) ?? "";
        var entry = new AuditEntry
        {
            At = ToMicroseconds(clock.GetUtcNow().UtcDateTime),
            UserName = userName,
            Event = eventName,
            ObjectType = objectType,
            ObjectId = objectId,
            Result = result,
            Detail = detail is { Length: > 1000 } ? detail[..1000] : detail,
            Address = http?.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            Hash = "",
        };
        entry.Hash = HashOf(previous, entry);
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        await work.CommitAsync(cancellationToken);
    }

    /// <summary>Walks the chain; returns the id of the first entry that does not match, or null when intact.</summary>
    public async Task<long?> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var previous = "";
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (HashOf(previous, entry) != entry.Hash)
            {
                return entry.Id;
            }

            previous = entry.Hash;
        }

        return null;
    }

    // PostgreSQL keeps microseconds; cut the ticks first so the hash survives the round trip.
    private static DateTime ToMicroseconds(DateTime utc) => new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    private static string HashOf(string previous, AuditEntry e)
    {
        var text = string.Join('\u001f', previous, e.At.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture), e.UserName, e.Event, e.ObjectType, e.ObjectId, e.Result, e.Detail, e.Address);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
