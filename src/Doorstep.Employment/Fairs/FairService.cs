using System.Globalization;
using Doorstep.Employment.Employers;
using Doorstep.Employment.Occupations;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;
using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Fairs;

/// <summary>A fair as a specialist plans it; times as typed (09:00), the region where it is held.</summary>
public sealed record FairInput(
    string? Title = null, FairKind? Kind = null, DateOnly? Date = null, string? StartsAt = null, string? EndsAt = null, string? Address = null,
    string? RegionCode = null, double? Longitude = null, double? Latitude = null, IReadOnlyList<string>? Organisers = null,
    IReadOnlyList<TargetGroup>? TargetGroups = null, string? Note = null);

/// <summary>An employer's part in a fair: its booth and the vacancies it brings (its own, open on the day).</summary>
public sealed record FairEmployerInput(string? Booth = null, IReadOnlyList<Guid>? VacancyIds = null);

/// <summary>A fair in a list, with its headline figures.</summary>
public sealed record FairSummary(
    Guid Id, string Title, FairKind Kind, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string Address, string RegionCode, string RegionName,
    IReadOnlyList<string> Organisers, IReadOnlyList<TargetGroup> TargetGroups, int Employers, int Posts, int Visitors, int Hires);

public sealed record FairVacancyView(
    Guid VacancyId, string Title, string OccupationCode, string OccupationName, int Headcount, int WageMin, int WageMax, WageUnit WageUnit,
    IReadOnlyList<string> SuitsDisabilities, bool AccessibleWorkplace)
{
    public bool SuitsDisabled => SuitsDisabilities.Count > 0;
}

public sealed record FairEmployerView(Guid EmployerId, string Name, string Industry, string? Booth, IReadOnlyList<FairVacancyView> Vacancies)
{
    public int Posts => Vacancies.Sum(v => v.Headcount);
}

/// <summary>One fair with its employers and the vacancies they bring.</summary>
public sealed record FairView(
    Guid Id, string Title, FairKind Kind, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string Address, string RegionCode, string RegionName,
    double? Longitude, double? Latitude, IReadOnlyList<string> Organisers, IReadOnlyList<TargetGroup> TargetGroups, string? Note,
    IReadOnlyList<FairEmployerView> Employers, string CreatedBy, DateTime CreatedAt, string UpdatedBy, DateTime UpdatedAt);

/// <summary>
/// The fair's report: firms, posts (headcount) and those suitable for disabled people, visitors,
/// intents (every outcome, since an interview or a hire began as one), interviews, hires, and
/// hires by the visitor's target groups (a visitor in two groups counts in both; every group is listed).
/// </summary>
public sealed record FairReport(
    int Employers, int Posts, int PostsSuitableForDisabled, int Visitors, int Intents, int Interviews, int Hires, IReadOnlyDictionary<string, int> HiresByGroup);

/// <summary>Filters of the fair list; when is <c>upcoming</c> (today or later) or <c>past</c>.</summary>
public sealed record FairQuery(string? Q = null, FairKind? Kind = null, string? Region = null, string? When = null, int Page = 1, int PageSize = 20);

/// <summary>Job fairs: planned in the caller's regions, employers and their vacancies taking part, and the report; every write audited.</summary>
public sealed class FairService(DoorstepDb db, AuditLog audit, TimeProvider clock)
{
    public const int MaxTitle = 60;
    public const int MaxOrganisers = 5;

    /// <summary>A night fair opens in the evening, when day workers can come.</summary>
    public static readonly TimeOnly NightFairEarliest = new(17, 0);

    public async Task<Page<FairSummary>> SearchAsync(FairQuery query, CancellationToken ct = default)
    {
        var fairs = db.Set<JobFair>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            fairs = fairs.Where(f => f.Title.Contains(q) || f.Address.Contains(q));
        }

        if (query.Kind is { } kind)
        {
            fairs = fairs.Where(f => f.Kind == kind);
        }

        if (!string.IsNullOrEmpty(query.Region) && Kernel.RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            fairs = fairs.Where(f => f.RegionCode.StartsWith(prefix));
        }

