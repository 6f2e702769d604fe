using System.Text.Json.Serialization;
using Doorstep.Employment.Occupations;
using Doorstep.Employment.Stations;
using Doorstep.Employment.Vacancies;
using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.PublicJobs;

/// <summary>
/// The public search as the query string gives it: where (lon and lat, or a community's code), how
/// far, and the resident's filters; schedule by its JSON name (full-time, part-time, gig).
/// </summary>
public sealed record JobFilter(
    double? Lon, double? Lat, string? Community, int? RadiusMeters, string? Occupation, int? MinWage, string? Schedule, bool? SuitsDisabled,
    int? Page, int? PageSize);

/// <summary>Where the search starts: the resident's position or a community's centre, with the community's name.</summary>
public sealed record Origin(double Longitude, double Latitude, string? Community)
{
    /// <summary>Whom distances are from, as a card says it: 距您 800 米, or 距康华社区 800 米.</summary>
    [JsonIgnore]
    public string Whom => Community ?? Tr.T("您", "you");
}

/// <summary>A filter the service has checked; without an origin it lists the whole district, newest first.</summary>
public sealed record JobQuery(
    Origin? From, int RadiusMeters, string? Occupation, int? MinWage, WorkSchedule? Schedule, bool SuitsDisabled, int Page, int PageSize);

/// <summary>Where to apply: a station's public details, how far it is from the resident (with a position) and from the job.</summary>
public sealed record ApplyAt(Guid StationId, string Name, string Kind, string? Address, string? Hours, bool OpenWeekends, string? Phone, int? DistanceMetres, int FromVacancyMetres);

/// <summary>A published vacancy as the public sees it: the job, the employer's name, and no person at all.</summary>
public sealed record PublicJob(
    Guid Id, string Title, string EmployerName, string OccupationCode, string OccupationName, int Headcount, int WageMin, int WageMax, WageUnit WageUnit,
    WorkSchedule Schedule, string? Address, double Longitude, double Latitude, int? DistanceMetres, IReadOnlyList<string> SuitsDisabilities,
    bool AccessibleWorkplace, Education Education, int ExperienceYears, IReadOnlyList<string> Skills, DateOnly PostedOn, DateOnly ExpiresOn, ApplyAt? Apply);

public sealed record JobSearch(Origin? From, int? RadiusMeters, int Total, int PageNumber, int PageSize, int PageCount, IReadOnlyList<PublicJob> Items);

/// <summary>A community a resident can pick instead of sharing a position.</summary>
public sealed record CommunityChoice(string Code, string Name, string TownName, double Longitude, double Latitude);

/// <summary>
/// 家门口招聘: the published, unexpired vacancies near a resident, nearest first, each with the
/// station to apply through. Public: it reads past the region filter, and what it reads is
/// limited by status and expiry before anything else — a held, closed or expired vacancy never
/// leaves the database here.
/// </summary>
public sealed class PublicJobService(DoorstepDb db, StationService stations, TimeProvider clock)
{
    public const int DefaultRadius = 5_000;
    public const int MinRadius = 100;
    public const int MaxRadius = 50_000;
    public const int MaxPageSize = 100;

    /// <summary>月计薪天数 (21.75 days, the ministry's rule), to compare day wages with a monthly minimum.</summary>
    public const double PaidDaysPerMonth = 21.75;

    /// <summary>
    /// Checks the filter. The API needs a position (<paramref name="locationRequired"/>); the page
    /// does without one and shows the district. A community's centre wins over coordinates, since
    /// picking one is a deliberate choice and a phone fills in its position on its own.
    /// </summary>
    public async Task<Outcome<JobQuery>> CheckAsync(JobFilter filter, bool locationRequired, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var from = await LocateAsync(filter.Lon, filter.Lat, filter.Community, locationRequired, errors, ct);
        var radius = filter.RadiusMeters ?? DefaultRadius;
        if (radius is < MinRadius or > MaxRadius)
        {
            errors.Add("radiusMeters", $"搜索半径应为{MinRadius}米～{MaxRadius / 1000}公里，实际为{radius}米");
        }

        if (filter.MinWage is < 0)
        {
            errors.Add("minWage", "最低工资不能为负数");
        }

        WorkSchedule? schedule = null;
        if (!string.IsNullOrEmpty(filter.Schedule))
        {
            if (VacancyTerms.TryParse<WorkSchedule>(filter.Schedule, out var parsed))
            {
                schedule = parsed;
            }
            else
            {
                errors.Add("schedule", "用工形式应为 full-time、part-time 或 gig");
            }
        }

        if (filter.PageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"每页条数应为1～{MaxPageSize}");
        }

