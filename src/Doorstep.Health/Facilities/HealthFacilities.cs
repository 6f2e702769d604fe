using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Facilities;

/// <summary>The module's primary-care facilities: the kinds of place that keep teams and duty rosters.</summary>
public static class HealthFacilities
{
    public static readonly string[] Kinds = ["community-health-centre", "township-health-centre", "village-clinic", "community-health-station"];
}

/// <summary>A facility's account holder, for the pickers on the roster and team pages.</summary>
public sealed record StaffMember(string UserName, string Name, Guid FacilityId, string FacilityName);

/// <summary>The facilities in the reader's regions, their health profiles and the accounts that work for them.</summary>
public sealed class FacilityDirectory(DoorstepDb db, AuditLog audit, TimeProvider clock)
{
    public async Task<List<FacilityView>> ProfilesAsync(CancellationToken ct = default)
    {
        var places = await db.Organisations.AsNoTracking().Where(o => HealthFacilities.Kinds.Contains(o.Kind)).OrderBy(o => o.RegionCode).ThenBy(o => o.Name).ToListAsync(ct);
        var ids = places.Select(p => p.Id).ToList();
        var profiles = await db.Set<FacilityProfile>().AsNoTracking().IgnoreQueryFilters().Where(p => ids.Contains(p.OrganisationId)).ToDictionaryAsync(p => p.OrganisationId, ct);
        var teams = await db.Set<Teams.Team>().AsNoTracking().IgnoreQueryFilters().Where(t => t.Active && ids.Contains(t.FacilityId))
            .GroupBy(t => t.FacilityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var accounts = await db.Users.AsNoTracking().Where(u => u.UnitId != null && ids.Contains(u.UnitId.Value))
            .GroupBy(u => u.UnitId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return places.Select(o =>
        {
            var p = profiles.GetValueOrDefault(o.Id);
            return new FacilityView(o.Id, o.Name, o.Kind, o.RegionCode, o.Address, p?.Hours, p is null ? [] : p.Services.Split(',', StringSplitOptions.RemoveEmptyEntries),
                p?.Beds, p?.Doctors, p?.Nurses, p?.Phone ?? o.ContactPhone, teams.GetValueOrDefault(o.Id), accounts.GetValueOrDefault(o.Id));
        }).ToList();
    }

    /// <summary>Keeps a facility's profile; the facility must be one of the reader's.</summary>
    public async Task<FieldErrors> SaveProfileAsync(Guid facilityId, FacilityProfileInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var facility = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == facilityId && HealthFacilities.Kinds.Contains(o.Kind), ct);
        if (facility is null)
        {
            errors.Add("id", "该机构不存在，或不在您的管辖范围内");
            return errors;
        }

        var services = (input.Services ?? []).Select(s => s.Trim()).Distinct().ToList();
        if (services.FirstOrDefault(s => FacilityServices.All.All(a => a.Code != s)) is { } unknown)
        {
            errors.Add("services", $"没有这项服务：{unknown}");
        }

        if (input.Hours?.Length > 100)
        {
            errors.Add("hours", "开诊时间不超过100字");
        }

        if (input.Beds is < 0 or > 2000 || input.Doctors is < 0 or > 2000 || input.Nurses is < 0 or > 2000)
        {
            errors.Add("beds", "床位和人数应为0～2000");
        }

        if (input.Phone is { Length: > 0 } phone && !Doorstep.Kernel.Phone.IsMobileOrLandline(phone.Trim()))
        {
            errors.Add("phone", "电话应为11位手机号或带区号的固定电话，如 0731-22334455");
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var profile = await db.Set<FacilityProfile>().IgnoreQueryFilters().FirstOrDefaultAsync(p => p.OrganisationId == facilityId, ct);
        if (profile is null)
        {
            profile = new FacilityProfile { OrganisationId = facilityId, RegionCode = facility.RegionCode, Services = "", UpdatedBy = "" };
            db.Add(profile);
        }

        profile.RegionCode = facility.RegionCode;
        profile.Hours = string.IsNullOrWhiteSpace(input.Hours) ? null : input.Hours.Trim();
        profile.Services = string.Join(',', FacilityServices.All.Select(s => s.Code).Where(services.Contains));
        profile.Beds = input.Beds;
        profile.Doctors = input.Doctors;
        profile.Nurses = input.Nurses;
        profile.Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        profile.UpdatedBy = actor.UserName;
        profile.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(FacilityProfile), facilityId.ToString(), detail: facility.Name, cancellationToken: ct);
        return errors;
    }

    public async Task<List<(Guid Id, string Name)>> FacilitiesAsync(CancellationToken ct = default) =>
        (await db.Organisations.AsNoTracking().Where(o => HealthFacilities.Kinds.Contains(o.Kind)).OrderBy(o => o.RegionCode).ThenBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct))
        .Select(o => (o.Id, o.Name)).ToList();

    public async Task<List<StaffMember>> StaffAsync(CancellationToken ct = default)
    {
        var facilities = (await FacilitiesAsync(ct)).ToDictionary(f => f.Id, f => f.Name);
        var ids = facilities.Keys.ToList();
        var users = await db.Users.AsNoTracking().Where(u => u.UnitId != null && ids.Contains(u.UnitId.Value))
            .OrderBy(u => u.UserName).Select(u => new { u.UserName, u.DisplayName, u.UnitId }).ToListAsync(ct);
        return users.Select(u => new StaffMember(u.UserName!, u.DisplayName ?? u.UserName!, u.UnitId!.Value, facilities[u.UnitId.Value])).ToList();
    }
}
