using Doorstep.Employment.Employers;
using Doorstep.Employment.Matching;
using Doorstep.Employment.Occupations;
using Doorstep.Employment.Seekers;
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

namespace Doorstep.Employment.Fairs;

/// <summary>A walk-in's registration: five things, typed on a phone at the entrance.</summary>
public sealed record FairVisitorInput(
    string? IdNumber = null, string? Name = null, string? Phone = null, IReadOnlyList<TargetGroup>? TargetGroups = null, string? WishedOccupation = null);

/// <summary>One outcome as recorded: a registered visitor, a vacancy of the fair, the stage reached.</summary>
public sealed record FairOutcomeInput(Guid? VisitorId = null, Guid? VacancyId = null, FairStage? Stage = null);

/// <summary>A visitor with the ID number and phone masked; whether they are in the registry and on file as a seeker; their outcomes.</summary>
public sealed record FairVisitorView(
    Guid Id, Guid FairId, string Name, string IdNumber, string Phone, int Age, IReadOnlyList<TargetGroup> TargetGroups, string? WishedOccupation,
    string? WishedOccupationName, string? Disability, Guid? PersonId, Guid? SeekerId, string RegisteredBy, DateTime RegisteredAt, IReadOnlyList<FairOutcomeView> Outcomes);

public sealed record FairOutcomeView(Guid Id, Guid VisitorId, Guid VacancyId, string VacancyTitle, string EmployerName, FairStage Stage, string UpdatedBy, DateTime UpdatedAt);

/// <summary>A vacancy of the fair ranked for a visitor, with what the visitor needs to walk to the booth.</summary>
public sealed record FairVacancyMatch(
    Guid VacancyId, double Score, IReadOnlyList<string> Reasons, string Title, string EmployerName, string? Booth, string OccupationName, int WageMin, int WageMax,
    WageUnit WageUnit, WorkSchedule Schedule, int Headcount, bool SuitsDisabled, FairStage? Stage);

/// <summary>The visitors list's filters; q is a name or a full ID number; group by its JSON name.</summary>
public sealed record FairVisitorQuery(string? Q = null, TargetGroup? Group = null, FairStage? Stage = null, int Page = 1, int PageSize = 50);

/// <summary>
/// The fair's door and floor: walk-in registration (linked to the registry and the seeker record when
/// the ID number is known in the caller's regions), each visitor's on-site matching list, and the
/// outcomes with the fair's vacancies. Sensitive numbers are sealed and masked as the registry keeps them.
/// </summary>
public sealed class FairVisitorService(DoorstepDb db, RegistryLookup registry, FieldProtector protector, AuditLog audit, TimeProvider clock)
{
    public const int MaxName = 20;

    /// <summary>A visitor whose home is not on file is taken to come from the fair; this is how far they are taken to go.</summary>
    public const int WalkInCommuteMeters = SeekerService.DefaultCommuteMeters;

    public async Task<Outcome<FairVisitorView>> RegisterAsync(Guid fairId, FairVisitorInput input, Actor actor, CancellationToken ct = default)
    {
        var fair = await db.Set<JobFair>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == fairId, ct);
        if (fair is null)
        {
            return Outcome<FairVisitorView>.Fail(Inputs.Error("fairId", "该招聘会不存在，或不在您的管辖范围内"));
        }

