using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Safety.Venues;

public sealed record VenueInput(decimal? FloorArea, int? Seats, int? Beds, int? Floors, int? HighestFloor, int? PeopleLiving, string? Responsible, string? ResponsiblePhone);

public sealed record VenueKindInput(int? Limit, int? HighestFloor);

/// <summary>A registered place of one of the kinds, with its profile when one is kept.</summary>
public sealed record VenueView(
    Guid Id, string Name, string Kind, string KindName, string RegionCode, string? Address, double? Longitude, double? Latitude,
    decimal? FloorArea, int? Seats, int? Beds, int? Floors, int? HighestFloor, int PeopleLiving, string? Responsible, string? ResponsiblePhone,
    bool Profiled, string? OverLimit);

public sealed record VenueQuery(string? Q = null, string? Region = null, string? Kind = null, bool OverLimitOnly = false, bool UnprofiledOnly = false, int Page = 1, int PageSize = 20, Guid? Id = null);

/// <summary>
/// The venue registry: the platform's organisations of the module's kinds, each with its safety
/// profile, and the check that flags a venue too big for its kind.
/// </summary>
public sealed class VenueService(DoorstepDb db, FieldProtector protector, AuditLog audit, TimeProvider clock)
{
    public async Task<List<VenueKind>> KindsAsync(CancellationToken ct = default) =>
        await db.Set<VenueKind>().AsNoTracking().OrderBy(k => k.Position).ToListAsync(ct);

