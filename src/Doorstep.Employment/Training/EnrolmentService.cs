using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Training;

/// <summary>A registry person for a course, by id or ID number, and whether the place is subsidised (the default).</summary>
public sealed record EnrolmentInput(Guid? PersonId = null, string? IdNumber = null, bool? Subsidised = null);

public sealed record CompletionInput(DateOnly? CompletedOn);

/// <summary>certificateKind skill-level (with certificateLevel 5–1) or special-ability (no level), the number and the date issued.</summary>
public sealed record CertificateInput(CertificateKind? CertificateKind, int? CertificateLevel, string? CertificateNumber, DateOnly? CertifiedOn);

public sealed record EmploymentInput(DateOnly? EmployedOn, string? EmployerName);

public sealed record WithdrawalInput(string? Note);

/// <summary>An enrolment with the person's name and masked ID number and the course's title.</summary>
public sealed record EnrolmentView(
    Guid Id, Guid CourseId, string CourseTitle, Guid PersonId, string Name, string IdNumber, int Age, string RegionCode, string RegionName, bool Subsidised,
    EnrolmentStatus Status, DateOnly? CompletedOn, CertificateKind? CertificateKind, int? CertificateLevel, string? CertificateNumber, DateOnly? CertifiedOn,
    DateOnly? EmployedOn, string? EmployerName, string? Note, string CreatedBy, DateTime CreatedAt, string UpdatedBy, DateTime UpdatedAt);

/// <summary>
/// Enrolments (培训报名) and each trainee's steps: enrol within the places, complete, certify, employed
/// after training, or withdraw. The trainees are read within the caller's regions; a refused step
/// writes nothing; each write is audited.
/// </summary>
public sealed class EnrolmentService(DoorstepDb db, FieldProtector protector, RegistryLookup registry, TrainingSettings settings, AuditLog audit, TimeProvider clock)
{
    public const int MaxCertificateNumber = 40;
    public const int MaxEmployerName = 60;

    /// <summary>The trainees of a course in the caller's regions, by name; q is a name or a full ID number.</summary>
    public async Task<Page<EnrolmentView>> ListAsync(Guid courseId, string? q = null, EnrolmentStatus? status = null, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        var enrolments = db.Set<TrainingEnrolment>().AsNoTracking().Where(e => e.CourseId == courseId);
        var people = db.People;
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            if (CitizenId.TryParse(text, out var citizen, out _))
            {
                var hash = protector.Hash(citizen.Value);
                var found = people.Where(p => p.IdNumberHash == hash).Select(p => p.Id);
                enrolments = enrolments.Where(e => found.Contains(e.PersonId));
            }
            else
            {
                var named = people.Where(p => p.Name.Contains(text)).Select(p => p.Id);
                enrolments = enrolments.Where(e => named.Contains(e.PersonId));
            }
        }

        if (status is { } s)
        {
            enrolments = enrolments.Where(e => e.Status == s);
        }

