using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Doorstep.Platform.WorkItems;
using Doorstep.Platform.WorkItems.Deadlines;
using Doorstep.Platform.WorkItems.Dispatch;
using Doorstep.Platform.WorkItems.Lifecycle;
using Doorstep.Platform.WorkItems.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Platform.Tests.WorkItems;

/// <summary>
/// The work-item loop of domain-rules.md ("Grid work-item loop", "Care and appeals"): every
/// transition, the refusals, deadlines over the Spring Festival, approvals and rework.
/// </summary>
public sealed class LifecycleTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00];

    [Fact]
    public async Task An_item_walks_the_whole_loop_and_every_step_is_in_its_history()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        var item = (await desk.CreateAsync(WorkItemDesk.Appeal(), desk.Deputy)).Item!;
        item.Status.ShouldBe(WorkItemStatus.Reported);
        item.Number.ShouldBe("GD202402080001");
        item.ContactPhoneMasked.ShouldBe("139****0215");
        item.ContactPhoneCipher.ShouldNotBeNull().ShouldNotContain("13907330215");

        item = await desk.StepAsync(item, WorkItemActions.Open, desk.Officer);
        item.Status.ShouldBe(WorkItemStatus.Opened);
        item.TimeLimit.ShouldBe("7d");
        item.DueAt.ShouldBe(WorkItemDesk.Start.UtcDateTime.AddDays(7));

        desk.Clock.Advance(TimeSpan.FromHours(1));
        item = await desk.StepAsync(item, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { AssignUser = "grid" });
        item = await desk.StepAsync(item, WorkItemActions.Accept, desk.Grid, new TransitionInput { Longitude = 113.0151, Latitude = 27.7452 });
        item = await desk.StepAsync(item, WorkItemActions.Handle, desk.Grid, new TransitionInput { Note = "已更换4盏路灯" }, [new PhotoUpload("灯.jpg", "image/jpeg", Jpeg)]);
        item = await desk.StepAsync(item, WorkItemActions.Verify, desk.Officer, new TransitionInput { Passed = true });
        item = await desk.StepAsync(item, WorkItemActions.Close, desk.Officer);
        item.ClosedAt.ShouldNotBeNull();
        item = await desk.StepAsync(item, WorkItemActions.Evaluate, desk.Officer, new TransitionInput { Satisfaction = Satisfaction.Satisfied });
        item.Status.ShouldBe(WorkItemStatus.Evaluated);
        item.Version.ShouldBe(7);

        var history = await desk.QueryAsync(db => db.Set<WorkItemEvent>().Where(e => e.WorkItemId == item.Id).OrderBy(e => e.Id).ToListAsync());
        history.Select(e => e.Action).ShouldBe(["report", "open", "dispatch", "accept", "handle", "verify", "close", "evaluate"]);
        history.Select(e => e.UserName).ShouldBe(["deputy", "officer", "officer", "grid", "grid", "officer", "officer", "officer"]);
        history[3].Longitude.ShouldBe(113.0151);
        history[4].Note.ShouldBe("已更换4盏路灯");
        history[2].At.ShouldBe(WorkItemDesk.Start.UtcDateTime.AddHours(1));
        history.Skip(1).Select(e => e.FromStatus).ShouldBe([WorkItemStatus.Reported, WorkItemStatus.Opened, WorkItemStatus.Dispatched, WorkItemStatus.Accepted, WorkItemStatus.Handled, WorkItemStatus.Verified, WorkItemStatus.Closed]);
        var photo = await desk.QueryAsync(db => db.Set<WorkItemPhoto>().SingleAsync(p => p.WorkItemId == item.Id));
        photo.EventId.ShouldBe(history[4].Id);
        photo.ContentType.ShouldBe("image/jpeg");
    }

    [Fact]
    public async Task A_three_working_day_item_opened_on_8_February_2024_is_due_at_the_close_of_19_February()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        var item = (await desk.CreateAsync(new NewWorkItem
        {
            TypeCode = "safety.complaint", Category = "other", Title = "楼道堆放杂物", RegionCode = DemoDistrict.Xiashi + "001", Open = true,
        }, desk.Officer)).Item!;

        item.Status.ShouldBe(WorkItemStatus.Opened);
        item.DueAt.ShouldBe(WorkItemDesk.Beijing(2024, 2, 19, 17, 30));
        // Amber once three quarters of the time has gone.
        item.RemindAt.ShouldBe(item.DueAt!.Value - ((item.DueAt.Value - WorkItemDesk.Start.UtcDateTime) / 4));
        DeadlineClock.Of(item, WorkItemDesk.Start.UtcDateTime).ShouldBe(Urgency.OnTrack);
        DeadlineClock.Of(item, item.RemindAt!.Value).ShouldBe(Urgency.Near);
        DeadlineClock.Of(item, item.DueAt.Value.AddMinutes(1)).ShouldBe(Urgency.Overdue);
    }

    [Fact]
    public async Task A_region_setting_overrides_the_default_and_the_nearest_region_wins()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        await desk.WithAsync<TimeLimitSettings, bool>(async s =>
        {
            (await s.SaveAsync("care.appeal", "general", DemoDistrict.Tianyuan, "5wd", desk.Officer)).Succeeded.ShouldBeTrue();
            (await s.SaveAsync("care.appeal", "general", DemoDistrict.Xiashi, "3wd", desk.Officer)).Succeeded.ShouldBeTrue();
            return true;
        });

        var inXiashi = (await desk.CreateAsync(WorkItemDesk.Appeal(open: true), desk.Officer)).Item!;
        var elsewhere = (await desk.CreateAsync(WorkItemDesk.Appeal(open: true) with { RegionCode = DemoDistrict.Kanghua + "001" }, desk.Officer)).Item!;

        inXiashi.TimeLimit.ShouldBe("3wd");
        inXiashi.DueAt.ShouldBe(WorkItemDesk.Beijing(2024, 2, 19, 17, 30));
        elsewhere.TimeLimit.ShouldBe("5wd");
        elsewhere.DueAt.ShouldBe(WorkItemDesk.Beijing(2024, 2, 21, 17, 30));
    }

    [Fact]
    public async Task Bad_time_limit_settings_are_refused_with_the_reason()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        var outcome = await desk.WithAsync<TimeLimitSettings, Validation.Outcome<TimeLimitSetting>>(s =>
            s.SaveAsync("care.appeal", "nonsense", "4302", "3 weeks", desk.Officer));

        outcome.Succeeded.ShouldBeFalse();
        outcome.Errors.For("category").ShouldNotBeNull().ShouldContain("nonsense");
        outcome.Errors.For("regionCode").ShouldNotBeNull();
        outcome.Errors.For("limit").ShouldNotBeNull().ShouldContain("单位无法识别");
        (await desk.QueryAsync(db => db.Set<TimeLimitSetting>().CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task A_dispatch_rule_sends_an_opened_item_to_its_unit_and_tells_the_members()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        var rule = await desk.WithAsync<DispatchRules, Validation.Outcome<DispatchRule>>(r =>
            r.AddAsync("care.appeal", null, DemoDistrict.Xiashi, desk.Committee, null, desk.Officer));
        rule.Succeeded.ShouldBeTrue(rule.Errors.ToString());

        var item = (await desk.CreateAsync(WorkItemDesk.Appeal(open: true), desk.Officer)).Item!;

        item.Status.ShouldBe(WorkItemStatus.Dispatched);
        item.AssignedUnitId.ShouldBe(desk.Committee);
        item.AssignedUnitName.ShouldBe(DemoDistrict.XiashiCommittee);
        var actions = await desk.QueryAsync(db => db.Set<WorkItemEvent>().Where(e => e.WorkItemId == item.Id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        actions.ShouldBe(["report", "open", "auto-dispatch"]);
        var told = await desk.QueryAsync(db => db.Set<Notification>().Where(n => n.WorkItemId == item.Id).Select(n => n.UserName).ToListAsync());
        told.ShouldBe(["grid"]);

        // A member of the unit accepts it; someone outside the unit may not.
        (await desk.ApplyAsync(item, WorkItemActions.Accept, desk.As("fire", Roles.FireInspector))).Failure.ShouldBe(WorkItemFailure.Forbidden);
        (await desk.StepAsync(item, WorkItemActions.Accept, desk.Grid)).Status.ShouldBe(WorkItemStatus.Accepted);
    }

    [Fact]
    public async Task A_step_from_the_wrong_state_is_refused_and_nothing_is_written()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        var item = (await desk.CreateAsync(WorkItemDesk.Appeal(), desk.Officer)).Item!;

        var outcome = await desk.ApplyAsync(item, WorkItemActions.Close, desk.Officer);

        outcome.Failure.ShouldBe(WorkItemFailure.Invalid);
        outcome.Errors.For("action").ShouldBe("工单当前状态为“待受理”，不能“结案”");
        var after = await desk.QueryAsync(db => db.Set<WorkItem>().SingleAsync(w => w.Id == item.Id));
        after.Status.ShouldBe(WorkItemStatus.Reported);
        after.Version.ShouldBe(item.Version);
        (await desk.QueryAsync(db => db.Set<WorkItemEvent>().CountAsync(e => e.WorkItemId == item.Id))).ShouldBe(1);
    }

    [Theory]
    [InlineData(WorkItemActions.Accept)]
    [InlineData(WorkItemActions.Handle)]
    [InlineData(WorkItemActions.Verify)]
    [InlineData(WorkItemActions.Close)]
    [InlineData(WorkItemActions.Evaluate)]
    [InlineData(WorkItemActions.Decide)]
    [InlineData(WorkItemActions.Resume)]
    [InlineData(WorkItemActions.RequestBacklog)]
    public async Task Every_step_but_open_and_cancel_is_refused_on_a_reported_item(string action)
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        var item = (await desk.CreateAsync(WorkItemDesk.Appeal(), desk.Officer)).Item!;

        var outcome = await desk.ApplyAsync(item, action, desk.Officer, new TransitionInput { Note = "x", Passed = true, Approve = true, Satisfaction = Satisfaction.Satisfied });

        outcome.Succeeded.ShouldBeFalse();
        outcome.Errors.For("action").ShouldNotBeNull().ShouldContain("待受理");
    }

    [Fact]
    public async Task Unknown_types_missing_fields_and_bad_photos_are_refused_with_reasons()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        var unknown = await desk.CreateAsync(WorkItemDesk.Appeal() with { TypeCode = "health.nonsense" }, desk.Officer);
        unknown.Errors.For("typeCode").ShouldNotBeNull().ShouldContain("不存在");

        var bad = await desk.CreateAsync(new NewWorkItem { TypeCode = "care.appeal", Category = "general", Title = " ", RegionCode = "430211999999", ContactPhone = "12345", Longitude = 200, Latitude = 27.8 }, desk.Officer);
        bad.Errors.For("title").ShouldNotBeNull();
        bad.Errors.For("regionCode").ShouldNotBeNull();
        bad.Errors.For("contactPhone").ShouldNotBeNull();
        bad.Errors.For("longitude").ShouldNotBeNull().ShouldContain("经度应在-180到180之间");

        var item = (await desk.CreateAsync(WorkItemDesk.Appeal(open: true), desk.Officer)).Item!;
        item = await desk.StepAsync(item, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { AssignUser = "grid" });
        item = await desk.StepAsync(item, WorkItemActions.Accept, desk.Grid);

        var notImage = await desk.ApplyAsync(item, WorkItemActions.Handle, desk.Grid, new TransitionInput { Note = "已处理" }, [new PhotoUpload("report.pdf", "image/jpeg", "%PDF-1.7"u8.ToArray())]);
        notImage.Errors.For("photos").ShouldNotBeNull().ShouldContain("不是图片");
        var tooBig = await desk.ApplyAsync(item, WorkItemActions.Handle, desk.Grid, new TransitionInput { Note = "已处理" }, [new PhotoUpload("big.jpg", "image/jpeg", [.. Jpeg, .. new byte[PhotoRules.MaxBytes]])]);
        tooBig.Errors.For("photos").ShouldNotBeNull().ShouldContain("超过 5 MB");
        var noNote = await desk.ApplyAsync(item, WorkItemActions.Handle, desk.Grid);
        noNote.Errors.For("note").ShouldBe("请填写处置情况");

        var after = await desk.QueryAsync(db => db.Set<WorkItem>().SingleAsync(w => w.Id == item.Id));
        after.Status.ShouldBe(WorkItemStatus.Accepted);
        (await desk.QueryAsync(db => db.Set<WorkItemPhoto>().CountAsync())).ShouldBe(0);
        (await desk.QueryAsync(db => db.Set<WorkItem>().CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task A_handler_outside_the_items_region_or_without_the_permission_is_refused()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        var item = (await desk.CreateAsync(WorkItemDesk.Appeal(open: true), desk.Officer)).Item!;

        // The family doctor's scope is 嵩山街道; the item is in 霞石村.
        var outside = await desk.ApplyAsync(item, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { AssignUser = "doctor" });
        outside.Errors.For("assignee").ShouldNotBeNull().ShouldContain("管辖区域不含");
        // The deputy may report but not handle.
        var deputy = await desk.ApplyAsync(item, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { AssignUser = "deputy" });
        deputy.Errors.For("assignee").ShouldNotBeNull().ShouldContain("没有办理");
        // A unit whose region does not contain the item.
        var kanghua = await desk.CreateAsync(WorkItemDesk.Appeal(open: true) with { RegionCode = DemoDistrict.Kanghua + "001" }, desk.Officer);
        var wrongUnit = await desk.ApplyAsync(kanghua.Item!, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { UnitId = desk.Committee });
        wrongUnit.Errors.For("assignee").ShouldNotBeNull().ShouldContain("不管辖");

        (await desk.QueryAsync(db => db.Set<WorkItem>().SingleAsync(w => w.Id == item.Id))).Status.ShouldBe(WorkItemStatus.Opened);
    }

    [Fact]
    public async Task Only_an_approver_may_extend_a_deadline_and_the_extension_counts_working_days()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        var item = (await desk.CreateAsync(new NewWorkItem
        {
            TypeCode = "safety.complaint", Category = "other", Title = "楼道堆放杂物", RegionCode = DemoDistrict.Xiashi + "001", Open = true,
        }, desk.Officer)).Item!;
        item = await desk.StepAsync(item, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { AssignUser = "grid" });
        item = await desk.StepAsync(item, WorkItemActions.Accept, desk.Grid);
        var due = item.DueAt;

        // Asking is not getting: the deadline stays until someone approves.
        (await desk.ApplyAsync(item, WorkItemActions.RequestExtension, desk.Grid, new TransitionInput { Days = 2 })).Errors.For("note").ShouldBe("请填写申请理由");
        item = await desk.StepAsync(item, WorkItemActions.RequestExtension, desk.Grid, new TransitionInput { Days = 2, Note = "店主外出，节后才能清理" });
        item.Pending.ShouldBe(PendingRequest.Extension);
        item.DueAt.ShouldBe(due);
        var selfApproval = await desk.ApplyAsync(item, WorkItemActions.Decide, desk.Grid, new TransitionInput { Approve = true });
        selfApproval.Failure.ShouldBe(WorkItemFailure.Forbidden);
        (await desk.QueryAsync(db => db.Set<WorkItem>().SingleAsync(w => w.Id == item.Id))).DueAt.ShouldBe(due);

        item = await desk.StepAsync(item, WorkItemActions.Decide, desk.Officer, new TransitionInput { Approve = true });
        item.Pending.ShouldBe(PendingRequest.None);
        item.ExtensionCount.ShouldBe(1);
        // Two working days after Mon 19 Feb 2024 17:30.
        item.DueAt.ShouldBe(WorkItemDesk.Beijing(2024, 2, 21, 17, 30));
    }

    [Fact]
    public async Task An_approved_return_puts_the_item_back_for_dispatch_and_a_refused_one_changes_nothing()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        var item = (await desk.CreateAsync(WorkItemDesk.Appeal(open: true), desk.Officer)).Item!;
        item = await desk.StepAsync(item, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { AssignUser = "grid" });

        item = await desk.StepAsync(item, WorkItemActions.RequestReturn, desk.Grid, new TransitionInput { Note = "属供电公司职责" });
        item = await desk.StepAsync(item, WorkItemActions.Decide, desk.Officer, new TransitionInput { Approve = false, Note = "路灯归村委会管理" });
        item.Status.ShouldBe(WorkItemStatus.Dispatched);
        item.AssignedUser.ShouldBe("grid");

        item = await desk.StepAsync(item, WorkItemActions.RequestReturn, desk.Grid, new TransitionInput { Note = "属供电公司职责" });
        item = await desk.StepAsync(item, WorkItemActions.Decide, desk.Officer, new TransitionInput { Approve = true });
        item.Status.ShouldBe(WorkItemStatus.Opened);
        item.AssignedUser.ShouldBeNull();
        var actions = await desk.QueryAsync(db => db.Set<WorkItemEvent>().Where(e => e.WorkItemId == item.Id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        actions.ShouldBe(["report", "open", "dispatch", "request-return", "reject", "request-return", "approve"]);
    }

    [Fact]
    public async Task A_backlogged_item_is_off_the_clock_until_resumed()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        var item = (await desk.CreateAsync(WorkItemDesk.Appeal(category: "complex", open: true), desk.Officer)).Item!;
        item = await desk.StepAsync(item, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { UnitId = desk.Town });
        item = await desk.StepAsync(item, WorkItemActions.Accept, desk.As("towner", Roles.DistrictOfficer, desk.Town));
        item = await desk.StepAsync(item, WorkItemActions.RequestBacklog, desk.As("towner", Roles.DistrictOfficer, desk.Town), new TransitionInput { Note = "资金待下达" });
        item = await desk.StepAsync(item, WorkItemActions.Decide, desk.Officer, new TransitionInput { Approve = true });
        item.Status.ShouldBe(WorkItemStatus.Backlogged);
        DeadlineClock.Of(item, item.DueAt!.Value.AddDays(30)).ShouldBe(Urgency.None);

        desk.Clock.Advance(TimeSpan.FromDays(40));
        item = await desk.StepAsync(item, WorkItemActions.Resume, desk.Officer);
        item.Status.ShouldBe(WorkItemStatus.Accepted);
        item.DueAt.ShouldBe(desk.Clock.GetUtcNow().UtcDateTime.AddDays(15));
    }

    [Fact]
    public async Task Unsatisfied_through_the_handlers_fault_sends_the_item_back_as_rework()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        var item = (await desk.CreateAsync(WorkItemDesk.Appeal(open: true), desk.Officer)).Item!;
        item = await desk.StepAsync(item, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { AssignUser = "grid" });
        item = await desk.StepAsync(item, WorkItemActions.Accept, desk.Grid);
        item = await desk.StepAsync(item, WorkItemActions.Handle, desk.Grid, new TransitionInput { Note = "已报修" });
        item = await desk.StepAsync(item, WorkItemActions.Verify, desk.Officer, new TransitionInput { Passed = true });
        item = await desk.StepAsync(item, WorkItemActions.Close, desk.Officer);

        (await desk.ApplyAsync(item, WorkItemActions.Evaluate, desk.Officer, new TransitionInput { Satisfaction = Satisfaction.Satisfied, HandlerAtFault = true }))
            .Errors.For("handlerAtFault").ShouldNotBeNull();
        desk.Clock.Advance(TimeSpan.FromDays(2));
        item = await desk.StepAsync(item, WorkItemActions.Evaluate, desk.Officer, new TransitionInput { Satisfaction = Satisfaction.Unsatisfied, HandlerAtFault = true, Note = "路灯仍不亮" });

        item.Status.ShouldBe(WorkItemStatus.Accepted);
        item.ReworkCount.ShouldBe(1);
        item.ClosedAt.ShouldBeNull();
        item.DueAt.ShouldBe(desk.Clock.GetUtcNow().UtcDateTime.AddDays(7));
        var told = await desk.QueryAsync(db => db.Set<Notification>().Where(n => n.WorkItemId == item.Id && n.Kind == NotificationKinds.Returned).Select(n => n.UserName).ToListAsync());
        told.ShouldBe(["grid"]);

        // Unsatisfied for reasons beyond the handler: rated, not reworked.
        item = await desk.StepAsync(item, WorkItemActions.Handle, desk.Grid, new TransitionInput { Note = "更换线路" });
        item = await desk.StepAsync(item, WorkItemActions.Verify, desk.Officer, new TransitionInput { Passed = true });
        item = await desk.StepAsync(item, WorkItemActions.Close, desk.Officer);
        item = await desk.StepAsync(item, WorkItemActions.Evaluate, desk.Officer, new TransitionInput { Satisfaction = Satisfaction.Unsatisfied, HandlerAtFault = false });
        item.Status.ShouldBe(WorkItemStatus.Evaluated);
        item.ReworkCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_failed_verification_is_rework_and_needs_the_reason()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        var item = (await desk.CreateAsync(WorkItemDesk.Appeal(open: true), desk.Officer)).Item!;
        item = await desk.StepAsync(item, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { AssignUser = "grid" });
        item = await desk.StepAsync(item, WorkItemActions.Accept, desk.Grid);
        item = await desk.StepAsync(item, WorkItemActions.Handle, desk.Grid, new TransitionInput { Note = "已处理" });

        (await desk.ApplyAsync(item, WorkItemActions.Verify, desk.Officer, new TransitionInput { Passed = false })).Errors.For("note").ShouldNotBeNull();
        (await desk.ApplyAsync(item, WorkItemActions.Close, desk.Officer)).Errors.For("action").ShouldNotBeNull().ShouldContain("现场核查");
        item = await desk.StepAsync(item, WorkItemActions.Verify, desk.Officer, new TransitionInput { Passed = false, Note = "仍有2盏不亮" });

        item.Status.ShouldBe(WorkItemStatus.Accepted);
        item.ReworkCount.ShouldBe(1);
    }

    [Fact]
    public async Task Whoever_handled_an_item_may_not_verify_it()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        var item = (await desk.CreateAsync(WorkItemDesk.Appeal(open: true), desk.Officer)).Item!;
        item = await desk.StepAsync(item, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { AssignUser = "grid" });
        item = await desk.StepAsync(item, WorkItemActions.Accept, desk.Grid);
        item = await desk.StepAsync(item, WorkItemActions.Handle, desk.Grid, new TransitionInput { Note = "已处理" });

        var own = await desk.ApplyAsync(item, WorkItemActions.Verify, desk.Grid, new TransitionInput { Passed = true });

        own.Failure.ShouldBe(WorkItemFailure.Forbidden);
        own.Errors.For("action").ShouldNotBeNull().ShouldContain("不能核查自己");
        var type = desk.Fixture.Factory.Services.GetRequiredService<Platform.WorkItems.Types.WorkItemTypeCatalog>().Find("care.appeal")!;
        WorkItemActions.AvailableTo(item, type, desk.Grid, "grid").ShouldNotContain(a => a.Code == WorkItemActions.Verify);
        WorkItemActions.AvailableTo(item, type, desk.As("grid2", Roles.GridMember), "grid").ShouldContain(a => a.Code == WorkItemActions.Verify);
        (await desk.StepAsync(item, WorkItemActions.Verify, desk.Officer, new TransitionInput { Passed = true })).Status.ShouldBe(WorkItemStatus.Verified);
    }

    [Fact]
    public async Task Items_are_numbered_per_day()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        (await desk.CreateAsync(WorkItemDesk.Appeal("一"), desk.Officer)).Item!.Number.ShouldBe("GD202402080001");
        (await desk.CreateAsync(WorkItemDesk.Appeal("二"), desk.Officer)).Item!.Number.ShouldBe("GD202402080002");
        desk.Clock.Advance(TimeSpan.FromDays(1));
        (await desk.CreateAsync(WorkItemDesk.Appeal("三"), desk.Officer)).Item!.Number.ShouldBe("GD202402090001");
    }
}
