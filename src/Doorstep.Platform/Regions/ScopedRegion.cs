using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.Regions;

/// <summary>
/// A region code a user entered (所在区划): well-formed, and a region the caller may see.
/// <see cref="DoorstepDb.Regions"/> carries the caller's scope filter, so "not found" also covers "outside your scope".
/// </summary>
public static class ScopedRegion
{
    /// <summary>The region, or null with the reason added to <paramref name="errors"/> on <paramref name="field"/>; an empty entry gets the parse reason.</summary>
    public static Task<RegionCode?> CheckAsync(DoorstepDb db, string? text, string field, FieldErrors errors, CancellationToken ct) =>
        CheckAsync(db, text, field, null, errors, ct);

    /// <summary>As the other overload, but an empty entry gets <paramref name="missing"/> (say which region to choose) when given.</summary>
    public static async Task<RegionCode?> CheckAsync(DoorstepDb db, string? text, string field, string? missing, FieldErrors errors, CancellationToken ct)
    {
        if (missing is not null && string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, missing);
            return null;
        }

        if (!RegionCode.TryParse(text, out var region, out var reason))
        {
            errors.Add(field, reason);
            return null;
        }

        return await InScopeAsync(db, region, field, errors, ct) ? region : null;
    }

    /// <summary>Whether an already parsed region exists inside the caller's scope; if not, the reason goes on <paramref name="field"/>.</summary>
    public static async Task<bool> InScopeAsync(DoorstepDb db, RegionCode region, string field, FieldErrors errors, CancellationToken ct)
    {
        if (await db.Regions.AsNoTracking().AnyAsync(r => r.Code == region.Value, ct))
        {
            return true;
        }

        errors.Add(field, $"区划代码 {region.Value} 不存在或不在您的管辖范围内");
        return false;
    }
}
