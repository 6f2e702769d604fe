using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Doorstep.Safety.Inspectors;
using Doorstep.Safety.Venues;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Safety.Campaigns;

public sealed record CampaignInput(string? Name, DateOnly? StartsOn, DateOnly? EndsOn, IReadOnlyList<string>? Regions, IReadOnlyList<string>? Kinds, IReadOnlyList<string>? Agencies);

public sealed record AssignmentInput(IReadOnlyList<Guid>? VenueIds, IReadOnlyList<string>? Inspectors);

public sealed record CampaignView(
    Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<string> Regions, IReadOnlyList<string> RegionNames,
    IReadOnlyList<string> Kinds, IReadOnlyList<string> Agencies, int VenuesInScope, int Inspected, string CreatedBy, DateTime CreatedAt);

/// <summary>A venue of a campaign with its assignment and whether it has been inspected.</summary>
public sealed record CampaignVenueView(Guid VenueId, string Name, string Kind, string RegionCode, string? Address, double? Longitude, double? Latitude, IReadOnlyList<string> Inspectors, Guid? InspectionId, DateTime? InspectedAt);

/// <summary>
/// Campaigns: creating one fixes its venues (every registered venue of its kinds in its regions),
/// assignments give each venue its two or more inspectors.
/// </summary>
public sealed class CampaignService(DoorstepDb db, InspectorDirectory inspectors, AuditLog audit, TimeProvider clock)
{
    public const int MaxDays = 366;

