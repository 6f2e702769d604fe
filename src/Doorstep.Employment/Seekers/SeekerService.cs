using Doorstep.Employment.Matching;
using Doorstep.Employment.Occupations;
using Doorstep.Employment.Vacancies;
using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Seekers;

/// <summary>
/// What a specialist records. Only the person (by id, or by ID number) and one wanted occupation
/// are needed: the rest defaults — the expected wage is the least a monthly post would pay, the
/// commute 5 km from home, any schedule, available now — so a seeker is recorded on a phone in
/// under a minute. The person is fixed once recorded; an update ignores <see cref="PersonId"/> and <see cref="IdNumber"/>.
/// </summary>
public sealed record SeekerInput(
    Guid? PersonId = null, string? IdNumber = null, IReadOnlyList<string>? DesiredOccupations = null, int? ExpectedWage = null, WageUnit? WageUnit = null,
    int? MaxCommuteMeters = null, IReadOnlyList<WorkSchedule>? Schedules = null, double? Longitude = null, double? Latitude = null,
    IReadOnlyList<string>? Skills = null, Education? Education = null, int? ExperienceYears = null, DateOnly? AvailableFrom = null,
    IReadOnlyList<TargetGroup>? TargetGroups = null, bool? PublicWallConsent = null, string? Note = null);

public sealed record SeekerStatusInput(SeekerStatus? Status);

/// <summary>A seeker with the registry person's name and masked ID number; the names of the wanted occupations beside their codes.</summary>
public sealed record SeekerView(
    Guid Id, Guid PersonId, string Name, string IdNumber, string? Phone, int Age, string RegionCode, string RegionName, double Longitude, double Latitude,
    IReadOnlyList<string> DesiredOccupations, IReadOnlyList<string> DesiredOccupationNames, IReadOnlyList<string> Skills, Education Education,
    int ExperienceYears, int ExpectedWage, WageUnit WageUnit, int MaxCommuteMeters, IReadOnlyList<WorkSchedule> Schedules, DateOnly? AvailableFrom,
    string? Disability, IReadOnlyList<TargetGroup> TargetGroups, bool PublicWallConsent, SeekerStatus Status, string? Note,
    string CreatedBy, DateTime CreatedAt, string UpdatedBy, DateTime UpdatedAt);

/// <summary>
/// Filters of the seeker list; q is a name or a full ID number; sort is <c>updated</c> (latest first, the
/// default), <c>name</c>, <c>available</c> (soonest first) or <c>wage</c> (lowest expectation first).
/// </summary>
public sealed record SeekerQuery(
    string? Q = null, string? Region = null, SeekerStatus? Status = null, TargetGroup? Group = null, string? Occupation = null,
    bool? Disabled = null, string? Sort = null, int Page = 1, int PageSize = 20);

/// <summary>Job seekers: recorded from the people registry, searched, corrected and moved between seeking, employed and paused, each write audited.</summary>
public sealed class SeekerService(DoorstepDb db, FieldProtector protector, RegistryLookup registry, AuditLog audit, TimeProvider clock, MatchIndexHolder matches)
{
    public const int DefaultCommuteMeters = 5_000;
    public const int MinCommuteMeters = 500;
    public const int MaxCommuteMeters = 100_000;
    public const int MaxDesiredOccupations = 5;

    /// <summary>The Labour Law's minimum working age.</summary>
    public const int MinAge = 16;

    public async Task<Page<SeekerView>> SearchAsync(SeekerQuery query, CancellationToken ct = default)
    {
        var seekers = db.Set<Seeker>().AsNoTracking();

        // Names live in the registry. The registry is read within the caller's scope too: a seeker is
        // in their person's region, and IgnoreQueryFilters on any part of a query lifts the filters
        // from all of it, which listed other districts' seekers when searching or sorting by name.
        var people = db.People;
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            if (CitizenId.TryParse(q, out var citizen, out _))
            {
                var hash = protector.Hash(citizen.Value);
                var found = people.Where(p => p.IdNumberHash == hash).Select(p => p.Id);
                seekers = seekers.Where(s => found.Contains(s.PersonId));
            }
            else
            {
                var named = people.Where(p => p.Name.Contains(q)).Select(p => p.Id);
                seekers = seekers.Where(s => named.Contains(s.PersonId));
            }
        }

