using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.WorkItems.Dispatch;

/// <summary>Keeps the dispatch rules; each change is audited.</summary>
public sealed class DispatchRules(DoorstepDb db, WorkItemTypeCatalog types, AuditLog audit, TimeProvider clock)
{
    public Task<List<DispatchRule>> ListAsync(CancellationToken ct = default) =>
        db.Set<DispatchRule>().AsNoTracking().OrderBy(r => r.TypeCode).ThenBy(r => r.RegionCode).ToListAsync(ct);

    public async Task<Outcome<DispatchRule>> AddAsync(string? typeCode, string? category, string? regionCode, Guid? unitId, string? userName, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var type = types.Find(typeCode);
        category = string.IsNullOrWhiteSpace(category) ? null : category.Trim();
        userName = string.IsNullOrWhiteSpace(userName) ? null : userName.Trim();
        if (type is null)
        {
            errors.Add("typeCode", $"工单类型“{typeCode}”不存在");
        }
        else if (category is not null && type.Category(category) is null)
        {
            errors.Add("category", $"类别“{category}”不属于{type.Name.Zh}");
        }

        var region = await ScopedRegion.CheckAsync(db, regionCode, "regionCode", errors, ct);

        if ((unitId is null) == (userName is null))
        {
            errors.Add("assignee", "请选择承办单位或承办人（二选一）");
        }
        else if (unitId is { } unit)
        {
            var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == unit, ct);
            if (organisation is null)
            {
                errors.Add("assignee", "找不到该承办单位，或不在您的管辖范围内");
            }
            else if (region is not null && RegionCode.TryParse(organisation.RegionCode, out var unitRegion, out _) && !unitRegion.Contains(region))
            {
                errors.Add("assignee", $"{organisation.Name}不管辖{region.Value}，不能承办该区划的工单");
            }
        }
        else if (!await db.Users.AnyAsync(u => u.UserName == userName, ct))
        {
            errors.Add("assignee", $"找不到用户“{userName}”");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<DispatchRule>.Fail(errors);
        }

        var rule = new DispatchRule
        {
            TypeCode = type!.Code,
            Category = category,
            RegionCode = region!.Value,
            UnitId = unitId,
            UserName = userName,
            CreatedBy = actor.UserName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(rule);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(DispatchRule), rule.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), detail: $"{rule.TypeCode}/{rule.Category ?? "*"}@{rule.RegionCode} → {(object?)rule.UnitId ?? rule.UserName}", cancellationToken: ct);
        return Outcome<DispatchRule>.Ok(rule);
    }

    public async Task<bool> DeleteAsync(long id, Actor actor, CancellationToken ct = default)
    {
        var rule = await db.Set<DispatchRule>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null)
        {
            return false;
        }

        db.Remove(rule);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Deleted, nameof(DispatchRule), id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: ct);
        return true;
    }
}
