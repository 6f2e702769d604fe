using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Ui;
using Doorstep.Platform.WorkItems;
using Doorstep.Safety.Campaigns;
using Doorstep.Safety.Hazards;
using Doorstep.Safety.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Safety.Figures;

/// <summary>
/// The counts a town reports for a campaign. Hazards found are every failing item; fixed on the
/// spot and left to rectify add up to it. Rectified means a re-inspection passed.
/// </summary>
public sealed record CampaignSummary(int VenuesInScope, int Inspected, int HazardsFound, int FixedOnSpot, int Rectified, int Overdue, int MajorHazards)
{
    public int LeftToRectify => HazardsFound - FixedOnSpot;

    /// <summary>The sentence a town pastes into its report.</summary>
    public string Sentence =>
        $"共计开展消防网格化排查{Inspected}家（应查{VenuesInScope}家），发现消防安全隐患{HazardsFound}处，整改消防安全隐患{FixedOnSpot + Rectified}处"
        + $"（当场整改{FixedOnSpot}处，限期整改完成{Rectified}处），{(Overdue > 0 ? $"逾期未整改{Overdue}处" : "无逾期未整改隐患")}"
        + (MajorHazards > 0 ? $"，重大火灾隐患{MajorHazards}处" : "") + "。";
}

/// <summary>One row of a drill-down: a region under the one looked at, with its counts.</summary>
public sealed record RegionFigures(string RegionCode, string Name, CampaignSummary Figures);

public sealed record CampaignBreakdown(string? RegionCode, string? RegionName, CampaignSummary Total, IReadOnlyList<RegionFigures> Rows);

/// <summary>Counts for a campaign, for the whole of it or a region inside it, and the same per region one level down.</summary>
public sealed class SafetyFigures(DoorstepDb db, TimeProvider clock)
{
    private const string Ungridded = "未划入网格";

    public async Task<CampaignSummary> SummaryAsync(Guid campaignId, string? region = null, CancellationToken ct = default)
    {
        var facts = await FactsAsync(campaignId, PrefixOf(region), ct);
        return Count(facts, _ => true);
    }

    /// <summary>The campaign's counts under <paramref name="region"/> (the campaign's own regions when null), split by the next level down.</summary>
    public async Task<CampaignBreakdown> BreakdownAsync(Campaign campaign, string? region = null, CancellationToken ct = default)
    {
        var prefix = PrefixOf(region);
        var facts = await FactsAsync(campaign.Id, prefix, ct);
        List<(string Code, string Name)> children;
        if (prefix is null && campaign.RegionList.Count > 1)
        {
            var codes = campaign.RegionList.ToList();
            children = [.. (await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => codes.Contains(r.Code)).Select(r => new { r.Code, r.Name }).ToListAsync(ct)).Select(r => (r.Code, r.Name))];
        }
        else
        {
            var parent = region ?? campaign.RegionList[0];
            children = [.. (await db.Regions.AsNoTracking().Where(r => r.ParentCode == parent).OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(ct)).Select(r => (r.Code, r.Name))];
            region = parent;
        }

        var rows = new List<RegionFigures>();
        var childPrefixes = children.Select(c => (c.Code, c.Name, Prefix: RegionCode.Parse(c.Code).Prefix)).ToList();
        foreach (var (code, name, childPrefix) in childPrefixes)
        {
            var figures = Count(facts, r => r.StartsWith(childPrefix, StringComparison.Ordinal));
            if (figures.VenuesInScope > 0 || figures.HazardsFound > 0)
            {
                rows.Add(new(code, name, figures));
            }
        }

        // Venues registered on the village itself rather than one of its grids.
        var rest = Count(facts, r => !childPrefixes.Any(c => r.StartsWith(c.Prefix, StringComparison.Ordinal)));
        if (rest.VenuesInScope > 0 || rest.HazardsFound > 0)
        {
            rows.Add(new("", Ungridded, rest));
        }

        var regionName = region is null ? null : await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => r.Code == region).Select(r => r.Name).FirstOrDefaultAsync(ct);
        return new(region, regionName, Count(facts, _ => true), rows);
    }

    private async Task<Facts> FactsAsync(Guid campaignId, string? prefix, CancellationToken ct)
    {
        var venues = db.Set<CampaignVenue>().AsNoTracking().Where(v => v.CampaignId == campaignId);
        var inspections = db.Set<Inspection>().AsNoTracking().Where(i => i.CampaignId == campaignId);
        var hazards = from h in db.Set<Hazard>().AsNoTracking()
                      join w in db.Set<WorkItem>().AsNoTracking() on h.WorkItemId equals w.Id
                      where h.CampaignId == campaignId
                      select new { h.RegionCode, h.RectifiedOn, h.DueDate, h.MajorConfirmed, w.Status };
        if (prefix is not null)
        {
            venues = venues.Where(v => v.RegionCode.StartsWith(prefix));
            inspections = inspections.Where(i => i.RegionCode.StartsWith(prefix));
            hazards = hazards.Where(h => h.RegionCode.StartsWith(prefix));
        }

        var today = ShanghaiTime.Today(clock);
        return new(
            [.. (await venues.Select(v => new { v.RegionCode, Inspected = v.InspectionId != null }).ToListAsync(ct)).Select(v => (v.RegionCode, v.Inspected))],
            [.. (await inspections.Select(i => new { i.RegionCode, i.Failed, i.FixedOnSpot }).ToListAsync(ct)).Select(i => (i.RegionCode, i.Failed, i.FixedOnSpot))],
            [.. (await hazards.ToListAsync(ct)).Select(h => (h.RegionCode, h.RectifiedOn is not null, h.RectifiedOn is null && h.DueDate < today && IsUnfixed(h.Status), h.MajorConfirmed))]);
    }

    private static CampaignSummary Count(Facts facts, Func<string, bool> inRegion)
    {
        var venues = facts.Venues.Where(v => inRegion(v.Region)).ToList();
        var inspections = facts.Inspections.Where(i => inRegion(i.Region)).ToList();
        var hazards = facts.Hazards.Where(h => inRegion(h.Region)).ToList();
        return new(
            venues.Count,
            venues.Count(v => v.Inspected),
            inspections.Sum(i => i.Failed),
            inspections.Sum(i => i.FixedOnSpot),
            hazards.Count(h => h.Rectified),
            hazards.Count(h => h.Overdue),
            hazards.Count(h => h.Major));
    }

    /// <summary>Overdue is the owner's lateness: once the owner reports the fix, a late re-inspection is the inspectors'.</summary>
    private static bool IsUnfixed(WorkItemStatus status) =>
        status is WorkItemStatus.Opened or WorkItemStatus.Dispatched or WorkItemStatus.Accepted or WorkItemStatus.Backlogged;

    private static string? PrefixOf(string? region) =>
        !string.IsNullOrEmpty(region) && RegionCode.TryParse(region, out var code, out _) ? code.Prefix : null;

    private sealed record Facts(
        IReadOnlyList<(string Region, bool Inspected)> Venues,
        IReadOnlyList<(string Region, int Failed, int FixedOnSpot)> Inspections,
        IReadOnlyList<(string Region, bool Rectified, bool Overdue, bool Major)> Hazards);
}
