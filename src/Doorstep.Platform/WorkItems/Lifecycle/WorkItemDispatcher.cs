using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Doorstep.Platform.WorkItems.Dispatch;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.WorkItems.Lifecycle;

/// <summary>
/// Where an item goes (派遣): to a unit whose region contains it, or to a person whose scope
/// covers it and whose roles may handle its type; by hand, or by a dispatch rule when it opens.
/// </summary>
public sealed class WorkItemDispatcher(DoorstepDb db, WorkItemTypeCatalog types, PermissionCatalog permissions, WorkItemJournal journal, WorkItemNotices notices)
{
    /// <summary>The people the actor may send an item to: users whose scope covers its region and who may handle its type.</summary>
    public async Task<List<(string UserName, string DisplayName)>> HandlersForAsync(WorkItem item, CancellationToken ct = default)
    {
        var type = types.Find(item.TypeCode);
        if (type is null)
        {
            return [];
        }

        var candidates = await db.Users.AsNoTracking().Where(u => u.UserName != null)
            .Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync(ct);
        var result = new List<(string, string)>();
        foreach (var user in candidates)
        {
            if (await CheckHandlerAsync(user.Id, item.RegionCode, type, ct) is null)
            {
                result.Add((user.UserName!, user.DisplayName ?? user.UserName!));
            }
        }

        return result;
    }

    /// <summary>Assigns the item to the unit, or else to the user; null when done, otherwise why the assignee cannot take it.</summary>
    internal async Task<FieldErrors?> DispatchAsync(WorkItem item, Guid? unitId, string? userName, Actor actor, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var type = types.Find(item.TypeCode)!;
        if (unitId is { } unit)
        {
            var organisation = await db.Organisations.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(o => o.Id == unit, ct);
            if (organisation is null)
            {
                errors.Add("assignee", "找不到该承办单位");
                return errors;
            }

            if (!RegionCode.TryParse(organisation.RegionCode, out var unitRegion, out _) || !unitRegion.Contains(RegionCode.Parse(item.RegionCode)))
            {
                errors.Add("assignee", $"{organisation.Name}不管辖该工单所在区划，不能承办");
                return errors;
            }

            item.AssignedUnitId = organisation.Id;
            item.AssignedUnitName = organisation.Name;
            item.AssignedUser = null;
        }
        else
        {
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName, ct);
            if (user is null)
            {
                errors.Add("assignee", $"找不到用户“{userName}”");
                return errors;
            }

            if (await CheckHandlerAsync(user.Id, item.RegionCode, type, ct) is { } problem)
            {
                errors.Add("assignee", $"{user.DisplayName ?? user.UserName}{problem}");
                return errors;
            }

            item.AssignedUser = user.UserName;
            item.AssignedUnitId = null;
            item.AssignedUnitName = null;
        }

        item.Status = WorkItemStatus.Dispatched;
        item.DispatchedBy = actor.UserName;
        item.AcceptedAt = null;
        return null;
    }

    /// <summary>
    /// Sends a freshly opened item where a dispatch rule says. A rule written before a unit closed
    /// or a person left must not strand the item: it then stays opened for a dispatcher.
    /// </summary>
    internal async Task AutoDispatchAsync(WorkItem item, Actor actor, DateTime now, CancellationToken ct)
    {
        if (await MatchRuleAsync(item, ct) is not { } rule)
        {
            return;
        }

        if (await DispatchAsync(item, rule.UnitId, rule.UserName, actor, ct) is null)
        {
            journal.Record(item, "auto-dispatch", WorkItemStatus.Opened, Tr.T("按派遣规则自动派遣", "Dispatched by rule"), null, null, now, actor);
            await notices.StepTakenAsync(item, WorkItemActions.DispatchTo, new TransitionInput(), now, ct);
        }
    }

    /// <summary>
    /// Rules sit on ancestors of the item's region, which the opener's scope may not reach, so they
    /// are read past the region filter. The nearest region wins, then a rule naming the category.
    /// </summary>
    private async Task<DispatchRule?> MatchRuleAsync(WorkItem item, CancellationToken ct)
    {
        var rules = await db.Set<DispatchRule>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.TypeCode == item.TypeCode && (r.Category == null || r.Category == item.Category))
            .ToListAsync(ct);
        return rules
            .Where(r => RegionCode.TryParse(r.RegionCode, out var code, out _) && RegionCode.IsInside(item.RegionCode, code.Prefix))
            .OrderByDescending(r => r.RegionCode.TrimEnd('0').Length)
            .ThenByDescending(r => r.Category is not null)
            .FirstOrDefault();
    }

    /// <summary>Null when the user may handle items of the type in the region; otherwise why not.</summary>
    private async Task<string?> CheckHandlerAsync(string userId, string regionCode, WorkItemTypeDefinition type, CancellationToken ct)
    {
        var roleNames = await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(ct);
        if (!permissions.ForRoles(roleNames).Contains(type.HandlePermission))
        {
            return $"没有办理{type.Name.Zh}的权限";
        }

        var scopes = await db.UserScopes.Where(s => s.UserId == userId).Select(s => s.RegionCode).ToListAsync(ct);
        var inside = scopes.Any(s => RegionCode.TryParse(s, out var scope, out _) && RegionCode.IsInside(regionCode, scope.Prefix));
        return inside ? null : "的管辖区域不含该工单所在区划";
    }
}
