using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.WorkItems.Lifecycle;

/// <summary>
/// The one place a work item changes. Every command checks the state, the actor and the input
/// before it writes anything, records an event, and saves the item, its event, its photos and
/// the notifications it causes in one SaveChanges, guarded by the item's version. It alone reads
/// the clock and hands the time down, so a demo story or a test replays the loop at any moment
/// by giving it another clock.
/// </summary>
public sealed class WorkItemService(
    DoorstepDb db,
    WorkItemTypeCatalog types,
    WorkItemIntake intake,
    WorkItemTransitions transitions,
    WorkItemDispatcher dispatcher,
    WorkItemJournal journal,
    WorkItemNotices notices,
    FieldProtector protector,
    AuditLog audit,
    TimeProvider clock)
{
    public async Task<WorkItemOutcome> CreateAsync(NewWorkItem input, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Can(WorkItemPermissions.Report))
        {
            return WorkItemOutcome.Fail(WorkItemFailure.Forbidden, "typeCode", "您没有上报工单的权限");
        }

        var now = Now();
        var today = ShanghaiTime.Today(clock);
        var (item, errors) = await intake.DraftAsync(input, actor, now, today, ct);
        if (item is null)
        {
            return WorkItemOutcome.Invalid(errors);
        }

        db.Add(item);
        journal.Record(item, WorkItemActions.Report, null, item.Description, null, null, now, actor);
        if (input.Open)
        {
            await transitions.OpenAsync(item, input.DueDate, now, ct);
            journal.Record(item, WorkItemActions.Open, WorkItemStatus.Reported, null, null, null, now, actor);
            await dispatcher.AutoDispatchAsync(item, actor, now, ct);
        }

        await intake.SaveNumberedAsync(item, today, ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(WorkItem), item.Number, cancellationToken: ct);
        return WorkItemOutcome.Ok(item);
    }

    /// <summary>Takes one step of the loop; refused, with the reason, when the state, the actor or the input does not allow it.</summary>
    public Task<WorkItemOutcome> ApplyAsync(Guid id, string actionCode, TransitionInput input, IReadOnlyList<PhotoUpload> photos, Actor actor, CancellationToken ct = default) =>
        ApplyAsync(id, actionCode, input, photos, actor, byModule: false, ct);

    /// <summary>The on-site check of a type its module verifies, taken by that module from its own record (a re-inspection).</summary>
    public Task<WorkItemOutcome> VerifyByModuleAsync(Guid id, TransitionInput input, IReadOnlyList<PhotoUpload> photos, Actor actor, CancellationToken ct = default) =>
        ApplyAsync(id, WorkItemActions.Verify, input, photos, actor, byModule: true, ct);

    private async Task<WorkItemOutcome> ApplyAsync(Guid id, string actionCode, TransitionInput input, IReadOnlyList<PhotoUpload> photos, Actor actor, bool byModule, CancellationToken ct)
    {
        var item = await db.Set<WorkItem>().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (item is null)
        {
            return WorkItemOutcome.Fail(WorkItemFailure.NotFound, "id", "找不到该工单，或不在您的管辖范围内");
        }

        var action = WorkItemActions.Find(actionCode);
        if (action is null)
        {
            return WorkItemOutcome.Fail(WorkItemFailure.Invalid, "action", $"没有“{actionCode}”这个操作，可用：{string.Join("、", WorkItemActions.All.Select(a => a.Code))}");
        }

        var type = types.Find(item.TypeCode);
        if (type is null)
        {
            return WorkItemOutcome.Fail(WorkItemFailure.Invalid, "typeCode", $"工单类型 {item.TypeCode} 已不再登记，不能继续办理");
        }

        if (await RefuseAsync(item, action, type, input, actor, byModule, ct) is { } refused)
        {
            return refused;
        }

        var errors = TransitionChecks.Check(item, action, type, input, photos);
        if (!errors.IsEmpty)
        {
            return WorkItemOutcome.Invalid(errors);
        }

        var now = Now();
        var from = item.Status;
        if (action.Code == WorkItemActions.DispatchTo)
        {
            if (await dispatcher.DispatchAsync(item, input.UnitId, InputText.OrNull(input.AssignUser), actor, ct) is { } unassignable)
            {
                return WorkItemOutcome.Invalid(unassignable);
            }
        }
        else
        {
            await transitions.TakeAsync(item, action.Code, type, input, actor, now, ct);
        }

        var recorded = journal.Record(item, WorkItemJournal.StepName(action, input, item), from, InputText.OrNull(input.Note), input.Longitude, input.Latitude, now, actor);
        journal.AttachPhotos(item, recorded, photos, actor, now);
        if (action.Code == WorkItemActions.Open)
        {
            await dispatcher.AutoDispatchAsync(item, actor, now, ct);
        }

        await notices.StepTakenAsync(item, action.Code, input, now, ct);
        item.Version++;
        item.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return WorkItemOutcome.Fail(WorkItemFailure.Conflict, "version", "该工单刚被他人更新，请刷新后再操作");
        }

        return WorkItemOutcome.Ok(item);
    }

    /// <summary>Why this actor may not take this step on the item as it stands, or null when they may.</summary>
    private async Task<WorkItemOutcome?> RefuseAsync(WorkItem item, WorkItemAction action, WorkItemTypeDefinition type, TransitionInput input, Actor actor, bool byModule, CancellationToken ct)
    {
        if (input.Version is null)
        {
            return WorkItemOutcome.Fail(WorkItemFailure.Invalid, "version", "请提供工单的版本号（version），以免覆盖他人的修改");
        }

        if (input.Version != item.Version)
        {
            return WorkItemOutcome.Fail(WorkItemFailure.Conflict, "version", "该工单刚被他人更新，请刷新后再操作");
        }

        if (!action.AllowedFrom(item.Status))
        {
            return WorkItemOutcome.Fail(WorkItemFailure.Invalid, "action", $"工单当前状态为“{WorkItemActions.StatusName(item.Status).Zh}”，不能“{action.Name.Zh}”");
        }

        if (!actor.Can(action.Permission(type)))
        {
            return WorkItemOutcome.Fail(WorkItemFailure.Forbidden, "action", $"您没有“{action.Name.Zh}”的权限");
        }

        if (action.Rule == ActorRule.Assignee && !WorkItemActions.IsAssignee(item, actor))
        {
            return WorkItemOutcome.Fail(WorkItemFailure.Forbidden, "action", $"该工单派给了{item.AssignedUser ?? item.AssignedUnitName ?? "他人"}，只有承办人才能“{action.Name.Zh}”");
        }

        if (action.Code == WorkItemActions.Verify && type.IsVerifiedByModule(item) && !byModule)
        {
            return WorkItemOutcome.Fail(WorkItemFailure.Invalid, "action", $"{type.Name.Zh}须在复查记录中核查，请到该隐患的页面登记复查");
        }

        if (action.Code == WorkItemActions.Verify && !actor.IsSystem && await journal.HandledByAsync(item.Id, ct) == actor.UserName)
        {
            return WorkItemOutcome.Fail(WorkItemFailure.Forbidden, "action", "处置人不能核查自己的处置结果，请由其他人员现场核查");
        }

        return null;
    }

    /// <summary>Photos uploaded on their own (API), kept with a history line.</summary>
    public async Task<WorkItemOutcome> AddPhotosAsync(Guid id, IReadOnlyList<PhotoUpload> photos, Actor actor, CancellationToken ct = default)
    {
        var item = await db.Set<WorkItem>().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (item is null)
        {
            return WorkItemOutcome.Fail(WorkItemFailure.NotFound, "id", "找不到该工单，或不在您的管辖范围内");
        }

        if (!actor.Can(WorkItemPermissions.Report) && !actor.Can(WorkItemPermissions.Handle))
        {
            return WorkItemOutcome.Fail(WorkItemFailure.Forbidden, "photos", "您没有为工单上传照片的权限");
        }

        var errors = new FieldErrors();
        if (photos.Count == 0)
        {
            errors.Add("photos", "请选择要上传的照片");
        }

        PhotoRules.CheckAll(photos, errors);
        if (!errors.IsEmpty)
        {
            return WorkItemOutcome.Invalid(errors);
        }

        var now = Now();
        var recorded = journal.Record(item, "photo", item.Status, null, null, null, now, actor);
        journal.AttachPhotos(item, recorded, photos, actor, now);
        item.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return WorkItemOutcome.Ok(item);
    }

    public Task<WorkItem?> GetAsync(Guid id, CancellationToken ct = default) =>
        db.Set<WorkItem>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);

    /// <summary>The contact phone in full, for a user allowed to reveal it; every attempt is audited.</summary>
    public async Task<string?> RevealContactAsync(WorkItem item, Actor actor, CancellationToken ct = default)
    {
        var allowed = actor.Can(Permissions.PeopleReveal);
        await audit.WriteAsync(actor.UserName, AuditEvents.Revealed, nameof(WorkItem), item.Number, allowed ? "ok" : "denied", "contactPhone", ct);
        return allowed && item.ContactPhoneCipher is { } cipher ? protector.Unprotect(cipher) : null;
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
