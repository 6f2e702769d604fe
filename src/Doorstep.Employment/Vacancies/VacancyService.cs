using Doorstep.Employment.Matching;
using Doorstep.Employment.Occupations;
using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Vacancies;

/// <summary>
/// What a specialist collects. Only title, employer, occupation, headcount and wage are needed:
/// the rest defaults — full-time, monthly wage, the employer's region and position, posted today
/// and open for 30 days — so a vacancy is collected on a phone in under a minute.
/// </summary>
public sealed record VacancyInput(
    string? Title, Guid? EmployerId, string? OccupationCode, int? Headcount, int? WageMin, int? WageMax, WageUnit? WageUnit = null,
    WorkSchedule? Schedule = null, double? Longitude = null, double? Latitude = null, string? RegionCode = null, string? Address = null,
    IReadOnlyList<string>? Skills = null, Education? Education = null, int? ExperienceYears = null, string? Requirements = null,
    IReadOnlyList<string>? SuitsDisabilities = null, bool? AccessibleWorkplace = null, DateOnly? PostedOn = null, DateOnly? ExpiresOn = null);

/// <summary>An officer's decision on a held vacancy: <c>clear</c> publishes it, <c>reject</c> closes it with the reason.</summary>
public sealed record ReviewInput(string? Decision, string? Note);

public sealed record VacancyView(
    Guid Id, string Title, Guid EmployerId, string EmployerName, string OccupationCode, string OccupationName, int Headcount, int WageMin, int WageMax,
    WageUnit WageUnit, WorkSchedule Schedule, double Longitude, double Latitude, string RegionCode, string RegionName, string? Address,
    IReadOnlyList<string> Skills, Education Education, int ExperienceYears, string? Requirements, IReadOnlyList<string> SuitsDisabilities,
    bool AccessibleWorkplace, DateOnly PostedOn, DateOnly ExpiresOn, VacancyStatus Status, IReadOnlyList<string> ReviewFlags,
    IReadOnlyList<DiscriminationFinding> Findings, string? ReviewedBy, DateTime? ReviewedAt, string? ReviewNote, string CreatedBy, DateTime CreatedAt);

/// <summary>Filters of the vacancy list; sort is <c>posted</c> (newest first, the default), <c>wage</c> (highest first) or <c>expiry</c> (soonest first).</summary>
public sealed record VacancyQuery(
    string? Q = null, VacancyStatus? Status = null, string? Occupation = null, string? Region = null, WorkSchedule? Schedule = null,
    bool SuitsDisabled = false, string? Disability = null, Guid? Employer = null, string? Sort = null, int Page = 1, int PageSize = 20);

/// <summary>Vacancies: collected with the discrimination check, reviewed when held, searched, corrected and closed, each write audited.</summary>
public sealed class VacancyService(DoorstepDb db, AuditLog audit, TimeProvider clock, MatchIndexHolder matches)
{
    public const int DefaultDays = 30;
    public const int MaxHeadcount = 1000;

    public async Task<Page<VacancyView>> SearchAsync(VacancyQuery query, CancellationToken ct = default)
    {
        var today = ShanghaiTime.Today(clock);
        var vacancies = db.Set<Vacancy>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            var employers = db.Organisations.Where(o => o.Name.Contains(q)).Select(o => o.Id);
            vacancies = vacancies.Where(v => v.Title.Contains(q) || (v.Requirements != null && v.Requirements.Contains(q)) || employers.Contains(v.EmployerId));
        }

        vacancies = query.Status switch
        {
            VacancyStatus.Published => vacancies.Where(v => v.Status == VacancyStatus.Published && v.ExpiresOn >= today),
            VacancyStatus.Expired => vacancies.Where(v => v.Status == VacancyStatus.Published && v.ExpiresOn < today),
            { } status => vacancies.Where(v => v.Status == status),
            null => vacancies,
        };

        if (!string.IsNullOrWhiteSpace(query.Occupation))
        {
            var occupation = query.Occupation.Trim();
            vacancies = vacancies.Where(v => v.OccupationCode.StartsWith(occupation));
        }

