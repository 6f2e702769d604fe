using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.Users;

/// <summary>Accounts, their roles and region scopes. Every change of who may do what is audited.</summary>
public sealed class UserService(UserManager<DoorstepUser> users, RoleManager<IdentityRole> roles, DoorstepDb db, AuditLog audit, TimeProvider clock)
{
    public async Task EnsureRolesAsync(CancellationToken ct = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role.Code))
            {
                await roles.CreateAsync(new IdentityRole(role.Code));
            }
        }
    }

    /// <summary>Creates an account; returns the generated password, shown once.</summary>
    public async Task<Outcome<(DoorstepUser User, string Password)>> CreateAsync(NewUser input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var name = input.UserName?.Trim() ?? "";
        if (name.Length is < 2 or > 50 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            errors.Add("name", "用户名为2至50位字母、数字、点、横线或下划线");
        }
        else if (await users.FindByNameAsync(name) is not null)
        {
            errors.Add("name", $"用户名 {name} 已存在");
        }

        var unknownRoles = input.Roles.Where(r => Roles.Find(r) is null).ToList();
        if (input.Roles.Count == 0 || unknownRoles.Count > 0)
        {
            errors.Add("role", $"角色无效：{string.Join(",", unknownRoles.DefaultIfEmpty("(空)"))}。可选：{string.Join(", ", Roles.All.Select(r => r.Code))}");
        }

        await CheckScopesAsync(input.Regions, errors, ct);
        await CheckUnitAsync(input.UnitId, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<(DoorstepUser, string)>.Fail(errors);
        }

        await EnsureRolesAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var user = new DoorstepUser
        {
            UserName = name,
            DisplayName = string.IsNullOrWhiteSpace(input.DisplayName) ? name : input.DisplayName.Trim(),
            CreatedAt = now,
            PasswordChangedAt = now,
            LockoutEnabled = true,
            UnitId = input.UnitId,
        };
        var password = input.Password ?? PasswordPolicy.Generate();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                errors.Add(error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "name", error.Description);
            }

            return Outcome<(DoorstepUser, string)>.Fail(errors);
        }

        await users.AddToRolesAsync(user, input.Roles);
        foreach (var region in input.Regions.Distinct())
        {
            db.UserScopes.Add(new UserScope { UserId = user.Id, RegionCode = region });
        }

        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.UserCreated, "User", user.UserName, detail: $"roles={string.Join(",", input.Roles)} regions={string.Join(",", input.Regions)}", cancellationToken: ct);
        return Outcome<(DoorstepUser, string)>.Ok((user, password));
    }

    /// <summary>Sets roles, region scopes and the unit (null: none) together, as one audited change.</summary>
    public async Task<Outcome<DoorstepUser>> SetAccessAsync(string userId, IReadOnlyList<string> newRoles, IReadOnlyList<string> regions, Guid? unitId, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            errors.Add("id", "用户不存在");
            return Outcome<DoorstepUser>.Fail(errors);
        }

        if (newRoles.Any(r => Roles.Find(r) is null))
        {
            errors.Add("role", "角色无效");
        }

        await CheckScopesAsync(regions, errors, ct);
        await CheckUnitAsync(unitId, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<DoorstepUser>.Fail(errors);
        }

        var unitBefore = user.UnitId;
        user.UnitId = unitId;

        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(newRoles));
        await users.AddToRolesAsync(user, newRoles.Except(current));
        var scopes = await db.UserScopes.Where(s => s.UserId == user.Id).ToListAsync(ct);
        db.UserScopes.RemoveRange(scopes.Where(s => !regions.Contains(s.RegionCode)));
        foreach (var region in regions.Distinct().Where(r => scopes.All(s => s.RegionCode != r)))
        {
            db.UserScopes.Add(new UserScope { UserId = user.Id, RegionCode = region });
        }

        await db.SaveChangesAsync(ct);
        // A new stamp signs the user out elsewhere, so old permissions do not linger in a cookie.
        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(actor.UserName, AuditEvents.PermissionChanged, "User", user.UserName,
            detail: $"roles {string.Join(",", current)} → {string.Join(",", newRoles)}; regions → {string.Join(",", regions)}; unit {unitBefore} → {unitId}", cancellationToken: ct);
        return Outcome<DoorstepUser>.Ok(user);
    }

    public async Task<List<UserSummary>> ListAsync(CancellationToken ct = default)
    {
        var list = await db.Users.AsNoTracking().Include(u => u.Scopes).OrderBy(u => u.UserName).ToListAsync(ct);
        var userRoles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var unitIds = list.Where(u => u.UnitId != null).Select(u => u.UnitId!.Value).Distinct().ToList();
        var units = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => unitIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return list.Select(u => new UserSummary(u.Id, u.UserName ?? "", u.DisplayName,
            userRoles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
            u.Scopes.Select(s => s.RegionCode).Order().ToList(),
            u.LockoutEnd is { } end && end > now,
            u.UnitId,
            u.UnitId is { } unit ? units.GetValueOrDefault(unit) : null)).ToList();
    }

    private async Task CheckUnitAsync(Guid? unitId, FieldErrors errors, CancellationToken ct)
    {
        if (unitId is { } unit && !await db.Organisations.IgnoreQueryFilters().AnyAsync(o => o.Id == unit, ct))
        {
            errors.Add("unit", "所属单位不存在");
        }
    }

    private async Task CheckScopesAsync(IReadOnlyList<string> regions, FieldErrors errors, CancellationToken ct)
    {
        if (regions.Count == 0)
        {
            errors.Add("region", "至少指定一个管辖区划");
            return;
        }

        foreach (var region in regions)
        {
            if (!RegionCode.TryParse(region, out _, out var error))
            {
                errors.Add("region", error);
            }
            else if (!await db.Regions.IgnoreQueryFilters().AnyAsync(r => r.Code == region, ct))
            {
                errors.Add("region", $"区划 {region} 未登记");
            }
        }
    }
}

public sealed record NewUser(string? UserName, IReadOnlyList<string> Roles, IReadOnlyList<string> Regions, string? DisplayName = null, string? Password = null, Guid? UnitId = null);

public sealed record UserSummary(string Id, string UserName, string? DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Regions, bool LockedOut, Guid? UnitId = null, string? UnitName = null);
