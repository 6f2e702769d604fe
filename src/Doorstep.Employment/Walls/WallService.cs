using System.Globalization;
using System.Text.Json.Serialization;
using Doorstep.Employment.Coverage;
using Doorstep.Employment.Occupations;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Stations;
using Doorstep.Employment.Vacancies;
using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Walls;

/// <summary>What to make: one station (else every station in the caller's regions) and any day of the week (else this week), as yyyy-MM-dd.</summary>
public sealed record WallGenerateInput(Guid? StationId = null, string? Week = null);

/// <summary>What became of one station's wall: <c>created</c>, <c>replaced</c> (this week's, made again) or <c>kept</c> (a past week's, or one already made when only missing walls were asked for).</summary>
public sealed record WallGenerated(Guid WallId, Guid StationId, string StationName, string Result, int Vacancies, int Seekers);

public sealed record WallRun(DateOnly WeekStart, string WeekName, IReadOnlyList<WallGenerated> Walls)
{
    public int Count(string result) => Walls.Count(w => w.Result == result);
}

/// <summary>A wall in a list: the station, the week and the counts.</summary>
public sealed record WallSummary(
    Guid Id, Guid StationId, string StationName, string StationKind, string RegionCode, DateOnly WeekStart, int IsoYear, int IsoWeek,
    int VacancyCount, int PostCount, int SuitableForDisabledCount, int SeekerCount, DateTime GeneratedAt);

public sealed record WallVacancyView(
    int Number, Guid VacancyId, string Title, string EmployerName, string OccupationName, int Headcount, int WageMin, int WageMax, WageUnit WageUnit,
    WorkSchedule Schedule, bool SuitableForDisabled, string? Address, int? DistanceMetres, DateOnly ExpiresOn);

/// <summary>A seeker's entry; the seeker's id only for staff, who take the calls about them.</summary>
public sealed record WallSeekerView(
    int Number, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? SeekerId, string MaskedName, IReadOnlyList<string> Skills,
    IReadOnlyList<string> Occupations, int ExpectedWage, WageUnit WageUnit, IReadOnlyList<WorkSchedule> Schedules);

/// <summary>A whole wall: the station as it was when the wall was made, and the entries in their numbered order.</summary>
public sealed record WallView(
    WallSummary Wall, string? StationAddress, string? StationPhone, string? StationHours, int RadiusMeters,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? GeneratedBy,
    IReadOnlyList<WallVacancyView> Vacancies, IReadOnlyList<WallSeekerView> Seekers);

/// <summary>The staff list's filters: a station, a week (any day of it, yyyy-MM-dd), newest week first.</summary>
public sealed record WallQuery(Guid? Station = null, string? Week = null, int Page = 1, int PageSize = 20);

/// <summary>
/// The weekly walls (用工墙·求职墙): made for every station, from the open vacancies and the
/// consenting seekers within the station's community or a radius round it; kept as snapshots so
/// past weeks can be read as they were posted. Vacancies and seekers are read past the region
/// filter, since a station near a district border serves both sides of it; the stations a run
/// covers and the walls staff read are in the caller's regions.
/// </summary>
public sealed class WallService(DoorstepDb db, WallSettings settings, AuditLog audit, TimeProvider clock)
{
    public const string Created = "created";
    public const string Replaced = "replaced";
    public const string Kept = "kept";
    public const int MaxPageSize = 100;

