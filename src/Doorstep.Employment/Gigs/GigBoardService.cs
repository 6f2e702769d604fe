using Doorstep.Employment.Stations;
using Doorstep.Platform.Data;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Gigs;

/// <summary>The market as the board heads it: where it is, when it opens, its own phone.</summary>
public sealed record GigMarketInfo(Guid Id, string Name, string Kind, string? Address, string? Hours, string? Phone);

/// <summary>A worker on the day's board, phone masked.</summary>
public sealed record GigBoardWorker(Guid WorkerId, string Name, string? Phone, IReadOnlyList<string> Skills, bool Taken);

/// <summary>每日零工看板: a market's jobs running that day and the workers who checked in there.</summary>
public sealed record GigBoard(GigMarketInfo Market, DateOnly Date, IReadOnlyList<GigJobView> Jobs, IReadOnlyList<GigBoardWorker> Workers, int PeopleNeeded, int Missing);

/// <summary>A job on the public board: no poster, no address, only the community it is in.</summary>
public sealed record PublicGig(string Title, string Category, string Community, DateOnly StartDate, DateOnly EndDate, TimeOnly? StartTime, TimeOnly? EndTime, int Pay, GigPayUnit PayUnit, int PeopleNeeded, int Missing);

public sealed record PublicGigBoard(GigMarketInfo Market, DateOnly Date, IReadOnlyList<PublicGig> Gigs);

/// <summary>One category's 求人倍率 over a period.</summary>
public sealed record GigRatioRow(Guid? CategoryId, string Category, int PeopleNeeded, int WorkersAvailable, decimal? Ratio);

public sealed record GigRatioReport(DateOnly From, DateOnly To, Guid? MarketId, IReadOnlyList<GigRatioRow> Rows, GigRatioRow Total);

/// <summary>
/// The daily board per gig market, its public face, and the job-to-applicant ratio per category.
/// Officers' boards and ratios read within their regions; the public board reads every market,
/// since a market serves whoever walks in, and shows nothing about the people.
/// </summary>
public sealed class GigBoardService(DoorstepDb db, GigLookups gigs, GigSettings settings, TimeProvider clock)
{
    /// <summary>The board of a market in the caller's regions, or null when there is none.</summary>
    public async Task<GigBoard?> BoardAsync(Guid marketId, DateOnly? on, CancellationToken ct = default)
    {
        var market = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == marketId && GigLookups.MarketKinds.Contains(o.Kind), ct);
        if (market is null)
        {
            return null;
        }

