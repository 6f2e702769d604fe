using Doorstep.Employment.Coverage;
using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Stations;

/// <summary>A station's profile as a specialist keeps it: 开放时间 (required), weekends, services by code, the station's phone and a note.</summary>
public sealed record StationInput(string? Hours, bool? OpenWeekends, IReadOnlyList<string>? Services, string? Phone, string? Note);

/// <summary>A station with its profile; the profile fields are empty until someone keeps one.</summary>
public sealed record StationView(
    Guid OrganisationId, string Name, string Kind, string RegionCode, string RegionName, string? Address, double? Longitude, double? Latitude,
    string? Hours, bool OpenWeekends, IReadOnlyList<string> Services, string? Phone, string? Note, string? UpdatedBy, DateTime? UpdatedAt);

/// <summary>A station as the public sees it: where, when, what, the station's phone, and how far from the point asked about.</summary>
public sealed record PublicStation(
    Guid Id, string Name, string Kind, string? Address, double Longitude, double Latitude, string? Hours, bool OpenWeekends,
    IReadOnlyList<string> Services, string? Phone, int? DistanceMetres);

/// <summary>
/// The employment stations (就业服务站, 零工驿站, 零工市场, 社区就业服务角) and what residents need
/// to know before walking to one. Specialists keep the profiles of the stations in their regions;
/// the public list reads every station, since a station serves whoever walks in.
/// </summary>
public sealed class StationService(DoorstepDb db, AuditLog audit, TimeProvider clock)
{
    public const int MaxHours = 100;
    public const int MaxNote = 500;

    public async Task<List<StationView>> ListAsync(string? kind = null, CancellationToken ct = default)
    {
        var places = db.Organisations.AsNoTracking().Where(o => CoverageService.StationKinds.Contains(o.Kind));
        if (!string.IsNullOrWhiteSpace(kind))
        {
            places = places.Where(o => o.Kind == kind);
        }

        return await ViewsAsync(await places.OrderBy(o => o.RegionCode).ThenBy(o => o.Name).ToListAsync(ct), ct);
    }

    public async Task<StationView?> GetAsync(Guid organisationId, CancellationToken ct = default) =>
        await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId && CoverageService.StationKinds.Contains(o.Kind), ct) is { } place
            ? (await ViewsAsync([place], ct)).Single()
            : null;

    /// <summary>Keeps a station's profile; the station must be in the actor's regions. Saving again replaces it.</summary>
    public async Task<Outcome<StationView>> SaveAsync(Guid organisationId, StationInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var place = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId && CoverageService.StationKinds.Contains(o.Kind), ct);
        if (place is null)
        {
            errors.Add("id", "该服务站点不存在，或不在您的管辖范围内");
            return Outcome<StationView>.Fail(errors);
        }

        var hours = input.Hours?.Trim();
        if (string.IsNullOrEmpty(hours))
        {
            errors.Add("hours", "请填写开放时间，如“周一至周五 8:30—12:00，14:30—17:30”");
        }
        else if (hours.Length > MaxHours)
        {
            errors.Add("hours", $"开放时间不超过{MaxHours}字");
        }

        var services = (input.Services ?? []).Select(s => s?.Trim()).OfType<string>().Where(s => s.Length > 0).Distinct().ToList();
        if (services.FirstOrDefault(s => StationServices.All.All(known => known.Code != s)) is { } unknown)
        {
            errors.Add("services", $"没有“{unknown}”这项服务，可选：{string.Join("、", StationServices.All.Select(s => s.Code))}");
        }

        var phone = input.Phone?.Trim();
        if (!string.IsNullOrEmpty(phone) && !Phone.IsMobileOrLandline(phone))
        {
            errors.Add("phone", $"服务电话“{phone}”应为11位手机号或带区号的固定电话，如 0731-28887766");
        }

        var note = input.Note?.Trim();
        if (note?.Length > MaxNote)
        {
            errors.Add("note", $"备注不超过{MaxNote}字");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<StationView>.Fail(errors);
        }

        var profile = await db.Set<StationProfile>().FirstOrDefaultAsync(p => p.OrganisationId == organisationId, ct);
        if (profile is null)
        {
            profile = new StationProfile { OrganisationId = organisationId, RegionCode = place.RegionCode, Hours = "", UpdatedBy = "" };
            db.Add(profile);
        }

        profile.RegionCode = place.RegionCode;
        profile.Hours = hours!;
        profile.OpenWeekends = input.OpenWeekends ?? false;
        profile.Services = StationServices.All.Select(s => s.Code).Where(services.Contains).ToList();
        profile.Phone = string.IsNullOrEmpty(phone) ? null : phone;
        profile.Note = string.IsNullOrEmpty(note) ? null : note;
        profile.UpdatedBy = actor.UserName;
        profile.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(StationProfile), organisationId.ToString(), detail: place.Name, cancellationToken: ct);
        return Outcome<StationView>.Ok((await ViewsAsync([place], ct)).Single());
    }

    /// <summary>
    /// Every located station, nearest to the point first (by name without one). Public: stations
    /// are places anyone may walk into, so this reads past the region filter; the organisation's
    /// contact person is never part of it, only the station's own line.
    /// </summary>
    public async Task<List<PublicStation>> PublicAsync(GeoPoint? near, CancellationToken ct = default)
    {
        var places = await db.Organisations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => CoverageService.StationKinds.Contains(o.Kind) && o.Longitude != null && o.Latitude != null)
            .Select(o => new { o.Id, o.Name, o.Kind, o.Address, Longitude = o.Longitude!.Value, Latitude = o.Latitude!.Value })
            .ToListAsync(ct);
        var ids = places.Select(p => p.Id).ToList();
        var profiles = await db.Set<StationProfile>().IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.OrganisationId)).ToDictionaryAsync(p => p.OrganisationId, ct);
        var stations = places.Select(o =>
        {
            var p = profiles.GetValueOrDefault(o.Id);
            int? distance = near is { } from ? (int)Math.Round(from.DistanceTo(new GeoPoint(o.Longitude, o.Latitude))) : null;
            return new PublicStation(o.Id, o.Name, o.Kind, o.Address, o.Longitude, o.Latitude, p?.Hours, p?.OpenWeekends ?? false, p?.Services ?? [], p?.Phone, distance);
        });
        return near is null
            ? stations.OrderBy(s => s.Name, StringComparer.Ordinal).ToList()
            : stations.OrderBy(s => s.DistanceMetres).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    private async Task<List<StationView>> ViewsAsync(IReadOnlyList<Organisation> places, CancellationToken ct)
    {
        var ids = places.Select(p => p.Id).ToList();
        var codes = places.Select(p => p.RegionCode).Distinct().ToList();
        var profiles = await db.Set<StationProfile>().AsNoTracking().Where(p => ids.Contains(p.OrganisationId)).ToDictionaryAsync(p => p.OrganisationId, ct);
        var regions = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return places.Select(o =>
        {
            var p = profiles.GetValueOrDefault(o.Id);
            return new StationView(
                o.Id, o.Name, o.Kind, o.RegionCode, regions.GetValueOrDefault(o.RegionCode) ?? o.RegionCode, o.Address, o.Longitude, o.Latitude,
                p?.Hours, p?.OpenWeekends ?? false, p?.Services ?? [], p?.Phone, p?.Note, p?.UpdatedBy, p?.UpdatedAt);
        }).ToList();
    }
}
