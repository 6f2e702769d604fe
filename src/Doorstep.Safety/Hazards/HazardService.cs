using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Doorstep.Platform.WorkItems;
using Doorstep.Platform.WorkItems.Lifecycle;
using Doorstep.Safety.Checklists;
using Doorstep.Safety.Inspections;
using Doorstep.Safety.Inspectors;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Safety.Hazards;

/// <summary>Where a hazard stands, as the town reports it.</summary>
public enum HazardState
{
    /// <summary>整改中.</summary>
    Rectifying = 1,

    /// <summary>逾期未改: past the deadline and not yet passed a re-inspection.</summary>
    Overdue = 2,

    /// <summary>待复查: the owner reports it fixed.</summary>
    AwaitingReinspection = 3,

    /// <summary>已整改: passed a re-inspection, waiting to be closed.</summary>
    Rectified = 4,

    /// <summary>已销案.</summary>
    Closed = 5,

    /// <summary>已撤销: the work item was cancelled.</summary>
    Cancelled = 6,
}

public sealed record HazardQuery(Guid? Campaign = null, string? Region = null, HazardState? State = null, Guid? Venue = null, bool MajorOnly = false, string? Q = null, int Page = 1, int PageSize = 20);

public sealed record HazardView(
    Guid Id, Guid WorkItemId, string WorkItemNumber, Guid InspectionId, Guid? CampaignId, Guid VenueId, string VenueName, string RegionCode,
    string Item, string Provision, string Requirement, string? Location, HazardSeverity Severity, bool MajorConfirmed,
    DateOnly DueDate, DateOnly ReinspectBy, DateOnly? OwnerRequestedOn, DateOnly? RectifiedOn, DateTime FoundAt,
    HazardState State, WorkItemStatus WorkItemStatus, int WorkItemVersion);

public sealed record HazardDetail(HazardView Hazard, string InspectionNumber, string? NoticeNumber, string InspectorNames, IReadOnlyList<Reinspection> Reinspections, IReadOnlyList<MajorHazardReview> Reviews);

public sealed record OwnerRequestInput(DateOnly? RequestedOn, string? Note);

public sealed record ReinspectionInput(DateTime? InspectedAt, IReadOnlyList<string>? Inspectors, bool? Passed, string? Note, double? Longitude = null, double? Latitude = null);

public sealed record ReviewInput(DateOnly? ReviewedOn, ReviewMethod? Method, IReadOnlyList<string>? Members, int? Agreeing, bool? Major, string? Basis);

/// <summary>
/// The rectification loop of a hazard after its notice: the owner's request for re-inspection,
/// re-inspections by two or more inspectors (only a pass lets the work item be closed), the
/// major-hazard review and closing.
/// </summary>
public sealed class HazardService(DoorstepDb db, WorkItemService workItems, InspectorDirectory inspectors, WorkingCalendar calendar, AuditLog audit, TimeProvider clock)
{
    public async Task<Page<HazardView>> SearchAsync(HazardQuery query, CancellationToken ct = default)
    {
        var today = ShanghaiTime.Today(clock);
        var rows = from h in db.Set<Hazard>().AsNoTracking()
                   join w in db.Set<WorkItem>().AsNoTracking() on h.WorkItemId equals w.Id
                   select new { h, w };
        if (query.Campaign is { } campaign)
        {
            rows = rows.Where(r => r.h.CampaignId == campaign);
        }

        if (query.Venue is { } venue)
        {
            rows = rows.Where(r => r.h.VenueId == venue);
        }

        if (!string.IsNullOrEmpty(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            rows = rows.Where(r => r.h.RegionCode.StartsWith(prefix));
        }

        if (query.MajorOnly)
        {
            rows = rows.Where(r => r.h.MajorConfirmed);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            rows = rows.Where(r => r.h.VenueName.Contains(q) || r.h.ItemText.Contains(q) || r.w.Number == q);
        }

        rows = query.State switch
        {
            HazardState.Closed => rows.Where(r => r.w.Status == WorkItemStatus.Closed || r.w.Status == WorkItemStatus.Evaluated),
            HazardState.Cancelled => rows.Where(r => r.w.Status == WorkItemStatus.Cancelled),
            HazardState.Rectified => rows.Where(r => r.w.Status == WorkItemStatus.Verified),
            HazardState.AwaitingReinspection => rows.Where(r => r.w.Status == WorkItemStatus.Handled),
            HazardState.Overdue => rows.Where(r => r.h.DueDate < today && Rectifying.Contains(r.w.Status)),
            HazardState.Rectifying => rows.Where(r => r.h.DueDate >= today && Rectifying.Contains(r.w.Status)),
            _ => rows,
        };

        return await rows.OrderBy(r => r.h.RectifiedOn != null).ThenBy(r => r.h.DueDate).ThenBy(r => r.h.VenueName)
            .ToPageAsync(query.Page, query.PageSize, 10_000, r => View(r.h, r.w, today), ct);
    }

    public async Task<HazardDetail?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var hazard = await db.Set<Hazard>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, ct);
        if (hazard is null)
        {
            return null;
        }

