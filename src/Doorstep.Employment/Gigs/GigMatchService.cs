using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Gigs;

/// <summary>A worker offered for a job: where they are that day, how far from the work, and why.</summary>
public sealed record GigWorkerMatch(Guid WorkerId, string Name, string? Phone, string? CheckedInAt, int DistanceMeters, string Reason);

/// <summary>A job offered to a worker: how far, when, what it pays and how many are still wanted, and why.</summary>
public sealed record GigJobMatch(
    Guid JobId, string Title, string CategoryName, DateOnly StartDate, DateOnly EndDate, int Pay, GigPayUnit PayUnit, int Missing, int DistanceMeters, string Reason);

/// <summary>
/// Quick matching both ways by category, date and distance, nearest first. A worker is where they
/// checked in that day, else at home; one already taken on for a job that day is not offered again.
/// Cancelled jobs and workers who stopped taking gigs are offered to nobody.
/// </summary>
public sealed class GigMatchService(DoorstepDb db, GigSettings settings, TimeProvider clock)
{
    /// <summary>
    /// Workers for a job on one of its days (the first day still ahead by default): those with the
    /// category who checked in that day or keep that weekday free, within the match radius.
    /// </summary>
    public async Task<List<GigWorkerMatch>?> ForJobAsync(Guid jobId, DateOnly? on, CancellationToken ct = default)
    {
        var job = await db.Set<GigJob>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null)
        {
            return null;
        }

        if (job.CancelledAt is not null)
        {
            return [];
        }

        var today = ShanghaiTime.Today(clock);
        var date = on ?? (today < job.StartDate ? job.StartDate : today > job.EndDate ? job.EndDate : today);
        var category = await db.Set<GigCategory>().AsNoTracking().Where(c => c.Id == job.CategoryId).Select(c => c.Name).FirstAsync(ct);
        var workers = await db.Set<GigWorker>().AsNoTracking().Where(w => w.Skills.Contains(job.CategoryId) && w.StoppedAt == null).ToListAsync(ct);
        var ids = workers.Select(w => w.Id).ToList();
        var checkIns = await db.Set<GigCheckIn>().IgnoreQueryFilters().AsNoTracking().Where(c => c.Date == date && ids.Contains(c.WorkerId)).ToDictionaryAsync(c => c.WorkerId, c => c.MarketId, ct);
        var markets = await MarketPointsAsync(checkIns.Values, ct);
        var busy = await BusyAsync(ids, date, date, ct);
        var onThis = await db.Set<GigAssignment>().IgnoreQueryFilters().AsNoTracking().Where(a => a.JobId == jobId).Select(a => a.WorkerId).ToListAsync(ct);
        var site = new GeoPoint(job.Longitude, job.Latitude);
        var matches = new List<GigWorkerMatch>();
        foreach (var w in workers.Where(w => !busy.Contains(w.Id) && !onThis.Contains(w.Id)))
        {
            var checkedIn = checkIns.TryGetValue(w.Id, out var marketId) && markets.ContainsKey(marketId);
            if (!checkedIn && !GigRules.WorksOn(w.Days, date))
            {
                continue;
            }

            var from = checkedIn ? markets[marketId].Point : new GeoPoint(w.Longitude, w.Latitude);
            var distance = (int)Math.Round(from.DistanceTo(site));
            if (distance > settings.MatchRadiusMeters)
            {
                continue;
            }

            var where = checkedIn ? $"{Tr.Date(date)}已在{markets[marketId].Name}签到" : $"{GigTerms.Day(date.DayOfWeek).Zh}可干活（未签到，在家）";
            matches.Add(new GigWorkerMatch(w.Id, w.Name, w.PhoneMasked, checkedIn ? markets[marketId].Name : null, distance, $"会{category} · {where} · 离干活地点{Tr.Distance(distance)}"));
        }

        return matches.OrderBy(m => m.DistanceMeters).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Jobs in the caller's regions for a worker from a day (today by default) to the look-ahead: still
    /// short of hands, in one of their categories, on a day they keep free and not clashing with work they already took, within the radius.
    /// </summary>
    public async Task<List<GigJobMatch>?> ForWorkerAsync(Guid workerId, DateOnly? on, CancellationToken ct = default)
    {
        var worker = await db.Set<GigWorker>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == workerId, ct);
        if (worker is null)
        {
            return null;
        }