        var date = on ?? ShanghaiTime.Today(clock);
        var jobs = await db.Set<GigJob>().AsNoTracking().Where(j => j.MarketId == marketId && j.CancelledAt == null && j.StartDate <= date && j.EndDate >= date)
            .OrderBy(j => j.StartTime).ThenBy(j => j.CreatedAt).ToListAsync(ct);
        var views = await gigs.JobViewsAsync(jobs, ct);
        var workerIds = db.Set<GigCheckIn>().Where(c => c.MarketId == marketId && c.Date == date).Select(c => c.WorkerId);
        var workers = await db.Set<GigWorker>().IgnoreQueryFilters().AsNoTracking().Where(w => workerIds.Contains(w.Id) && w.StoppedAt == null).OrderBy(w => w.Name).ToListAsync(ct);
        var names = await gigs.NamesAsync(workers.SelectMany(w => w.Skills), [], [], ct);
        var busy = (await db.Set<GigAssignment>().IgnoreQueryFilters().AsNoTracking()
                .Where(a => workerIds.Contains(a.WorkerId) && db.Set<GigJob>().IgnoreQueryFilters().Any(j => j.Id == a.JobId && j.StartDate <= date && j.EndDate >= date))
                .Select(a => a.WorkerId).ToListAsync(ct)).ToHashSet();
        var board = workers.Select(w => new GigBoardWorker(w.Id, w.Name, w.PhoneMasked, w.Skills.Select(s => names.Categories.GetValueOrDefault(s) ?? "").ToList(), busy.Contains(w.Id))).ToList();
        return new GigBoard(await InfoAsync(market, ct), date, views, board, views.Sum(j => j.PeopleNeeded), views.Sum(j => j.Missing));
    }

    /// <summary>The public boards of one market or of every located one: the gigs running that day still short of hands.</summary>
    public async Task<List<PublicGigBoard>?> PublicAsync(Guid? marketId, DateOnly? on, CancellationToken ct = default)
    {
        var markets = await db.Organisations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => GigLookups.MarketKinds.Contains(o.Kind) && (marketId == null || o.Id == marketId)).OrderBy(o => o.Name).ToListAsync(ct);
        if (marketId is not null && markets.Count == 0)
        {
            return null;
        }

        var date = on ?? ShanghaiTime.Today(clock);
        var ids = markets.Select(m => m.Id).ToList();
        var jobs = await db.Set<GigJob>().IgnoreQueryFilters().AsNoTracking()
            .Where(j => ids.Contains(j.MarketId) && j.CancelledAt == null && j.StartDate <= date && j.EndDate >= date && j.Taken < j.PeopleNeeded)
            .OrderBy(j => j.StartTime).ThenBy(j => j.CreatedAt).ToListAsync(ct);
        var names = await gigs.NamesAsync(jobs.Select(j => j.CategoryId), [], jobs.Select(j => j.RegionCode), ct);
        var boards = new List<PublicGigBoard>();
        foreach (var market in markets)
        {
            var gigsHere = jobs.Where(j => j.MarketId == market.Id).Select(j => new PublicGig(
                j.Title, names.Categories.GetValueOrDefault(j.CategoryId) ?? "", names.Regions.GetValueOrDefault(j.RegionCode) ?? "", j.StartDate, j.EndDate,
                j.StartTime, j.EndTime, j.Pay, j.PayUnit, j.PeopleNeeded, j.PeopleNeeded - j.Taken)).ToList();
            boards.Add(new PublicGigBoard(await InfoAsync(market, ct), date, gigsHere));
        }

        return boards;
    }

    /// <summary>
    /// 求人倍率 per category over [from, to] (either end defaults to the other, both to today): the people
    /// the jobs running in the period need, cancelled ones aside, over the distinct workers with that
    /// skill who checked in during it. A worker with three skills is available in each of them, so the
    /// total counts each worker once and is not the sum of the rows.
    /// </summary>
    public async Task<Outcome<GigRatioReport>> RatioAsync(DateOnly? from, DateOnly? to, Guid? marketId, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var today = ShanghaiTime.Today(clock);
        var (first, last) = (from ?? to ?? today, to ?? from ?? today);
        if (GigRules.PeriodRefusal(first, last, settings.MaxRatioDays) is { } refused)
        {
            errors.Add(refused.Field, refused.Message);
        }

        if (marketId is { } id && !await db.Organisations.AnyAsync(o => o.Id == id && GigLookups.MarketKinds.Contains(o.Kind), ct))
        {
            errors.Add("market", "该零工市场不存在，或不在您的管辖范围内");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<GigRatioReport>.Fail(errors);
        }

        var jobs = db.Set<GigJob>().AsNoTracking().Where(j => j.CancelledAt == null && j.StartDate <= last && j.EndDate >= first);
        var checkIns = db.Set<GigCheckIn>().AsNoTracking().Where(c => c.Date >= first && c.Date <= last);
        if (marketId is { } market)
        {
            jobs = jobs.Where(j => j.MarketId == market);
            checkIns = checkIns.Where(c => c.MarketId == market);
        }

        var needed = (await jobs.GroupBy(j => j.CategoryId).Select(g => new { g.Key, People = g.Sum(j => j.PeopleNeeded) }).ToListAsync(ct)).ToDictionary(x => x.Key, x => x.People);
        var workerIds = checkIns.Select(c => c.WorkerId).Distinct();
        var workers = await db.Set<GigWorker>().IgnoreQueryFilters().AsNoTracking().Where(w => workerIds.Contains(w.Id)).Select(w => w.Skills).ToListAsync(ct);
        var categories = await db.Set<GigCategory>().AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Name).ToListAsync(ct);
        var (rows, total) = GigRules.RatioTable(categories, needed, workers);
        return Outcome<GigRatioReport>.Ok(new GigRatioReport(first, last, marketId, rows, total));
    }

    private async Task<GigMarketInfo> InfoAsync(Platform.Organisations.Organisation market, CancellationToken ct)
    {
        var profile = await db.Set<StationProfile>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == market.Id, ct);
        return new GigMarketInfo(market.Id, market.Name, market.Kind, market.Address, profile?.Hours, profile?.Phone);
    }
}