        var item = await db.Set<WorkItem>().IgnoreQueryFilters().AsNoTracking().FirstAsync(w => w.Id == hazard.WorkItemId, ct);
        var inspection = await db.Set<Inspection>().AsNoTracking().Where(i => i.Id == hazard.InspectionId)
            .Select(i => new { i.Number, i.NoticeNumber, i.InspectorNames }).FirstAsync(ct);
        var reinspections = await db.Set<Reinspection>().AsNoTracking().Where(r => r.HazardId == id).OrderBy(r => r.InspectedAt).ToListAsync(ct);
        var reviews = await db.Set<MajorHazardReview>().AsNoTracking().Where(r => r.HazardId == id).OrderBy(r => r.RecordedAt).ToListAsync(ct);
        return new(View(hazard, item, ShanghaiTime.Today(clock)), inspection.Number, inspection.NoticeNumber, inspection.InspectorNames, reinspections, reviews);
    }

    /// <summary>The owner says the fix is done and asks for re-inspection, which is then due within 3 working days.</summary>
    public async Task<Outcome<HazardView>> RequestReinspectionAsync(Guid id, OwnerRequestInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var (hazard, item) = await LoadAsync(id, ct);
        if (hazard is null || item is null)
        {
            errors.Add("id", "找不到该隐患，或不在您的管辖范围内");
            return Outcome<HazardView>.Fail(errors);
        }

        var today = ShanghaiTime.Today(clock);
        var on = input.RequestedOn ?? today;
        if (item.Status is not (WorkItemStatus.Dispatched or WorkItemStatus.Accepted))
        {
            errors.Add("id", $"隐患当前为“{StateName(State(hazard, item, today))}”，不能再申请复查");
        }
        else if (on > today || on < DateOnly.FromDateTime(ShanghaiTime.ToLocal(hazard.FoundAt)))
        {
            errors.Add("requestedOn", "申请日期须在发现隐患之后、不晚于今天");
        }

        if (input.Note?.Trim().Length > 500)
        {
            errors.Add("note", "说明不超过500个字");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<HazardView>.Fail(errors);
        }

        await using var work = await Work.BeginAsync(db.Database, ct);
        var owner = HazardPaths.Owner(hazard.VenueName);
        var version = item.Version;
        if (item.Status == WorkItemStatus.Dispatched)
        {
            var accepted = await workItems.ApplyAsync(item.Id, WorkItemActions.Accept, new TransitionInput { Version = version }, [], owner, ct);
            if (!accepted.Succeeded)
            {
                return Outcome<HazardView>.Fail(accepted.Errors);
            }

            version = accepted.Item!.Version;
        }

        var note = $"场所报告已整改，申请复查（{actor.UserName}登记）{(string.IsNullOrWhiteSpace(input.Note) ? "" : "：" + input.Note.Trim())}";
        var handled = await workItems.ApplyAsync(item.Id, WorkItemActions.Handle, new TransitionInput { Version = version, Note = note }, [], owner, ct);
        if (!handled.Succeeded)
        {
            db.ChangeTracker.Clear();
            return Outcome<HazardView>.Fail(handled.Errors);
        }

        var tracked = await db.Set<Hazard>().FirstAsync(h => h.Id == id, ct);
        tracked.OwnerRequestedOn = on;
        tracked.ReinspectBy = ReinspectionRule.Due(calendar, tracked.DueDate, on);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Hazard), handled.Item!.Number, detail: "owner requests re-inspection", cancellationToken: ct);
        await work.CommitAsync(ct);
        return Outcome<HazardView>.Ok(View(tracked, handled.Item, today));
    }

    /// <summary>
    /// Records a re-inspection. A pass verifies the work item (the owner's fix is reported first
    /// when inspectors find it done at the deadline); a failure sends the fix back to the owner.
    /// </summary>
    public async Task<Outcome<HazardView>> ReinspectAsync(Guid id, ReinspectionInput input, IReadOnlyList<PhotoUpload> photos, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var (hazard, item) = await LoadAsync(id, ct);
        if (hazard is null || item is null)
        {
            errors.Add("id", "找不到该隐患，或不在您的管辖范围内");
            return Outcome<HazardView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = ShanghaiTime.Today(clock);
        var at = input.InspectedAt is { } given ? DateTime.SpecifyKind(given.Kind == DateTimeKind.Local ? given.ToUniversalTime() : given, DateTimeKind.Utc) : now;
        if (item.Status is not (WorkItemStatus.Accepted or WorkItemStatus.Handled or WorkItemStatus.Dispatched))
        {
            errors.Add("id", $"隐患当前为“{StateName(State(hazard, item, today))}”，不需要复查");
        }

        if (at > now.AddMinutes(10) || at < hazard.FoundAt)
        {
            errors.Add("inspectedAt", "复查时间须在发现隐患之后、不晚于现在");
        }

        if (input.Passed is null)
        {
            errors.Add("passed", "请选择复查结论：已整改（通过）或未整改（不通过）");
        }

        if (input.Note?.Trim().Length > 1000)
        {
            errors.Add("note", "复查说明不超过1000个字");
        }

        var team = await inspectors.CheckAsync(input.Inspectors, hazard.RegionCode, "inspectors", errors, ct);
        if (!actor.IsSystem && team.Count > 0 && team.All(i => i.UserName != actor.UserName))
        {
            errors.Add("inspectors", "记录人须是复查人员之一");
        }

        PhotoRules.CheckAll(photos, errors);
        if (!errors.IsEmpty)
        {
            return Outcome<HazardView>.Fail(errors);
        }

        var passed = input.Passed!.Value;
        var names = string.Join('、', team.Select(i => i.Name));
        await using var work = await Work.BeginAsync(db.Database, ct);
        var current = item;
        if (passed && current.Status != WorkItemStatus.Handled)
        {
            var version = current.Version;
            var owner = HazardPaths.Owner(hazard.VenueName);
            if (current.Status == WorkItemStatus.Dispatched)
            {
                var accepted = await workItems.ApplyAsync(item.Id, WorkItemActions.Accept, new TransitionInput { Version = version }, [], owner, ct);
                version = accepted.Item?.Version ?? version;
            }

            var handled = await workItems.ApplyAsync(item.Id, WorkItemActions.Handle, new TransitionInput { Version = version, Note = $"复查时现场已整改（{actor.UserName}登记）" }, [], owner, ct);
            if (!handled.Succeeded)
            {
                db.ChangeTracker.Clear();
                return Outcome<HazardView>.Fail(handled.Errors);
            }

            current = handled.Item!;
        }

        if (current.Status == WorkItemStatus.Handled)
        {
            var verified = await workItems.VerifyByModuleAsync(
                item.Id,
                new TransitionInput { Version = current.Version, Passed = passed, Note = $"复查{(passed ? "通过" : "不通过")}（{names}）{(string.IsNullOrWhiteSpace(input.Note) ? "" : "：" + input.Note.Trim())}", Longitude = input.Longitude, Latitude = input.Latitude },
                photos,
                actor,
                ct);
            if (!verified.Succeeded)
            {
                db.ChangeTracker.Clear();
                return Outcome<HazardView>.Fail(verified.Errors);
            }

            current = verified.Item!;
        }

        db.Add(new Reinspection { Id = Guid.CreateVersion7(), HazardId = id, InspectedAt = at, Inspectors = string.Join(',', team.Select(i => i.UserName)), InspectorNames = names, Passed = passed, Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim() });
        var tracked = await db.Set<Hazard>().FirstAsync(h => h.Id == id, ct);
        if (passed)
        {
            tracked.RectifiedOn = DateOnly.FromDateTime(ShanghaiTime.ToLocal(at));
        }
        else
        {
            // The fix failed: the next re-inspection is counted from the deadline again.
            tracked.OwnerRequestedOn = null;
            tracked.ReinspectBy = ReinspectionRule.Due(calendar, tracked.DueDate);
        }

        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Hazard), item.Number, detail: passed ? "re-inspection passed" : "re-inspection failed", cancellationToken: ct);
        await work.CommitAsync(ct);
        return Outcome<HazardView>.Ok(View(tracked, current, today));
    }

    /// <summary>Records a major-hazard review; only a properly constituted one decides the hazard's severity.</summary>
    public async Task<Outcome<HazardView>> ReviewAsync(Guid id, ReviewInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var (hazard, item) = await LoadAsync(id, ct);
        if (hazard is null || item is null)
        {
            errors.Add("id", "找不到该隐患，或不在您的管辖范围内");
            return Outcome<HazardView>.Fail(errors);
        }

        var today = ShanghaiTime.Today(clock);
        var members = (input.Members ?? []).SelectMany(m => (m ?? "").Split(['、', ',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
        if (input.ReviewedOn is not { } on || on > today || on < DateOnly.FromDateTime(ShanghaiTime.ToLocal(hazard.FoundAt)))
        {
            errors.Add("reviewedOn", "判定日期须在发现隐患之后、不晚于今天");
        }

        if (input.Major is null)
        {
            errors.Add("major", "请选择判定结论：是否构成重大火灾隐患");
        }

        if (input.Basis?.Trim().Length > 1000)
        {
            errors.Add("basis", "判定依据不超过1000个字");
        }

        if (members.Any(m => m.Length > 20))
        {
            errors.Add("members", "参加人员姓名每个不超过20个字");
        }

        var agreeing = input.Agreeing ?? members.Count;
        switch (input.Method)
        {
            case ReviewMethod.Collective when members.Count < 3:
                errors.Add("members", $"集体讨论须有3人以上参加，现有{members.Count}人");
                break;
            case ReviewMethod.Collective when agreeing * 2 <= members.Count:
                errors.Add("agreeing", $"集体讨论须过半数同意，{members.Count}人中至少{members.Count / 2 + 1}人");
                break;
            case ReviewMethod.ExpertPanel when members.Count < 7:
                errors.Add("members", $"专家论证须有7人以上的专家组，现有{members.Count}人");
                break;
            case ReviewMethod.ExpertPanel when agreeing * 3 < members.Count * 2:
                errors.Add("agreeing", $"专家论证须三分之二以上同意，{members.Count}人中至少{(members.Count * 2 + 2) / 3}人");
                break;
            case ReviewMethod.Collective or ReviewMethod.ExpertPanel:
                break;
            default:
                errors.Add("method", "请选择判定方式：Collective（集体讨论）或 ExpertPanel（专家论证）");
                break;
        }

        if (agreeing < 0 || agreeing > members.Count)
        {
            errors.Add("agreeing", "同意人数不能超过参加人数");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<HazardView>.Fail(errors);
        }

        await using var work = await Work.BeginAsync(db.Database, ct);
        db.Add(new MajorHazardReview
        {
            Id = Guid.CreateVersion7(),
            HazardId = id,
            ReviewedOn = input.ReviewedOn!.Value,
            Method = input.Method!.Value,
            Members = string.Join('、', members),
            Agreeing = agreeing,
            Major = input.Major!.Value,
            Basis = string.IsNullOrWhiteSpace(input.Basis) ? null : input.Basis.Trim(),
            RecordedBy = actor.UserName,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        });
        var tracked = await db.Set<Hazard>().FirstAsync(h => h.Id == id, ct);
        tracked.MajorConfirmed = input.Major.Value;
        tracked.Severity = input.Major.Value ? HazardSeverity.Major : HazardSeverity.General;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Hazard), item.Number, detail: $"major-hazard review: {(input.Major.Value ? "major" : "not major")}", cancellationToken: ct);
        await work.CommitAsync(ct);
        return Outcome<HazardView>.Ok(View(tracked, item, today));
    }

    /// <summary>Closes the hazard's work item; the engine allows it only after a passing re-inspection.</summary>
    public async Task<Outcome<HazardView>> CloseAsync(Guid id, string? note, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var (hazard, item) = await LoadAsync(id, ct);
        if (hazard is null || item is null)
        {
            errors.Add("id", "找不到该隐患，或不在您的管辖范围内");
            return Outcome<HazardView>.Fail(errors);
        }

        if (item.Status != WorkItemStatus.Verified)
        {
            errors.Add("id", "隐患须复查合格后才能销案");
            return Outcome<HazardView>.Fail(errors);
        }

        var closed = await workItems.ApplyAsync(item.Id, WorkItemActions.Close, new TransitionInput { Version = item.Version, Note = note }, [], actor, ct);
        return closed.Succeeded ? Outcome<HazardView>.Ok(View(hazard, closed.Item!, ShanghaiTime.Today(clock))) : Outcome<HazardView>.Fail(closed.Errors);
    }

    public static HazardState State(Hazard h, WorkItem w, DateOnly today) => w.Status switch
    {
        WorkItemStatus.Closed or WorkItemStatus.Evaluated => HazardState.Closed,
        WorkItemStatus.Cancelled => HazardState.Cancelled,
        WorkItemStatus.Verified => HazardState.Rectified,
        WorkItemStatus.Handled => HazardState.AwaitingReinspection,
        _ when h.DueDate < today => HazardState.Overdue,
        _ => HazardState.Rectifying,
    };

    public static Text StateName(HazardState state) => state switch
    {
        HazardState.Rectifying => new("整改中", "Being rectified"),
        HazardState.Overdue => new("逾期未改", "Overdue"),
        HazardState.AwaitingReinspection => new("待复查", "Awaiting re-inspection"),
        HazardState.Rectified => new("已整改待销案", "Rectified, to close"),
        HazardState.Closed => new("已销案", "Closed"),
        _ => new("已撤销", "Cancelled"),
    };

    private static readonly WorkItemStatus[] Rectifying = [WorkItemStatus.Opened, WorkItemStatus.Dispatched, WorkItemStatus.Accepted, WorkItemStatus.Backlogged];

    private async Task<(Hazard?, WorkItem?)> LoadAsync(Guid id, CancellationToken ct)
    {
        var hazard = await db.Set<Hazard>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, ct);
        var item = hazard is null ? null : await db.Set<WorkItem>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(w => w.Id == hazard.WorkItemId, ct);
        return (hazard, item);
    }

    private static HazardView View(Hazard h, WorkItem w, DateOnly today) => new(
        h.Id, w.Id, w.Number, h.InspectionId, h.CampaignId, h.VenueId, h.VenueName, h.RegionCode, h.ItemText, h.Provision, h.Requirement, h.Location,
        h.Severity, h.MajorConfirmed, h.DueDate, h.ReinspectBy, h.OwnerRequestedOn, h.RectifiedOn, h.FoundAt, State(h, w, today), w.Status, w.Version);
}