        return errors.IsEmpty
            ? Outcome<JobQuery>.Ok(new JobQuery(
                from, radius, string.IsNullOrWhiteSpace(filter.Occupation) ? null : filter.Occupation.Trim(), filter.MinWage is > 0 ? filter.MinWage : null,
                schedule, filter.SuitsDisabled == true, Math.Max(1, filter.Page ?? 1), filter.PageSize ?? 20))
            : Outcome<JobQuery>.Fail(errors);
    }

    /// <summary>
    /// The resident's position, a community's centre, or none; errors keyed by the parameter at fault.
    /// Communities are public places, so the look-up reads past the region filter.
    /// </summary>
    public async Task<Origin?> LocateAsync(double? lon, double? lat, string? community, bool required, FieldErrors errors, CancellationToken ct = default)
    {
        if (!string.IsNullOrWhiteSpace(community))
        {
            var code = community.Trim();
            var found = await db.Regions.IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.Code == code && r.Level == RegionLevel.Village && r.Longitude != null && r.Latitude != null)
                .Select(r => new { r.Name, Longitude = r.Longitude!.Value, Latitude = r.Latitude!.Value })
                .FirstOrDefaultAsync(ct);
            if (found is null)
            {
                errors.Add("community", $"没有代码为“{code}”的村（社区），请从列表中选择");
                return null;
            }

            return new Origin(found.Longitude, found.Latitude, found.Name);
        }

        if (lon is null && lat is null)
        {
            if (required)
            {
                errors.Add("location", "请提供您的位置：经纬度（如 lon=113.098&lat=27.838），或所在村（社区）代码（如 community=430211001001）");
            }

            return null;
        }

        if (PersonRules.CheckCoordinates(lon, lat, out var point) is { } error)
        {
            errors.Add("location", error.Message);
            return null;
        }

        return new Origin(point!.Value.Longitude, point.Value.Latitude, null);
    }

    public async Task<JobSearch> SearchAsync(JobQuery query, CancellationToken ct = default)
    {
        var today = ShanghaiTime.Today(clock);
        var vacancies = db.Set<Vacancy>().IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.Status == VacancyStatus.Published && v.PostedOn <= today && v.ExpiresOn >= today);
        var origin = query.From is { } from ? new GeoPoint(from.Longitude, from.Latitude) : (GeoPoint?)null;
        if (origin is { } centre)
        {
            // A box round the circle lets the database drop the far vacancies; the exact distance is measured below.
            var dLat = query.RadiusMeters / 110_574.0;
            var dLon = query.RadiusMeters / (111_320.0 * Math.Cos(centre.Latitude * Math.PI / 180));
            vacancies = vacancies.Where(v => v.Latitude >= centre.Latitude - dLat && v.Latitude <= centre.Latitude + dLat
                && v.Longitude >= centre.Longitude - dLon && v.Longitude <= centre.Longitude + dLon);
        }

        if (query.Occupation is { } occupation)
        {
            vacancies = vacancies.Where(v => v.OccupationCode.StartsWith(occupation));
        }

        if (query.Schedule is { } schedule)
        {
            vacancies = vacancies.Where(v => v.Schedule == schedule);
        }

        if (query.SuitsDisabled)
        {
            vacancies = vacancies.Where(v => v.SuitsDisabilities.Count > 0);
        }

        var rows = (await vacancies.ToListAsync(ct))
            .Select(v => (Vacancy: v, Distance: origin is { } o ? (int?)Math.Round(o.DistanceTo(new GeoPoint(v.Longitude, v.Latitude))) : null))
            .Where(r => r.Distance is null || r.Distance <= query.RadiusMeters)
            .Where(r => query.MinWage is not { } min || MonthlyTop(r.Vacancy) >= min)
            .ToList();
        var ordered = origin is null
            ? rows.OrderByDescending(r => r.Vacancy.PostedOn).ThenBy(r => r.Vacancy.Title, StringComparer.Ordinal)
            : rows.OrderBy(r => r.Distance).ThenByDescending(r => r.Vacancy.PostedOn);
        var page = ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
        var items = await JobsAsync(page, origin, ct);
        var pageCount = Math.Max(1, (rows.Count + query.PageSize - 1) / query.PageSize);
        return new JobSearch(query.From, origin is null ? null : query.RadiusMeters, rows.Count, query.Page, query.PageSize, pageCount, items);
    }

    /// <summary>The villages and communities with a known centre, by town, for the picker.</summary>
    public async Task<List<CommunityChoice>> CommunitiesAsync(CancellationToken ct = default)
    {
        var regions = await db.Regions.IgnoreQueryFilters().AsNoTracking()
            .Where(r => (r.Level == RegionLevel.Village || r.Level == RegionLevel.Town) && r.Longitude != null && r.Latitude != null)
            .Select(r => new { r.Code, r.Name, r.ParentCode, r.Level, Longitude = r.Longitude!.Value, Latitude = r.Latitude!.Value })
            .ToListAsync(ct);
        var towns = regions.Where(r => r.Level == RegionLevel.Town).ToDictionary(r => r.Code, r => r.Name);
        return regions.Where(r => r.Level == RegionLevel.Village).OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new CommunityChoice(r.Code, r.Name, towns.GetValueOrDefault(r.ParentCode ?? "") ?? "", r.Longitude, r.Latitude))
            .ToList();
    }

    /// <summary>The occupations of the vacancies open today, for the filter.</summary>
    public async Task<List<(string Code, string Name)>> OccupationsAsync(CancellationToken ct = default)
    {
        var today = ShanghaiTime.Today(clock);
        var codes = await db.Set<Vacancy>().IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.Status == VacancyStatus.Published && v.PostedOn <= today && v.ExpiresOn >= today)
            .Select(v => v.OccupationCode).Distinct().ToListAsync(ct);
        return (await db.Set<Occupation>().AsNoTracking().Where(o => codes.Contains(o.Code)).OrderBy(o => o.Code).Select(o => new { o.Code, o.Name }).ToListAsync(ct))
            .Select(o => (o.Code, o.Name)).ToList();
    }

    /// <summary>The top of the range in yuan a month; a day wage counts 21.75 paid days.</summary>
    private static double MonthlyTop(Vacancy v) => v.WageUnit == WageUnit.Day ? v.WageMax * PaidDaysPerMonth : v.WageMax;

    private async Task<List<PublicJob>> JobsAsync(List<(Vacancy Vacancy, int? Distance)> rows, GeoPoint? origin, CancellationToken ct)
    {
        var employerIds = rows.Select(r => r.Vacancy.EmployerId).Distinct().ToList();
        var codes = rows.Select(r => r.Vacancy.OccupationCode).Distinct().ToList();
        var employers = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => employerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var occupations = await db.Set<Occupation>().AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        List<PublicStation> places = rows.Count == 0 ? [] : await stations.PublicAsync(null, ct);
        return rows.Select(r =>
        {
            var v = r.Vacancy;
            return new PublicJob(
                v.Id, v.Title, employers.GetValueOrDefault(v.EmployerId) ?? "", v.OccupationCode, occupations.GetValueOrDefault(v.OccupationCode) ?? v.OccupationCode,
                v.Headcount, v.WageMin, v.WageMax, v.WageUnit, v.Schedule, v.Address, v.Longitude, v.Latitude, r.Distance, v.SuitsDisabilities,
                v.AccessibleWorkplace, v.Education, v.ExperienceYears, v.Skills, v.PostedOn, v.ExpiresOn, ApplyThrough(v, origin, places));
        }).ToList();
    }

    /// <summary>
    /// The station to apply through: the nearest one — to the resident when we know where they are,
    /// else to the job — that offers the fitting service (gig matching for gig work, job matching
    /// for the rest); any station when none offers it.
    /// </summary>
    private static ApplyAt? ApplyThrough(Vacancy v, GeoPoint? resident, List<PublicStation> places)
    {
        if (places.Count == 0)
        {
            return null;
        }

        var job = new GeoPoint(v.Longitude, v.Latitude);
        var from = resident ?? job;
        var service = v.Schedule == WorkSchedule.Gig ? "gig-matching" : "job-matching";
        var fitting = places.Where(p => p.Services.Contains(service)).ToList();
        var station = (fitting.Count > 0 ? fitting : places).MinBy(p => from.DistanceTo(new GeoPoint(p.Longitude, p.Latitude)))!;
        var at = new GeoPoint(station.Longitude, station.Latitude);
        return new ApplyAt(
            station.Id, station.Name, station.Kind, station.Address, station.Hours, station.OpenWeekends, station.Phone,
            resident is { } r ? (int)Math.Round(r.DistanceTo(at)) : null, (int)Math.Round(job.DistanceTo(at)));
    }
}