        if (!string.IsNullOrEmpty(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            vacancies = vacancies.Where(v => v.RegionCode.StartsWith(prefix));
        }

        if (query.Schedule is { } schedule)
        {
            vacancies = vacancies.Where(v => v.Schedule == schedule);
        }

        if (query.SuitsDisabled)
        {
            vacancies = vacancies.Where(v => v.SuitsDisabilities.Count > 0);
        }

        if (!string.IsNullOrWhiteSpace(query.Disability))
        {
            var category = query.Disability.Trim();
            vacancies = vacancies.Where(v => v.SuitsDisabilities.Contains(category));
        }

        if (query.Employer is { } employer)
        {
            vacancies = vacancies.Where(v => v.EmployerId == employer);
        }

        var ordered = query.Sort switch
        {
            "wage" => vacancies.OrderByDescending(v => v.WageMax).ThenByDescending(v => v.PostedOn),
            "expiry" => vacancies.OrderBy(v => v.ExpiresOn).ThenBy(v => v.Title),
            _ => vacancies.OrderByDescending(v => v.PostedOn).ThenByDescending(v => v.CreatedAt),
        };
        return await ordered.ToPageAsync(query.Page, query.PageSize, 10_000, ViewsAsync, ct);
    }

    public async Task<VacancyView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<Vacancy>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct) is { } vacancy ? (await ViewsAsync([vacancy], ct)).Single() : null;

    public async Task<Outcome<VacancyView>> CreateAsync(VacancyInput input, Actor actor, CancellationToken ct = default)
    {
        var (values, errors) = await CheckAsync(input, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<VacancyView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var vacancy = new Vacancy { Id = Guid.CreateVersion7(), RegionCode = "", Title = "", OccupationCode = "", CreatedBy = actor.UserName, CreatedAt = now, UpdatedBy = actor.UserName, UpdatedAt = now };
        values!.ApplyTo(vacancy);
        vacancy.Findings = Encode(values.Findings);
        vacancy.Status = values.Findings.Count == 0 ? VacancyStatus.Published : VacancyStatus.Held;
        db.Add(vacancy);
        await db.SaveChangesAsync(ct);
        matches.Invalidate();
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(Vacancy), vacancy.Id.ToString(), detail: $"{vacancy.Title} {vacancy.Status}", cancellationToken: ct);
        return Outcome<VacancyView>.Ok((await ViewsAsync([vacancy], ct)).Single());
    }

    /// <summary>
    /// Corrects a vacancy; the check runs again. A vacancy an officer cleared stays published while
    /// it says nothing the officer has not seen; anything new holds it again.
    /// </summary>
    public async Task<Outcome<VacancyView>> UpdateAsync(Guid id, VacancyInput input, Actor actor, CancellationToken ct = default)
    {
        var vacancy = await db.Set<Vacancy>().FirstOrDefaultAsync(v => v.Id == id, ct);
        if (vacancy is null)
        {
            return Outcome<VacancyView>.Fail(Inputs.Error("id", "该岗位不存在，或不在您的管辖范围内"));
        }

        if (vacancy.Status == VacancyStatus.Closed)
        {
            return Outcome<VacancyView>.Fail(Inputs.Error("status", "岗位已关闭，不能再修改"));
        }

        var (values, errors) = await CheckAsync(input, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<VacancyView>.Fail(errors);
        }

        values!.ApplyTo(vacancy);
        var findings = Encode(values.Findings);
        var seen = vacancy.ReviewedBy is not null && vacancy.Status == VacancyStatus.Published && findings.All(vacancy.Findings.Contains);
        vacancy.Status = findings.Count == 0 || seen ? VacancyStatus.Published : VacancyStatus.Held;
        if (!seen)
        {
            vacancy.Findings = findings;
        }

        vacancy.UpdatedBy = actor.UserName;
        vacancy.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        matches.Invalidate();
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Vacancy), vacancy.Id.ToString(), detail: $"{vacancy.Title} {vacancy.Status}", cancellationToken: ct);
        return Outcome<VacancyView>.Ok((await ViewsAsync([vacancy], ct)).Single());
    }

    /// <summary>An officer clears a held vacancy (published) or rejects it (closed with the reason); who, when and why are kept.</summary>
    public async Task<Outcome<VacancyView>> ReviewAsync(Guid id, ReviewInput input, Actor actor, CancellationToken ct = default)
    {
        var vacancy = await db.Set<Vacancy>().FirstOrDefaultAsync(v => v.Id == id, ct);
        if (vacancy is null)
        {
            return Outcome<VacancyView>.Fail(Inputs.Error("id", "该岗位不存在，或不在您的管辖范围内"));
        }

        if (!actor.Can(EmploymentPermissions.Review))
        {
            return Outcome<VacancyView>.Fail(Inputs.Error("decision", "您没有审核岗位的权限"));
        }

        var errors = new FieldErrors();
        if (vacancy.Status != VacancyStatus.Held)
        {
            errors.Add("status", "该岗位不在待审核状态");
        }

        var note = input.Note?.Trim();
        if (input.Decision is not ("clear" or "reject"))
        {
            errors.Add("decision", "请选择审核结果：clear（通过发布）或 reject（驳回）");
        }
        else if (input.Decision == "reject" && string.IsNullOrEmpty(note))
        {
            errors.Add("note", "驳回须写明理由，如“要求限男性，违反《就业促进法》第二十七条”");
        }

        if (note?.Length > 500)
        {
            errors.Add("note", "审核意见不超过500字");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<VacancyView>.Fail(errors);
        }

        vacancy.Status = input.Decision == "clear" ? VacancyStatus.Published : VacancyStatus.Closed;
        vacancy.ReviewedBy = actor.UserName;
        vacancy.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        vacancy.ReviewNote = string.IsNullOrEmpty(note) ? null : note;
        await db.SaveChangesAsync(ct);
        matches.Invalidate();
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Vacancy), vacancy.Id.ToString(), detail: $"review {input.Decision}: {note}", cancellationToken: ct);
        return Outcome<VacancyView>.Ok((await ViewsAsync([vacancy], ct)).Single());
    }

    /// <summary>Closes a vacancy that is filled or withdrawn.</summary>
    public async Task<Outcome<VacancyView>> CloseAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var vacancy = await db.Set<Vacancy>().FirstOrDefaultAsync(v => v.Id == id, ct);
        if (vacancy is null)
        {
            return Outcome<VacancyView>.Fail(Inputs.Error("id", "该岗位不存在，或不在您的管辖范围内"));
        }

        if (vacancy.Status == VacancyStatus.Closed)
        {
            return Outcome<VacancyView>.Fail(Inputs.Error("status", "岗位已关闭"));
        }

        vacancy.Status = VacancyStatus.Closed;
        vacancy.UpdatedBy = actor.UserName;
        vacancy.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        matches.Invalidate();
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Vacancy), vacancy.Id.ToString(), detail: $"{vacancy.Title} closed", cancellationToken: ct);
        return Outcome<VacancyView>.Ok((await ViewsAsync([vacancy], ct)).Single());
    }

    private sealed record Values(
        string Title, Guid EmployerId, string OccupationCode, int Headcount, int WageMin, int WageMax, WageUnit WageUnit, WorkSchedule Schedule,
        double Longitude, double Latitude, string RegionCode, string? Address, List<string> Skills, Education Education, int ExperienceYears,
        string? Requirements, List<string> SuitsDisabilities, bool AccessibleWorkplace, DateOnly PostedOn, DateOnly ExpiresOn,
        IReadOnlyList<DiscriminationFinding> Findings)
    {
        public void ApplyTo(Vacancy v)
        {
            v.Title = Title;
            v.EmployerId = EmployerId;
            v.OccupationCode = OccupationCode;
            v.Headcount = Headcount;
            v.WageMin = WageMin;
            v.WageMax = WageMax;
            v.WageUnit = WageUnit;
            v.Schedule = Schedule;
            v.Longitude = Longitude;
            v.Latitude = Latitude;
            v.RegionCode = RegionCode;
            v.Address = Address;
            v.Skills = Skills;
            v.Education = Education;
            v.ExperienceYears = ExperienceYears;
            v.Requirements = Requirements;
            v.SuitsDisabilities = SuitsDisabilities;
            v.AccessibleWorkplace = AccessibleWorkplace;
            v.PostedOn = PostedOn;
            v.ExpiresOn = ExpiresOn;
        }
    }

    private async Task<(Values? Values, FieldErrors Errors)> CheckAsync(VacancyInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 40)
        {
            errors.Add("title", "请填写岗位名称（不超过40字），如“普工”“餐厅服务员”");
        }

        var employer = input.EmployerId is { } employerId ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == employerId, ct) : null;
        if (input.EmployerId is null)
        {
            errors.Add("employerId", "请选择用人单位");
        }
        else if (employer is null)
        {
            errors.Add("employerId", "该用人单位不存在，或不在您的管辖范围内");
        }

        var occupationCode = input.OccupationCode?.Trim();
        if (string.IsNullOrEmpty(occupationCode))
        {
            errors.Add("occupationCode", "请选择职业（职业分类大典编码，如 4-07-05-01 保安员）");
        }
        else if (!await db.Set<Occupation>().AnyAsync(o => o.Code == occupationCode, ct))
        {
            errors.Add("occupationCode", $"职业编码“{occupationCode}”不在职业分类中");
        }

        if (input.Headcount is not (>= 1 and <= MaxHeadcount))
        {
            errors.Add("headcount", $"招聘人数应为1～{MaxHeadcount}人");
        }

        var unit = input.WageUnit ?? WageUnit.Month;
        var (floor, ceiling, unitName) = Inputs.WageRange(unit);
        if (input.WageMin is not { } wageMin || wageMin < floor || wageMin > ceiling)
        {
            errors.Add("wageMin", $"最低工资应为{floor}～{ceiling}{unitName}");
        }

        if (input.WageMax is not { } wageMax || wageMax < floor || wageMax > ceiling)
        {
            errors.Add("wageMax", $"最高工资应为{floor}～{ceiling}{unitName}");
        }
        else if (input.WageMin is { } min && min > wageMax)
        {
            errors.Add("wageMax", $"工资范围上下颠倒：最低{min}{unitName}高于最高{wageMax}{unitName}");
        }

        // The employer's position is the work place unless the post is elsewhere.
        var longitude = input.Longitude ?? employer?.Longitude;
        var latitude = input.Latitude ?? employer?.Latitude;
        if (longitude is not { } lon || latitude is not { } lat)
        {
            errors.Add("location", "请填写工作地点的经纬度（用人单位没有登记位置）");
        }
        else
        {
            Inputs.CheckInChina(errors, "工作地点", lon, lat);
        }

        var regionCode = string.IsNullOrWhiteSpace(input.RegionCode) ? employer?.RegionCode : input.RegionCode.Trim();
        if (regionCode is null)
        {
            if (employer is not null)
            {
                errors.Add("regionCode", "请选择工作地点所在区划");
            }
        }
        else
        {
            await ScopedRegion.CheckAsync(db, regionCode, "regionCode", errors, ct);
        }

        var address = input.Address?.Trim();
        if (address?.Length > 100)
        {
            errors.Add("address", "工作地点不超过100字");
        }

        var skills = Inputs.Clean(input.Skills);
        if (skills.Count > 12 || skills.Any(s => s.Length > 20))
        {
            errors.Add("skills", "技能最多12项，每项不超过20字");
        }

        if (input.Education is { } education && !Enum.IsDefined(education))
        {
            errors.Add("education", "学历要求应为 any、junior、senior、college 或 bachelor");
        }

        if (input.ExperienceYears is < 0 or > 40)
        {
            errors.Add("experienceYears", "工作经验要求应为0～40年（0为不限）");
        }

        var requirements = input.Requirements?.Trim();
        if (requirements?.Length > 1000)
        {
            errors.Add("requirements", "任职要求不超过1000字");
        }

        var suits = Inputs.Clean(input.SuitsDisabilities);
        foreach (var unknown in suits.Where(c => !VacancyTerms.DisabilityCategories.Any(d => d.Code == c)))
        {
            errors.Add("suitsDisabilities", $"没有“{unknown}”这类残疾，应为 {string.Join("、", VacancyTerms.DisabilityCategories.Select(d => d.Code))}");
        }

        var today = ShanghaiTime.Today(clock);
        var posted = input.PostedOn ?? today;
        if (posted < today.AddYears(-1) || posted > today.AddDays(DefaultDays))
        {
            errors.Add("postedOn", $"发布日期应在一年前到{DefaultDays}天后之间");
        }

        var expires = input.ExpiresOn ?? posted.AddDays(DefaultDays);
        if (expires < posted)
        {
            errors.Add("expiresOn", $"截止日期{Tr.Date(expires)}早于发布日期{Tr.Date(posted)}");
        }
        else if (expires > posted.AddYears(1))
        {
            errors.Add("expiresOn", "招聘期最长一年");
        }

        if (input.Schedule is { } schedule && !Enum.IsDefined(schedule))
        {
            errors.Add("schedule", "用工形式应为 full-time、part-time 或 gig");
        }

        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        var findings = DiscriminationCheck.Scan([title, requirements, .. skills]);
        return (new Values(
            title!, employer!.Id, occupationCode!, input.Headcount!.Value, input.WageMin!.Value, input.WageMax!.Value, unit, input.Schedule ?? WorkSchedule.FullTime,
            longitude!.Value, latitude!.Value, regionCode!, string.IsNullOrEmpty(address) ? null : address, skills, input.Education ?? Education.Any,
            input.ExperienceYears ?? 0, string.IsNullOrEmpty(requirements) ? null : requirements, suits, input.AccessibleWorkplace ?? false, posted, expires, findings), errors);
    }

    private async Task<List<VacancyView>> ViewsAsync(IReadOnlyList<Vacancy> vacancies, CancellationToken ct)
    {
        var today = ShanghaiTime.Today(clock);
        var employerIds = vacancies.Select(v => v.EmployerId).Distinct().ToList();
        var codes = vacancies.Select(v => v.OccupationCode).Distinct().ToList();
        var regionCodes = vacancies.Select(v => v.RegionCode).Distinct().ToList();

        // Names only: a vacancy in scope shows its employer's name even when the employer is registered elsewhere.
        var employers = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => employerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var occupations = await db.Set<Occupation>().AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        var regions = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return vacancies.Select(v =>
        {
            var findings = Decode(v.Findings);
            var status = v.Status == VacancyStatus.Published && v.ExpiresOn < today ? VacancyStatus.Expired : v.Status;
            return new VacancyView(
                v.Id, v.Title, v.EmployerId, employers.GetValueOrDefault(v.EmployerId) ?? "", v.OccupationCode, occupations.GetValueOrDefault(v.OccupationCode) ?? v.OccupationCode,
                v.Headcount, v.WageMin, v.WageMax, v.WageUnit, v.Schedule, v.Longitude, v.Latitude, v.RegionCode, regions.GetValueOrDefault(v.RegionCode) ?? v.RegionCode,
                v.Address, v.Skills, v.Education, v.ExperienceYears, v.Requirements, v.SuitsDisabilities, v.AccessibleWorkplace, v.PostedOn, v.ExpiresOn, status,
                findings.Select(f => f.Flag).Distinct().ToList(), findings, v.ReviewedBy, v.ReviewedAt, v.ReviewNote, v.CreatedBy, v.CreatedAt);
        }).ToList();
    }

    private static List<string> Encode(IReadOnlyList<DiscriminationFinding> findings) => findings.Select(f => $"{f.Flag}|{f.Phrase}").ToList();

    private static List<DiscriminationFinding> Decode(IEnumerable<string> findings) =>
        findings.Select(f => f.Split('|', 2)).Where(p => p.Length == 2).Select(p => new DiscriminationFinding(p[0], p[1])).ToList();
}
