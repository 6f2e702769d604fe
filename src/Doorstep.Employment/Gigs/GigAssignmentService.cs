using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Gigs;

/// <summary>Workers taken on for a job and moved forward from accepted to done to paid; every step is audited.</summary>
public sealed class GigAssignmentService(DoorstepDb db, GigLookups lookups, AuditLog audit, TimeProvider clock)
{
    private DateOnly Today => ShanghaiTime.Today(clock);

    /// <summary>
    /// Takes a worker on: the job must not have ended, must still be short of hands, and the worker must
    /// not already be on it or on another job on one of its days. The job's head count is a concurrency
    /// token, so two specialists filling the last place at once cannot both succeed.
    /// </summary>
    public async Task<Outcome<GigJobView>> AcceptAsync(Guid jobId, GigAcceptInput input, Actor actor, CancellationToken ct = default)
    {
        var job = await db.Set<GigJob>().FirstOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null)
        {
            return Outcome<GigJobView>.Fail(Inputs.Error("id", "该零工需求不存在，或不在您的管辖范围内"));
        }

        var errors = new FieldErrors();
        var worker = input.WorkerId is { } workerId ? await db.Set<GigWorker>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == workerId, ct) : null;
        if (worker is null)
        {
            errors.Add("workerId", "请选择零工人员（须在您的管辖范围内登记）");
        }
        else if (worker.StoppedAt is { } stopped)
        {
            errors.Add("workerId", $"{worker.Name}已于{Tr.Date(stopped)}停止接单");
        }
        else if (await db.Set<GigAssignment>().AnyAsync(a => a.JobId == jobId && a.WorkerId == worker.Id, ct))
        {
            errors.Add("workerId", $"{worker.Name}已接了这个活");
        }
        else if (await lookups.ClashAsync(worker.Id, job.Id, job.StartDate, job.EndDate, ct) is { } other)
        {
            errors.Add("workerId", $"{worker.Name}在{Tr.Date(GigLookups.Later(other.StartDate, job.StartDate))}已接了“{other.Title}”，时间冲突");
        }

        if (job.CancelledAt is not null)
        {
            errors.Add("job", "该零工需求已撤销，不能再接单");
        }
        else if (job.EndDate < Today)
        {
            errors.Add("endDate", $"该零工已于{Tr.Date(job.EndDate)}结束，不能再接单");
        }
        else if (GigRules.CapacityRefusal(job.Taken, job.PeopleNeeded) is { } full)
        {
            errors.Add("workerId", full);
        }

        if (!errors.IsEmpty)
        {
            return Outcome<GigJobView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        job.Taken++;
        db.Add(new GigAssignment { Id = Guid.CreateVersion7(), JobId = jobId, WorkerId = worker!.Id, RegionCode = job.RegionCode, State = GigState.Accepted, AcceptedBy = actor.UserName, AcceptedAt = now, UpdatedBy = actor.UserName });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<GigJobView>.Fail(Inputs.Error("workerId", "刚才有人同时为这个活接单，请刷新后再试"));
        }

        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(GigJob), jobId.ToString(), detail: $"accepted {worker.Id}", cancellationToken: ct);
        return Outcome<GigJobView>.Ok((await lookups.JobViewsAsync([job], ct)).Single());
    }

    /// <summary>Records a worker's job done, then paid; one step forward at a time. Paid defaults to the job's pay for its days.</summary>
    public async Task<Outcome<GigJobView>> AdvanceAsync(Guid jobId, Guid workerId, GigStateInput input, Actor actor, CancellationToken ct = default)
    {
        var job = await db.Set<GigJob>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, ct);
        var assignment = job is null ? null : await db.Set<GigAssignment>().FirstOrDefaultAsync(a => a.JobId == jobId && a.WorkerId == workerId, ct);
        if (assignment is null)
        {
            return Outcome<GigJobView>.Fail(Inputs.Error("id", "该零工人员没有接这个活，或不在您的管辖范围内"));
        }

        if (input.State is not { } to || !Enum.IsDefined(to))
        {
            return Outcome<GigJobView>.Fail(Inputs.Error("state", "状态应为 done（已完工）或 paid（已结算）"));
        }

        if (GigRules.TransitionRefusal(assignment.State, to) is { } refused)
        {
            return Outcome<GigJobView>.Fail(Inputs.Error("state", refused));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (to == GigState.Done && job!.StartDate > Today)
        {
            return Outcome<GigJobView>.Fail(Inputs.Error("state", $"这个活{Tr.Date(job.StartDate)}才开始，还不能记为已完工"));
        }

        if (to == GigState.Paid)
        {
            var amount = input.PaidAmount ?? DuePay(job!);
            if (amount is < 1 or > GigJobService.MaxPayPerJob * 10)
            {
                return Outcome<GigJobView>.Fail(Inputs.Error("paidAmount", $"结算金额应为1～{GigJobService.MaxPayPerJob * 10}元"));
            }

            assignment.PaidAmount = amount;
            assignment.PaidAt = now;
        }
        else
        {
            assignment.DoneAt = now;
        }

        assignment.State = to;
        assignment.UpdatedBy = actor.UserName;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(GigJob), jobId.ToString(), detail: $"{workerId} -> {to}", cancellationToken: ct);
        return Outcome<GigJobView>.Ok((await lookups.JobViewsAsync([job!], ct)).Single());
    }

    /// <summary>
    /// 撤销: calls a job off with a reason. Refused once a worker has finished or been paid; workers only
    /// accepted are released (their assignments removed, the head count back to nought), so they are free
    /// for other work. The job stays on file, marked cancelled, off the boards, matching and the ratio.
    /// </summary>
    public async Task<Outcome<GigJobView>> CancelAsync(Guid jobId, GigCancelInput input, Actor actor, CancellationToken ct = default)
    {
        var job = await db.Set<GigJob>().FirstOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null)
        {
            return Outcome<GigJobView>.Fail(Inputs.Error("id", "该零工需求不存在，或不在您的管辖范围内"));
        }

        var assignments = await db.Set<GigAssignment>().Where(a => a.JobId == jobId).ToListAsync(ct);
        var errors = new FieldErrors();
        if (GigRules.CancelRefusal(job, assignments.Select(a => a.State)) is { } refused)
        {
            errors.Add("job", refused);
        }

        var reason = GigLookups.Required(input.Reason, "reason", "请填写撤销原因，如“雇主已自行找到人”", GigJobService.MaxCancelReason, errors);
        if (!errors.IsEmpty)
        {
            return Outcome<GigJobView>.Fail(errors);
        }

        job.CancelledAt = clock.GetUtcNow().UtcDateTime;
        job.CancelledBy = actor.UserName;
        job.CancelReason = reason;
        job.Taken = 0;
        db.RemoveRange(assignments);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<GigJobView>.Fail(Inputs.Error("job", "刚才有人为这个活接单，请刷新后再撤销"));
        }

        var released = string.Join(",", assignments.Select(a => a.WorkerId));
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(GigJob), jobId.ToString(), detail: $"cancelled: {reason}; released [{released}]", cancellationToken: ct);
        return Outcome<GigJobView>.Ok((await lookups.JobViewsAsync([job], ct)).Single());
    }

    /// <summary>What the job pays one worker: the pay per day times its days, or the pay for the whole job.</summary>
    public static int DuePay(GigJob job) => job.PayUnit == GigPayUnit.Day ? job.Pay * (job.EndDate.DayNumber - job.StartDate.DayNumber + 1) : job.Pay;
}
