using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Entrepreneurship;

public sealed record StartupClassInput(string? Course, string? RegionCode, string? Venue, DateOnly? StartsOn, DateOnly? EndsOn);

public sealed record TraineeInput(Guid? PersonId = null, string? IdNumber = null);

public sealed record TraineeCompletionInput(bool? Completed);

public sealed record StartupClassView(
    Guid Id, string Course, string RegionCode, string RegionName, string? Venue, DateOnly StartsOn, DateOnly EndsOn, int Trainees, int Completed);

/// <summary>A trainee with the registry person's name and masked ID number.</summary>
public sealed record TraineeView(Guid Id, Guid ClassId, Guid PersonId, string Name, string IdNumber, string RegionName, bool Completed);

/// <summary>
/// Entrepreneurship training classes (创业培训, 马兰花 SIYB) in the caller's regions and their
/// trainees from the registry: a person joins a class once, and completes it only once it has ended.
/// </summary>
public sealed class StartupTrainingService(DoorstepDb db, RegistryLookup registry, AuditLog audit, TimeProvider clock)
{
    public async Task<List<StartupClassView>> ListAsync(CancellationToken ct = default) =>
        await ViewsAsync(await db.Set<StartupClass>().AsNoTracking().OrderByDescending(c => c.StartsOn).ThenBy(c => c.Course).ToListAsync(ct), ct);

