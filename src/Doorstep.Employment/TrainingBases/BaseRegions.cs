using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.TrainingBases;

internal static class BaseRegions
{
    /// <summary>A region the caller may see, or null with the reason.</summary>
    public static async Task<RegionCode?> FindAsync(DoorstepDb db, string? text, string field, FieldErrors errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "请选择所在区划");
            return null;
        }

        if (!RegionCode.TryParse(text.Trim(), out var code, out var reason))
        {
            errors.Add(field, reason);
            return null;
        }

        if (!await db.Regions.AsNoTracking().AnyAsync(r => r.Code == code.Value, ct))
        {
            errors.Add(field, $"区划 {code.Value} 不存在或不在您的管辖范围内");
            return null;
        }

        return code;
    }

}