    /// <summary>
    /// Makes the walls of a week. This week's and next week's walls are made again when asked
    /// (<paramref name="replace"/>), replacing their entries; a past week's wall is only made when
    /// it is missing (a host that was down), and is never changed after.
    /// </summary>
    public async Task<Outcome<WallRun>> GenerateAsync(WallGenerateInput input, Actor actor, bool replace = true, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var current = WallWeek.Current(clock.GetUtcNow().UtcDateTime);
        var monday = current;
        if (!string.IsNullOrWhiteSpace(input.Week))
        {
            if (!DateOnly.TryParseExact(input.Week.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                errors.Add("week", $"“{input.Week}”不是日期，请按 2024-03-04 的格式填写该周的任意一天");
            }
            else if (WallWeek.MondayOf(day) > current.AddDays(7))
            {
                errors.Add("week", $"最多提前生成下一周（{WallWeek.Iso(current.AddDays(7))}起）的用工墙");
            }
            else
            {
                monday = WallWeek.MondayOf(day);
            }
        }

        var places = db.Organisations.AsNoTracking().Where(o => CoverageService.StationKinds.Contains(o.Kind));
        if (input.StationId is { } stationId)
        {
            places = places.Where(o => o.Id == stationId);
        }

        var stations = await places.OrderBy(o => o.RegionCode).ThenBy(o => o.Name).ToListAsync(ct);
        if (input.StationId is not null && stations.Count == 0)
        {
            errors.Add("stationId", "该服务站点不存在，或不在您的管辖范围内");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<WallRun>.Fail(errors);
        }

        var reference = WallWeek.ReferenceDay(monday, ShanghaiTime.Today(clock));
        var candidates = await CandidatesAsync(reference, ct);
        var results = new List<WallGenerated>();
        foreach (var station in stations)
        {
            results.Add(await MakeAsync(station, monday, monday >= current && replace, candidates, actor, ct));
        }

        return Outcome<WallRun>.Ok(new WallRun(monday, WallWeek.Name(monday), results));
    }

    /// <summary>The walls made for this week so far, for the scheduler: it makes only the missing ones.</summary>
    public async Task<WallRun> GenerateMissingAsync(Actor actor, CancellationToken ct = default) =>
        (await GenerateAsync(new WallGenerateInput(), actor, replace: false, ct)).Value!;

    public async Task<Outcome<Page<WallSummary>>> SearchAsync(WallQuery query, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var walls = db.Set<WeeklyWall>().AsNoTracking();
        if (query.Station is { } station)
        {
            walls = walls.Where(w => w.StationId == station);
        }

        if (!string.IsNullOrWhiteSpace(query.Week))
        {
            if (DateOnly.TryParseExact(query.Week.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                var monday = WallWeek.MondayOf(day);
                walls = walls.Where(w => w.WeekStart == monday);
            }
            else
            {
                errors.Add("week", $"“{query.Week}”不是日期，请按 2024-03-04 的格式填写");
            }
        }

        if (query.PageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"每页条数应为1～{MaxPageSize}");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<Page<WallSummary>>.Fail(errors);
        }

        return Outcome<Page<WallSummary>>.Ok(await walls.OrderByDescending(w => w.WeekStart).ThenBy(w => w.RegionCode).ThenBy(w => w.StationName)
            .ToPageAsync(query.Page, query.PageSize, MaxPageSize, Summary, ct));
    }

    /// <summary>The weeks that have walls in the caller's regions, newest first, for the archive's picker.</summary>
    public async Task<List<DateOnly>> WeeksAsync(CancellationToken ct = default) =>
        await db.Set<WeeklyWall>().AsNoTracking().Select(w => w.WeekStart).Distinct().OrderByDescending(w => w).Take(104).ToListAsync(ct);

    /// <summary>A wall in the caller's regions, with the ids staff need to find the vacancy or seeker an entry stands for.</summary>
    public async Task<WallView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<WeeklyWall>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct) is { } wall ? await ViewAsync(wall, staff: true, ct) : null;

    /// <summary>The same station's walls of the weeks before and after, for paging through its archive.</summary>
    public async Task<(Guid? Previous, Guid? Next)> NeighboursAsync(WallSummary wall, CancellationToken ct = default)
    {
        var same = db.Set<WeeklyWall>().AsNoTracking().Where(w => w.StationId == wall.StationId);
        var previous = await same.Where(w => w.WeekStart < wall.WeekStart).OrderByDescending(w => w.WeekStart).Select(w => (Guid?)w.Id).FirstOrDefaultAsync(ct);
        var next = await same.Where(w => w.WeekStart > wall.WeekStart).OrderBy(w => w.WeekStart).Select(w => (Guid?)w.Id).FirstOrDefaultAsync(ct);
        return (previous, next);
    }

