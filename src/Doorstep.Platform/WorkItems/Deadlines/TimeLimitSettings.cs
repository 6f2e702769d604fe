using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.WorkItems.Deadlines;

/// <summary>An officer's changes to time limits, each audited; existing items keep the limit they were opened with.</summary>
public sealed class TimeLimitSettings(DoorstepDb db, WorkItemTypeCatalog types, AuditLog audit, TimeProvider clock)
{
    public Task<List<TimeLimitSetting>> ListAsync(CancellationToken ct = default) =>
        db.Set<TimeLimitSetting>().AsNoTracking().OrderBy(s => s.TypeCode).ThenBy(s => s.Category).ThenBy(s => s.RegionCode).ToListAsync(ct);

    public async Task<Outcome<TimeLimitSetting>> SaveAsync(string? typeCode, string? category, string? regionCode, string? limitText, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var type = types.Find(typeCode);
        if (type is null)
        {
            errors.Add("typeCode", $"工单类型“{typeCode}”不存在");
        }
        else if (type.Category(category) is null)
        {
            errors.Add("category", $"类别“{category}”不属于{type.Name.Zh}");
        }

        var region = await ScopedRegion.CheckAsync(db, regionCode, "regionCode", errors, ct);

        if (!TimeLimit.TryParse(limitText, out var limit, out var limitError))
        {
            errors.Add("limit", limitError);
        }

        if (!errors.IsEmpty)
        {
            return Outcome<TimeLimitSetting>.Fail(errors);
        }

        var setting = await db.Set<TimeLimitSetting>().FirstOrDefaultAsync(s => s.TypeCode == type!.Code && s.Category == category && s.RegionCode == region!.Value, ct);
        var before = setting?.Limit;
        if (setting is null)
        {
            setting = new TimeLimitSetting { TypeCode = type!.Code, Category = category!, RegionCode = region!.Value, Limit = "", UpdatedBy = "" };
            db.Add(setting);
        }

        setting.Limit = limit!.ToString();
        setting.UpdatedBy = actor.UserName;
        setting.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, before is null ? AuditEvents.Created : AuditEvents.Updated, nameof(TimeLimitSetting), $"{setting.TypeCode}/{setting.Category}@{setting.RegionCode}", detail: $"{before ?? "默认"} → {setting.Limit}", cancellationToken: ct);
        return Outcome<TimeLimitSetting>.Ok(setting);
    }

    /// <summary>Removes a region's setting, so the next region up (or the type's default) applies again.</summary>
    public async Task<bool> DeleteAsync(long id, Actor actor, CancellationToken ct = default)
    {
        var setting = await db.Set<TimeLimitSetting>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (setting is null)
        {
            return false;
        }

        db.Remove(setting);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Deleted, nameof(TimeLimitSetting), $"{setting.TypeCode}/{setting.Category}@{setting.RegionCode}", detail: setting.Limit, cancellationToken: ct);
        return true;
    }
}
