using Doorstep.Employment.Occupations;
using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Training;

/// <summary>A course as a specialist keeps it; regionCode is optional and defaults to the provider's region.</summary>
public sealed record CourseInput(
    Guid? ProviderId = null, string? Title = null, CourseMode? Mode = null, string? OccupationCode = null, int? Hours = null, int? SubsidyPerPerson = null,
    int? Capacity = null, DateOnly? StartsOn = null, DateOnly? EndsOn = null, string? RegionCode = null);

/// <summary>A course with its provider and occupation by name and how its trainees have done (counts over every region: numbers, not people).</summary>
public sealed record CourseView(
    Guid Id, Guid ProviderId, string ProviderName, string RegionCode, string RegionName, string Title, CourseMode Mode, string OccupationCode, string OccupationName,
    int Hours, int SubsidyPerPerson, int Capacity, int Enrolled, int PlacesLeft, DateOnly StartsOn, DateOnly EndsOn, int Subsidised, int Completed, int Certified,
    int EmployedAfter, bool Editable, string CreatedBy, DateTime CreatedAt, string UpdatedBy, DateTime UpdatedAt);

/// <summary>A training institution and how many courses it runs.</summary>
public sealed record ProviderView(Guid Id, string Name, string RegionCode, string RegionName, string? Address, int Courses);

/// <summary>
/// Filters of the course list: q (title), provider, mode, occupation (code prefix), region (prefix),
/// open (true: places left and not yet ended); sort <c>start</c> (latest first, the default), <c>title</c> or <c>places</c> (most left first).
/// </summary>
public sealed record CourseQuery(
    string? Q = null, Guid? Provider = null, CourseMode? Mode = null, string? Occupation = null, string? Region = null, bool? Open = null, string? Sort = null,
    int Page = 1, int PageSize = 20);

/// <summary>Subsidised training courses (补贴性职业技能培训班): created by a specialist of the provider's regions, listed to every employment reader, each write audited.</summary>
public sealed class CourseService(DoorstepDb db, TrainingSettings settings, AuditLog audit, TimeProvider clock)
{
    public const string ProviderKind = "training-institution";
    public const int MaxTitle = 60;

    /// <summary>The longest course: a year.</summary>
    public const int MaxDays = 366;

    public async Task<List<ProviderView>> ProvidersAsync(CancellationToken ct = default)
    {
        var providers = await db.Organisations.AsNoTracking().Where(o => o.Kind == ProviderKind).OrderBy(o => o.Name).ToListAsync(ct);
        var ids = providers.Select(p => p.Id).ToList();
        var courses = await db.Set<TrainingCourse>().AsNoTracking().Where(c => ids.Contains(c.ProviderId)).GroupBy(c => c.ProviderId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var regions = await RegionNamesAsync(providers.Select(p => p.RegionCode), ct);
        return providers.Select(p => new ProviderView(p.Id, p.Name, p.RegionCode, regions.GetValueOrDefault(p.RegionCode, p.RegionCode), p.Address, courses.GetValueOrDefault(p.Id))).ToList();
    }

    public async Task<Page<CourseView>> SearchAsync(CourseQuery query, CancellationToken ct = default)
    {
        var courses = db.Set<TrainingCourse>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            courses = courses.Where(c => c.Title.Contains(q));
        }

        if (query.Provider is { } provider)
        {
            courses = courses.Where(c => c.ProviderId == provider);
        }

        if (query.Mode is { } mode)
        {
            courses = courses.Where(c => c.Mode == mode);
        }

        if (!string.IsNullOrWhiteSpace(query.Occupation))
        {
            var occupation = query.Occupation.Trim();
            courses = courses.Where(c => c.OccupationCode.StartsWith(occupation));
        }

        if (!string.IsNullOrEmpty(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            courses = courses.Where(c => c.RegionCode.StartsWith(prefix));
        }

        if (query.Open == true)
        {
            var today = ShanghaiTime.Today(clock);
            courses = courses.Where(c => c.Enrolled < c.Capacity && c.EndsOn >= today);
        }

        var ordered = query.Sort switch
        {
            "title" => courses.OrderBy(c => c.Title).ThenBy(c => c.Id),
            "places" => courses.OrderByDescending(c => c.Capacity - c.Enrolled).ThenByDescending(c => c.StartsOn).ThenBy(c => c.Id),
            _ => courses.OrderByDescending(c => c.StartsOn).ThenBy(c => c.Title).ThenBy(c => c.Id),
        };
        return await ordered.ToPageAsync(query.Page, query.PageSize, 500, ViewsAsync, ct);
    }

    public async Task<CourseView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<TrainingCourse>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } course ? (await ViewsAsync([course], ct)).Single() : null;