    /// <summary>Campaigns touching the caller's regions, newest first, with the caller's share of venues.</summary>
    public async Task<List<CampaignView>> ListAsync(CancellationToken ct = default)
    {
        var campaigns = (await db.Set<Campaign>().AsNoTracking().OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.CreatedAt).ToListAsync(ct))
            .Where(Visible).ToList();
        var ids = campaigns.Select(c => c.Id).ToList();
        var counts = await db.Set<CampaignVenue>().AsNoTracking().Where(v => ids.Contains(v.CampaignId))
            .GroupBy(v => v.CampaignId)
            .Select(g => new { g.Key, Total = g.Count(), Inspected = g.Count(v => v.InspectionId != null) })
            .ToDictionaryAsync(c => c.Key, ct);
        var names = await RegionNamesAsync(campaigns.SelectMany(c => c.RegionList), ct);
        return [.. campaigns.Select(c => View(c, names, counts.TryGetValue(c.Id, out var n) ? n.Total : 0, n?.Inspected ?? 0))];
    }

    public async Task<CampaignView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var campaign = await FindAsync(id, ct);
        if (campaign is null)
        {
            return null;
        }

        var venues = db.Set<CampaignVenue>().AsNoTracking().Where(v => v.CampaignId == id);
        return View(campaign, await RegionNamesAsync(campaign.RegionList, ct), await venues.CountAsync(ct), await venues.CountAsync(v => v.InspectionId != null, ct));
    }

    /// <summary>The campaign if it touches the caller's regions.</summary>
    public async Task<Campaign?> FindAsync(Guid id, CancellationToken ct = default)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return campaign is not null && Visible(campaign) ? campaign : null;
    }

    /// <summary>The campaign's venues in the caller's regions, by grid then name; <paramref name="pending"/> for those not yet inspected.</summary>
    public async Task<List<CampaignVenueView>> VenuesAsync(Guid id, string? region = null, bool pending = false, CancellationToken ct = default)
    {
        var rows = db.Set<CampaignVenue>().AsNoTracking().Where(v => v.CampaignId == id);
        if (!string.IsNullOrEmpty(region) && RegionCode.TryParse(region, out var code, out _))
        {
            var prefix = code.Prefix;
            rows = rows.Where(v => v.RegionCode.StartsWith(prefix));
        }

        if (pending)
        {
            rows = rows.Where(v => v.InspectionId == null);
        }

        var list = await rows.ToListAsync(ct);
        var ids = list.Select(v => v.VenueId).ToList();
        var places = await db.Organisations.AsNoTracking().IgnoreQueryFilters().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.Address, o.Longitude, o.Latitude }).ToDictionaryAsync(o => o.Id, ct);
        return [.. list.Select(v =>
            {
                var place = places.GetValueOrDefault(v.VenueId);
                return new CampaignVenueView(v.VenueId, place?.Name ?? "", v.Kind, v.RegionCode, place?.Address, place?.Longitude, place?.Latitude, Split(v.Inspectors), v.InspectionId, v.InspectedAt);
            })
            .OrderBy(v => v.RegionCode, StringComparer.Ordinal).ThenBy(v => v.Name, StringComparer.Ordinal)];
    }

    public async Task<Outcome<CampaignView>> CreateAsync(CampaignInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            errors.Add("name", "请填写检查名称（不超过100个字），如“2024年春节前九小场所消防安全检查”");
        }

        if (input.StartsOn is not { } starts || input.EndsOn is not { } ends)
        {
            errors.Add("startsOn", "请填写检查的起止日期");
        }
        else if (ends < starts)
        {
            errors.Add("endsOn", "结束日期不能早于开始日期");
        }
        else if (ends.DayNumber - starts.DayNumber >= MaxDays)
        {
            errors.Add("endsOn", "一次专项检查最长一年");
        }

        var regions = new List<RegionCode>();
        foreach (var text in (input.Regions ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Distinct())
        {
            if (!RegionCode.TryParse(text.Trim(), out var region, out var error))
            {
                errors.Add("regions", $"{text}：{error}");
            }
            else if (!await db.Regions.AnyAsync(r => r.Code == region.Value, ct))
            {
                errors.Add("regions", $"区划代码 {region.Value} 不存在或不在您的管辖范围内");
            }
            else
            {
                regions.Add(region);
            }
        }

        if (regions.Count == 0 && errors.For("regions") is null)
        {
            errors.Add("regions", "请选择检查范围（乡镇街道、村社区或网格）");
        }

        var known = await db.Set<VenueKind>().AsNoTracking().OrderBy(k => k.Position).Select(k => k.Code).ToListAsync(ct);
        var kinds = (input.Kinds ?? []).Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).Distinct().ToList();
        if (kinds.Count == 0)
        {
            kinds = known;
        }

        foreach (var kind in kinds.Where(k => !known.Contains(k)))
        {
            errors.Add("kinds", $"没有“{kind}”这个场所类别，可选：{string.Join("、", known)}");
        }

        var agencies = (input.Agencies ?? []).SelectMany(a => (a ?? "").Split(['、', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
        if (agencies.Count == 0)
        {
            errors.Add("agencies", "请填写参加检查的单位，如消防救援大队、派出所、镇政府");
        }
        else if (agencies.Any(a => a.Length > 40) || agencies.Count > 10)
        {
            errors.Add("agencies", "参加单位最多10个，每个不超过40个字");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<CampaignView>.Fail(errors);
        }

        // Nested regions would count a venue twice; the outer one covers the inner.
        regions = [.. regions.Where(r => !regions.Any(o => o != r && o.Contains(r)))];
        var prefixes = regions.Select(r => r.Prefix).ToList();
        var venues = (await db.Organisations.AsNoTracking().Where(o => kinds.Contains(o.Kind))
                .Select(o => new { o.Id, o.Kind, o.RegionCode }).ToListAsync(ct))
            .Where(o => prefixes.Any(o.RegionCode.StartsWith)).ToList();
        if (venues.Count == 0)
        {
            errors.Add("regions", "检查范围内没有登记这些类别的场所，请先在场所档案中登记");
            return Outcome<CampaignView>.Fail(errors);
        }

        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(),
            Name = name!,
            StartsOn = input.StartsOn!.Value,
            EndsOn = input.EndsOn!.Value,
            Regions = string.Join(',', regions.Select(r => r.Value)),
            Kinds = string.Join(',', kinds),
            Agencies = string.Join('、', agencies),
            CreatedBy = actor.UserName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var work = await Work.BeginAsync(db.Database, ct);
        db.Add(campaign);
        db.AddRange(venues.Select(v => new CampaignVenue { CampaignId = campaign.Id, VenueId = v.Id, RegionCode = v.RegionCode, Kind = v.Kind }));
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(Campaign), campaign.Id.ToString(), detail: $"{campaign.Name}; {venues.Count} venues", cancellationToken: ct);
        await work.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return Outcome<CampaignView>.Ok((await GetAsync(campaign.Id, ct))!);
    }

    /// <summary>Gives the venues their inspectors: all or none, each venue needing two who may inspect it.</summary>
    public async Task<Outcome<int>> AssignAsync(Guid id, AssignmentInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (await FindAsync(id, ct) is null)
        {
            errors.Add("id", "找不到该专项检查，或不在您的管辖范围内");
            return Outcome<int>.Fail(errors);
        }

        var ids = (input.VenueIds ?? []).Distinct().ToList();
        if (ids.Count == 0)
        {
            errors.Add("venueIds", "请选择要分派的场所");
            return Outcome<int>.Fail(errors);
        }

        var rows = await db.Set<CampaignVenue>().Where(v => v.CampaignId == id && ids.Contains(v.VenueId)).ToListAsync(ct);
        foreach (var missing in ids.Except(rows.Select(r => r.VenueId)))
        {
            errors.Add("venueIds", $"场所 {missing} 不在本次检查范围内，或不在您的管辖范围内");
        }

        foreach (var row in rows)
        {
            var names = await inspectors.CheckAsync(input.Inspectors, row.RegionCode, "inspectors", errors, ct);
            row.Inspectors = string.Join(',', names.Select(n => n.UserName));
        }

        if (!errors.IsEmpty)
        {
            db.ChangeTracker.Clear();
            return Outcome<int>.Fail(errors);
        }

        await using var work = await Work.BeginAsync(db.Database, ct);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Campaign), id.ToString(), detail: $"assigned {rows.Count} venues to {string.Join(",", input.Inspectors ?? [])}", cancellationToken: ct);
        await work.CommitAsync(ct);
        return Outcome<int>.Ok(rows.Count);
    }

    private bool Visible(Campaign campaign) =>
        db.ScopeAll || campaign.RegionList.Any(r => db.ScopePrefixes.Any(p => r.StartsWith(p, StringComparison.Ordinal) || p.StartsWith(RegionCode.Parse(r).Prefix, StringComparison.Ordinal)));

    private async Task<Dictionary<string, string>> RegionNamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var list = codes.Distinct().ToList();
        return await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => list.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
    }

    private static CampaignView View(Campaign c, Dictionary<string, string> names, int total, int inspected) => new(
        c.Id, c.Name, c.StartsOn, c.EndsOn, c.RegionList, [.. c.RegionList.Select(r => names.GetValueOrDefault(r) ?? r)], c.KindList, c.AgencyList, total, inspected, c.CreatedBy, c.CreatedAt);

    private static List<string> Split(string? text) => [.. (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)];
}
