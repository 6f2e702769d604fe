using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Workshops;

/// <summary>
/// The recognition check against <see cref="WorkshopSettings"/> and the officer's designations
/// (认定, 示范性, 共富工坊); a refusal carries every reason and writes nothing.
/// </summary>
public sealed class WorkshopDesignationService(DoorstepDb db, WorkshopService registry, AuditLog audit, TimeProvider clock, WorkshopSettings settings)
{
    private const string NotFound = WorkshopService.NotFound;

    private DateOnly Today => ShanghaiTime.Today(clock);

    /// <summary>The recognition check today, against the configured criteria; null when the workshop is not in scope.</summary>
    public async Task<RecognitionView?> RecognitionAsync(Guid id, CancellationToken ct = default)
    {
        var workshop = await db.Set<Workshop>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (workshop is null)
        {
            return null;
        }

        var check = await CheckRecognitionAsync(id, ct);
        return new(workshop.Id, workshop.Name, check.AsOf, check.Basic, check.Model);
    }

    /// <summary>
    /// Grants or revokes a designation. 认定 needs the basic criteria met and 示范性 the model ones,
    /// on the day it is granted; 共富工坊 is the officer's call. A refusal carries every reason.
    /// </summary>
    public async Task<Outcome<WorkshopView>> DesignateAsync(Guid id, DesignationInput input, Actor actor, CancellationToken ct = default)
    {
        var workshop = await db.Set<Workshop>().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (workshop is null)
        {
            return Outcome<WorkshopView>.Fail(Inputs.Error("id", NotFound));
        }

        if (input.Designation is not { } designation || !Enum.IsDefined(designation))
        {
            return Outcome<WorkshopView>.Fail(Inputs.Error("designation", "称号应为 recognised（认定）、model（示范性帮扶车间）或 common-prosperity（共富工坊）"));
        }

        var errors = new FieldErrors();
        var name = WorkshopTerms.Designation(designation).Zh;
        var current = WorkshopService.Designated(workshop, designation);
        var today = Today;
        if (input.Granted ?? true)
        {
            var on = input.On ?? today;
            if (current is { } since)
            {
                errors.Add("designation", $"{workshop.Name}已于{Tr.Date(since)}获得“{name}”");
            }

            if (on > today || on < workshop.StartedOn)
            {
                errors.Add("on", $"日期应在车间开办日期{Tr.Date(workshop.StartedOn)}到今天之间");
            }

            if (designation != WorkshopDesignation.CommonProsperity)
            {
                var check = await CheckRecognitionAsync(id, ct);
                var level = designation == WorkshopDesignation.Recognised ? check.Basic : check.Model;
                foreach (var reason in level.Reasons)
                {
                    errors.Add("designation", $"不符合{name}条件：{reason}");
                }
            }

            if (!errors.IsEmpty)
            {
                return Outcome<WorkshopView>.Fail(errors);
            }

            SetDesignation(workshop, designation, on);
        }
        else
        {
            if (current is null)
            {
                return Outcome<WorkshopView>.Fail(Inputs.Error("designation", $"{workshop.Name}没有“{name}”称号，无需撤销"));
            }

            SetDesignation(workshop, designation, null);
        }

        workshop.UpdatedBy = actor.UserName;
        workshop.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        var granted = WorkshopService.Designated(workshop, designation);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Workshop), workshop.Id.ToString(),
            detail: granted is { } day ? $"grant {WorkshopTerms.Name(designation)} {day:yyyy-MM-dd}" : $"revoke {WorkshopTerms.Name(designation)}", cancellationToken: ct);
        return Outcome<WorkshopView>.Ok((await registry.ViewsAsync([workshop], ct)).Single());
    }

    private static void SetDesignation(Workshop w, WorkshopDesignation d, DateOnly? on)
    {
        switch (d)
        {
            case WorkshopDesignation.Recognised:
                w.RecognisedOn = on;
                break;
            case WorkshopDesignation.Model:
                w.ModelOn = on;
                break;
            default:
                w.CommonProsperityOn = on;
                break;
        }
    }

    private async Task<Recognition> CheckRecognitionAsync(Guid id, CancellationToken ct)
    {
        var rows = await db.Set<WorkshopWorker>().IgnoreQueryFilters().AsNoTracking().Where(w => w.WorkshopId == id).ToListAsync(ct);
        var personIds = rows.Select(w => w.PersonId).Distinct().ToList();
        var relieved = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id) && p.PovertyRelieved).Select(p => p.Id).ToListAsync(ct);
        var facts = rows.Select(w => new WorkerFacts(w.HiredOn, w.LeftOn, Recognition.AnnualIncome(w.Income, w.IncomePeriod), relieved.Contains(w.PersonId)));
        return Recognition.Check(facts, Today, settings);
    }
}
