using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Doorstep.Safety.Venues;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Safety.Inspectors;

/// <summary>An account that may inspect: user name and the name printed on notices.</summary>
public sealed record InspectorView(string UserName, string Name);

/// <summary>
/// Who may inspect a venue: accounts whose roles keep venues (fire inspectors, grid members) and
/// whose regions contain it. Campaign assignments and inspections both ask here.
/// </summary>
public sealed class InspectorDirectory(DoorstepDb db, PermissionCatalog permissions)
{
    /// <summary>Everyone who may inspect in the region, by name.</summary>
    public async Task<List<InspectorView>> ForRegionAsync(string regionCode, CancellationToken ct = default) =>
        [.. (await AllAsync(ct)).Where(i => Covers(i.Scopes, regionCode)).Select(i => i.View).OrderBy(i => i.Name, StringComparer.Ordinal)];

    /// <summary>Every inspector's printed name by user name, for showing assignments.</summary>
    public async Task<Dictionary<string, string>> NamesAsync(CancellationToken ct = default) =>
        (await AllAsync(ct)).ToDictionary(i => i.View.UserName, i => i.View.Name, StringComparer.Ordinal);

    /// <summary>
    /// Checks that the user names are at least two different inspectors of the region; returns
    /// their names in the order given, or adds the reasons to <paramref name="errors"/>.
    /// </summary>
    public async Task<List<InspectorView>> CheckAsync(IReadOnlyList<string>? userNames, string regionCode, string field, FieldErrors errors, CancellationToken ct = default)
    {
        var wanted = (userNames ?? []).Select(u => u?.Trim()).Where(u => !string.IsNullOrEmpty(u)).Select(u => u!).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count < 2)
        {
            errors.Add(field, "每次检查须有两名以上检查人员，请选择同行的检查人员");
            return [];
        }

        var all = (await AllAsync(ct)).ToDictionary(i => i.View.UserName, StringComparer.Ordinal);
        var found = new List<InspectorView>();
        foreach (var name in wanted)
        {
            if (!all.TryGetValue(name, out var inspector))
            {
                errors.Add(field, $"“{name}”不是消防监督员或网格员账号，不能作为检查人员");
            }
            else if (!Covers(inspector.Scopes, regionCode))
            {
                errors.Add(field, $"{inspector.View.Name}的管辖区域不含该场所，不能检查");
            }
            else
            {
                found.Add(inspector.View);
            }
        }

        return found;
    }

    private async Task<List<Inspector>> AllAsync(CancellationToken ct)
    {
        var roles = await db.Roles.AsNoTracking().Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        var inspecting = roles.Where(r => permissions.ForRoles([r.Name!]).Contains(SafetyPermissions.Write)).Select(r => r.Id).ToList();
        var users = await (from ur in db.UserRoles.AsNoTracking()
                           join u in db.Users.AsNoTracking() on ur.UserId equals u.Id
                           where inspecting.Contains(ur.RoleId) && u.UserName != null
                           select new { u.Id, u.UserName, u.DisplayName }).Distinct().ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var scopes = (await db.UserScopes.AsNoTracking().Where(s => ids.Contains(s.UserId)).ToListAsync(ct)).ToLookup(s => s.UserId, s => s.RegionCode);
        return [.. users.Select(u => new Inspector(new(u.UserName!, u.DisplayName ?? u.UserName!), [.. scopes[u.Id]]))];
    }

    private static bool Covers(IReadOnlyList<string> scopes, string regionCode) =>
        scopes.Any(s => RegionCode.TryParse(s, out var scope, out _) && RegionCode.IsInside(regionCode, scope.Prefix));

    private sealed record Inspector(InspectorView View, IReadOnlyList<string> Scopes);
}
