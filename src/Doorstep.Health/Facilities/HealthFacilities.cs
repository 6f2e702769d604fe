using Doorstep.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Facilities;

/// <summary>The module's primary-care facilities: the kinds of place that keep teams and duty rosters.</summary>
public static class HealthFacilities
{
    public static readonly string[] Kinds = ["community-health-centre", "township-health-centre", "village-clinic", "community-health-station"];
}

/// <summary>A facility's account holder, for the pickers on the roster and team pages.</summary>
public sealed record StaffMember(string UserName, string Name, Guid FacilityId, string FacilityName);

/// <summary>The facilities in the reader's regions and the accounts that work for them.</summary>
public sealed class FacilityDirectory(DoorstepDb db)
{
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