        var today = ShanghaiTime.Today(clock);
        fairs = query.When switch
        {
            "upcoming" => fairs.Where(f => f.Date >= today),
            "past" => fairs.Where(f => f.Date < today),
            _ => fairs,
        };

        return await fairs.OrderByDescending(f => f.Date).ThenByDescending(f => f.StartsAt).ThenByDescending(f => f.CreatedAt)
            .ToPageAsync(query.Page, query.PageSize, 500, SummariesAsync, ct);
    }

    private async Task<List<FairSummary>> SummariesAsync(List<JobFair> rows, CancellationToken ct)
    {
        var ids = rows.Select(f => f.Id).ToList();
        var employers = await db.Set<FairEmployer>().AsNoTracking().Where(e => ids.Contains(e.FairId)).GroupBy(e => e.FairId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var posts = await db.Set<FairVacancy>().AsNoTracking().Where(v => ids.Contains(v.FairId))
            .Join(db.Set<Vacancy>().IgnoreQueryFilters(), f => f.VacancyId, v => v.Id, (f, v) => new { f.FairId, v.Headcount })
            .GroupBy(x => x.FairId).Select(g => new { g.Key, Sum = g.Sum(x => x.Headcount) }).ToDictionaryAsync(g => g.Key, g => g.Sum, ct);
        var visitors = await db.Set<FairVisitor>().AsNoTracking().Where(v => ids.Contains(v.FairId)).GroupBy(v => v.FairId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var hires = await db.Set<FairOutcome>().AsNoTracking().Where(o => ids.Contains(o.FairId) && o.Stage == FairStage.Hired).GroupBy(o => o.FairId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var regions = await RegionNamesAsync(rows.Select(f => f.RegionCode), ct);
        return [.. rows.Select(f => new FairSummary(
            f.Id, f.Title, f.Kind, f.Date, f.StartsAt, f.EndsAt, f.Address, f.RegionCode, regions.GetValueOrDefault(f.RegionCode, f.RegionCode), f.Organisers, f.TargetGroups,
            employers.GetValueOrDefault(f.Id), posts.GetValueOrDefault(f.Id), visitors.GetValueOrDefault(f.Id), hires.GetValueOrDefault(f.Id)))];
    }

    /// <summary>Null when the fair does not exist or is held outside the caller's regions.</summary>
    public async Task<FairView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var fair = await db.Set<JobFair>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        return fair is null ? null : await ViewAsync(fair, ct);
    }

    public async Task<Outcome<FairView>> CreateAsync(FairInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var values = await CheckAsync(input, errors, ct);
        if (values is null)
        {
            return Outcome<FairView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var fair = new JobFair { Id = Guid.CreateVersion7(), RegionCode = "", Title = "", Address = "", CreatedBy = actor.UserName, CreatedAt = now, UpdatedBy = actor.UserName, UpdatedAt = now };
        values.ApplyTo(fair);
        db.Add(fair);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(JobFair), fair.Id.ToString(), detail: $"{fair.Kind} {fair.Date:yyyy-MM-dd}", cancellationToken: ct);
        return Outcome<FairView>.Ok(await ViewAsync(fair, ct));
    }

    /// <summary>Corrects a fair; every field is sent again. A fair moved to another region takes its participants, visitors and outcomes with it.</summary>
    public async Task<Outcome<FairView>> UpdateAsync(Guid id, FairInput input, Actor actor, CancellationToken ct = default)
    {
        var fair = await db.Set<JobFair>().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (fair is null)
        {
            return Outcome<FairView>.Fail(Inputs.Error("id", "该招聘会不存在，或不在您的管辖范围内"));
        }

        var errors = new FieldErrors();
        var values = await CheckAsync(input, errors, ct);
        if (values is null)
        {
            return Outcome<FairView>.Fail(errors);
        }

        await using var work = await Work.BeginAsync(db.Database, ct);
        if (values.RegionCode != fair.RegionCode)
        {
            var region = values.RegionCode;
            await db.Set<FairEmployer>().Where(e => e.FairId == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.RegionCode, region), ct);
            await db.Set<FairVacancy>().Where(e => e.FairId == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.RegionCode, region), ct);
            await db.Set<FairVisitor>().Where(e => e.FairId == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.RegionCode, region), ct);
            await db.Set<FairOutcome>().Where(e => e.FairId == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.RegionCode, region), ct);
        }

        values.ApplyTo(fair);
        fair.UpdatedBy = actor.UserName;
        fair.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await work.CommitAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(JobFair), fair.Id.ToString(), detail: $"{fair.Kind} {fair.Date:yyyy-MM-dd}", cancellationToken: ct);
        return Outcome<FairView>.Ok(await ViewAsync(fair, ct));
    }

    /// <summary>Cancels a fair nobody has registered at yet; once visitors came, the fair is part of the record.</summary>
    public async Task<Outcome<bool>> DeleteAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var fair = await db.Set<JobFair>().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (fair is null)
        {
            return Outcome<bool>.Fail(Inputs.Error("id", "该招聘会不存在，或不在您的管辖范围内"));
        }

        var visitors = await db.Set<FairVisitor>().CountAsync(v => v.FairId == id, ct);
        if (visitors > 0)
        {
            return Outcome<bool>.Fail(Inputs.Error("fair", $"已有{visitors}名求职者入场登记，招聘会不能删除"));
        }

        await using var work = await Work.BeginAsync(db.Database, ct);
        await db.Set<FairVacancy>().Where(v => v.FairId == id).ExecuteDeleteAsync(ct);
        await db.Set<FairEmployer>().Where(e => e.FairId == id).ExecuteDeleteAsync(ct);
        db.Remove(fair);
        await db.SaveChangesAsync(ct);
        await work.CommitAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Deleted, nameof(JobFair), id.ToString(), detail: fair.Title, cancellationToken: ct);
        return Outcome<bool>.Ok(true);
    }

    /// <summary>
    /// Puts an employer on the fair with the vacancies it brings, replacing what it brought before.
    /// The employer must be in the caller's regions; each vacancy must be its own, published and
    /// not expired on the fair's day. A vacancy that already has an outcome at the fair stays.
    /// </summary>
    public async Task<Outcome<FairView>> SetEmployerAsync(Guid fairId, Guid employerId, FairEmployerInput input, Actor actor, CancellationToken ct = default)
    {
        var fair = await db.Set<JobFair>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == fairId, ct);
        if (fair is null)
        {
            return Outcome<FairView>.Fail(Inputs.Error("id", "该招聘会不存在，或不在您的管辖范围内"));
        }

        var errors = new FieldErrors();
        if (!await db.Set<Employer>().AnyAsync(e => e.OrganisationId == employerId, ct))
        {
            errors.Add("employerId", "该用人单位不存在，或不在您的管辖范围内");
            return Outcome<FairView>.Fail(errors);
        }

        var booth = input.Booth?.Trim();
        if (booth?.Length > 20)
        {
            errors.Add("booth", "展位号不超过20字");
        }

        var wanted = (input.VacancyIds ?? []).Distinct().ToList();
        var vacancies = await db.Set<Vacancy>().AsNoTracking().Where(v => wanted.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        foreach (var id in wanted)
        {
            if (!vacancies.TryGetValue(id, out var v))
            {
                errors.Add("vacancyIds", $"岗位 {id} 不存在，或不在您的管辖范围内");
            }
            else if (v.EmployerId != employerId)
            {
                errors.Add("vacancyIds", $"岗位“{v.Title}”不是该用人单位的岗位");
            }
            else if (v.Status != VacancyStatus.Published)
            {
                errors.Add("vacancyIds", $"岗位“{v.Title}”未发布（{VacancyTerms.Status(v.Status).Zh}），不能带到招聘会");
            }
            else if (v.ExpiresOn < fair.Date)
            {
                errors.Add("vacancyIds", $"岗位“{v.Title}”在招聘会当天（{Tr.Date(fair.Date)}）已过期");
            }
        }

        var brought = await db.Set<FairVacancy>().Where(v => v.FairId == fairId && v.EmployerId == employerId).ToListAsync(ct);
        var dropped = brought.Where(b => !wanted.Contains(b.VacancyId)).Select(b => b.VacancyId).ToList();
        var kept = await db.Set<FairOutcome>().Where(o => o.FairId == fairId && dropped.Contains(o.VacancyId)).Select(o => o.VacancyId).Distinct().ToListAsync(ct);
        if (kept.Count > 0)
        {
            errors.Add("vacancyIds", $"有{kept.Count}个岗位已记录了求职者的意向、面试或录用，不能从招聘会撤下");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<FairView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var participant = await db.Set<FairEmployer>().FirstOrDefaultAsync(e => e.FairId == fairId && e.EmployerId == employerId, ct);
        if (participant is null)
        {
            participant = new FairEmployer { FairId = fairId, EmployerId = employerId, RegionCode = fair.RegionCode, UpdatedBy = actor.UserName };
            db.Add(participant);
        }

        participant.Booth = string.IsNullOrEmpty(booth) ? null : booth;
        participant.UpdatedBy = actor.UserName;
        participant.UpdatedAt = now;
        db.RemoveRange(brought.Where(b => dropped.Contains(b.VacancyId)));
        foreach (var id in wanted.Except(brought.Select(b => b.VacancyId)))
        {
            db.Add(new FairVacancy { FairId = fairId, VacancyId = id, EmployerId = employerId, RegionCode = fair.RegionCode });
        }

        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(JobFair), fairId.ToString(), detail: $"employer {employerId}: {wanted.Count} vacancies", cancellationToken: ct);
        return Outcome<FairView>.Ok(await ViewAsync(fair, ct));
    }

    /// <summary>Takes an employer off the fair, unless a visitor's outcome with one of its vacancies is on record.</summary>
    public async Task<Outcome<FairView>> RemoveEmployerAsync(Guid fairId, Guid employerId, Actor actor, CancellationToken ct = default)
    {
        var outcome = await SetEmployerAsync(fairId, employerId, new FairEmployerInput(), actor, ct);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        await db.Set<FairEmployer>().Where(e => e.FairId == fairId && e.EmployerId == employerId).ExecuteDeleteAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Deleted, nameof(FairEmployer), $"{fairId}/{employerId}", cancellationToken: ct);
        return Outcome<FairView>.Ok((await GetAsync(fairId, ct))!);
    }

    /// <summary>Null when the fair does not exist or is held outside the caller's regions.</summary>
    public async Task<FairReport?> ReportAsync(Guid id, CancellationToken ct = default)
    {
        if (!await db.Set<JobFair>().AnyAsync(f => f.Id == id, ct))
        {
            return null;
        }

        var employers = await db.Set<FairEmployer>().CountAsync(e => e.FairId == id, ct);
        var vacancies = await db.Set<FairVacancy>().AsNoTracking().Where(f => f.FairId == id)
            .Join(db.Set<Vacancy>().IgnoreQueryFilters(), f => f.VacancyId, v => v.Id, (f, v) => new { v.Headcount, v.SuitsDisabilities }).ToListAsync(ct);
        var visitors = await db.Set<FairVisitor>().CountAsync(v => v.FairId == id, ct);
        var furthest = await db.Set<FairOutcome>().AsNoTracking().Where(o => o.FairId == id)
            .GroupBy(o => o.VisitorId).Select(g => new { Visitor = g.Key, Stage = g.Max(o => o.Stage) }).ToListAsync(ct);
        var visitorIds = furthest.Select(f => f.Visitor).ToList();
        var groups = await db.Set<FairVisitor>().AsNoTracking().Where(v => visitorIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.TargetGroups, ct);
        return Report(employers, [.. vacancies.Select(v => (v.Headcount, v.SuitsDisabilities.Count > 0))], visitors, [.. furthest.Select(f => (f.Stage, groups[f.Visitor]))]);
    }

    /// <summary>
    /// The report's arithmetic, apart from the database so it can be checked on its own. Intents,
    /// interviews and hires count people, as a fair reports them: each visitor with an outcome once,
    /// at the furthest stage any of their posts reached.
    /// </summary>
    public static FairReport Report(
        int employers, IReadOnlyList<(int Headcount, bool SuitsDisabled)> vacancies, int visitors, IReadOnlyList<(FairStage Furthest, List<TargetGroup> Groups)> people) =>
        new(
            employers, vacancies.Sum(v => v.Headcount), vacancies.Where(v => v.SuitsDisabled).Sum(v => v.Headcount), visitors, people.Count,
            people.Count(p => p.Furthest >= FairStage.Interview), people.Count(p => p.Furthest == FairStage.Hired),
            Enum.GetValues<TargetGroup>().ToDictionary(VacancyTerms.Name, g => people.Count(p => p.Furthest == FairStage.Hired && p.Groups.Contains(g))));

    private sealed record Values(
        string Title, FairKind Kind, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string Address, string RegionCode, double? Longitude, double? Latitude,
        List<string> Organisers, List<TargetGroup> TargetGroups, string? Note)
    {
        public void ApplyTo(JobFair f)
        {
            f.Title = Title;
            f.Kind = Kind;
            f.Date = Date;
            f.StartsAt = StartsAt;
            f.EndsAt = EndsAt;
            f.Address = Address;
            f.RegionCode = RegionCode;
            f.Longitude = Longitude;
            f.Latitude = Latitude;
            f.Organisers = Organisers;
            f.TargetGroups = TargetGroups;
            f.Note = Note;
        }
    }

    private async Task<Values?> CheckAsync(FairInput input, FieldErrors errors, CancellationToken ct)
    {
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors.Add("title", "请填写招聘会名称，如“天元区2024年残疾人专场招聘会”");
        }
        else if (title.Length > MaxTitle)
        {
            errors.Add("title", $"招聘会名称不超过{MaxTitle}字");
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("kind", "请选择招聘会类型：regular（综合）、disabled（残疾人专场）、returnee（返乡人员专场）、night（夜市）或 market-day（赶集）");
            kind = FairKind.Regular;
        }

        var today = ShanghaiTime.Today(clock);
        if (input.Date is not { } date)
        {
            errors.Add("date", "请填写举办日期");
        }
        else if (date < today.AddYears(-2) || date > today.AddYears(1))
        {
            errors.Add("date", "举办日期应在两年前到一年后之间");
        }

        var starts = Time(input.StartsAt, "startsAt", "开始时间", errors);
        var ends = Time(input.EndsAt, "endsAt", "结束时间", errors);
        if (starts is { } s && ends is { } e)
        {
            if (e <= s)
            {
                errors.Add("endsAt", $"结束时间（{e:HH\\:mm}）应晚于开始时间（{s:HH\\:mm}）");
            }
            else if (kind == FairKind.Night && s < NightFairEarliest)
            {
                errors.Add("startsAt", $"夜市招聘会应在{NightFairEarliest:HH\\:mm}以后开始（现为{s:HH\\:mm}）");
            }
        }

        var address = input.Address?.Trim() ?? "";
        if (address.Length == 0)
        {
            errors.Add("address", "请填写举办地点");
        }
        else if (address.Length > 200)
        {
            errors.Add("address", "举办地点不超过200字");
        }

        var region = (await ScopedRegion.CheckAsync(db, input.RegionCode, "regionCode", "请选择举办地所在区划", errors, ct))?.Value;

        if (input.Longitude is null != input.Latitude is null)
        {
            errors.Add("location", "经度和纬度应同时填写，或都不填");
        }
        else if (input.Longitude is { } lon && input.Latitude is { } lat)
        {
            Inputs.CheckInChina(errors, "举办地点", lon, lat);
        }

        var organisers = Inputs.Clean(input.Organisers);
        if (organisers.Count == 0)
        {
            errors.Add("organisers", "请填写主办单位，如“天元区人力资源和社会保障局”");
        }
        else if (organisers.Count > MaxOrganisers || organisers.Any(o => o.Length > 50))
        {
            errors.Add("organisers", $"主办/承办单位最多{MaxOrganisers}个，每个不超过50字");
        }

        var groups = (input.TargetGroups ?? []).Distinct().ToList();
        if (groups.Any(g => !Enum.IsDefined(g)))
        {
            errors.Add("targetGroups", "重点群体应为 returnee、poverty-relieved、disabled、graduate 或 employment-difficulty");
        }

        // A special fair is for its group whether or not the box was ticked.
        if (kind == FairKind.Disabled && !groups.Contains(TargetGroup.Disabled))
        {
            groups.Add(TargetGroup.Disabled);
        }
        else if (kind == FairKind.Returnee && !groups.Contains(TargetGroup.Returnee))
        {
            groups.Add(TargetGroup.Returnee);
        }

        var note = input.Note?.Trim();
        if (note?.Length > 500)
        {
            errors.Add("note", "备注不超过500字");
        }

        return errors.IsEmpty
            ? new Values(title, kind, input.Date!.Value, starts!.Value, ends!.Value, address, region!, input.Longitude, input.Latitude, organisers, [.. groups.Order()],
                string.IsNullOrEmpty(note) ? null : note)
            : null;
    }

    private static TimeOnly? Time(string? text, string field, string what, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"请填写{what}，如 09:00");
            return null;
        }

        if (TimeOnly.TryParseExact(text.Trim(), ["H:mm", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(field, $"{what}“{text}”应写成时:分，如 09:00");
        return null;
    }

    private async Task<FairView> ViewAsync(JobFair f, CancellationToken ct)
    {
        var participants = await db.Set<FairEmployer>().AsNoTracking().Where(e => e.FairId == f.Id).ToListAsync(ct);
        var employerIds = participants.Select(p => p.EmployerId).ToList();
        var names = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => employerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var industries = await db.Set<Employer>().IgnoreQueryFilters().AsNoTracking().Where(e => employerIds.Contains(e.OrganisationId))
            .ToDictionaryAsync(e => e.OrganisationId, e => e.Industry, ct);
        var vacancies = await db.Set<FairVacancy>().AsNoTracking().Where(v => v.FairId == f.Id)
            .Join(db.Set<Vacancy>().IgnoreQueryFilters(), fv => fv.VacancyId, v => v.Id, (fv, v) => v).ToListAsync(ct);
        var occupations = await OccupationNamesAsync(vacancies.Select(v => v.OccupationCode), ct);
        var regions = await RegionNamesAsync([f.RegionCode], ct);
        var employers = participants
            .Select(p => new FairEmployerView(
                p.EmployerId, names.GetValueOrDefault(p.EmployerId, ""), industries.GetValueOrDefault(p.EmployerId, ""), p.Booth,
                [.. vacancies.Where(v => v.EmployerId == p.EmployerId).OrderBy(v => v.Title).Select(v => new FairVacancyView(
                    v.Id, v.Title, v.OccupationCode, occupations.GetValueOrDefault(v.OccupationCode, v.OccupationCode), v.Headcount, v.WageMin, v.WageMax, v.WageUnit,
                    v.SuitsDisabilities, v.AccessibleWorkplace))]))
            .OrderBy(e => e.Booth ?? "~").ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
        return new FairView(
            f.Id, f.Title, f.Kind, f.Date, f.StartsAt, f.EndsAt, f.Address, f.RegionCode, regions.GetValueOrDefault(f.RegionCode, f.RegionCode), f.Longitude, f.Latitude,
            f.Organisers, f.TargetGroups, f.Note, employers, f.CreatedBy, f.CreatedAt, f.UpdatedBy, f.UpdatedAt);
    }

    private async Task<Dictionary<string, string>> OccupationNamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var wanted = codes.Distinct().ToList();
        return await db.Set<Occupation>().AsNoTracking().Where(o => wanted.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
    }

    private async Task<Dictionary<string, string>> RegionNamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var wanted = codes.Distinct().ToList();
        return await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => wanted.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
    }
}
