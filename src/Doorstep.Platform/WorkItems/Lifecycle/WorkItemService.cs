using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Doorstep.Platform.WorkItems.Deadlines;
using Doorstep.Platform.WorkItems.Dispatch;
using Doorstep.Platform.WorkItems.Notifications;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.WorkItems.Lifecycle;

/// <summary>
/// The one place a work item changes. Every command checks the state, the actor and the input
/// before it writes anything, records an event, and saves the item, its event, its photos and
/// the notifications it causes in one SaveChanges, guarded by the item's version.
/// </summary>
public sealed class WorkItemService(
    DoorstepDb db,
    WorkItemTypeCatalog types,
    DeadlinePolicy deadlines,
    Notifier notifier,
    PermissionCatalog permissions,
    FieldProtector protector,
    AuditLog audit,
    TimeProvider clock)
{
    public async Task<WorkItemOutcome> CreateAsync(NewWorkItem input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (!actor.Can(WorkItemPermissions.Report))
        {
            return WorkItemOutcome.Fail(WorkItemFailure.Forbidden, "typeCode", "您没有上报工单的权限");
        }

        var type = types.Find(input.TypeCode);
        if (string.IsNullOrWhiteSpace(input.TypeCode))
        {
            errors.Add("typeCode", "请选择工单类型");
        }
        else if (type is null)
        {
            errors.Add("typeCode", $"工单类型“{input.TypeCode}”不存在，可选：{string.Join("、", types.All.Select(t => $"{t.Code}（{t.Name.Zh}）"))}");
        }

        var category = type?.Category(input.Category);
        if (type is not null && category is null)
        {
            errors.Add("category", $"类别“{input.Category}”不属于{type.Name.Zh}，可选：{string.Join("、", type.Categories.Select(c => $"{c.Code}（{c.Name.Zh}）"))}");
        }

        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 100)
        {
            errors.Add("title", "标题不能为空，且不超过100个字");
        }

        if (input.Description?.Length > 2000)
        {
            errors.Add("description", "描述不超过2000个字");
        }

        if (input.Address?.Length > 200)
        {
            errors.Add("address", "地址不超过200个字");
        }

        if (!RegionCode.TryParse(input.RegionCode, out var region, out var regionError))
        {
            errors.Add("regionCode", regionError);
        }
        else if (!await db.Regions.AnyAsync(r => r.Code == region.Value, ct))
        {
            errors.Add("regionCode", $"区划代码 {region.Value} 不存在或不在您的管辖范围内");
        }

        if (PersonRules.CheckCoordinates(input.Longitude, input.Latitude, out _) is { } geoError)
        {
            errors.Add("longitude", geoError);
        }

        Phone? phone = null;
        if (!string.IsNullOrWhiteSpace(input.ContactPhone) && !Phone.TryParse(input.ContactPhone, out phone, out var phoneError))
        {
            errors.Add("contactPhone", phoneError);
        }

        if (input.ContactName?.Trim().Length > 50)
        {
            errors.Add("contactName", "联系人姓名不超过50个字");
        }

        if (input.SubjectRef?.Length > 100)
        {
            errors.Add("subjectRef", "关联对象不超过100个字符");
        }

        var now = Now();
        var today = ShanghaiTime.Today(clock);
        if (input.DueDate is { } dueDate)
        {
            if (type is { DeadlineSetByReporter: false })
            {
                errors.Add("dueDate", $"{type.Name.Zh}的期限按办理时限自动计算，不能指定");
            }
            else if (dueDate < today)
            {
                errors.Add("dueDate", "整改期限不能早于今天");
            }
        }

        if (input.Open && !actor.Can(WorkItemPermissions.Dispatch) && type is not { ReporterOpens: true })
        {
            errors.Add("open", "您没有受理立案的权限，工单将以“待受理”状态上报");
        }

        if (!errors.IsEmpty)
        {
            return WorkItemOutcome.Invalid(errors);
        }

        var item = new WorkItem
        {
            Id = Guid.CreateVersion7(),
            Number = "",
            TypeCode = type!.Code,
            Category = category!.Code,
            Title = title!,
            Description = Blank(input.Description),
            RegionCode = region!.Value,
            Address = Blank(input.Address),
            Longitude = input.Longitude,
            Latitude = input.Latitude,
            SubjectRef = Blank(input.SubjectRef),
            ContactName = Blank(input.ContactName),
            ContactPhoneCipher = phone is null ? null : protector.Protect(phone.Value),
            ContactPhoneMasked = phone?.Masked,
            Status = WorkItemStatus.Reported,
            ReportedAt = now,
            ReportedBy = actor.UserName,
            UpdatedAt = now,
        };
        db.Add(item);
        Record(item, WorkItemActions.Report, null, Blank(input.Description), null, null, now, actor);
        if (input.Open)
        {
            await OpenAsync(item, input.DueDate, now, ct);
            Record(item, WorkItemActions.Open, WorkItemStatus.Reported, null, null, null, now, actor);
            await AutoDispatchAsync(item, actor, now, ct);
        }

        await SaveNewAsync(item, today, ct);
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

        if (action.Code == WorkItemActions.Verify && !actor.IsSystem && await HandledByAsync(item.Id, ct) == actor.UserName)
        {
            return WorkItemOutcome.Fail(WorkItemFailure.Forbidden, "action", "处置人不能核查自己的处置结果，请由其他人员现场核查");
        }

        var errors = TransitionChecks.Check(item, action, type, input, photos);
        if (!errors.IsEmpty)
        {
            return WorkItemOutcome.Invalid(errors);
        }

        var now = Now();
        var from = item.Status;
        var result = action.Code switch
        {
            WorkItemActions.Open => await OpenAsync(item, null, now, ct),
            WorkItemActions.Cancel => Move(item, WorkItemStatus.Cancelled),
            WorkItemActions.DispatchTo => await DispatchAsync(item, input.UnitId, Blank(input.AssignUser), actor, now, ct),
            WorkItemActions.Accept => Accept(item, now),
            WorkItemActions.Handle => Handled(item, now),
            WorkItemActions.Verify => Verify(item, input.Passed!.Value, now),
            WorkItemActions.Close => Close(item, type, now),
            WorkItemActions.Evaluate => Evaluate(item, input.Satisfaction!.Value, input.HandlerAtFault ?? false, now),
            WorkItemActions.RequestReturn => Request(item, PendingRequest.Return, input, actor, now),
            WorkItemActions.RequestExtension => Request(item, PendingRequest.Extension, input, actor, now),
            WorkItemActions.RequestBacklog => Request(item, PendingRequest.Backlog, input, actor, now),
            WorkItemActions.Decide => Decide(item, input.Approve!.Value, now),
            _ => Resume(item, now),
        };
        if (result is not null)
        {
            return WorkItemOutcome.Invalid(result);
        }

        var note = Blank(input.Note);
        var eventName = action.Code switch
        {
            WorkItemActions.Verify when input.Passed == false => "rework",
            WorkItemActions.Evaluate when item.Status == WorkItemStatus.Accepted => "rework",
            WorkItemActions.Decide => input.Approve == true ? "approve" : "reject",
            _ => action.Code,
        };
        var recorded = Record(item, eventName, from, note, input.Longitude, input.Latitude, now, actor);
        AttachPhotos(item, recorded, photos, actor, now);
        if (action.Code == WorkItemActions.Open)
        {
            await AutoDispatchAsync(item, actor, now, ct);
        }

        await NotifyAsync(item, action.Code, input, now, ct);
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
        var recorded = Record(item, "photo", item.Status, null, null, null, now, actor);
        AttachPhotos(item, recorded, photos, actor, now);
        item.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return WorkItemOutcome.Ok(item);
    }

    /// <summary>Who last reported the item handled: they may not verify their own work.</summary>
    private Task<string?> HandledByAsync(Guid id, CancellationToken ct = default) =>
        db.Set<WorkItemEvent>().Where(e => e.WorkItemId == id && e.Action == WorkItemActions.Handle)
            .OrderByDescending(e => e.Id).Select(e => e.UserName).FirstOrDefaultAsync(ct);

    public Task<WorkItem?> GetAsync(Guid id, CancellationToken ct = default) =>
        db.Set<WorkItem>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);

    public Task<List<WorkItemEvent>> HistoryAsync(Guid id, CancellationToken ct = default) =>
        db.Set<WorkItemEvent>().AsNoTracking().Where(e => e.WorkItemId == id).OrderBy(e => e.Id).ToListAsync(ct);

    public Task<List<PhotoInfo>> PhotosAsync(Guid id, CancellationToken ct = default) =>
        db.Set<WorkItemPhoto>().AsNoTracking().Where(p => p.WorkItemId == id).OrderBy(p => p.UploadedAt)
            .Select(p => new PhotoInfo(p.Id, p.EventId, p.FileName, p.ContentType, p.UploadedAt, p.UploadedBy))
            .ToListAsync(ct);

    /// <summary>A photo's bytes, only when its item is inside the actor's regions.</summary>
    public async Task<WorkItemPhoto?> PhotoAsync(Guid photoId, CancellationToken ct = default)
    {
        var photo = await db.Set<WorkItemPhoto>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId, ct);
        return photo is not null && await db.Set<WorkItem>().AnyAsync(w => w.Id == photo.WorkItemId, ct) ? photo : null;
    }

    /// <summary>The contact phone in full, for a user allowed to reveal it; every attempt is audited.</summary>
    public async Task<string?> RevealContactAsync(WorkItem item, Actor actor, CancellationToken ct = default)
    {
        var allowed = actor.Can(Permissions.PeopleReveal);
        await audit.WriteAsync(actor.UserName, AuditEvents.Revealed, nameof(WorkItem), item.Number, allowed ? "ok" : "denied", "contactPhone", ct);
        return allowed && item.ContactPhoneCipher is { } cipher ? protector.Unprotect(cipher) : null;
    }

    /// <summary>The people the actor may send an item to: users whose scope covers its region and who may handle its type.</summary>
    public async Task<List<(string UserName, string DisplayName)>> HandlersForAsync(WorkItem item, CancellationToken ct = default)
    {
        var type = types.Find(item.TypeCode);
        if (type is null)
        {
            return [];
        }

        var candidates = await db.Users.AsNoTracking().Where(u => u.UserName != null)
            .Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync(ct);
        var result = new List<(string, string)>();
        foreach (var user in candidates)
        {
            if (await CheckHandlerAsync(user.Id, item.RegionCode, type, ct) is null)
            {
                result.Add((user.UserName!, user.DisplayName ?? user.UserName!));
            }
        }

        return result;
    }

    private async Task<FieldErrors?> OpenAsync(WorkItem item, DateOnly? dueDate, DateTime now, CancellationToken ct)
    {
        var type = types.Find(item.TypeCode)!;
        item.Status = WorkItemStatus.Opened;
        item.OpenedAt = now;
        if (dueDate is { } day && type.DeadlineSetByReporter)
        {
            item.DueAt = ShanghaiTime.ToUtc(day.ToDateTime(deadlines.Calendar.Hours.End));
            item.TimeLimit = null;
        }
        else
        {
            var (limit, _) = await deadlines.LimitForAsync(item.TypeCode, item.Category, item.RegionCode, ct);
            item.TimeLimit = limit.ToString();
            item.DueAt = deadlines.DueFrom(now, limit);
        }

        item.RemindAt = DeadlinePolicy.RemindAt(now, item.DueAt.Value);
        return null;
    }

    /// <summary>
    /// Sends a freshly opened item where a dispatch rule says. A rule written before a unit closed
    /// or a person left must not strand the item: it then stays opened for a dispatcher.
    /// </summary>
    private async Task AutoDispatchAsync(WorkItem item, Actor actor, DateTime now, CancellationToken ct)
    {
        if (await MatchRuleAsync(item, ct) is not { } rule)
        {
            return;
        }

        if (await DispatchAsync(item, rule.UnitId, rule.UserName, actor, now, ct) is null)
        {
            Record(item, "auto-dispatch", WorkItemStatus.Opened, Tr.T("按派遣规则自动派遣", "Dispatched by rule"), null, null, now, actor);
            await NotifyAsync(item, WorkItemActions.DispatchTo, new TransitionInput(), now, ct);
        }
    }

    private async Task<DispatchRule?> MatchRuleAsync(WorkItem item, CancellationToken ct)
    {
        var rules = await db.Set<DispatchRule>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.TypeCode == item.TypeCode && (r.Category == null || r.Category == item.Category))
            .ToListAsync(ct);
        return rules
            .Where(r => RegionCode.TryParse(r.RegionCode, out var code, out _) && RegionCode.IsInside(item.RegionCode, code.Prefix))
            .OrderByDescending(r => r.RegionCode.TrimEnd('0').Length)
            .ThenByDescending(r => r.Category is not null)
            .FirstOrDefault();
    }

    private async Task<FieldErrors?> DispatchAsync(WorkItem item, Guid? unitId, string? userName, Actor actor, DateTime now, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var type = types.Find(item.TypeCode)!;
        if (unitId is { } unit)
        {
            var organisation = await db.Organisations.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(o => o.Id == unit, ct);
            if (organisation is null)
            {
                errors.Add("assignee", "找不到该承办单位");
                return errors;
            }

            if (!RegionCode.TryParse(organisation.RegionCode, out var unitRegion, out _) || !unitRegion.Contains(RegionCode.Parse(item.RegionCode)))
            {
                errors.Add("assignee", $"{organisation.Name}不管辖该工单所在区划，不能承办");
                return errors;
            }

            item.AssignedUnitId = organisation.Id;
            item.AssignedUnitName = organisation.Name;
            item.AssignedUser = null;
        }
        else
        {
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName, ct);
            if (user is null)
            {
                errors.Add("assignee", $"找不到用户“{userName}”");
                return errors;
            }

            if (await CheckHandlerAsync(user.Id, item.RegionCode, type, ct) is { } problem)
            {
                errors.Add("assignee", $"{user.DisplayName ?? user.UserName}{problem}");
                return errors;
            }

            item.AssignedUser = user.UserName;
            item.AssignedUnitId = null;
            item.AssignedUnitName = null;
        }

        item.Status = WorkItemStatus.Dispatched;
        item.DispatchedBy = actor.UserName;
        item.AcceptedAt = null;
        return null;
    }

    /// <summary>Null when the user may handle items of the type in the region; otherwise why not.</summary>
    private async Task<string?> CheckHandlerAsync(string userId, string regionCode, WorkItemTypeDefinition type, CancellationToken ct)
    {
        var roleNames = await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(ct);
        if (!permissions.ForRoles(roleNames).Contains(type.HandlePermission))
        {
            return $"没有办理{type.Name.Zh}的权限";
        }

        var scopes = await db.UserScopes.Where(s => s.UserId == userId).Select(s => s.RegionCode).ToListAsync(ct);
        var inside = scopes.Any(s => RegionCode.TryParse(s, out var scope, out _) && RegionCode.IsInside(regionCode, scope.Prefix));
        return inside ? null : "的管辖区域不含该工单所在区划";
    }

    private static FieldErrors? Accept(WorkItem item, DateTime now)
    {
        item.Status = WorkItemStatus.Accepted;
        item.AcceptedAt = now;
        return null;
    }

    private static FieldErrors? Handled(WorkItem item, DateTime now)
    {
        item.Status = WorkItemStatus.Handled;
        item.HandledAt = now;
        return null;
    }

    private FieldErrors? Verify(WorkItem item, bool passed, DateTime now)
    {
        if (passed)
        {
            item.Status = WorkItemStatus.Verified;
            item.VerifiedAt = now;
            return null;
        }

        Rework(item, now);
        return null;
    }

    private static FieldErrors? Close(WorkItem item, WorkItemTypeDefinition type, DateTime now)
    {
        item.Status = WorkItemStatus.Closed;
        item.ClosedAt = now;
        item.Pending = PendingRequest.None;
        if (!type.CallbackRequired)
        {
            item.Satisfaction = null;
        }

        return null;
    }

    private FieldErrors? Evaluate(WorkItem item, Satisfaction satisfaction, bool handlerAtFault, DateTime now)
    {
        if (satisfaction == Satisfaction.Unsatisfied && handlerAtFault)
        {
            Rework(item, now);
            return null;
        }

        item.Status = WorkItemStatus.Evaluated;
        item.EvaluatedAt = now;
        item.Satisfaction = satisfaction;
        return null;
    }

    /// <summary>Back to the handler with a fresh time limit; the rework is counted against the item.</summary>
    private void Rework(WorkItem item, DateTime now)
    {
        item.Status = WorkItemStatus.Accepted;
        item.ReworkCount++;
        item.HandledAt = null;
        item.VerifiedAt = null;
        item.ClosedAt = null;
        item.Satisfaction = null;
        if (item.TimeLimit is not null && TimeLimit.TryParse(item.TimeLimit, out var limit, out _))
        {
            item.DueAt = deadlines.DueFrom(now, limit);
        }
        else if (item.DueAt < now)
        {
            item.DueAt = deadlines.DueFrom(now, TimeLimit.WorkingDays(3));
        }

        item.RemindAt = DeadlinePolicy.RemindAt(now, item.DueAt!.Value);
    }

    private static FieldErrors? Request(WorkItem item, PendingRequest request, TransitionInput input, Actor actor, DateTime now)
    {
        item.Pending = request;
        item.PendingReason = input.Note!.Trim();
        item.PendingBy = actor.UserName;
        item.PendingAt = now;
        item.PendingDays = request == PendingRequest.Extension ? input.Days : null;
        return null;
    }

    private FieldErrors? Decide(WorkItem item, bool approve, DateTime now)
    {
        if (approve)
        {
            switch (item.Pending)
            {
                case PendingRequest.Return:
                    item.Status = WorkItemStatus.Opened;
                    item.AssignedUnitId = null;
                    item.AssignedUnitName = null;
                    item.AssignedUser = null;
                    item.AcceptedAt = null;
                    break;
                case PendingRequest.Extension:
                    var due = ShanghaiTime.ToLocal(item.DueAt!.Value);
                    item.DueAt = ShanghaiTime.ToUtc(deadlines.Calendar.AddWorkingDays(due, item.PendingDays ?? 1));
                    item.RemindAt = DeadlinePolicy.RemindAt(now, item.DueAt.Value);
                    item.ExtensionCount++;
                    break;
                case PendingRequest.Backlog:
                    item.Status = WorkItemStatus.Backlogged;
                    break;
            }
        }

        item.Pending = PendingRequest.None;
        item.PendingReason = null;
        item.PendingDays = null;
        item.PendingAt = null;
        return null;
    }

    private FieldErrors? Resume(WorkItem item, DateTime now)
    {
        item.Status = WorkItemStatus.Accepted;
        var limit = item.TimeLimit is not null && TimeLimit.TryParse(item.TimeLimit, out var parsed, out _) ? parsed : TimeLimit.WorkingDays(3);
        item.DueAt = deadlines.DueFrom(now, limit);
        item.RemindAt = DeadlinePolicy.RemindAt(now, item.DueAt.Value);
        return null;
    }

    private static FieldErrors? Move(WorkItem item, WorkItemStatus to)
    {
        item.Status = to;
        return null;
    }

    private async Task NotifyAsync(WorkItem item, string action, TransitionInput input, DateTime now, CancellationToken ct)
    {
        var label = $"{item.Number} {item.Title}";
        switch (action)
        {
            case WorkItemActions.DispatchTo when item.Status == WorkItemStatus.Dispatched:
                notifier.Add(await notifier.AssigneesAsync(item, ct), NotificationKinds.Assigned, $"新工单待签收：{label}", item, now);
                break;
            case WorkItemActions.RequestReturn or WorkItemActions.RequestExtension or WorkItemActions.RequestBacklog when item.DispatchedBy is { } dispatcher:
                notifier.Add([dispatcher], NotificationKinds.Request, $"{WorkItemActions.PendingName(item.Pending).Zh}待审批：{label}", item, now);
                break;
            case WorkItemActions.Verify or WorkItemActions.Evaluate when item.Status == WorkItemStatus.Accepted:
                notifier.Add(await notifier.AssigneesAsync(item, ct), NotificationKinds.Returned, $"工单需返工：{label}", item, now);
                break;
            case WorkItemActions.Decide when item.AssignedUser is not null || item.AssignedUnitId is not null:
                notifier.Add(await notifier.AssigneesAsync(item, ct), NotificationKinds.Request, $"申请已{(input.Approve == true ? "批准" : "驳回")}：{label}", item, now);
                break;
        }
    }

    private void AttachPhotos(WorkItem item, WorkItemEvent recorded, IReadOnlyList<PhotoUpload> photos, Actor actor, DateTime now)
    {
        foreach (var photo in photos)
        {
            PhotoRules.Check(photo, out var contentType);
            db.Add(new WorkItemPhoto
            {
                Id = Guid.CreateVersion7(),
                WorkItemId = item.Id,
                Event = recorded,
                FileName = Path.GetFileName(photo.FileName) is { Length: > 0 and <= 100 } name ? name : "photo",
                ContentType = contentType,
                Content = photo.Content,
                UploadedAt = now,
                UploadedBy = actor.UserName,
            });
        }
    }

    private WorkItemEvent Record(WorkItem item, string action, WorkItemStatus? from, string? note, double? longitude, double? latitude, DateTime now, Actor actor)
    {
        var recorded = new WorkItemEvent
        {
            WorkItemId = item.Id,
            At = now,
            UserName = actor.UserName,
            Action = action,
            FromStatus = from,
            ToStatus = item.Status,
            Note = note,
            Longitude = longitude,
            Latitude = latitude,
        };
        db.Add(recorded);
        return recorded;
    }

    /// <summary>Numbers are per day; two reporters at the same moment may pick the same one, so the loser tries the next.</summary>
    private async Task SaveNewAsync(WorkItem item, DateOnly today, CancellationToken ct)
    {
        var prefix = $"GD{today:yyyyMMdd}";
        for (var attempt = 0; ; attempt++)
        {
            var taken = await db.Set<WorkItem>().IgnoreQueryFilters().CountAsync(w => w.Number.StartsWith(prefix), ct);
            item.Number = $"{prefix}{taken + 1 + attempt:0000}";
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Only the number can clash on a fresh insert; everything else was validated.
            }
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
