using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Visits;

/// <summary>One managed patient whose follow-up is due and not done.</summary>
public sealed record OverdueFollowUp(
    Guid PersonId,
    string Name,
    string RegionCode,
    IReadOnlyList<ChronicDisease> Diseases,
    string Doctor,
    DateOnly? LastVisit,
    DateOnly DueOn,
    int DaysOverdue);

/// <summary>
/// Enrolment in chronic-disease management, and the overdue list. Overdue is never stored: it is
/// "scheduled before today and not done" — the latest visit's next date, or, for a patient never
/// seen since enrolment, a routine interval after enrolling.
/// </summary>
public sealed class FollowUps(DoorstepDb db, AuditLog audit, TimeProvider clock)
{
    public const int RoutineIntervalMonths = 3;

    public async Task<(Enrolment? Enrolment, FieldErrors Errors)> EnrolAsync(Guid? personId, ChronicDisease? disease, DateOnly? enrolledOn, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var person = personId is { } id ? await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) : null;
        if (person is null)
        {
            errors.Add("personId", "找不到该居民，或不在您的管辖范围内");
        }

        if (disease is not { } d || !Enum.IsDefined(d))
        {
            errors.Add("disease", "请选择病种：Hypertension（高血压）或 Type2Diabetes（2型糖尿病）");
        }

        var today = ShanghaiTime.Today(clock);
        var on = enrolledOn ?? today;
        if (on > today)
        {
            errors.Add("enrolledOn", "纳入管理日期不能晚于今天");
        }

        if (errors.IsEmpty && await db.Set<Enrolment>().AnyAsync(e => e.PersonId == person!.Id && e.Disease == disease && e.EndedOn == null, ct))
        {
            errors.Add("disease", "该居民已在管理中");
        }

        if (errors.IsEmpty && disease == ChronicDisease.Hypertension && CitizenAge(person!.BirthDate, on) < 35)
        {
            errors.Add("disease", "高血压患者健康管理对象为35岁及以上居民");
        }

        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        var enrolment = new Enrolment
        {
            Id = Guid.CreateVersion7(),
            PersonId = person!.Id,
            RegionCode = person.RegionCode,
            Disease = disease!.Value,
            EnrolledOn = on,
            Doctor = actor.UserName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(enrolment);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(Enrolment), enrolment.Id.ToString(), detail: $"{disease} person {person.Id}", cancellationToken: ct);
        return (enrolment, errors);
    }

    /// <summary>The diseases a resident is managed for now.</summary>
    public Task<List<ChronicDisease>> ActiveAsync(Guid personId, CancellationToken ct = default) =>
        db.Set<Enrolment>().Where(e => e.PersonId == personId && e.EndedOn == null).Select(e => e.Disease).Distinct().ToListAsync(ct);

    /// <summary>Managed patients inside the region (and the viewer's scope) whose follow-up was due before today, longest overdue first.</summary>
    public async Task<List<OverdueFollowUp>> OverdueAsync(string? regionCode, CancellationToken ct = default)
    {
        var today = ShanghaiTime.Today(clock);
        var enrolments = db.Set<Enrolment>().AsNoTracking().Where(e => e.EndedOn == null);
        if (!string.IsNullOrEmpty(regionCode) && RegionCode.TryParse(regionCode, out var region, out _))
        {
            var prefix = region.Prefix;
            enrolments = enrolments.Where(e => e.RegionCode.StartsWith(prefix));
        }

        var managed = await enrolments.Select(e => new { e.PersonId, e.Disease, e.Doctor, e.EnrolledOn }).ToListAsync(ct);
        var ids = managed.Select(m => m.PersonId).Distinct().ToList();
        var latest = await db.Set<Visit>().AsNoTracking()
            .Where(v => ids.Contains(v.PersonId))
            .GroupBy(v => v.PersonId)
            .Select(g => new { PersonId = g.Key, Date = g.Max(v => v.Date) })
            .ToListAsync(ct);
        var lastDates = latest.ToDictionary(l => l.PersonId, l => l.Date);
        var nextDates = (await db.Set<Visit>().AsNoTracking()
                .Where(v => ids.Contains(v.PersonId))
                .Select(v => new { v.PersonId, v.Date, v.NextFollowUp, v.RecordedAt })
                .ToListAsync(ct))
            .Where(v => lastDates.TryGetValue(v.PersonId, out var last) && v.Date == last)
            .GroupBy(v => v.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.RecordedAt).First().NextFollowUp);
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.RegionCode }).ToDictionaryAsync(p => p.Id, ct);

        var result = new List<OverdueFollowUp>();
        foreach (var patient in managed.GroupBy(m => m.PersonId))
        {
            var due = nextDates.TryGetValue(patient.Key, out var next)
                ? next
                : patient.Min(p => p.EnrolledOn).AddMonths(RoutineIntervalMonths);
            if (due is not { } dueOn || dueOn >= today || !people.TryGetValue(patient.Key, out var person))
            {
                continue;
            }

            result.Add(new OverdueFollowUp(
                person.Id, person.Name, person.RegionCode, patient.Select(p => p.Disease).Distinct().Order().ToList(), patient.First().Doctor,
                lastDates.TryGetValue(patient.Key, out var last) ? last : null, dueOn, today.DayNumber - dueOn.DayNumber));
        }

        return result.OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.RegionCode, StringComparer.Ordinal).ToList();
    }

    private static int CitizenAge(DateOnly born, DateOnly on) => on.Year - born.Year - (on < born.AddYears(on.Year - born.Year) ? 1 : 0);
}
