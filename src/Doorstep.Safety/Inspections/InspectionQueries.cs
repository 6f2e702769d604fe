using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Safety.Campaigns;
using Doorstep.Safety.Checklists;
using Doorstep.Safety.Hazards;
using Doorstep.Safety.Venues;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Safety.Inspections;

public sealed record InspectionQuery(Guid? Campaign = null, Guid? Venue = null, string? Region = null, string? Q = null, bool FailedOnly = false, int Page = 1, int PageSize = 20);

public sealed record InspectionRow(Guid Id, string Number, Guid? CampaignId, Guid VenueId, string VenueName, string RegionCode, DateTime InspectedAt, string InspectorNames, int Failed, int FixedOnSpot, string? NoticeNumber);

public sealed record ResultView(Guid ItemId, int Position, string Text, string Provision, string Requirement, HazardSeverity Severity, ItemOutcome Outcome, bool FixedOnSpot, string? Location, string? Note, Guid? HazardId, DateOnly? DueDate);

public sealed record InspectionDetail(
    InspectionRow Inspection, string? VenueAddress, string? Responsible, string KindName, int ChecklistVersion, double? Longitude, double? Latitude, string? Note,
    IReadOnlyList<ResultView> Results, IReadOnlyList<PhotoView> Photos, string? CampaignName);

public sealed record PhotoView(Guid Id, Guid? ItemId, string FileName);

/// <summary>A venue to inspect, with how far it is from the inspector.</summary>
public sealed record NearbyVenue(Guid Id, string Name, string Kind, string KindName, string RegionCode, string? Address, double? Metres, DateTime? InspectedAt);

