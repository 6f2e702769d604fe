using Doorstep.Platform.Data;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Gigs;

/// <summary>What the gig services share: the stations and markets, and jobs and workers turned into views with their names.</summary>
public sealed class GigLookups(DoorstepDb db)
{
    /// <summary>How far back a check-in or a job's first day may be entered late.</summary>
    public const int DaysBack = 30;

    /// <summary>The kinds of place that take gig jobs and check workers in.</summary>
    public static readonly IReadOnlyList<string> MarketKinds = ["gig-station", "gig-market"];

    /// <summary>The gig stations and markets in the caller's regions, by name.</summary>
    public async Task<List<Organisation>> MarketsAsync(CancellationToken ct = default) =>
        await db.Organisations.AsNoTracking().Where(o => MarketKinds.Contains(o.Kind)).OrderBy(o => o.RegionCode).ThenBy(o => o.Name).ToListAsync(ct);

    /// <summary>
    /// Another job the worker was taken on for that shares a day with <paramref name="start"/> to
    /// <paramref name="end"/>, whatever its region: a worker cannot be in two places at once.
    /// </summary>
    internal async Task<GigJob?> ClashAsync(Guid workerId, Guid jobId, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var theirs = db.Set<GigAssignment>().IgnoreQueryFilters().Where(a => a.WorkerId == workerId).Select(a => a.JobId);
        return await db.Set<GigJob>().IgnoreQueryFilters().AsNoTracking()
            .Where(j => theirs.Contains(j.Id) && j.Id != jobId && j.StartDate <= end && j.EndDate >= start)
            .OrderBy(j => j.StartDate).FirstOrDefaultAsync(ct);
    }

    /// <summary>The later of two days: where two jobs' periods first meet.</summary>
    internal static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    internal async Task<List<GigJobView>> JobViewsAsync(IReadOnlyList<GigJob> jobs, CancellationToken ct)
    {
        var ids = jobs.Select(j => j.Id).ToList();
        var assignments = await db.Set<GigAssignment>().AsNoTracking().Where(a => ids.Contains(a.JobId)).OrderBy(a => a.AcceptedAt).ToListAsync(ct);
        var workerIds = assignments.Select(a => a.WorkerId).Distinct().ToList();
        var workers = await db.Set<GigWorker>().IgnoreQueryFilters().AsNoTracking().Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        var names = await NamesAsync(jobs.Select(j => j.CategoryId), jobs.Select(j => j.MarketId), jobs.Select(j => j.RegionCode), ct);
        return jobs.Select(j => new GigJobView(
            j.Id, j.Title, j.Description, j.CategoryId, names.Categories.GetValueOrDefault(j.CategoryId) ?? "", j.PosterKind, j.PosterName, j.PosterPhoneMasked,
            j.Address, j.RegionCode, names.Regions.GetValueOrDefault(j.RegionCode) ?? j.RegionCode, j.Longitude, j.Latitude, j.StartDate, j.EndDate, j.StartTime,
            j.EndTime, j.Pay, j.PayUnit, j.PeopleNeeded, j.Taken, j.MarketId, names.Markets.GetValueOrDefault(j.MarketId) ?? "", j.CreatedBy, j.CreatedAt,
            assignments.Where(a => a.JobId == j.Id).Select(a => new GigAssignmentView(
                a.WorkerId, workers[a.WorkerId].Name, workers[a.WorkerId].PhoneMasked, a.State, a.PaidAmount, a.AcceptedBy, a.AcceptedAt, a.DoneAt, a.PaidAt)).ToList(),
            j.CancelledAt, j.CancelledBy, j.CancelReason)).ToList();
    }

    internal async Task<List<GigWorkerView>> WorkerViewsAsync(IReadOnlyList<GigWorker> workers, CancellationToken ct)
    {
        var ids = workers.Select(w => w.Id).ToList();
        var last = await db.Set<GigCheckIn>().IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.WorkerId))
            .GroupBy(c => c.WorkerId).Select(g => new { g.Key, Date = g.Max(c => c.Date) }).ToDictionaryAsync(x => x.Key, x => x.Date, ct);
        var names = await NamesAsync(workers.SelectMany(w => w.Skills), workers.Select(w => w.MarketId), [], ct);
        return workers.Select(w => new GigWorkerView(
            w.Id, w.PersonId, w.Name, w.PhoneMasked, w.RegionCode, w.MarketId, names.Markets.GetValueOrDefault(w.MarketId) ?? "", w.Longitude, w.Latitude,
            w.Skills, w.Skills.Select(s => names.Categories.GetValueOrDefault(s) ?? "").ToList(), w.Days, last.TryGetValue(w.Id, out var d) ? d : null, w.CreatedAt, w.StoppedAt)).ToList();
    }

    internal sealed record Names(Dictionary<Guid, string> Categories, Dictionary<Guid, string> Markets, Dictionary<string, string> Regions);

    internal async Task<Names> NamesAsync(IEnumerable<Guid> categoryIds, IEnumerable<Guid> marketIds, IEnumerable<string> regionCodes, CancellationToken ct)
    {
        var categories = categoryIds.Distinct().ToList();
        var markets = marketIds.Distinct().ToList();
        var regions = regionCodes.Distinct().ToList();
        return new Names(
            await db.Set<GigCategory>().AsNoTracking().Where(c => categories.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct),
            await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => markets.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct),
            await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => regions.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct));
    }

    internal async Task<Organisation?> MarketAsync(Guid? id, FieldErrors errors, CancellationToken ct)
    {
        var market = id is { } given ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == given && MarketKinds.Contains(o.Kind), ct) : null;
        if (market is null)
        {
            errors.Add("marketId", "请选择零工驿站或零工市场（须在您的管辖范围内）");
        }

        return market;
    }

    internal static string? Required(string? raw, string field, string missing, int max, FieldErrors errors)
    {
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(field, missing);
            return null;
        }

        if (value.Length > max)
        {
            errors.Add(field, $"不超过{max}字");
        }

        return value;
    }
}