    /// <summary>Public: every station's wall of a week (this week unless asked), by region and station.</summary>
    public async Task<Outcome<(DateOnly Week, List<WallSummary> Walls)>> PublicWeekAsync(string? week, CancellationToken ct = default)
    {
        var monday = WallWeek.Current(clock.GetUtcNow().UtcDateTime);
        if (!string.IsNullOrWhiteSpace(week))
        {
            if (!DateOnly.TryParseExact(week.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return Outcome<(DateOnly, List<WallSummary>)>.Fail(Inputs.Error("week", $"“{week}”不是日期，请按 2024-03-04 的格式填写"));
            }

            monday = WallWeek.MondayOf(day);
        }

        var walls = await db.Set<WeeklyWall>().IgnoreQueryFilters().AsNoTracking().Where(w => w.WeekStart == monday)
            .OrderBy(w => w.RegionCode).ThenBy(w => w.StationName).ToListAsync(ct);
        return Outcome<(DateOnly, List<WallSummary>)>.Ok((monday, walls.Select(Summary).ToList()));
    }

    /// <summary>Public: the weeks with walls anywhere, newest first.</summary>
    public async Task<List<DateOnly>> PublicWeeksAsync(CancellationToken ct = default) =>
        await db.Set<WeeklyWall>().IgnoreQueryFilters().AsNoTracking().Select(w => w.WeekStart).Distinct().OrderByDescending(w => w).Take(26).ToListAsync(ct);

    /// <summary>Public: any wall, as posted — masked names, no seeker ids, no author.</summary>
    public async Task<WallView?> PublicGetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<WeeklyWall>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct) is { } wall ? await ViewAsync(wall, staff: false, ct) : null;

    private sealed record Candidates(List<Vacancy> Vacancies, List<Seeker> Seekers, Dictionary<Guid, StationProfile> Profiles);