    public async Task<Page<VenueView>> SearchAsync(VenueQuery query, CancellationToken ct = default)
    {
        var kinds = await KindsAsync(ct);
        var codes = kinds.Select(k => k.Code).ToList();
        var places = db.Organisations.AsNoTracking().Where(o => codes.Contains(o.Kind));
        if (query.Id is { } id)
        {
            places = places.Where(o => o.Id == id);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            places = places.Where(o => o.Name.Contains(q) || (o.Address != null && o.Address.Contains(q)));
        }

        if (!string.IsNullOrEmpty(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            places = places.Where(o => o.RegionCode.StartsWith(prefix));
        }

        if (!string.IsNullOrEmpty(query.Kind))
        {
            places = places.Where(o => o.Kind == query.Kind);
        }

        var venues = db.Set<Venue>();
        if (query.OverLimitOnly)
        {
            places = places.Where(o => venues.Any(v => v.OrganisationId == o.Id && v.OverLimit != null));
        }

        if (query.UnprofiledOnly)
        {
            places = places.Where(o => !venues.Any(v => v.OrganisationId == o.Id));
        }

        var total = await places.CountAsync(ct);
        var request = PageRequest.Clamp(query.Page, query.PageSize, 500);
        var rows = await (from o in places.OrderBy(o => o.RegionCode).ThenBy(o => o.Name).Skip(request.Skip).Take(request.Size)
                          join v in venues on o.Id equals v.OrganisationId into profile
                          from v in profile.DefaultIfEmpty()
                          select new { o, v }).ToListAsync(ct);
        var names = kinds.ToDictionary(k => k.Code, k => k.Name);
        return new Page<VenueView>(rows.Select(r => new VenueView(
            r.o.Id, r.o.Name, r.o.Kind, names.GetValueOrDefault(r.o.Kind) ?? r.o.Kind, r.o.RegionCode, r.o.Address, r.o.Longitude, r.o.Latitude,
            r.v?.FloorArea, r.v?.Seats, r.v?.Beds, r.v?.Floors, r.v?.HighestFloor, r.v?.PeopleLiving ?? 0, r.v?.Responsible, r.v?.ResponsiblePhoneMasked,
            r.v is not null, r.v?.OverLimit)).ToList(), total, request.Number, request.Size);
    }

    /// <summary>Keeps a venue's profile and flags it when its size exceeds its kind's limit.</summary>
    public async Task<Outcome<VenueView>> SaveAsync(Guid organisationId, VenueInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var kinds = await KindsAsync(ct);
        var place = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, ct);
        var kind = place is null ? null : kinds.FirstOrDefault(k => k.Code == place.Kind);
        if (place is null || kind is null)
        {
            errors.Add("id", "该场所不存在，或不在您的管辖范围内");
            return Outcome<VenueView>.Fail(errors);
        }

        if (input.FloorArea is < 0 or > 1_000_000)
        {
            errors.Add("floorArea", "营业面积应为0～1000000平方米");
        }

        if (input.Seats is < 0 or > 100_000 || input.Beds is < 0 or > 100_000)
        {
            errors.Add("seats", "座位和床位应为0～100000");
        }

        if (input.Floors is < 1 or > 200 || input.HighestFloor is < -5 or > 200)
        {
            errors.Add("floors", "楼层数应为1～200，所在最高楼层为-5～200");
        }

        if (input.PeopleLiving is < 0 or > 1000)
        {
            errors.Add("peopleLiving", "住宿人数应为0～1000");
        }

        if (input.Responsible?.Trim().Length > 20)
        {
            errors.Add("responsible", "负责人姓名不超过20字");
        }

        Phone? phone = null;
        if (!string.IsNullOrWhiteSpace(input.ResponsiblePhone))
        {
            if (Phone.TryParse(input.ResponsiblePhone, out var parsed, out var why))
            {
                phone = parsed;
            }
            else
            {
                errors.Add("responsiblePhone", why);
            }
        }

        if (!errors.IsEmpty)
        {
            return Outcome<VenueView>.Fail(errors);
        }

        var venue = await db.Set<Venue>().FirstOrDefaultAsync(v => v.OrganisationId == organisationId, ct);
        if (venue is null)
        {
            venue = new Venue { OrganisationId = organisationId, RegionCode = "", Kind = "", UpdatedBy = "" };
            db.Add(venue);
        }

        venue.RegionCode = place.RegionCode;
        venue.Kind = place.Kind;
        venue.FloorArea = input.FloorArea;
        venue.Seats = input.Seats;
        venue.Beds = input.Beds;
        venue.Floors = input.Floors;
        venue.HighestFloor = input.HighestFloor;
        venue.PeopleLiving = input.PeopleLiving ?? 0;
        venue.Responsible = string.IsNullOrWhiteSpace(input.Responsible) ? null : input.Responsible.Trim();
        if (phone is not null)
        {
            // A blank phone leaves the one on file: the form shows it masked and cannot send it back.
            venue.ResponsiblePhoneCipher = protector.Protect(phone.Value);
            venue.ResponsiblePhoneMasked = phone.Masked;
        }
        var over = SizeCheck.Reasons(kind, venue);
        venue.OverLimit = over.Count == 0 ? null : string.Join("；", over);
        venue.UpdatedBy = actor.UserName;
        venue.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Venue), organisationId.ToString(), detail: place.Name, cancellationToken: ct);
        return Outcome<VenueView>.Ok((await SearchAsync(new VenueQuery(place.Name, place.RegionCode, place.Kind, PageSize: 500), ct)).Items.First(v => v.Id == organisationId));
    }

    /// <summary>Sets a kind's limit; every venue of the kind is checked again against it.</summary>
    public async Task<FieldErrors> SaveKindAsync(string code, VenueKindInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var kind = await db.Set<VenueKind>().FirstOrDefaultAsync(k => k.Code == code, ct);
        if (kind is null)
        {
            errors.Add("code", "没有这类场所");
            return errors;
        }

        if (input.Limit is < 1 or > 1_000_000)
        {
            errors.Add("limit", "规模上限应为1～1000000，不限请留空");
        }

        if (input.HighestFloor is < 1 or > 200)
        {
            errors.Add("highestFloor", "最高楼层应为1～200，不限请留空");
        }

        if (input.Limit is not null && kind.Measure == SizeMeasure.None)
        {
            errors.Add("limit", $"{kind.Name}不按规模区分");
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        kind.Limit = input.Limit;
        kind.HighestFloor = input.HighestFloor;
        foreach (var venue in await db.Set<Venue>().IgnoreQueryFilters().Where(v => v.Kind == code).ToListAsync(ct))
        {
            var over = SizeCheck.Reasons(kind, venue);
            venue.OverLimit = over.Count == 0 ? null : string.Join("；", over);
        }

        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(VenueKind), code, detail: $"limit={input.Limit} highestFloor={input.HighestFloor}", cancellationToken: ct);
        return errors;
    }
}

/// <summary>Whether a venue is still "small" for its kind, and if not, why.</summary>
public static class SizeCheck
{
    public static List<string> Reasons(VenueKind kind, Venue venue)
    {
        var reasons = new List<string>();
        decimal? size = kind.Measure switch
        {
            SizeMeasure.FloorArea => venue.FloorArea,
            SizeMeasure.Seats => venue.Seats,
            SizeMeasure.Beds => venue.Beds,
            _ => null,
        };
        if (kind.Limit is { } limit && size is { } actual && actual > limit)
        {
            var unit = VenueKinds.UnitOf(kind.Measure).Zh;
            reasons.Add($"{VenueKinds.NameOf(kind.Measure).Zh}{actual:0.##}{unit}，超过{kind.Name}上限{limit}{unit}");
        }

        if (kind.HighestFloor is { } top && venue.HighestFloor is { } floor && floor > top)
        {
            reasons.Add($"设在第{floor}层，{kind.Name}应在{top}层及以下");
        }

        return reasons;
    }
}