        return await enrolments.OrderBy(e => people.Where(p => p.Id == e.PersonId).Select(p => p.Name).FirstOrDefault()).ThenBy(e => e.Id)
            .ToPageAsync(page, pageSize, 1_000, ViewsAsync, ct);
    }

    public async Task<EnrolmentView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<TrainingEnrolment>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) is { } enrolment ? (await ViewsAsync([enrolment], ct)).Single() : null;

    /// <summary>
    /// Enrols a person of the actor's regions on a course: once per course, never past its places.
    /// The place is taken on the course row in the same write, which the database checks against
    /// what was read, so the last place goes to one person only.
    /// </summary>
    public async Task<Outcome<EnrolmentView>> EnrolAsync(Guid courseId, EnrolmentInput input, Actor actor, CancellationToken ct = default)
    {
        var course = await db.Set<TrainingCourse>().FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null)
        {
            return Outcome<EnrolmentView>.Fail(Inputs.Error("id", "该培训班不存在"));
        }

        var errors = new FieldErrors();
        var person = await PersonAsync(input, errors, ct);
        if (person is not null && await db.Set<TrainingEnrolment>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(e => e.CourseId == courseId && e.PersonId == person.Id, ct) is { } existing)
        {
            errors.Add(RegistryAsk.Default.FieldFor(input.PersonId),
                $"{person.Name}（{person.IdNumberMasked}）已报名该培训班（{Tr.Date(existing.CreatedAt)}由{existing.CreatedBy}登记），同一人每期只能报名一次");
        }

        if (TrainingRules.Capacity(course.Enrolled, course.Capacity) is { } full)
        {
            errors.Add("capacity", full);
        }

        if (!errors.IsEmpty)
        {
            return Outcome<EnrolmentView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var enrolment = new TrainingEnrolment
        {
            Id = Guid.CreateVersion7(), CourseId = course.Id, PersonId = person!.Id, RegionCode = person.RegionCode, ProviderId = course.ProviderId,
            Subsidised = input.Subsidised ?? true, Status = EnrolmentStatus.Enrolled, CreatedBy = actor.UserName, CreatedAt = now, UpdatedBy = actor.UserName, UpdatedAt = now,
        };
        db.Add(enrolment);
        course.Enrolled++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<EnrolmentView>.Fail(Inputs.Error("capacity", "报名人数刚刚发生变化（有人同时报名），请刷新后重试"));
        }

        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(TrainingEnrolment), enrolment.Id.ToString(), detail: $"course {course.Id}", cancellationToken: ct);
        return Outcome<EnrolmentView>.Ok((await ViewsAsync([enrolment], ct)).Single());
    }

    public Task<Outcome<EnrolmentView>> CompleteAsync(Guid id, CompletionInput input, Actor actor, CancellationToken ct = default) =>
        StepAsync(id, actor, "complete", (e, course, today, errors) =>
        {
            TrainingRules.Completion(errors, e.Status, input.CompletedOn, course.EndsOn, today);
            return () =>
            {
                e.Status = EnrolmentStatus.Completed;
                e.CompletedOn = input.CompletedOn;
            };
        }, ct);

    public Task<Outcome<EnrolmentView>> CertifyAsync(Guid id, CertificateInput input, Actor actor, CancellationToken ct = default) =>
        StepAsync(id, actor, "certify", (e, _, today, errors) =>
        {
            TrainingRules.Certificate(errors, e.Status, e.CompletedOn, e.CertificateKind is not null, input.CertificateKind, input.CertificateLevel, input.CertificateNumber,
                input.CertifiedOn, today);
            return () =>
            {
                e.CertificateKind = input.CertificateKind;
                e.CertificateLevel = input.CertificateKind == CertificateKind.SkillLevel ? input.CertificateLevel : null;
                e.CertificateNumber = input.CertificateNumber!.Trim();
                e.CertifiedOn = input.CertifiedOn;
            };
        }, ct);

    public Task<Outcome<EnrolmentView>> EmployAsync(Guid id, EmploymentInput input, Actor actor, CancellationToken ct = default) =>
        StepAsync(id, actor, "employed", (e, _, today, errors) =>
        {
            TrainingRules.Employment(errors, e.Status, e.CompletedOn, e.EmployedOn is not null, input.EmployedOn, input.EmployerName, today);
            return () =>
            {
                e.EmployedOn = input.EmployedOn;
                e.EmployerName = input.EmployerName!.Trim();
            };
        }, ct);

    /// <summary>A trainee who leaves before the end gives their place back.</summary>
    public Task<Outcome<EnrolmentView>> WithdrawAsync(Guid id, WithdrawalInput input, Actor actor, CancellationToken ct = default) =>
        StepAsync(id, actor, "withdraw", (e, course, _, errors) =>
        {
            TrainingRules.Withdrawal(errors, e.Status, input.Note);
            return () =>
            {
                e.Status = EnrolmentStatus.Withdrawn;
                e.Note = input.Note!.Trim();
                course.Enrolled = Math.Max(0, course.Enrolled - 1);
            };
        }, ct);

    /// <summary>
    /// One step on an enrolment of the actor's regions: <paramref name="check"/> adds its refusals and
    /// returns the change, which is applied and saved only when there is none.
    /// </summary>
    private async Task<Outcome<EnrolmentView>> StepAsync(
        Guid id, Actor actor, string step, Func<TrainingEnrolment, TrainingCourse, DateOnly, FieldErrors, Action> check, CancellationToken ct)
    {
        var enrolment = await db.Set<TrainingEnrolment>().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enrolment is null)
        {
            return Outcome<EnrolmentView>.Fail(Inputs.Error("id", "该报名记录不存在，或不在您的管辖范围内"));
        }

        var course = await db.Set<TrainingCourse>().FirstAsync(c => c.Id == enrolment.CourseId, ct);
        var errors = new FieldErrors();
        var apply = check(enrolment, course, ShanghaiTime.Today(clock), errors);
        if (!errors.IsEmpty)
        {
            return Outcome<EnrolmentView>.Fail(errors);
        }

        apply();
        enrolment.UpdatedBy = actor.UserName;
        enrolment.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<EnrolmentView>.Fail(Inputs.Error("status", "报名人数刚刚发生变化，请刷新后重试"));
        }

        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(TrainingEnrolment), enrolment.Id.ToString(), detail: step, cancellationToken: ct);
        return Outcome<EnrolmentView>.Ok((await ViewsAsync([enrolment], ct)).Single());
    }

    /// <summary>The person to enrol, inside the actor's scope and of working age; null with the reason when there is none.</summary>
    private async Task<Person?> PersonAsync(EnrolmentInput input, FieldErrors errors, CancellationToken ct)
    {
        var person = await registry.FindAsync(input.PersonId, input.IdNumber, RegistryAsk.Default, errors, ct);
        if (person is not null && Age(person.BirthDate) is var age && age < settings.MinAge)
        {
            errors.Add(RegistryAsk.Default.FieldFor(input.PersonId), $"{person.Name}未满{settings.MinAge}周岁（{age}岁），不能参加职业技能培训");
        }

        return person;
    }

    private int Age(DateOnly birth)
    {
        var today = ShanghaiTime.Today(clock);
        var age = today.Year - birth.Year;
        return birth > today.AddYears(-age) ? age - 1 : age;
    }

    private async Task<List<EnrolmentView>> ViewsAsync(IReadOnlyList<TrainingEnrolment> enrolments, CancellationToken ct)
    {
        var personIds = enrolments.Select(e => e.PersonId).Distinct().ToList();
        var courseIds = enrolments.Select(e => e.CourseId).Distinct().ToList();
        var regionCodes = enrolments.Select(e => e.RegionCode).Distinct().ToList();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.IdNumberMasked, p.BirthDate }).ToDictionaryAsync(p => p.Id, ct);
        var courses = await db.Set<TrainingCourse>().AsNoTracking().Where(c => courseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
        var regions = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return enrolments.Select(e =>
        {
            var p = people[e.PersonId];
            return new EnrolmentView(
                e.Id, e.CourseId, courses.GetValueOrDefault(e.CourseId) ?? "", e.PersonId, p.Name, p.IdNumberMasked, Age(p.BirthDate), e.RegionCode,
                regions.GetValueOrDefault(e.RegionCode) ?? e.RegionCode, e.Subsidised, e.Status, e.CompletedOn, e.CertificateKind, e.CertificateLevel, e.CertificateNumber,
                e.CertifiedOn, e.EmployedOn, e.EmployerName, e.Note, e.CreatedBy, e.CreatedAt, e.UpdatedBy, e.UpdatedAt);
        }).ToList();
    }
}