    public async Task<Outcome<CourseView>> CreateAsync(CourseInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var values = await CheckAsync(input, null, errors, ct);
        if (values is null)
        {
            return Outcome<CourseView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var course = new TrainingCourse
        {
            Id = Guid.CreateVersion7(), RegionCode = values.RegionCode, Title = values.Title, OccupationCode = values.OccupationCode,
            CreatedBy = actor.UserName, CreatedAt = now, UpdatedBy = actor.UserName, UpdatedAt = now,
        };
        values.ApplyTo(course);
        db.Add(course);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(TrainingCourse), course.Id.ToString(), detail: course.Title, cancellationToken: ct);
        return Outcome<CourseView>.Ok((await ViewsAsync([course], ct)).Single());
    }

    /// <summary>Corrects a course of the actor's regions; every field is sent again. Places may not drop below the enrolments already taken.</summary>
    public async Task<Outcome<CourseView>> UpdateAsync(Guid id, CourseInput input, Actor actor, CancellationToken ct = default)
    {
        var course = await db.Set<TrainingCourse>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (course is null)
        {
            return Outcome<CourseView>.Fail(Inputs.Error("id", "该培训班不存在"));
        }

        var errors = new FieldErrors();
        if (!await VisibleAsync(course.RegionCode, ct))
        {
            errors.Add("regionCode", "该培训班不在您的管辖范围内，只能由举办地的就业服务专员修改");
            return Outcome<CourseView>.Fail(errors);
        }

        var values = await CheckAsync(input, course, errors, ct);
        if (values is null)
        {
            return Outcome<CourseView>.Fail(errors);
        }

        var providerChanged = course.ProviderId != values.ProviderId;
        values.ApplyTo(course);
        course.UpdatedBy = actor.UserName;
        course.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await using var work = await Work.BeginAsync(db.Database, ct);
        await db.SaveChangesAsync(ct);
        if (providerChanged)
        {
            await db.Set<TrainingEnrolment>().IgnoreQueryFilters().Where(e => e.CourseId == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.ProviderId, values.ProviderId), ct);
        }

