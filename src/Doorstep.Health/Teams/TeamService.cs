using Doorstep.Health.Facilities;
using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Teams;

/// <summary>
/// Keeps the family-doctor teams. A team has exactly one family doctor (an account of a
/// facility in the same town), at least one nurse and one public-health doctor; a doctor leads
/// one active team at a time, so a resident's doctor is never in doubt.
/// </summary>
public sealed class TeamService(DoorstepDb db, AuditLog audit, TimeProvider clock)
{
    public const int MaxMembers = 12;

    public async Task<List<TeamView>> ListAsync(bool includeInactive = false, CancellationToken ct = default)
    {
        var teams = await db.Set<Team>().AsNoTracking().Include(t => t.Members)
            .Where(t => includeInactive || t.Active)
            .OrderBy(t => t.RegionCode).ThenBy(t => t.Name).ToListAsync(ct);
        var counts = await ActiveContractCountsAsync(teams.Select(t => t.Id).ToList(), ct);
        return teams.Select(t => View(t, counts.GetValueOrDefault(t.Id))).ToList();
    }

    public async Task<TeamView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var team = await db.Set<Team>().AsNoTracking().Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct);
        return team is null ? null : View(team, (await ActiveContractCountsAsync([id], ct)).GetValueOrDefault(id));
    }

    /// <summary>The active teams that may sign a resident of this region.</summary>
    public async Task<List<TeamView>> ServingAsync(string regionCode, CancellationToken ct = default)
    {
        var teams = await ListAsync(false, ct);
        return teams.Where(t => regionCode.StartsWith(RegionCode.Parse(t.RegionCode).Prefix, StringComparison.Ordinal)).ToList();
    }

    public async Task<(TeamView? Team, FieldErrors Errors)> SaveAsync(Guid? id, TeamInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var team = id is { } existing ? await db.Set<Team>().Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == existing, ct) : null;
        if (id is not null && team is null)
        {
            errors.Add("id", "该团队不存在，或不在您的管辖范围内");
            return (null, errors);
        }

        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 50)
        {
            errors.Add("name", "请填写团队名称（不超过50字）");
        }

        var facility = input.FacilityId is { } facilityId ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == facilityId, ct) : null;
        if (facility is null || !HealthFacilities.Kinds.Contains(facility.Kind))
        {
            errors.Add("facilityId", "请选择您管辖范围内的基层医疗机构");
        }

        var town = facility is null ? null : TownOf(facility.RegionCode);
        var area = CheckArea(input.RegionCode, facility?.RegionCode, town, errors);
        var members = await CheckMembersAsync(input.Members ?? [], town, errors, ct);
        var doctor = members.FirstOrDefault(m => m.Role == TeamRole.Doctor)?.UserName;
        if (doctor is not null && input.Active && await db.Set<Team>().AnyAsync(t => t.Active && t.Doctor == doctor && t.Id != id, ct))
        {
            errors.Add("members", $"{doctor} 已经是另一个在岗团队的家庭医生，一名医生只能牵头一个团队");
        }

        if (team is not null && !input.Active && team.Active && await db.Set<Contracts.Contract>().AnyAsync(c => c.TeamId == team.Id && c.ActivePersonId != null, ct))
        {
            errors.Add("active", "该团队还有在约居民，请先为他们改签其他团队");
        }

        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (team is null)
        {
            team = new Team { Id = Guid.CreateVersion7(), Name = "", FacilityName = "", RegionCode = "", Doctor = "", CreatedAt = now };
            db.Add(team);
        }
        else
        {
            db.RemoveRange(team.Members);
            team.Members.Clear();
        }

        team.Name = name!;
        team.FacilityId = facility!.Id;
        team.FacilityName = facility.Name;
        team.RegionCode = area!;
        team.Doctor = doctor!;
        team.Active = input.Active;
        team.UpdatedAt = now;
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            team.Members.Add(new TeamMember { Id = Guid.CreateVersion7(), TeamId = team.Id, Role = m.Role, Name = m.Name, UserName = m.UserName, Phone = m.Phone, Position = i });
        }

        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, id is null ? AuditEvents.Created : AuditEvents.Updated, nameof(Team), team.Id.ToString(), detail: team.Name, cancellationToken: ct);
        return (await GetAsync(team.Id, ct), errors);
    }

    private static string? TownOf(string regionCode)
    {
        var code = RegionCode.Parse(regionCode);
        while (code.Level > RegionLevel.Town && code.Parent is { } parent)
        {
            code = parent;
        }

        return code.Level == RegionLevel.Town ? code.Value : null;
    }

    /// <summary>The area defaults to the facility's town; it may be narrowed to a village or community of that town.</summary>
    private static string? CheckArea(string? input, string? facilityRegion, string? town, FieldErrors errors)
    {
        if (facilityRegion is null)
        {
            return null;
        }

        var area = string.IsNullOrWhiteSpace(input) ? town ?? facilityRegion : input.Trim();
        if (!RegionCode.TryParse(area, out var code, out var error))
        {
            errors.Add("regionCode", error);
            return null;
        }

        if (town is not null && !RegionCode.Parse(town).Contains(code))
        {
            errors.Add("regionCode", "服务区域应在机构所在乡镇（街道）之内");
            return null;
        }

        return code.Value;
    }

    private sealed record CheckedMember(TeamRole Role, string Name, string? UserName, string? Phone);

    private async Task<List<CheckedMember>> CheckMembersAsync(IReadOnlyList<TeamMemberInput> input, string? town, FieldErrors errors, CancellationToken ct)
    {
        var rows = input.Where(m => !string.IsNullOrWhiteSpace(m.Name) || !string.IsNullOrWhiteSpace(m.UserName)).ToList();
        if (rows.Count > MaxMembers)
        {
            errors.Add("members", $"一个团队最多{MaxMembers}人");
            return [];
        }

        var userNames = rows.Select(m => m.UserName?.Trim()).OfType<string>().Where(u => u.Length > 0).ToList();
        var users = await db.Users.AsNoTracking().Where(u => userNames.Contains(u.UserName!))
            .Select(u => new { u.Id, UserName = u.UserName!, u.DisplayName, u.UnitId }).ToListAsync(ct);
        var unitIds = users.Select(u => u.UnitId).OfType<Guid>().ToList();
        var units = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => unitIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => (o.Kind, o.RegionCode), ct);
        var doctorIds = users.Select(u => u.Id).ToList();
        var doctors = await db.UserRoles.Where(ur => doctorIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .Where(x => x.Name == Roles.FamilyDoctor).Select(x => x.UserId).ToListAsync(ct);

        var result = new List<CheckedMember>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var label = $"第{i + 1}位成员";
            if (row.Role is not { } role || !Enum.IsDefined(role))
            {
                errors.Add("members", $"{label}：请选择团队角色");
                continue;
            }

            var userName = string.IsNullOrWhiteSpace(row.UserName) ? null : row.UserName.Trim();
            var user = userName is null ? null : users.FirstOrDefault(u => u.UserName == userName);
            var name = string.IsNullOrWhiteSpace(row.Name) ? user?.DisplayName ?? userName : row.Name.Trim();
            if (userName is not null && user is null)
            {
                errors.Add("members", $"{label}：没有用户“{userName}”");
                continue;
            }

            if (user is not null && (user.UnitId is not { } unit || !units.TryGetValue(unit, out var place) || !HealthFacilities.Kinds.Contains(place.Kind)
                || (town is not null && !place.RegionCode.StartsWith(RegionCode.Parse(town).Prefix, StringComparison.Ordinal))))
            {
                errors.Add("members", $"{label}：{userName} 不是本乡镇（街道）基层医疗机构的医务人员，请先在用户管理中设置其所属单位");
                continue;
            }

            if (role == TeamRole.Doctor && (user is null || !doctors.Contains(user.Id)))
            {
                errors.Add("members", $"{label}：家庭医生须是具有“家庭医生”角色的用户");
                continue;
            }

            if (string.IsNullOrEmpty(name) || name.Length > 20)
            {
                errors.Add("members", $"{label}：请填写姓名（不超过20字）");
                continue;
            }

            var phone = string.IsNullOrWhiteSpace(row.Phone) ? null : row.Phone.Trim();
            if (phone is not null && !Phone.IsMobileOrLandline(phone))
            {
                errors.Add("members", $"{label}：电话应为11位手机号或带区号的固定电话，如 0731-22334455");
                continue;
            }

            result.Add(new CheckedMember(role, name, userName, phone));
        }

        if (errors.For("members") is not null)
        {
            return result;
        }

        var missing = new List<string>();
        if (result.Count(m => m.Role == TeamRole.Doctor) != 1)
        {
            missing.Add("一名家庭医生");
        }

        if (!result.Any(m => m.Role == TeamRole.Nurse))
        {
            missing.Add("至少一名护士");
        }

        if (!result.Any(m => m.Role == TeamRole.PublicHealth))
        {
            missing.Add("至少一名公卫医生");
        }

        if (missing.Count > 0)
        {
            errors.Add("members", "团队应有" + string.Join("、", missing));
        }

        return result;
    }

    private async Task<Dictionary<Guid, int>> ActiveContractCountsAsync(List<Guid> teamIds, CancellationToken ct) =>
        await db.Set<Contracts.Contract>().Where(c => teamIds.Contains(c.TeamId) && c.ActivePersonId != null)
            .GroupBy(c => c.TeamId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    private static TeamView View(Team t, int activeContracts) =>
        new(t.Id, t.Name, t.FacilityId, t.FacilityName, t.RegionCode, t.Doctor, t.Active,
            t.Members.OrderBy(m => m.Position).Select(m => new TeamMemberView(m.Role, m.Name, m.UserName, m.Phone)).ToList(), activeContracts);
}
