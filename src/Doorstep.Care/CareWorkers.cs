using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care;

/// <summary>An account that looks after needy households: user name and the name shown and printed.</summary>
public sealed record CareWorker(string UserName, string Name);

/// <summary>
/// Who may be responsible for, or visit, a household: accounts whose roles keep care records
/// (deputies, grid members, the district officer) and whose regions contain the household.
/// </summary>
public sealed class CareWorkers(DoorstepDb db, PermissionCatalog permissions)
{
    /// <summary>Everyone who may look after households of the region, by name.</summary>
    public async Task<List<CareWorker>> ForRegionAsync(string regionCode, CancellationToken ct = default) =>
        [.. (await AllAsync(ct)).Where(w => Covers(w.Scopes, regionCode)).Select(w => w.View).OrderBy(w => w.Name, StringComparer.Ordinal)];

    /// <summary>Every care worker's name by user name, for showing who did what.</summary>
    public async Task<Dictionary<string, string>> NamesAsync(CancellationToken ct = default) =>
        (await AllAsync(ct)).ToDictionary(w => w.View.UserName, w => w.View.Name, StringComparer.Ordinal);

    /// <summary>The workers named, in order, or the reasons added to <paramref name="errors"/> under <paramref name="field"/>.</summary>
    public async Task<List<CareWorker>> CheckAsync(IEnumerable<string> userNames, string regionCode, string field, FieldErrors errors, CancellationToken ct = default)
    {
        var all = (await AllAsync(ct)).ToDictionary(w => w.View.UserName, StringComparer.Ordinal);
        var found = new List<CareWorker>();
        foreach (var name in userNames.Select(u => u.Trim()).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (!all.TryGetValue(name, out var worker))
            {
                errors.Add(field, $"“{name}”不是人大代表、网格员或业务科室账号");
            }
            else if (!Covers(worker.Scopes, regionCode))
            {
                errors.Add(field, $"{worker.View.Name}的管辖区域不含该户");
            }
            else
            {
                found.Add(worker.View);
            }
        }

        return found;
    }

    private async Task<List<Worker>> AllAsync(CancellationToken ct)
    {
        var roles = await db.Roles.AsNoTracking().Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        var caring = roles.Where(r => permissions.ForRoles([r.Name!]).Contains(CarePermissions.Write)).Select(r => r.Id).ToList();
        var users = await (from ur in db.UserRoles.AsNoTracking()
                           join u in db.Users.AsNoTracking() on ur.UserId equals u.Id
                           where caring.Contains(ur.RoleId) && u.UserName != null
                           select new { u.Id, u.UserName, u.DisplayName }).Distinct().ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var scopes = (await db.UserScopes.AsNoTracking().Where(s => ids.Contains(s.UserId)).ToListAsync(ct)).ToLookup(s => s.UserId, s => s.RegionCode);
        return [.. users.Select(u => new Worker(new(u.UserName!, u.DisplayName ?? u.UserName!), [.. scopes[u.Id]]))];
    }

    private static bool Covers(IReadOnlyList<string> scopes, string regionCode) =>
        scopes.Any(s => RegionCode.TryParse(s, out var scope, out _) && RegionCode.IsInside(regionCode, scope.Prefix));

    private sealed record Worker(CareWorker View, IReadOnlyList<string> Scopes);
}