        if (!string.IsNullOrEmpty(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            seekers = seekers.Where(s => s.RegionCode.StartsWith(prefix));
        }

        if (query.Status is { } status)
        {
            seekers = seekers.Where(s => s.Status == status);
        }

        if (query.Group is { } group)
        {
            seekers = seekers.Where(s => s.TargetGroups.Contains(group));
        }

        if (!string.IsNullOrWhiteSpace(query.Occupation))
        {
            var occupation = query.Occupation.Trim();
            seekers = seekers.Where(s => s.DesiredOccupations.Any(o => o.StartsWith(occupation)));
        }

        seekers = query.Disabled switch
        {
            true => seekers.Where(s => s.Disability != null),
            false => seekers.Where(s => s.Disability == null),
            null => seekers,
        };

        var ordered = query.Sort switch
        {
            "name" => seekers.OrderBy(s => people.Where(p => p.Id == s.PersonId).Select(p => p.Name).FirstOrDefault()).ThenBy(s => s.Id),
            "available" => seekers.OrderBy(s => s.AvailableFrom != null).ThenBy(s => s.AvailableFrom).ThenByDescending(s => s.UpdatedAt),
            "wage" => seekers.OrderBy(s => s.WageUnit).ThenBy(s => s.ExpectedWage).ThenByDescending(s => s.UpdatedAt),
            _ => seekers.OrderByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id),
        };
        return await ordered.ToPageAsync(query.Page, query.PageSize, 10_000, ViewsAsync, ct);
    }

    public async Task<SeekerView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<Seeker>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is { } seeker ? (await ViewsAsync([seeker], ct)).Single() : null;

    /// <summary>The seekers already on file for these people, by person, wherever they were recorded: a picker marks them instead of offering them again.</summary>
    public async Task<Dictionary<Guid, Guid>> RecordedAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct = default) =>
        await db.Set<Seeker>().IgnoreQueryFilters().AsNoTracking().Where(s => personIds.Contains(s.PersonId)).ToDictionaryAsync(s => s.PersonId, s => s.Id, ct);

    /// <summary>
    /// Records a registry person as a seeker: region, disability and the groups that follow from
    /// the registry (disabled, returnee, poverty-relieved) are copied, the home is where they set out from.
    /// </summary>
    public async Task<Outcome<SeekerView>> CreateAsync(SeekerInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var person = await PersonAsync(input, errors, ct);
        if (person is not null && await db.Set<Seeker>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(s => s.PersonId == person.Id, ct) is { } existing)
        {
            errors.Add("personId", $"{person.Name}（{person.IdNumberMasked}）已登记为求职者（编号 {existing.Id}，{Tr.Date(existing.CreatedAt)}由{existing.CreatedBy}登记），请修改原有记录");
        }

        var values = await CheckAsync(input, person, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<SeekerView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var seeker = new Seeker { Id = Guid.CreateVersion7(), PersonId = person!.Id, RegionCode = person.RegionCode, Status = SeekerStatus.Seeking, CreatedBy = actor.UserName, CreatedAt = now, UpdatedBy = actor.UserName, UpdatedAt = now };
        values!.ApplyTo(seeker, person);
        db.Add(seeker);
        await db.SaveChangesAsync(ct);
        matches.Invalidate();
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(Seeker), seeker.Id.ToString(), detail: string.Join(",", seeker.DesiredOccupations), cancellationToken: ct);
        return Outcome<SeekerView>.Ok((await ViewsAsync([seeker], ct)).Single());
    }

    /// <summary>Corrects a seeker; every field is sent again. What comes from the registry is copied again, so a move or a new certificate shows.</summary>
    public async Task<Outcome<SeekerView>> UpdateAsync(Guid id, SeekerInput input, Actor actor, CancellationToken ct = default)
    {
        var seeker = await db.Set<Seeker>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (seeker is null)
        {
            return Outcome<SeekerView>.Fail(Inputs.Error("id", "该求职者不存在，或不在您的管辖范围内"));
        }

        var person = await db.People.IgnoreQueryFilters().AsNoTracking().FirstAsync(p => p.Id == seeker.PersonId, ct);
        var errors = new FieldErrors();
        var values = await CheckAsync(input with { Longitude = input.Longitude ?? seeker.Longitude, Latitude = input.Latitude ?? seeker.Latitude }, person, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<SeekerView>.Fail(errors);
        }

        values!.ApplyTo(seeker, person);
        seeker.RegionCode = person.RegionCode;
        seeker.UpdatedBy = actor.UserName;
        seeker.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        matches.Invalidate();
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Seeker), seeker.Id.ToString(), detail: string.Join(",", seeker.DesiredOccupations), cancellationToken: ct);
        return Outcome<SeekerView>.Ok((await ViewsAsync([seeker], ct)).Single());
    }

    /// <summary>Seeking, employed or paused; a seeker who found work stays on file for the figures and for the next time.</summary>
    public async Task<Outcome<SeekerView>> SetStatusAsync(Guid id, SeekerStatusInput input, Actor actor, CancellationToken ct = default)
    {
        var seeker = await db.Set<Seeker>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (seeker is null)
        {
            return Outcome<SeekerView>.Fail(Inputs.Error("id", "该求职者不存在，或不在您的管辖范围内"));
        }

        if (input.Status is not { } status || !Enum.IsDefined(status))
        {
            return Outcome<SeekerView>.Fail(Inputs.Error("status", "状态应为 seeking（求职中）、employed（已就业）或 paused（暂停求职）"));
        }

        var from = seeker.Status;
        seeker.Status = status;
        seeker.UpdatedBy = actor.UserName;
        seeker.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        matches.Invalidate();
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Seeker), seeker.Id.ToString(), detail: $"status {from} -> {status}", cancellationToken: ct);
        return Outcome<SeekerView>.Ok((await ViewsAsync([seeker], ct)).Single());
    }

    /// <summary>The person a new seeker is for, by id or by ID number, inside the actor's scope; null with the reason when there is none.</summary>
    private async Task<Person?> PersonAsync(SeekerInput input, FieldErrors errors, CancellationToken ct)
    {
        var person = await registry.FindAsync(input.PersonId, input.IdNumber, RegistryAsk.Default, errors, ct);
        if (person is null)
        {
            return null;
        }

        var age = Age(person.BirthDate);
        if (age < MinAge)
        {
            errors.Add("personId", $"{person.Name}未满{MinAge}周岁（{age}岁），不能登记求职");
        }

        return person;
    }

    private sealed record Values(
        List<string> DesiredOccupations, int ExpectedWage, WageUnit WageUnit, int MaxCommuteMeters, List<WorkSchedule> Schedules, double Longitude,
        double Latitude, List<string> Skills, Education Education, int ExperienceYears, DateOnly? AvailableFrom, List<TargetGroup> TargetGroups,
        bool PublicWallConsent, string? Note)
    {
        public void ApplyTo(Seeker s, Person person)
        {
            s.DesiredOccupations = DesiredOccupations;
            s.ExpectedWage = ExpectedWage;
            s.WageUnit = WageUnit;
            s.MaxCommuteMeters = MaxCommuteMeters;
            s.Schedules = Schedules;
            s.Longitude = Longitude;
            s.Latitude = Latitude;
            s.Skills = Skills;
            s.Education = Education;
            s.ExperienceYears = ExperienceYears;
            s.AvailableFrom = AvailableFrom;
            s.Disability = SeekerTerms.DisabilityCode(person.DisabilityCategory);
            s.TargetGroups = TargetGroups;
            s.PublicWallConsent = PublicWallConsent;
            s.Note = Note;
        }
    }

    private async Task<Values?> CheckAsync(SeekerInput input, Person? person, FieldErrors errors, CancellationToken ct)
    {
        var occupations = Inputs.Clean(input.DesiredOccupations);
        if (occupations.Count == 0)
        {
            errors.Add("desiredOccupations", "请至少选择一个求职意向（职业），如“保安员”“餐厅服务员”");
        }
        else if (occupations.Count > MaxDesiredOccupations)
        {
            errors.Add("desiredOccupations", $"求职意向最多{MaxDesiredOccupations}个");
        }
        else
        {
            var known = await db.Set<Occupation>().Where(o => occupations.Contains(o.Code)).Select(o => o.Code).ToListAsync(ct);
            foreach (var unknown in occupations.Except(known))
            {
                errors.Add("desiredOccupations", $"职业编码“{unknown}”不在职业分类中");
            }
        }

        var unit = input.WageUnit ?? WageUnit.Month;
        var (floor, ceiling, unitName) = Inputs.WageRange(unit);
        if (input.WageUnit is { } givenUnit && !Enum.IsDefined(givenUnit))
        {
            errors.Add("wageUnit", "计薪方式应为 month 或 day");
        }
        else if (input.ExpectedWage is not { } wage)
        {
            errors.Add("expectedWage", $"请填写期望工资（最低能接受的{unitName}）");
        }
        else if (wage < floor || wage > ceiling)
        {
            errors.Add("expectedWage", $"期望工资应为{floor}～{ceiling}{unitName}");
        }

        var commute = input.MaxCommuteMeters ?? DefaultCommuteMeters;
        if (commute is < MinCommuteMeters or > MaxCommuteMeters)
        {
            errors.Add("maxCommuteMeters", $"最远通勤距离应为{MinCommuteMeters}米～{MaxCommuteMeters / 1000}公里（填米数，如5000）");
        }

        var schedules = (input.Schedules ?? []).Distinct().ToList();
        if (schedules.Any(s => !Enum.IsDefined(s)))
        {
            errors.Add("schedules", "用工形式应为 full-time、part-time 或 gig");
        }

        // The home in the registry is where a seeker sets out from unless the specialist placed them.
        var longitude = input.Longitude ?? person?.Longitude;
        var latitude = input.Latitude ?? person?.Latitude;
        if (person is not null)
        {
            if (longitude is not { } lon || latitude is not { } lat)
            {
                errors.Add("location", "居民档案中没有住址位置，请填写出发地点的经纬度");
            }
            else
            {
                Inputs.CheckInChina(errors, "出发地点", lon, lat);
            }
        }

        var skills = Inputs.Clean(input.Skills);
        if (skills.Count > 12 || skills.Any(s => s.Length > 20))
        {
            errors.Add("skills", "技能最多12项，每项不超过20字");
        }

        if (input.Education is { } education && !Enum.IsDefined(education))
        {
            errors.Add("education", "学历应为 any、junior、senior、college 或 bachelor");
        }

        var experience = input.ExperienceYears ?? 0;
        var age = person is null ? (int?)null : Age(person.BirthDate);
        if (experience is < 0 or > 50)
        {
            errors.Add("experienceYears", "工作年限应为0～50年");
        }
        else if (age is { } years && experience > Math.Max(0, years - MinAge))
        {
            errors.Add("experienceYears", $"工作年限{experience}年超过了{years}岁的人可能的工作年限（最多{Math.Max(0, years - MinAge)}年）");
        }

        var today = ShanghaiTime.Today(clock);
        if (input.AvailableFrom is { } available && (available < today.AddYears(-1) || available > today.AddYears(1)))
        {
            errors.Add("availableFrom", "可到岗日期应在一年前到一年后之间");
        }

        var groups = (input.TargetGroups ?? []).Distinct().ToList();
        if (groups.Any(g => !Enum.IsDefined(g)))
        {
            errors.Add("targetGroups", "重点群体应为 returnee、poverty-relieved、disabled、graduate 或 employment-difficulty");
        }

        var note = input.Note?.Trim();
        if (note?.Length > 500)
        {
            errors.Add("note", "备注不超过500字");
        }

        if (!errors.IsEmpty || person is null)
        {
            return null;
        }

        return new Values(
            occupations, input.ExpectedWage!.Value, unit, commute, schedules, longitude!.Value, latitude!.Value, skills, input.Education ?? Education.Any,
            experience, input.AvailableFrom, Groups(groups, person), input.PublicWallConsent ?? false, string.IsNullOrEmpty(note) ? null : note);
    }

    /// <summary>
    /// The groups the specialist ticked with those the registry proves: a returnee or poverty-relieved
    /// flag, and a disability, which only the registry can give — it stands for a certificate.
    /// </summary>
    private static List<TargetGroup> Groups(List<TargetGroup> ticked, Person person)
    {
        var groups = new HashSet<TargetGroup>(ticked.Where(g => g != TargetGroup.Disabled));
        if (person.DisabilityCategory is not null)
        {
            groups.Add(TargetGroup.Disabled);
        }

        if (person.Returnee)
        {
            groups.Add(TargetGroup.Returnee);
        }

        if (person.PovertyRelieved)
        {
            groups.Add(TargetGroup.PovertyRelieved);
        }

        return [.. groups.Order()];
    }

    private int Age(DateOnly birth)
    {
        var today = ShanghaiTime.Today(clock);
        var age = today.Year - birth.Year;
        return birth > today.AddYears(-age) ? age - 1 : age;
    }

    private async Task<List<SeekerView>> ViewsAsync(IReadOnlyList<Seeker> seekers, CancellationToken ct)
    {
        var personIds = seekers.Select(s => s.PersonId).Distinct().ToList();
        var codes = seekers.SelectMany(s => s.DesiredOccupations).Distinct().ToList();
        var regionCodes = seekers.Select(s => s.RegionCode).Distinct().ToList();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.IdNumberMasked, p.PhoneMasked, p.BirthDate }).ToDictionaryAsync(p => p.Id, ct);
        var occupations = await db.Set<Occupation>().AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        var regions = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return seekers.Select(s =>
        {
            var p = people[s.PersonId];
            return new SeekerView(
                s.Id, s.PersonId, p.Name, p.IdNumberMasked, p.PhoneMasked, Age(p.BirthDate), s.RegionCode, regions.GetValueOrDefault(s.RegionCode) ?? s.RegionCode,
                s.Longitude, s.Latitude, s.DesiredOccupations, s.DesiredOccupations.Select(c => occupations.GetValueOrDefault(c) ?? c).ToList(), s.Skills,
                s.Education, s.ExperienceYears, s.ExpectedWage, s.WageUnit, s.MaxCommuteMeters, s.Schedules, s.AvailableFrom, s.Disability, s.TargetGroups,
                s.PublicWallConsent, s.Status, s.Note, s.CreatedBy, s.CreatedAt, s.UpdatedBy, s.UpdatedAt);
        }).ToList();
    }
}