/// <summary>Reading inspections: lists, one inspection with its checklist as it was, photos, and venues nearest first.</summary>
public sealed class InspectionQueries(DoorstepDb db, CampaignService campaigns, AuditLog audit)
{
    public async Task<Page<InspectionRow>> SearchAsync(InspectionQuery query, CancellationToken ct = default)
    {
        var rows = db.Set<Inspection>().AsNoTracking();
        if (query.Campaign is { } campaign)
        {
            rows = rows.Where(i => i.CampaignId == campaign);
        }

        if (query.Venue is { } venue)
        {
            rows = rows.Where(i => i.VenueId == venue);
        }

        if (!string.IsNullOrEmpty(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            rows = rows.Where(i => i.RegionCode.StartsWith(prefix));
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            rows = rows.Where(i => i.VenueName.Contains(q) || i.Number == q || i.NoticeNumber == q);
        }

        if (query.FailedOnly)
        {
            rows = rows.Where(i => i.Failed > 0);
        }

        return await rows.OrderByDescending(i => i.InspectedAt)
            .Select(i => new InspectionRow(i.Id, i.Number, i.CampaignId, i.VenueId, i.VenueName, i.RegionCode, i.InspectedAt, i.InspectorNames, i.Failed, i.FixedOnSpot, i.NoticeNumber))
            .ToPageAsync(query.Page, query.PageSize, 10_000, ct);
    }

    public async Task<InspectionDetail?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var inspection = await db.Set<Inspection>().AsNoTracking().Include(i => i.Results).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (inspection is null)
        {
            return null;
        }

        var checklist = await db.Set<Checklist>().AsNoTracking().Include(c => c.Items).FirstAsync(c => c.Id == inspection.ChecklistId, ct);
        var items = checklist.Items.ToDictionary(i => i.Id);
        var hazards = await db.Set<Hazard>().AsNoTracking().Where(h => h.InspectionId == id).Select(h => new { h.ItemId, h.Id, h.DueDate }).ToListAsync(ct);
        var venue = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => o.Id == inspection.VenueId).Select(o => new { o.Address, o.Kind }).FirstOrDefaultAsync(ct);
        var responsible = await db.Set<Venue>().IgnoreQueryFilters().AsNoTracking().Where(v => v.OrganisationId == inspection.VenueId).Select(v => v.Responsible).FirstOrDefaultAsync(ct);
        var kindName = await db.Set<VenueKind>().AsNoTracking().Where(k => k.Code == checklist.Kind).Select(k => k.Name).FirstOrDefaultAsync(ct) ?? checklist.Kind;
        var photos = await db.Set<InspectionPhoto>().AsNoTracking().Where(p => p.InspectionId == id).OrderBy(p => p.UploadedAt)
            .Select(p => new PhotoView(p.Id, p.ItemId, p.FileName)).ToListAsync(ct);
        var campaignName = inspection.CampaignId is { } campaignId ? (await campaigns.FindAsync(campaignId, ct))?.Name : null;
        var results = inspection.Results.Select(r =>
        {
            var item = items[r.ItemId];
            var hazard = hazards.FirstOrDefault(h => h.ItemId == r.ItemId);
            return new ResultView(r.ItemId, item.Position, item.Text, item.Provision, item.Requirement, item.Severity, r.Outcome, r.FixedOnSpot, r.Location, r.Note, hazard?.Id, hazard?.DueDate);
        }).OrderBy(r => r.Position).ToList();
        return new(Row(inspection), venue?.Address, responsible, kindName, checklist.Version, inspection.Longitude, inspection.Latitude, inspection.Note, results, photos, campaignName);
    }

    /// <summary>A photo, when its inspection is in the caller's regions.</summary>
    public async Task<InspectionPhoto?> PhotoAsync(Guid photoId, CancellationToken ct = default)
    {
        var photo = await db.Set<InspectionPhoto>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId, ct);
        return photo is not null && await db.Set<Inspection>().AnyAsync(i => i.Id == photo.InspectionId, ct) ? photo : null;
    }

    /// <summary>
    /// Venues in the caller's regions (a campaign's when given), nearest first from where the
    /// inspector stands; without a position, by grid and name.
    /// </summary>
    public async Task<List<NearbyVenue>> NearestAsync(double? longitude, double? latitude, Guid? campaignId, string? q, int take = 30, CancellationToken ct = default)
    {
        var kinds = await db.Set<VenueKind>().AsNoTracking().ToDictionaryAsync(k => k.Code, k => k.Name, ct);
        var codes = kinds.Keys.ToList();
        var places = db.Organisations.AsNoTracking().Where(o => codes.Contains(o.Kind));
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            places = places.Where(o => o.Name.Contains(text) || (o.Address != null && o.Address.Contains(text)));
        }

        Dictionary<Guid, DateTime?> inspected;
        if (campaignId is { } id)
        {
            inspected = await db.Set<CampaignVenue>().AsNoTracking().Where(v => v.CampaignId == id).ToDictionaryAsync(v => v.VenueId, v => v.InspectedAt, ct);
            var ids = inspected.Keys.ToList();
            places = places.Where(o => ids.Contains(o.Id));
        }
        else
        {
            inspected = [];
        }

        var list = await places.Select(o => new { o.Id, o.Name, o.Kind, o.RegionCode, o.Address, o.Longitude, o.Latitude }).ToListAsync(ct);
        var here = Point(longitude, latitude);
        return [.. list
            .Select(o => new NearbyVenue(o.Id, o.Name, o.Kind, kinds[o.Kind], o.RegionCode, o.Address,
                here is { } from && Point(o.Longitude, o.Latitude) is { } to ? Math.Round(from.DistanceTo(to)) : null,
                inspected.GetValueOrDefault(o.Id)))
            .OrderBy(v => v.InspectedAt is not null)
            .ThenBy(v => v.Metres ?? double.MaxValue)
            .ThenBy(v => v.RegionCode, StringComparer.Ordinal)
            .ThenBy(v => v.Name, StringComparer.Ordinal)
            .Take(Math.Clamp(take, 1, 200))];
    }

    /// <summary>Every inspection row matching the query, for export; the export is audited.</summary>
    public async IAsyncEnumerable<InspectionRow> ExportAsync(InspectionQuery query, Actor actor, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var page = await SearchAsync(query with { Page = 1, PageSize = 10_000 }, ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Exported, nameof(Inspection), null, detail: $"{page.Items.Count} rows", cancellationToken: ct);
        foreach (var row in page.Items)
        {
            yield return row;
        }
    }

    private static GeoPoint? Point(double? longitude, double? latitude) =>
        longitude is { } lon && latitude is { } lat && lon is >= -180 and <= 180 && lat is >= -90 and <= 90 ? new GeoPoint(lon, lat) : null;

    private static InspectionRow Row(Inspection i) => new(i.Id, i.Number, i.CampaignId, i.VenueId, i.VenueName, i.RegionCode, i.InspectedAt, i.InspectorNames, i.Failed, i.FixedOnSpot, i.NoticeNumber);
}