    /// <summary>Every vacancy open on the day and every seeker still seeking who consented, wherever they are; each station takes those near it.</summary>
    private async Task<Candidates> CandidatesAsync(DateOnly day, CancellationToken ct)
    {
        var vacancies = await db.Set<Vacancy>().IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.Status == VacancyStatus.Published && v.PostedOn <= day && v.ExpiresOn >= day).ToListAsync(ct);
        var seekers = await db.Set<Seeker>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Status == SeekerStatus.Seeking && s.PublicWallConsent).ToListAsync(ct);
        var profiles = await db.Set<StationProfile>().IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(p => p.OrganisationId, ct);
        return new Candidates(vacancies, seekers, profiles);
    }

    private async Task<WallGenerated> MakeAsync(Organisation station, DateOnly monday, bool replace, Candidates candidates, Actor actor, CancellationToken ct)
    {
        var existing = await db.Set<WeeklyWall>().IgnoreQueryFilters().AsNoTracking()
            .Where(w => w.StationId == station.Id && w.WeekStart == monday).Select(w => new { w.Id, w.VacancyCount, w.SeekerCount }).FirstOrDefaultAsync(ct);
        if (existing is not null && !replace)
        {
            return new WallGenerated(existing.Id, station.Id, station.Name, Kept, existing.VacancyCount, existing.SeekerCount);
        }

        var wall = await ComposeAsync(station, monday, candidates, actor, ct);
        try
        {
            await using var work = await Work.BeginAsync(db.Database, ct);
            if (existing is not null)
            {
                wall.Id = existing.Id;

                // The wall's row first: its lock makes a second replacement wait for this one to finish.
                var row = await db.Set<WeeklyWall>().IgnoreQueryFilters().FirstAsync(w => w.Id == existing.Id, ct);
                db.Entry(row).CurrentValues.SetValues(wall);
                await db.SaveChangesAsync(ct);
                await db.Set<WallVacancy>().Where(v => v.WallId == row.Id).ExecuteDeleteAsync(ct);
                await db.Set<WallSeeker>().Where(s => s.WallId == row.Id).ExecuteDeleteAsync(ct);
                wall.Vacancies.ForEach(v => v.WallId = row.Id);
                wall.Seekers.ForEach(s => s.WallId = row.Id);
                db.AddRange(wall.Vacancies);
                db.AddRange(wall.Seekers);
            }
            else
            {
                db.Add(wall);
            }

            await db.SaveChangesAsync(ct);
            await work.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another host made this station's wall for the week at the same moment: theirs stands.
            db.ChangeTracker.Clear();
            var theirs = await db.Set<WeeklyWall>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(w => w.StationId == station.Id && w.WeekStart == monday, ct)
                ?? throw new InvalidOperationException($"The wall of {station.Name} for {WallWeek.Iso(monday)} could not be saved.");
            return new WallGenerated(theirs.Id, station.Id, station.Name, Kept, theirs.VacancyCount, theirs.SeekerCount);
        }

        db.ChangeTracker.Clear();
        var result = existing is null ? Created : Replaced;
        await audit.WriteAsync(
            actor.UserName, existing is null ? AuditEvents.Created : AuditEvents.Updated, nameof(WeeklyWall), wall.Id.ToString(),
            detail: $"{station.Name} {WallWeek.Iso(monday)}: {wall.VacancyCount} vacancies, {wall.SeekerCount} seekers", cancellationToken: ct);
        return new WallGenerated(wall.Id, station.Id, station.Name, result, wall.VacancyCount, wall.SeekerCount);
    }

    /// <summary>The station's wall as it would be posted now: the nearest open vacancies and consenting seekers, numbered.</summary>
    private async Task<WeeklyWall> ComposeAsync(Organisation station, DateOnly monday, Candidates candidates, Actor actor, CancellationToken ct)
    {
        var community = Community(station.RegionCode);
        GeoPoint? at = station.Longitude is { } lon && station.Latitude is { } lat ? new GeoPoint(lon, lat) : null;
        int? Distance(double longitude, double latitude) => at is { } p ? (int)Math.Round(p.DistanceTo(new GeoPoint(longitude, latitude))) : null;
        bool Near(string region, int? distance) => region.StartsWith(community, StringComparison.Ordinal) || distance <= settings.RadiusMeters;

        var vacancies = candidates.Vacancies
            .Select(v => (Vacancy: v, Distance: Distance(v.Longitude, v.Latitude)))
            .Where(r => Near(r.Vacancy.RegionCode, r.Distance))
            .OrderBy(r => r.Distance ?? int.MaxValue).ThenByDescending(r => r.Vacancy.PostedOn).ThenBy(r => r.Vacancy.Id)
            .ToList();
        var seekers = candidates.Seekers
            .Select(s => (Seeker: s, Distance: Distance(s.Longitude, s.Latitude)))
            .Where(r => Near(r.Seeker.RegionCode, r.Distance))
            .OrderBy(r => r.Distance ?? int.MaxValue).ThenByDescending(r => r.Seeker.UpdatedAt).ThenBy(r => r.Seeker.Id)
            .ToList();
        var shownVacancies = vacancies.Take(settings.MaxVacancies).ToList();
        var shownSeekers = seekers.Take(settings.MaxSeekers).ToList();

        var employerIds = shownVacancies.Select(r => r.Vacancy.EmployerId).Distinct().ToList();
        var personIds = shownSeekers.Select(r => r.Seeker.PersonId).ToList();
        var codes = shownVacancies.Select(r => r.Vacancy.OccupationCode).Concat(shownSeekers.SelectMany(r => r.Seeker.DesiredOccupations)).Distinct().ToList();
        var employers = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => employerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var names = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var occupations = await db.Set<Occupation>().AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        var profile = candidates.Profiles.GetValueOrDefault(station.Id);
        var id = Guid.CreateVersion7();
        return new WeeklyWall
        {
            Id = id, StationId = station.Id, RegionCode = station.RegionCode, WeekStart = monday, StationName = station.Name, StationKind = station.Kind,
            StationAddress = station.Address, StationPhone = profile?.Phone, StationHours = profile?.Hours, RadiusMeters = settings.RadiusMeters,
            VacancyCount = vacancies.Count, PostCount = vacancies.Sum(r => r.Vacancy.Headcount),
            SuitableForDisabledCount = vacancies.Count(r => r.Vacancy.SuitsDisabilities.Count > 0), SeekerCount = seekers.Count,
            GeneratedBy = actor.UserName, GeneratedAt = clock.GetUtcNow().UtcDateTime,
            Vacancies = shownVacancies.Select((r, i) => new WallVacancy
            {
                WallId = id, Number = i + 1, VacancyId = r.Vacancy.Id, Title = r.Vacancy.Title, EmployerName = employers.GetValueOrDefault(r.Vacancy.EmployerId) ?? "",
                OccupationName = occupations.GetValueOrDefault(r.Vacancy.OccupationCode) ?? r.Vacancy.OccupationCode, Headcount = r.Vacancy.Headcount,
                WageMin = r.Vacancy.WageMin, WageMax = r.Vacancy.WageMax, WageUnit = r.Vacancy.WageUnit, Schedule = r.Vacancy.Schedule,
                SuitableForDisabled = r.Vacancy.SuitsDisabilities.Count > 0, Address = r.Vacancy.Address, DistanceMetres = r.Distance, ExpiresOn = r.Vacancy.ExpiresOn,
            }).ToList(),
            Seekers = shownSeekers.Select((r, i) => new WallSeeker
            {
                WallId = id, Number = i + 1, SeekerId = r.Seeker.Id, MaskedName = NameMask.Mask(names.GetValueOrDefault(r.Seeker.PersonId) ?? ""),
                Skills = [.. r.Seeker.Skills], Occupations = r.Seeker.DesiredOccupations.Select(c => occupations.GetValueOrDefault(c) ?? c).ToList(),
                ExpectedWage = r.Seeker.ExpectedWage, WageUnit = r.Seeker.WageUnit, Schedules = [.. r.Seeker.Schedules],
            }).ToList(),
        };
    }

    /// <summary>The prefix of the station's community: a grid's village, else the region itself.</summary>
    private static string Community(string regionCode) =>
        RegionCode.TryParse(regionCode, out var code, out _) ? (code.Level == RegionLevel.Grid ? code.Parent!.Prefix : code.Prefix) : regionCode;

    private static WallSummary Summary(WeeklyWall w)
    {
        var day = w.WeekStart.ToDateTime(TimeOnly.MinValue);
        return new WallSummary(
            w.Id, w.StationId, w.StationName, w.StationKind, w.RegionCode, w.WeekStart, ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day),
            w.VacancyCount, w.PostCount, w.SuitableForDisabledCount, w.SeekerCount, w.GeneratedAt);
    }

    private async Task<WallView> ViewAsync(WeeklyWall wall, bool staff, CancellationToken ct)
    {
        var vacancies = await db.Set<WallVacancy>().AsNoTracking().Where(v => v.WallId == wall.Id).OrderBy(v => v.Number).ToListAsync(ct);
        var seekers = await db.Set<WallSeeker>().AsNoTracking().Where(s => s.WallId == wall.Id).OrderBy(s => s.Number).ToListAsync(ct);
        return new WallView(
            Summary(wall), wall.StationAddress, wall.StationPhone, wall.StationHours, wall.RadiusMeters, staff ? wall.GeneratedBy : null,
            vacancies.Select(v => new WallVacancyView(
                v.Number, v.VacancyId, v.Title, v.EmployerName, v.OccupationName, v.Headcount, v.WageMin, v.WageMax, v.WageUnit, v.Schedule,
                v.SuitableForDisabled, v.Address, v.DistanceMetres, v.ExpiresOn)).ToList(),
            seekers.Select(s => new WallSeekerView(s.Number, staff ? s.SeekerId : null, s.MaskedName, s.Skills, s.Occupations, s.ExpectedWage, s.WageUnit, s.Schedules)).ToList());
    }
}