        await work.CommitAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(TrainingCourse), course.Id.ToString(), detail: course.Title, cancellationToken: ct);
        return Outcome<CourseView>.Ok((await ViewsAsync([course], ct)).Single());
    }

    /// <summary>Whether a region is one of the caller's: the regions table is filtered to them.</summary>
    internal Task<bool> VisibleAsync(string regionCode, CancellationToken ct) => db.Regions.AsNoTracking().AnyAsync(r => r.Code == regionCode, ct);

    private sealed record Values(
        Guid ProviderId, string RegionCode, string Title, CourseMode Mode, string OccupationCode, int Hours, int SubsidyPerPerson, int Capacity, DateOnly StartsOn, DateOnly EndsOn)
    {
        public void ApplyTo(TrainingCourse c)
        {
            c.ProviderId = ProviderId;
            c.RegionCode = RegionCode;
            c.Title = Title;
            c.Mode = Mode;
            c.OccupationCode = OccupationCode;
            c.Hours = Hours;
            c.SubsidyPerPerson = SubsidyPerPerson;
            c.Capacity = Capacity;
            c.StartsOn = StartsOn;
            c.EndsOn = EndsOn;
        }
    }

    private async Task<Values?> CheckAsync(CourseInput input, TrainingCourse? existing, FieldErrors errors, CancellationToken ct)
    {
        Organisation? provider = null;
        if (input.ProviderId is not { } providerId)
        {
            errors.Add("providerId", "请选择培训机构");
        }
        else
        {
            provider = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == providerId && o.Kind == ProviderKind, ct);
            if (provider is null)
            {
                errors.Add("providerId", "培训机构不存在，或不在您的管辖范围内（须为“培训机构”类的组织）");
            }
        }

        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            errors.Add("title", "请填写培训班名称，如“育婴员（五级）订单班”");
        }
        else if (title.Length > MaxTitle)
        {
            errors.Add("title", $"培训班名称不超过{MaxTitle}字");
        }

        if (input.Mode is not { } mode || !Enum.IsDefined(mode))
        {
            errors.Add("mode", "请选择培训方式：order-based（订单式）或 directed（定向）");
        }

        var occupation = input.OccupationCode?.Trim();
        if (string.IsNullOrEmpty(occupation))
        {
            errors.Add("occupationCode", "请选择培训职业（工种）");
        }
        else if (!await db.Set<Occupation>().AnyAsync(o => o.Code == occupation && o.Code.Length == 10, ct))
        {
            errors.Add("occupationCode", $"职业编码“{occupation}”不在职业分类中（须为具体职业，如 4-10-01-02 育婴员）");
        }

        if (input.Hours is not { } hours)
        {
            errors.Add("hours", "请填写课时");
        }
        else if (hours < 1 || hours > settings.MaxHours)
        {
            errors.Add("hours", $"课时应为1～{settings.MaxHours}");
        }

        if (input.SubsidyPerPerson is not { } subsidy)
        {
            errors.Add("subsidyPerPerson", "请填写每人补贴标准（元），无补贴填0");
        }
        else if (subsidy < 0 || subsidy > settings.MaxSubsidyPerPerson)
        {
            errors.Add("subsidyPerPerson", $"每人补贴标准应为0～{settings.MaxSubsidyPerPerson}元");
        }

        if (input.Capacity is not { } capacity)
        {
            errors.Add("capacity", "请填写计划招收人数");
        }
        else if (capacity < 1 || capacity > settings.MaxCapacity)
        {
            errors.Add("capacity", $"计划招收人数应为1～{settings.MaxCapacity}人");
        }
        else if (existing is not null && capacity < existing.Enrolled)
        {
            errors.Add("capacity", $"已有{existing.Enrolled}人报名，计划招收人数不能少于{existing.Enrolled}");
        }

        if (input.StartsOn is not { } starts)
        {
            errors.Add("startsOn", "请填写开班日期");
        }

        if (input.EndsOn is not { } ends)
        {
            errors.Add("endsOn", "请填写结业日期（培训班最后一天）");
        }
        else if (input.StartsOn is { } start && ends < start)
        {
            errors.Add("endsOn", $"结束日期{Tr.Date(ends)}早于开班日期{Tr.Date(start)}");
        }
        else if (input.StartsOn is { } first && ends.DayNumber - first.DayNumber >= MaxDays)
        {
            errors.Add("endsOn", "一期培训班不超过一年");
        }

        string? regionCode = provider?.RegionCode;
        if (!string.IsNullOrWhiteSpace(input.RegionCode))
        {
            var regionErrors = new FieldErrors();
            regionCode = (await RegionArgument.CheckAsync(db, input.RegionCode, regionErrors, ct))?.Code.Value;
            if (regionErrors.For("region") is { } reason)
            {
                errors.Add("regionCode", reason);
            }
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        return new Values(provider!.Id, regionCode!, title!, input.Mode!.Value, occupation!, input.Hours!.Value, input.SubsidyPerPerson!.Value, input.Capacity!.Value,
            input.StartsOn!.Value, input.EndsOn!.Value);
    }

    private async Task<Dictionary<string, string>> RegionNamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var list = codes.Distinct().ToList();
        return await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => list.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
    }

    internal async Task<List<CourseView>> ViewsAsync(IReadOnlyList<TrainingCourse> courses, CancellationToken ct)
    {
        var ids = courses.Select(c => c.Id).ToList();
        var providerIds = courses.Select(c => c.ProviderId).Distinct().ToList();
        var codes = courses.Select(c => c.OccupationCode).Distinct().ToList();
        var providers = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => providerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var occupations = await db.Set<Occupation>().AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        var regions = await RegionNamesAsync(courses.Select(c => c.RegionCode), ct);
        var visible = await db.Regions.AsNoTracking().Where(r => courses.Select(c => c.RegionCode).Contains(r.Code)).Select(r => r.Code).ToListAsync(ct);

        // Aggregates over every region: how a course has done is a number, not a person.
        var counts = await db.Set<TrainingEnrolment>().IgnoreQueryFilters().AsNoTracking().Where(e => ids.Contains(e.CourseId) && e.Status != EnrolmentStatus.Withdrawn)
            .GroupBy(e => e.CourseId)
            .Select(g => new
            {
                g.Key,
                Subsidised = g.Count(e => e.Subsidised),
                Completed = g.Count(e => e.Status == EnrolmentStatus.Completed),
                Certified = g.Count(e => e.CertificateKind != null),
                Employed = g.Count(e => e.EmployedOn != null),
            })
            .ToDictionaryAsync(g => g.Key, ct);
        return courses.Select(c =>
        {
            var n = counts.GetValueOrDefault(c.Id);
            return new CourseView(
                c.Id, c.ProviderId, providers.GetValueOrDefault(c.ProviderId) ?? "", c.RegionCode, regions.GetValueOrDefault(c.RegionCode, c.RegionCode), c.Title, c.Mode,
                c.OccupationCode, occupations.GetValueOrDefault(c.OccupationCode, c.OccupationCode), c.Hours, c.SubsidyPerPerson, c.Capacity, c.Enrolled,
                Math.Max(0, c.Capacity - c.Enrolled), c.StartsOn, c.EndsOn, n?.Subsidised ?? 0, n?.Completed ?? 0, n?.Certified ?? 0, n?.Employed ?? 0,
                visible.Contains(c.RegionCode), c.CreatedBy, c.CreatedAt, c.UpdatedBy, c.UpdatedAt);
        }).ToList();
    }
}
