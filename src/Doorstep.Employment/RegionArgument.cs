using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment;

/// <summary>The region a report is asked for: required, a valid code, and one the caller may see.</summary>
internal static class RegionArgument
{
    /// <summary>The code and name, or null with the reason added to <paramref name="errors"/>.</summary>
    public static async Task<(RegionCode Code, string Name)?> CheckAsync(DoorstepDb db, string? region, FieldErrors errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            errors.Add("region", "请选择要统计的区划");
            return null;
        }

        if (!RegionCode.TryParse(region.Trim(), out var code, out var reason))
        {
            errors.Add("region", reason);
            return null;
        }

        var name = await db.Regions.AsNoTracking().Where(r => r.Code == code.Value).Select(r => r.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            errors.Add("region", $"区划代码 {code.Value} 不存在或不在您的管辖范围内");
            return null;
        }

        return (code, name);
    }
}