        var errors = new FieldErrors();
        CitizenId? citizen = null;
        if (string.IsNullOrWhiteSpace(input.IdNumber))
        {
            errors.Add("idNumber", "请填写身份证号码");
        }
        else if (!CitizenId.TryParse(input.IdNumber.Trim(), out citizen, out var idError))
        {
            errors.Add("idNumber", idError);
        }
        else if (citizen.AgeOn(ShanghaiTime.Today(clock)) < SeekerService.MinAge)
        {
            errors.Add("idNumber", $"未满{SeekerService.MinAge}周岁，不能登记求职");
        }

        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add("name", "请填写姓名");
        }
        else if (name.Length > MaxName)
        {
            errors.Add("name", $"姓名不超过{MaxName}字");
        }

        Phone? phone = null;
        if (string.IsNullOrWhiteSpace(input.Phone))
        {
            errors.Add("phone", "请填写联系电话，便于企业通知面试");
        }
        else if (!Kernel.Phone.TryParse(input.Phone.Trim(), out phone, out var phoneError))
        {
            errors.Add("phone", phoneError);
        }

        var groups = (input.TargetGroups ?? []).Distinct().ToList();
        if (groups.Any(g => !Enum.IsDefined(g)))
        {
            errors.Add("targetGroups", "重点群体应为 returnee、poverty-relieved、disabled、graduate 或 employment-difficulty");
        }

        var wished = string.IsNullOrWhiteSpace(input.WishedOccupation) ? null : input.WishedOccupation.Trim();
        if (wished is not null && !await db.Set<Occupation>().AnyAsync(o => o.Code == wished, ct))
        {
            errors.Add("wishedOccupation", $"职业编码“{wished}”不在职业分类中");
        }

        if (citizen is null || !errors.IsEmpty)
        {
            return Outcome<FairVisitorView>.Fail(errors);
        }

        var hash = protector.Hash(citizen.Value);
        if (await db.Set<FairVisitor>().AsNoTracking().FirstOrDefaultAsync(v => v.FairId == fairId && v.IdNumberHash == hash, ct) is { } already)
        {
            errors.Add("idNumber", $"身份证号码 {citizen.Masked} 已于{Time(already.RegisteredAt)}在本场招聘会登记（{already.Name}），不能重复登记");
            return Outcome<FairVisitorView>.Fail(errors);
        }

        var person = await registry.ByIdNumberAsync(citizen, p => p, ct);
        if (person is not null && person.Name != name)
        {
            errors.Add("name", $"居民档案中身份证号码 {citizen.Masked} 的姓名是“{person.Name}”，与填写的“{name}”不一致，请核对身份证");
            return Outcome<FairVisitorView>.Fail(errors);
        }

        var seekerId = person is null ? null : await db.Set<Seeker>().AsNoTracking().Where(s => s.PersonId == person.Id).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
        if (person is not null)
        {
            // The registry proves these; a ticked 残疾人 without a certificate stays as declared.
            groups = [.. groups.Where(g => g != TargetGroup.Disabled || person.DisabilityCategory is null)];
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
        }

        var visitor = new FairVisitor
        {
            Id = Guid.CreateVersion7(), FairId = fairId, RegionCode = fair.RegionCode, PersonId = person?.Id, SeekerId = seekerId, Name = name,
            IdNumberCipher = protector.Protect(citizen.Value), IdNumberHash = hash, IdNumberMasked = citizen.Masked,
            PhoneCipher = protector.Protect(phone!.Value), PhoneMasked = phone.Masked, TargetGroups = [.. groups.Distinct().Order()], WishedOccupation = wished,
            Disability = SeekerTerms.DisabilityCode(person?.DisabilityCategory), RegisteredBy = actor.UserName, RegisteredAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(visitor);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(FairVisitor), visitor.Id.ToString(), detail: $"fair {fairId}", cancellationToken: ct);
        return Outcome<FairVisitorView>.Ok((await ViewsAsync([visitor], ct)).Single());
    }

    /// <summary>Null when the fair does not exist or is held outside the caller's regions; newest registration first.</summary>
    public async Task<Page<FairVisitorView>?> SearchAsync(Guid fairId, FairVisitorQuery query, CancellationToken ct = default)
    {
        if (!await db.Set<JobFair>().AnyAsync(f => f.Id == fairId, ct))
        {
            return null;
        }

        var visitors = db.Set<FairVisitor>().AsNoTracking().Where(v => v.FairId == fairId);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            if (CitizenId.TryParse(q, out var citizen, out _))
            {
                var hash = protector.Hash(citizen.Value);
                visitors = visitors.Where(v => v.IdNumberHash == hash);
            }
            else
            {
                visitors = visitors.Where(v => v.Name.Contains(q));
            }
        }

        if (query.Group is { } group)
        {
            visitors = visitors.Where(v => v.TargetGroups.Contains(group));
        }

        if (query.Stage is { } stage)
        {
            var reached = db.Set<FairOutcome>().Where(o => o.FairId == fairId && o.Stage == stage).Select(o => o.VisitorId);
            visitors = visitors.Where(v => reached.Contains(v.Id));
        }

        return await visitors.OrderByDescending(v => v.RegisteredAt).ThenByDescending(v => v.Id).ToPageAsync(query.Page, query.PageSize, 10_000, ViewsAsync, ct);
    }

    public async Task<FairVisitorView?> GetAsync(Guid fairId, Guid visitorId, CancellationToken ct = default) =>
        await db.Set<FairVisitor>().AsNoTracking().FirstOrDefaultAsync(v => v.FairId == fairId && v.Id == visitorId, ct) is { } visitor
            ? (await ViewsAsync([visitor], ct)).Single()
            : null;

    /// <summary>The fair's vacancies ranked for the visitor; null when the visitor is not registered at this fair in the caller's regions.</summary>
    public async Task<IReadOnlyList<FairVacancyMatch>?> MatchesAsync(Guid fairId, Guid visitorId, CancellationToken ct = default)
    {
        var visitor = await db.Set<FairVisitor>().AsNoTracking().FirstOrDefaultAsync(v => v.FairId == fairId && v.Id == visitorId, ct);
        if (visitor is null)
        {
            return null;
        }

        var fair = await db.Set<JobFair>().AsNoTracking().FirstAsync(f => f.Id == fairId, ct);
        var seeker = visitor.SeekerId is { } seekerId ? await db.Set<Seeker>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(s => s.Id == seekerId, ct) : null;
        var home = visitor.PersonId is { } personId
            ? await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Longitude, p.Latitude }).FirstOrDefaultAsync(ct)
            : null;
        GeoPoint? origin = seeker is not null ? new GeoPoint(seeker.Longitude, seeker.Latitude)
            : home is { Longitude: { } lon, Latitude: { } lat } ? new GeoPoint(lon, lat)
            : fair is { Longitude: { } flon, Latitude: { } flat } ? new GeoPoint(flon, flat)
            : null;
        List<string> occupations = [.. new[] { visitor.WishedOccupation }.OfType<string>().Concat(seeker?.DesiredOccupations ?? []).Distinct()];
        var facts = new VisitorFacts(
            occupations, seeker?.Skills ?? [], seeker?.Education, seeker?.ExperienceYears, seeker is null ? 0 : Wages.Monthly(seeker.ExpectedWage, seeker.WageUnit),
            seeker?.MaxCommuteMeters ?? WalkInCommuteMeters, origin, visitor.Disability,
            visitor.Disability is null && visitor.TargetGroups.Contains(TargetGroup.Disabled), visitor.TargetGroups);

        var brought = await db.Set<FairVacancy>().AsNoTracking().Where(f => f.FairId == fairId).ToListAsync(ct);
        var ids = brought.Select(b => b.VacancyId).ToList();
        var vacancies = await db.Set<Vacancy>().IgnoreQueryFilters().AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var ranked = FairMatching.Rank(facts, [.. vacancies.Values.Select(VacancyFacts.Of)], fair.TargetGroups);
        var employerIds = brought.Select(b => b.EmployerId).Distinct().ToList();
        var employers = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => employerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var booths = await db.Set<FairEmployer>().AsNoTracking().Where(e => e.FairId == fairId).ToDictionaryAsync(e => e.EmployerId, e => e.Booth, ct);
        var codes = vacancies.Values.Select(v => v.OccupationCode).Distinct().ToList();
        var names = await db.Set<Occupation>().AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        var stages = await db.Set<FairOutcome>().AsNoTracking().Where(o => o.VisitorId == visitorId).ToDictionaryAsync(o => o.VacancyId, o => o.Stage, ct);
        return [.. ranked.Select(m =>
        {
            var v = vacancies[m.VacancyId];
            return new FairVacancyMatch(
                v.Id, m.Score, [.. m.Reasons.Select(r => r.ToString())], v.Title, employers.GetValueOrDefault(v.EmployerId, ""), booths.GetValueOrDefault(v.EmployerId),
                names.GetValueOrDefault(v.OccupationCode, v.OccupationCode), v.WageMin, v.WageMax, v.WageUnit, v.Schedule, v.Headcount, v.SuitsDisabilities.Count > 0,
                stages.TryGetValue(v.Id, out var stage) ? stage : null);
        })];
    }

    /// <summary>
    /// Records how far a visitor got with a vacancy, moving an earlier outcome on (or back, to correct it).
    /// Refused, with every reason and nothing written, unless the visitor registered at this fair and the
    /// vacancy was brought to it.
    /// </summary>
    public async Task<Outcome<FairOutcomeView>> RecordAsync(Guid fairId, FairOutcomeInput input, Actor actor, CancellationToken ct = default)
    {
        if (!await db.Set<JobFair>().AnyAsync(f => f.Id == fairId, ct))
        {
            return Outcome<FairOutcomeView>.Fail(Inputs.Error("fairId", "该招聘会不存在，或不在您的管辖范围内"));
        }

        var errors = new FieldErrors();
        FairVisitor? visitor = null;
        if (input.VisitorId is not { } visitorId)
        {
            errors.Add("visitorId", "请选择入场登记的求职者");
        }
        else if ((visitor = await db.Set<FairVisitor>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == visitorId && v.FairId == fairId, ct)) is null)
        {
            errors.Add("visitorId", "该求职者未在本场招聘会入场登记，请先登记");
        }

        if (input.VacancyId is not { } vacancyId)
        {
            errors.Add("vacancyId", "请选择岗位");
        }
        else if (!await db.Set<FairVacancy>().AnyAsync(v => v.FairId == fairId && v.VacancyId == vacancyId, ct))
        {
            errors.Add("vacancyId", "该岗位不在本场招聘会的参会岗位中");
        }

        if (input.Stage is not { } stage || !Enum.IsDefined(stage))
        {
            errors.Add("stage", "结果应为 intent（达成意向）、interview（面试）或 hired（录用）");
            stage = default;
        }

        if (!errors.IsEmpty)
        {
            return Outcome<FairOutcomeView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = await db.Set<FairOutcome>().FirstOrDefaultAsync(o => o.VisitorId == visitor!.Id && o.VacancyId == input.VacancyId, ct);
        var from = outcome?.Stage;
        if (outcome is null)
        {
            outcome = new FairOutcome
            {
                Id = Guid.CreateVersion7(), FairId = fairId, VisitorId = visitor!.Id, VacancyId = input.VacancyId!.Value, RegionCode = visitor.RegionCode,
                CreatedBy = actor.UserName, CreatedAt = now, UpdatedBy = actor.UserName,
            };
            db.Add(outcome);
        }

        outcome.Stage = stage;
        outcome.UpdatedBy = actor.UserName;
        outcome.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, from is null ? AuditEvents.Created : AuditEvents.Updated, nameof(FairOutcome), outcome.Id.ToString(), detail: $"{from} -> {stage}", cancellationToken: ct);
        return Outcome<FairOutcomeView>.Ok((await OutcomeViewsAsync([outcome], ct)).Single());
    }

    private static string Time(DateTime utc) => $"{Tr.Date(utc)} {ShanghaiTime.ToLocal(utc):HH\\:mm}";

    private async Task<List<FairVisitorView>> ViewsAsync(IReadOnlyList<FairVisitor> visitors, CancellationToken ct)
    {
        var ids = visitors.Select(v => v.Id).ToList();
        var outcomes = await OutcomeViewsAsync(await db.Set<FairOutcome>().AsNoTracking().Where(o => ids.Contains(o.VisitorId)).ToListAsync(ct), ct);
        var codes = visitors.Select(v => v.WishedOccupation).OfType<string>().Distinct().ToList();
        var names = await db.Set<Occupation>().AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        var today = ShanghaiTime.Today(clock);
        return [.. visitors.Select(v => new FairVisitorView(
            v.Id, v.FairId, v.Name, v.IdNumberMasked, v.PhoneMasked, CitizenId.Parse(protector.Unprotect(v.IdNumberCipher)).AgeOn(today), v.TargetGroups, v.WishedOccupation,
            v.WishedOccupation is { } code ? names.GetValueOrDefault(code, code) : null, v.Disability, v.PersonId, v.SeekerId, v.RegisteredBy, v.RegisteredAt,
            [.. outcomes.Where(o => o.VisitorId == v.Id)]))];
    }

    private async Task<List<FairOutcomeView>> OutcomeViewsAsync(IReadOnlyList<FairOutcome> outcomes, CancellationToken ct)
    {
        var vacancyIds = outcomes.Select(o => o.VacancyId).Distinct().ToList();
        var vacancies = await db.Set<Vacancy>().IgnoreQueryFilters().AsNoTracking().Where(v => vacancyIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Title, v.EmployerId }).ToDictionaryAsync(v => v.Id, ct);
        var employerIds = vacancies.Values.Select(v => v.EmployerId).Distinct().ToList();
        var employers = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => employerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return [.. outcomes.Select(o => new FairOutcomeView(
            o.Id, o.VisitorId, o.VacancyId, vacancies[o.VacancyId].Title, employers.GetValueOrDefault(vacancies[o.VacancyId].EmployerId, ""), o.Stage, o.UpdatedBy, o.UpdatedAt))];
    }
}