    public async Task<StartupClassView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<StartupClass>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } found ? (await ViewsAsync([found], ct)).Single() : null;

    public async Task<List<TraineeView>> TraineesAsync(Guid classId, CancellationToken ct = default)
    {
        var trainees = await db.Set<StartupTrainee>().AsNoTracking().Where(t => t.ClassId == classId).ToListAsync(ct);
        return (await TraineeViewsAsync(trainees, ct)).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<Outcome<StartupClassView>> CreateAsync(StartupClassInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var course = input.Course?.Trim();
        if (string.IsNullOrEmpty(course) || course.Length > 100)
        {
            errors.Add("course", "请填写课程名称，如“马兰花SIYB创业培训（创办你的企业）”");
        }

        var venue = input.Venue?.Trim();
        if (venue?.Length > 200)
        {
            errors.Add("venue", "培训地点不超过200字");
        }

        if (input.StartsOn is not { } starts)
        {
            errors.Add("startsOn", "请填写开班日期");
        }
        else if (input.EndsOn is not { } ends)
        {
            errors.Add("endsOn", "请填写结业日期");
        }
        else if (ends < starts)
        {
            errors.Add("endsOn", $"结业日期{Tr.Date(ends)}早于开班日期{Tr.Date(starts)}");
        }
        else if (ends.DayNumber - starts.DayNumber > 366)
        {
            errors.Add("endsOn", "一期培训不超过一年");
        }

        var region = (await ScopedRegion.CheckAsync(db, input.RegionCode, "regionCode", "请选择所在区划", errors, ct))?.Value;
        if (!errors.IsEmpty)
        {
            return Outcome<StartupClassView>.Fail(errors);
        }

        var group = new StartupClass
        {
            Id = Guid.CreateVersion7(), Course = course!, RegionCode = region!, Venue = string.IsNullOrEmpty(venue) ? null : venue, StartsOn = input.StartsOn!.Value,
            EndsOn = input.EndsOn!.Value, UpdatedBy = actor.UserName, UpdatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(group);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(StartupClass), group.Id.ToString(), detail: group.Course, cancellationToken: ct);
        return Outcome<StartupClassView>.Ok((await ViewsAsync([group], ct)).Single());
    }

    /// <summary>Adds a registry person in the caller's scope to a class, once.</summary>
    public async Task<Outcome<TraineeView>> EnrolAsync(Guid classId, TraineeInput input, Actor actor, CancellationToken ct = default)
    {
        var group = await db.Set<StartupClass>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == classId, ct);
        if (group is null)
        {
            return Outcome<TraineeView>.Fail(Inputs.Error("id", "该培训班不存在，或不在您的管辖范围内"));
        }

        var errors = new FieldErrors();
        var person = await registry.FindAsync(input.PersonId, input.IdNumber, RegistryAsk.Default, errors, ct);
        if (person is not null && await db.Set<StartupTrainee>().AnyAsync(t => t.ClassId == classId && t.PersonId == person.Id, ct))
        {
            errors.Add(RegistryAsk.Default.FieldFor(input.PersonId), $"{person.Name}（{person.IdNumberMasked}）已在本班");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<TraineeView>.Fail(errors);
        }

        var trainee = new StartupTrainee
        {
            Id = Guid.CreateVersion7(), ClassId = classId, PersonId = person!.Id, RegionCode = group.RegionCode, UpdatedBy = actor.UserName, UpdatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(trainee);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(StartupTrainee), trainee.Id.ToString(), detail: group.Course, cancellationToken: ct);
        return Outcome<TraineeView>.Ok((await TraineeViewsAsync([trainee], ct)).Single());
    }

    /// <summary>Marks a trainee as having completed (结业) the class, or not; not before the class has ended.</summary>
    public async Task<Outcome<TraineeView>> SetCompletedAsync(Guid traineeId, TraineeCompletionInput input, Actor actor, CancellationToken ct = default)
    {
        var trainee = await db.Set<StartupTrainee>().FirstOrDefaultAsync(t => t.Id == traineeId, ct);
        if (trainee is null)
        {
            return Outcome<TraineeView>.Fail(Inputs.Error("id", "该学员不存在，或不在您的管辖范围内"));
        }

        var group = await db.Set<StartupClass>().AsNoTracking().FirstAsync(c => c.Id == trainee.ClassId, ct);
        var completed = input.Completed ?? true;
        if (completed && group.EndsOn > ShanghaiTime.Today(clock))
        {
            return Outcome<TraineeView>.Fail(Inputs.Error("completed", $"培训班{Tr.Date(group.EndsOn)}结业，结业后才能登记结业"));
        }

        trainee.Completed = completed;
        trainee.UpdatedBy = actor.UserName;
        trainee.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(StartupTrainee), trainee.Id.ToString(), detail: $"completed {completed}", cancellationToken: ct);
        return Outcome<TraineeView>.Ok((await TraineeViewsAsync([trainee], ct)).Single());
    }

    private async Task<List<StartupClassView>> ViewsAsync(IReadOnlyList<StartupClass> classes, CancellationToken ct)
    {
        var ids = classes.Select(c => c.Id).ToList();
        var regionCodes = classes.Select(c => c.RegionCode).Distinct().ToList();
        var counts = await db.Set<StartupTrainee>().AsNoTracking().Where(t => ids.Contains(t.ClassId))
            .GroupBy(t => t.ClassId).Select(g => new { g.Key, All = g.Count(), Done = g.Count(t => t.Completed) }).ToDictionaryAsync(g => g.Key, ct);
        var regions = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return classes.Select(c => new StartupClassView(
            c.Id, c.Course, c.RegionCode, regions.GetValueOrDefault(c.RegionCode) ?? c.RegionCode, c.Venue, c.StartsOn, c.EndsOn,
            counts.GetValueOrDefault(c.Id)?.All ?? 0, counts.GetValueOrDefault(c.Id)?.Done ?? 0)).ToList();
    }

    private async Task<List<TraineeView>> TraineeViewsAsync(IReadOnlyList<StartupTrainee> trainees, CancellationToken ct)
    {
        var personIds = trainees.Select(t => t.PersonId).Distinct().ToList();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.IdNumberMasked, p.RegionCode }).ToDictionaryAsync(p => p.Id, ct);
        var regionCodes = people.Values.Select(p => p.RegionCode).Distinct().ToList();
        var regions = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return trainees.Select(t =>
        {
            var p = people[t.PersonId];
            return new TraineeView(t.Id, t.ClassId, t.PersonId, p.Name, p.IdNumberMasked, regions.GetValueOrDefault(p.RegionCode) ?? p.RegionCode, t.Completed);
        }).ToList();
    }
}
