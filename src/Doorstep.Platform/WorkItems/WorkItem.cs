using Doorstep.Platform.Data;

namespace Doorstep.Platform.WorkItems;

/// <summary>
/// 工单: something that must be done by a deadline — a hazard to rectify, an appeal to resolve, a
/// referral to follow up. Its state changes only through <see cref="Lifecycle.WorkItemService"/>,
/// which writes a <see cref="WorkItemEvent"/> for every change.
/// </summary>
public sealed class WorkItem : IRegional
{
    public Guid Id { get; set; }

    /// <summary>The number people quote on the phone: GD + date + serial, e.g. GD202402080003.</summary>
    public required string Number { get; set; }

    public required string TypeCode { get; set; }

    public required string Category { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public required string RegionCode { get; set; }

    public string? Address { get; set; }

    public double? Longitude { get; set; }

    public double? Latitude { get; set; }

    /// <summary>What the item is about in its module, e.g. "venue:0190..."; opaque to the engine.</summary>
    public string? SubjectRef { get; set; }

    public WorkItemStatus Status { get; set; }

    public DateTime ReportedAt { get; set; }

    public required string ReportedBy { get; set; }

    /// <summary>Who to call back: the appellant's name and phone as the reporter gave them.</summary>
    public string? ContactName { get; set; }

    /// <summary>The contact phone, encrypted; shown masked unless revealed (audited).</summary>
    public string? ContactPhoneCipher { get; set; }

    public string? ContactPhoneMasked { get; set; }

    /// <summary>The time limit in force, as text (3wd, 2h...), kept so a later change of setting leaves the item alone.</summary>
    public string? TimeLimit { get; set; }

    public DateTime? OpenedAt { get; set; }

    public DateTime? DueAt { get; set; }

    /// <summary>When the last quarter of the allowed time begins: the item turns amber and its handler is reminded.</summary>
    public DateTime? RemindAt { get; set; }

    public string? DispatchedBy { get; set; }

    public Guid? AssignedUnitId { get; set; }

    public string? AssignedUnitName { get; set; }

    public string? AssignedUser { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public DateTime? HandledAt { get; set; }

    public DateTime? VerifiedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public DateTime? EvaluatedAt { get; set; }

    public Satisfaction? Satisfaction { get; set; }

    public int ReworkCount { get; set; }

    public int ExtensionCount { get; set; }

    /// <summary>A return, extension or backlog asked for and not yet decided.</summary>
    public PendingRequest Pending { get; set; }

    public string? PendingReason { get; set; }

    public string? PendingBy { get; set; }

    public DateTime? PendingAt { get; set; }

    /// <summary>For an extension: the extra working days asked for.</summary>
    public int? PendingDays { get; set; }

    /// <summary>The deadline the last reminder was sent for; a new deadline earns a new reminder.</summary>
    public DateTime? RemindedForDue { get; set; }

    /// <summary>The deadline the last escalation was raised for.</summary>
    public DateTime? EscalatedForDue { get; set; }

    /// <summary>Optimistic concurrency: every change bumps it, and a writer holding an older one is refused.</summary>
    public int Version { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Counts towards "overdue now": still being worked on and not parked.</summary>
    public bool IsOpen => Status is WorkItemStatus.Opened or WorkItemStatus.Dispatched or WorkItemStatus.Accepted or WorkItemStatus.Handled or WorkItemStatus.Verified;

    public bool IsClosed => Status is WorkItemStatus.Closed or WorkItemStatus.Evaluated;
}

/// <summary>The states of the grid work-item loop (GB/T 30428): 上报 → 立案 → 派遣 → 签收 → 处置 → 核查 → 结案 → 评价.</summary>
public enum WorkItemStatus
{
    /// <summary>上报: reported, waiting to be opened.</summary>
    Reported = 0,

    /// <summary>立案: opened, the clock runs, waiting for dispatch.</summary>
    Opened = 1,

    /// <summary>已派遣: sent to a unit or a person, waiting to be accepted.</summary>
    Dispatched = 2,

    /// <summary>处置中: accepted and being handled.</summary>
    Accepted = 3,

    /// <summary>已处置: the handler says it is done; waiting for verification.</summary>
    Handled = 4,

    /// <summary>已核查: seen done on site; waiting to be closed.</summary>
    Verified = 5,

    /// <summary>已结案.</summary>
    Closed = 6,

    /// <summary>已评价: called back and rated.</summary>
    Evaluated = 7,

    /// <summary>挂账: cannot be solved now (funds, planning); kept on the books, off the clock.</summary>
    Backlogged = 8,

    /// <summary>不予立案: not a matter for us, or a duplicate.</summary>
    Cancelled = 9,
}

/// <summary>满意度.</summary>
public enum Satisfaction
{
    Satisfied = 1,
    BasicallySatisfied = 2,
    Unsatisfied = 3,
}

/// <summary>A request that waits for an approver.</summary>
public enum PendingRequest
{
    None = 0,

    /// <summary>退回: not in the handler's remit.</summary>
    Return = 1,

    /// <summary>延期.</summary>
    Extension = 2,

    /// <summary>挂账.</summary>
    Backlog = 3,
}
