using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Workshops;

/// <summary>The poverty-relieved people a workshop employs, from the registry in the caller's regions, with their months and income; each write audited.</summary>
public sealed class WorkshopWorkerService(DoorstepDb db, RegistryLookup registry, AuditLog audit, TimeProvider clock)
{
    public const int MinAge = 16;

    private const string NotFound = WorkshopService.NotFound;

    private DateOnly Today => ShanghaiTime.Today(clock);

    /// <summary>A workshop's workers, those still there first, then by hiring; null when the workshop is not in scope.</summary>
    public async Task<List<WorkerView>?> WorkersAsync(Guid id, CancellationToken ct = default)
    {
        if (!await db.Set<Workshop>().AnyAsync(w => w.Id == id, ct))
        {
            return null;
        }

        return await WorkersOfAsync([id], ct);
    }

    /// <summary>The workers of workshops the caller has already found in scope, each workshop's together, those still there first.</summary>
    public async Task<List<WorkerView>> WorkersOfAsync(IReadOnlyCollection<Guid> workshopIds, CancellationToken ct = default)
    {
        var rows = await db.Set<WorkshopWorker>().AsNoTracking().Where(w => workshopIds.Contains(w.WorkshopId)).ToListAsync(ct);
        var views = await WorkerViewsAsync(rows, ct);
        var order = workshopIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return [.. views.OrderBy(w => order[w.WorkshopId]).ThenBy(w => w.LeftOn is not null).ThenBy(w => w.HiredOn).ThenBy(w => w.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Takes on a worker: a person of the registry in the caller's regions whom the registry counts
    /// as poverty-relieved, at least 16, not already working at this workshop over the same days.
    /// </summary>
    public async Task<Outcome<WorkerView>> AddWorkerAsync(Guid workshopId, WorkerInput input, Actor actor, CancellationToken ct = default)
    {
        var workshop = await db.Set<Workshop>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == workshopId, ct);
        if (workshop is null)
        {
            return Outcome<WorkerView>.Fail(Inputs.Error("id", NotFound));
        }

        var errors = new FieldErrors();
        var person = await PersonAsync(input, errors, ct);
        var today = Today;
        if (person is not null)
        {
            if (!person.PovertyRelieved)
            {
                errors.Add(PersonField(input), $"{person.Name}（{person.IdNumberMasked}）在居民档案中不是脱贫劳动力；帮扶车间只登记吸纳的脱贫劳动力，如情况有变请先更新居民档案");
            }

            if (Age(person.BirthDate, today) < MinAge)
            {
                errors.Add(PersonField(input), $"{person.Name}未满{MinAge}周岁，不能登记就业");
            }
        }

        if (input.HiredOn is not { } hiredOn)
        {
            errors.Add("hiredOn", "请填写入职日期");
        }
        else if (hiredOn > today)
        {
            errors.Add("hiredOn", $"入职日期{Tr.Date(hiredOn)}晚于今天");
        }
        else if (hiredOn < workshop.StartedOn)
        {
            errors.Add("hiredOn", $"入职日期{Tr.Date(hiredOn)}早于车间开办日期{Tr.Date(workshop.StartedOn)}");
        }

        if (input.LeftOn is { } leftOn && (leftOn > today || (input.HiredOn is { } hired && leftOn < hired)))
        {
            errors.Add("leftOn", "离职日期应在入职日期到今天之间");
        }

        CheckIncome(input.Income, input.IncomePeriod, errors);
        if (person is not null && input.HiredOn is { } start)
        {
            var end = input.LeftOn ?? DateOnly.MaxValue;
            var overlapping = await db.Set<WorkshopWorker>().IgnoreQueryFilters().AsNoTracking()
                .Where(w => w.WorkshopId == workshopId && w.PersonId == person.Id && w.HiredOn <= end && (w.LeftOn == null || w.LeftOn >= start))
                .OrderBy(w => w.HiredOn).FirstOrDefaultAsync(ct);
            if (overlapping is not null)
            {
                errors.Add(PersonField(input), $"{person.Name}（{person.IdNumberMasked}）{Tr.Date(overlapping.HiredOn)}起已在本车间就业{(overlapping.LeftOn is { } left ? $"（至{Tr.Date(left)}）" : "")}，同一人不能在同一车间同时登记两次");
            }
        }

        if (!errors.IsEmpty)
        {
            return Outcome<WorkerView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var worker = new WorkshopWorker
        {
            Id = Guid.CreateVersion7(), WorkshopId = workshopId, PersonId = person!.Id, RegionCode = workshop.RegionCode, HiredOn = input.HiredOn!.Value, LeftOn = input.LeftOn,
            Income = input.Income!.Value, IncomePeriod = input.IncomePeriod ?? IncomePeriod.Month, CreatedBy = actor.UserName, CreatedAt = now, UpdatedBy = actor.UserName, UpdatedAt = now,
        };
        db.Add(worker);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(WorkshopWorker), worker.Id.ToString(), detail: $"workshop {workshopId}", cancellationToken: ct);
        return Outcome<WorkerView>.Ok((await WorkerViewsAsync([worker], ct)).Single());
    }

    /// <summary>Records the day a worker left; they stay on file and stop counting from the next day.</summary>
    public async Task<Outcome<WorkerView>> LeaveAsync(Guid workshopId, Guid workerId, LeaveInput input, Actor actor, CancellationToken ct = default)
    {
        var worker = await db.Set<WorkshopWorker>().FirstOrDefaultAsync(w => w.Id == workerId && w.WorkshopId == workshopId, ct);
        if (worker is null)
        {
            return Outcome<WorkerView>.Fail(Inputs.Error("id", "该车间没有这名职工，或不在您的管辖范围内"));
        }

        var today = Today;
        if (input.LeftOn is not { } leftOn)
        {
            return Outcome<WorkerView>.Fail(Inputs.Error("leftOn", "请填写离职日期"));
        }

        if (leftOn < worker.HiredOn || leftOn > today)
        {
            return Outcome<WorkerView>.Fail(Inputs.Error("leftOn", $"离职日期应在入职日期{Tr.Date(worker.HiredOn)}到今天之间"));
        }

        worker.LeftOn = leftOn;
        worker.UpdatedBy = actor.UserName;
        worker.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(WorkshopWorker), worker.Id.ToString(), detail: $"left {leftOn:yyyy-MM-dd}", cancellationToken: ct);
        return Outcome<WorkerView>.Ok((await WorkerViewsAsync([worker], ct)).Single());
    }

    private static void CheckIncome(int? income, IncomePeriod? period, FieldErrors errors)
    {
        if (period is { } given && !Enum.IsDefined(given))
        {
            errors.Add("incomePeriod", "收入周期应为 month（月）或 year（年）");
            return;
        }

        var (floor, ceiling, unit) = (period ?? IncomePeriod.Month) == IncomePeriod.Month ? (100, 50_000, "元/月") : (1_000, 600_000, "元/年");
        if (income is not { } value)
        {
            errors.Add("income", $"请填写收入（{unit}）");
        }
        else if (value < floor || value > ceiling)
        {
            errors.Add("income", $"收入应为{floor}～{ceiling}{unit}");
        }
    }

    /// <summary>A worker is chosen from the registry; the form asks for a 职工, not a 居民.</summary>
    private static readonly RegistryAsk Worker = RegistryAsk.Default with { Missing = "请选择职工（按姓名或身份证号码在居民档案中查找）" };

    private static string PersonField(WorkerInput input) => Worker.FieldFor(input.PersonId);

    /// <summary>The person by id or ID number, inside the actor's scope; null with the reason when there is none.</summary>
    private Task<Person?> PersonAsync(WorkerInput input, FieldErrors errors, CancellationToken ct) =>
        registry.FindAsync(input.PersonId, input.IdNumber, Worker, errors, ct);

    private static int Age(DateOnly birth, DateOnly today)
    {
        var age = today.Year - birth.Year;
        return birth > today.AddYears(-age) ? age - 1 : age;
    }

    private async Task<List<WorkerView>> WorkerViewsAsync(IReadOnlyList<WorkshopWorker> workers, CancellationToken ct)
    {
        var today = Today;
        var personIds = workers.Select(w => w.PersonId).Distinct().ToList();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.IdNumberMasked, p.PovertyRelieved }).ToDictionaryAsync(p => p.Id, ct);
        return workers.Select(w =>
        {
            var p = people[w.PersonId];
            return new WorkerView(
                w.Id, w.WorkshopId, w.PersonId, p.Name, p.IdNumberMasked, p.PovertyRelieved, w.HiredOn, w.LeftOn, w.Income, w.IncomePeriod,
                Recognition.AnnualIncome(w.Income, w.IncomePeriod), Recognition.MonthsEmployed(w.HiredOn, w.LeftOn, today));
        }).ToList();
    }
}
