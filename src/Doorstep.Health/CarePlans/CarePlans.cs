using Doorstep.Health.Visits;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.CarePlans;

public sealed record CarePlanInput(Guid? PersonId, string? Title, string? Detail, int? CadenceDays, DateOnly? StartsOn, DateOnly? EndsOn, string? Doctor);

public sealed record CheckInInput(DateOnly? Date, VisitKind? Kind, string? Note);

/// <summary>A plan as lists show it; <see cref="Missed"/> counts the check-ins not made since the last one.</summary>
public sealed record CarePlanView(
    Guid Id, Guid PersonId, string PersonName, string RegionCode, string Title, string? Detail, int CadenceDays, DateOnly StartsOn, DateOnly? EndsOn,
    string Doctor, DateOnly? LastCheckIn, DateOnly NextDue, int Missed, DateOnly? EndedOn, string? EndNote);

public sealed record CheckInView(DateOnly Date, VisitKind Kind, string? Note, string RecordedBy);

/// <summary>
/// Care plans and their check-ins. Missed is computed, never stored: a plan whose next check-in
/// fell due before today has missed one for each cadence gone by since.
/// </summary>
public sealed class CarePlans(DoorstepDb db, FieldProtector protector, AuditLog audit, TimeProvider clock)
{
    public static readonly int[] Cadences = [7, 14, 30];

    private DateOnly Today => ShanghaiTime.Today(clock);

