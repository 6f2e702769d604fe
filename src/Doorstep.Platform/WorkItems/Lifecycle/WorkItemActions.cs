using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.WorkItems.Types;
using static Doorstep.Platform.WorkItems.WorkItemStatus;

namespace Doorstep.Platform.WorkItems.Lifecycle;

/// <summary>Who of the people able to see an item may take an action on it.</summary>
public enum ActorRule
{
    /// <summary>Anyone holding the action's permission.</summary>
    Permission,

    /// <summary>The person or a member of the unit the item is assigned to (and holding the permission).</summary>
    Assignee,
}

/// <summary>One step of the loop: from which states it may be taken, by whom, and whether it needs a reason.</summary>
public sealed record WorkItemAction(string Code, Text Name, IReadOnlySet<WorkItemStatus> From, Func<WorkItemTypeDefinition, string> Permission, ActorRule Rule, bool NeedsNote)
{
    public bool AllowedFrom(WorkItemStatus status) => From.Contains(status);
}

/// <summary>
/// The transition table of the work-item loop. Pages use it to show the buttons a user may press;
/// the service uses the same table to refuse what is not allowed.
/// </summary>
public static class WorkItemActions
{
    public const string Open = "open";
    public const string Cancel = "cancel";
    public const string DispatchTo = "dispatch";
    public const string Accept = "accept";
    public const string Handle = "handle";
    public const string Verify = "verify";
    public const string Close = "close";
    public const string Evaluate = "evaluate";
    public const string RequestReturn = "request-return";
    public const string RequestExtension = "request-extension";
    public const string RequestBacklog = "request-backlog";
    public const string Decide = "decide";
    public const string Resume = "resume";

    /// <summary>Not an action anyone takes: the history line written when an item is reported.</summary>
    public const string Report = "report";

    public static readonly IReadOnlyList<WorkItemAction> All =
    [
        new(Open, new("受理立案", "Open"), Set(Reported), _ => WorkItemPermissions.Dispatch, ActorRule.Permission, false),
        new(Cancel, new("不予立案", "Cancel"), Set(Reported, Opened), _ => WorkItemPermissions.Dispatch, ActorRule.Permission, true),
        new(DispatchTo, new("派遣", "Dispatch"), Set(Opened, Dispatched), _ => WorkItemPermissions.Dispatch, ActorRule.Permission, false),
        new(Accept, new("签收", "Accept"), Set(Dispatched), t => t.HandlePermission, ActorRule.Assignee, false),
        new(Handle, new("处置反馈", "Report as handled"), Set(Accepted), t => t.HandlePermission, ActorRule.Assignee, true),
        new(Verify, new("现场核查", "Verify on site"), Set(Handled), t => t.VerifyPermission, ActorRule.Permission, false),
        new(Close, new("结案", "Close"), Set(Verified, Handled), _ => WorkItemPermissions.Dispatch, ActorRule.Permission, false),
        new(Evaluate, new("回访评价", "Call back and rate"), Set(Closed), _ => WorkItemPermissions.Dispatch, ActorRule.Permission, false),
        new(RequestReturn, new("申请退回", "Ask to return"), Set(Dispatched, Accepted), t => t.HandlePermission, ActorRule.Assignee, true),
        new(RequestExtension, new("申请延期", "Ask for more time"), Set(Dispatched, Accepted), t => t.HandlePermission, ActorRule.Assignee, true),
        new(RequestBacklog, new("申请挂账", "Ask to backlog"), Set(Accepted), t => t.HandlePermission, ActorRule.Assignee, true),
        new(Decide, new("审批", "Decide"), Set(Dispatched, Accepted), t => t.ApprovePermission, ActorRule.Permission, false),
        new(Resume, new("恢复办理", "Resume"), Set(Backlogged), _ => WorkItemPermissions.Dispatch, ActorRule.Permission, false),
    ];

    public static WorkItemAction? Find(string? code) => All.FirstOrDefault(a => a.Code == code);

    /// <summary>
    /// The actions the actor may take on the item now: the buttons a page shows.
    /// <paramref name="handledBy"/> is who reported it handled, who may not verify their own work.
    /// </summary>
    public static IEnumerable<WorkItemAction> AvailableTo(WorkItem item, WorkItemTypeDefinition type, Actor actor, string? handledBy) =>
        All.Where(a => a.AllowedFrom(item.Status)
            && actor.Can(a.Permission(type))
            && (a.Rule != ActorRule.Assignee || IsAssignee(item, actor))
            && a.Code switch
            {
                Verify => handledBy != actor.UserName && !type.IsVerifiedByModule(item),
                Close => item.Status == Verified || !type.VerifyOnSite,
                Evaluate => type.CallbackRequired,
                Decide => item.Pending != PendingRequest.None,
                RequestReturn or RequestExtension or RequestBacklog => item.Pending == PendingRequest.None,
                _ => true,
            });

    /// <summary>The person the item is assigned to, or a member of its unit; the system acts for anyone.</summary>
    public static bool IsAssignee(WorkItem item, Actor actor) =>
        actor.IsSystem
        || (item.AssignedUser is not null && item.AssignedUser == actor.UserName)
        || (item.AssignedUnitId is not null && item.AssignedUnitId == actor.UnitId);

    public static Text StatusName(WorkItemStatus status) => status switch
    {
        Reported => new("待受理", "Reported"),
        Opened => new("待派遣", "Opened"),
        Dispatched => new("待签收", "Dispatched"),
        Accepted => new("处置中", "In hand"),
        Handled => new("待核查", "Handled"),
        Verified => new("待结案", "Verified"),
        Closed => new("已结案", "Closed"),
        Evaluated => new("已评价", "Evaluated"),
        Backlogged => new("挂账", "Backlogged"),
        _ => new("不予立案", "Cancelled"),
    };

    public static Text ActionName(string code) => Find(code)?.Name ?? code switch
    {
        Report => new("上报", "Reported"),
        "auto-dispatch" => new("按规则派遣", "Dispatched by rule"),
        "rework" => new("返工", "Sent back for rework"),
        "approve" => new("批准", "Approved"),
        "reject" => new("驳回申请", "Request refused"),
        "photo" => new("上传照片", "Photo added"),
        _ => new(code, code),
    };

    public static Text SatisfactionName(Satisfaction satisfaction) => satisfaction switch
    {
        Satisfaction.Satisfied => new("满意", "Satisfied"),
        Satisfaction.BasicallySatisfied => new("基本满意", "Basically satisfied"),
        _ => new("不满意", "Unsatisfied"),
    };

    public static Text PendingName(PendingRequest request) => request switch
    {
        PendingRequest.Return => new("退回申请", "Return request"),
        PendingRequest.Extension => new("延期申请", "Extension request"),
        PendingRequest.Backlog => new("挂账申请", "Backlog request"),
        _ => new("", ""),
    };

    private static HashSet<WorkItemStatus> Set(params WorkItemStatus[] states) => [.. states];
}