        if (worker.StoppedAt is not null)
        {
            return [];
        }

        var date = on ?? ShanghaiTime.Today(clock);
        var last = date.AddDays(settings.LookAheadDays);
        var skills = worker.Skills;
        var jobs = await db.Set<GigJob>().AsNoTracking()
            .Where(j => skills.Contains(j.CategoryId) && j.CancelledAt == null && j.EndDate >= date && j.StartDate <= last && j.Taken < j.PeopleNeeded)
            .ToListAsync(ct);
        var taken = await db.Set<GigAssignment>().IgnoreQueryFilters().AsNoTracking().Where(a => a.WorkerId == workerId).Select(a => a.JobId).ToListAsync(ct);
        var busyJobs = await db.Set<GigJob>().IgnoreQueryFilters().AsNoTracking().Where(j => taken.Contains(j.Id) && j.EndDate >= date).ToListAsync(ct);
        var checkIn = await db.Set<GigCheckIn>().IgnoreQueryFilters().AsNoTracking().Where(c => c.WorkerId == workerId && c.Date == date).Select(c => (Guid?)c.MarketId).FirstOrDefaultAsync(ct);
        var market = checkIn is { } m ? (await MarketPointsAsync([m], ct)).GetValueOrDefault(m) : null;
        var from = market?.Point ?? new GeoPoint(worker.Longitude, worker.Latitude);
        var categories = await db.Set<GigCategory>().AsNoTracking().Where(c => skills.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var matches = new List<GigJobMatch>();
        foreach (var j in jobs.Where(j => !taken.Contains(j.Id)))
        {
            var first = j.StartDate < date ? date : j.StartDate;
            var free = Enumerable.Range(0, j.EndDate.DayNumber - first.DayNumber + 1).Select(first.AddDays).FirstOrDefault(d => GigRules.WorksOn(worker.Days, d));
            if (free == default || busyJobs.Any(b => b.StartDate <= j.EndDate && b.EndDate >= j.StartDate))
            {
                continue;
            }

            var distance = (int)Math.Round(from.DistanceTo(new GeoPoint(j.Longitude, j.Latitude)));
            if (distance > settings.MatchRadiusMeters)
            {
                continue;
            }

            var category = categories.GetValueOrDefault(j.CategoryId) ?? "";
            var missing = j.PeopleNeeded - j.Taken;
            var origin = market is null ? "离家" : $"离{market.Name}";
            matches.Add(new GigJobMatch(
                j.Id, j.Title, category, j.StartDate, j.EndDate, j.Pay, j.PayUnit, missing, distance,
                $"{category} · {origin}{Tr.Distance(distance)} · {GigTerms.When(j.StartDate, j.EndDate, j.StartTime, j.EndTime)} · {GigTerms.Pay(j.Pay, j.PayUnit).Zh} · 还缺{missing}人"));
        }

        return matches.OrderBy(m => m.DistanceMeters).ThenBy(m => m.StartDate).ThenBy(m => m.JobId).ToList();
    }

    internal sealed record MarketPoint(string Name, GeoPoint Point);

    private async Task<Dictionary<Guid, MarketPoint>> MarketPointsAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => wanted.Contains(o.Id) && o.Longitude != null && o.Latitude != null)
            .ToDictionaryAsync(o => o.Id, o => new MarketPoint(o.Name, new GeoPoint(o.Longitude!.Value, o.Latitude!.Value)), ct);
    }

    /// <summary>The workers already taken on for a job that shares a day with [from, to].</summary>
    private async Task<HashSet<Guid>> BusyAsync(List<Guid> workerIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var jobs = db.Set<GigJob>().IgnoreQueryFilters().Where(j => j.StartDate <= to && j.EndDate >= from).Select(j => j.Id);
        return (await db.Set<GigAssignment>().IgnoreQueryFilters().AsNoTracking().Where(a => workerIds.Contains(a.WorkerId) && jobs.Contains(a.JobId)).Select(a => a.WorkerId).ToListAsync(ct)).ToHashSet();
    }
}