    public async Task<Outcome<CarePlanView>> CreateAsync(CarePlanInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var person = input.PersonId is { } id ? await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) : null;
        if (person is null)
        {
            errors.Add("personId", "找不到该居民，或不在您的管辖范围内");
        }

        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 40)
        {
            errors.Add("title", "请填写计划名称（不超过40字），如“脑卒中后康复训练”");
        }

        if (input.Detail?.Length > 1000)
        {
            errors.Add("detail", "目标与措施不超过1000字");
        }

        if (input.CadenceDays is not { } cadence || cadence is < 1 or > 90)
        {
            errors.Add("cadenceDays", "打卡周期为1～90天，如每周一次填7");
        }

        var starts = input.StartsOn ?? Today;
        if (starts > Today.AddDays(30) || starts < Today.AddYears(-1))
        {
            errors.Add("startsOn", "开始日期应在一年前到30天后之间");
        }

        if (input.EndsOn is { } ends && ends <= starts)
        {
            errors.Add("endsOn", "结束日期应晚于开始日期");
        }

        var doctor = string.IsNullOrWhiteSpace(input.Doctor) ? actor.UserName : input.Doctor.Trim();
        if (!await db.Users.AnyAsync(u => u.UserName == doctor, ct))
        {
            errors.Add("doctor", $"没有用户“{doctor}”");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<CarePlanView>.Fail(errors);
        }

        var plan = new CarePlan
        {
            Id = Guid.CreateVersion7(),
            PersonId = person!.Id,
            RegionCode = person.RegionCode,
            Title = title!,
            DetailCipher = protector.Protect(input.Detail?.Trim() ?? ""),
            CadenceDays = input.CadenceDays!.Value,
            StartsOn = starts,
            EndsOn = input.EndsOn,
            Doctor = doctor,
            CreatedBy = actor.UserName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(plan);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(CarePlan), plan.Id.ToString(), detail: $"person {person.Id}", cancellationToken: ct);
        return Outcome<CarePlanView>.Ok((await ViewsAsync(db.Set<CarePlan>().Where(p => p.Id == plan.Id), ct)).Single());
    }

    public async Task<FieldErrors> CheckInAsync(Guid planId, CheckInInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var plan = await db.Set<CarePlan>().FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            errors.Add("id", "该计划不存在，或不在您的管辖范围内");
            return errors;
        }

        var date = input.Date ?? Today;
        if (plan.EndedOn is not null)
        {
            errors.Add("status", "该计划已结束");
        }

        if (date > Today || date < plan.StartsOn)
        {
            errors.Add("date", "打卡日期应在计划开始之后，且不晚于今天");
        }

        if (input.Note?.Length > 500)
        {
            errors.Add("note", "记录不超过500字");
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        Add(plan, date, input.Kind ?? VisitKind.Home, input.Note, actor);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(CarePlanCheckIn), plan.Id.ToString(), cancellationToken: ct);
        return errors;
    }

    /// <summary>A visit to the resident is a check-in on each of her active plans; the caller saves.</summary>
    public async Task VisitedAsync(Guid personId, DateOnly date, VisitKind kind, Actor actor, CancellationToken ct)
    {
        var plans = await db.Set<CarePlan>().Where(p => p.PersonId == personId && p.EndedOn == null && p.StartsOn <= date).ToListAsync(ct);
        foreach (var plan in plans)
        {
            Add(plan, date, kind, "随访记录", actor);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<FieldErrors> EndAsync(Guid planId, string? note, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var plan = await db.Set<CarePlan>().FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            errors.Add("id", "该计划不存在，或不在您的管辖范围内");
            return errors;
        }

        if (plan.EndedOn is not null)
        {
            errors.Add("status", "该计划已结束");
            return errors;
        }

        plan.EndedOn = Today;
        plan.EndNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 200)];
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(CarePlan), plan.Id.ToString(), detail: "end", cancellationToken: ct);
        return errors;
    }

    /// <summary>Active plans, those with missed check-ins first; <paramref name="doctor"/> narrows to one doctor's.</summary>
    public async Task<List<CarePlanView>> ActiveAsync(string? doctor = null, bool missedOnly = false, CancellationToken ct = default)
    {
        var today = Today;
        var plans = db.Set<CarePlan>().AsNoTracking().Where(p => p.EndedOn == null && (p.EndsOn == null || p.EndsOn >= today));
        if (!string.IsNullOrEmpty(doctor))
        {
            plans = plans.Where(p => p.Doctor == doctor);
        }

        var views = await ViewsAsync(plans, ct);
        return views.Where(v => !missedOnly || v.Missed > 0).OrderByDescending(v => v.Missed).ThenBy(v => v.NextDue).ToList();
    }

    /// <summary>A resident's plans, active ones first.</summary>
    public async Task<List<CarePlanView>> ForPersonAsync(Guid personId, CancellationToken ct = default) =>
        (await ViewsAsync(db.Set<CarePlan>().Where(p => p.PersonId == personId), ct)).OrderBy(p => p.EndedOn is not null).ThenByDescending(p => p.StartsOn).ToList();

    /// <summary>One plan with its check-ins, newest first; reading it is audited as a view of health data.</summary>
    public async Task<(CarePlanView? Plan, List<CheckInView> CheckIns)> GetAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var view = (await ViewsAsync(db.Set<CarePlan>().Where(p => p.Id == id), ct)).SingleOrDefault();
        if (view is null)
        {
            return (null, []);
        }

        var checkIns = await db.Set<CarePlanCheckIn>().AsNoTracking().Where(c => c.PlanId == id).OrderByDescending(c => c.Date).ThenByDescending(c => c.RecordedAt).ToListAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Viewed, "HealthRecord", view.PersonId.ToString(), detail: $"care plan {id}", cancellationToken: ct);
        return (view, checkIns.Select(c => new CheckInView(c.Date, c.Kind, c.NoteCipher is null ? null : protector.Unprotect(c.NoteCipher), c.RecordedBy)).ToList());
    }

    private void Add(CarePlan plan, DateOnly date, VisitKind kind, string? note, Actor actor)
    {
        db.Add(new CarePlanCheckIn
        {
            Id = Guid.CreateVersion7(),
            PlanId = plan.Id,
            RegionCode = plan.RegionCode,
            Date = date,
            Kind = kind,
            NoteCipher = string.IsNullOrWhiteSpace(note) ? null : protector.Protect(note.Trim()),
            RecordedBy = actor.UserName,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        });
        if (plan.LastCheckIn is null || date > plan.LastCheckIn)
        {
            plan.LastCheckIn = date;
        }
    }

    private async Task<List<CarePlanView>> ViewsAsync(IQueryable<CarePlan> plans, CancellationToken ct)
    {
        var rows = await (from p in plans.AsNoTracking()
                          join person in db.People on p.PersonId equals person.Id
                          select new { p, person.Name }).ToListAsync(ct);
        var today = Today;
        return rows.Select(r =>
        {
            var p = r.p;
            var missed = p.EndedOn is null && p.NextDue < today ? 1 + ((today.DayNumber - p.NextDue.DayNumber - 1) / p.CadenceDays) : 0;
            return new CarePlanView(p.Id, p.PersonId, r.Name, p.RegionCode, p.Title, protector.Unprotect(p.DetailCipher) is { Length: > 0 } d ? d : null, p.CadenceDays, p.StartsOn, p.EndsOn,
                p.Doctor, p.LastCheckIn, p.NextDue, missed, p.EndedOn, p.EndNote);
        }).ToList();
    }
}
