using Doorstep.Kernel;
using Doorstep.Platform.Ui;

namespace Doorstep.Platform.WorkItems.Types;

/// <summary>
/// A kind of work item a module registers (隐患整改, 群众诉求, 转诊随访...): its categories and their
/// default time limits, who may handle, verify and approve, and which steps it goes through.
/// Officers override the time limits per region; these are the defaults.
/// </summary>
public sealed record WorkItemTypeDefinition(string Code, Text Name, IReadOnlyList<WorkItemCategory> Categories)
{
    /// <summary>Permission needed to accept and handle an item of this type.</summary>
    public string HandlePermission { get; init; } = WorkItemPermissions.Handle;

    /// <summary>Permission needed to verify the result on site.</summary>
    public string VerifyPermission { get; init; } = WorkItemPermissions.Verify;

    /// <summary>Permission needed to approve a return, an extension or a backlog.</summary>
    public string ApprovePermission { get; init; } = WorkItemPermissions.Approve;

    /// <summary>Whether someone must see the result on site before the item can be closed.</summary>
    public bool VerifyOnSite { get; init; } = true;

    /// <summary>Whether the reporter is called back and asked to rate the result after closing.</summary>
    public bool CallbackRequired { get; init; }

    /// <summary>Whether the reporter may set the deadline (a rectification notice names its own).</summary>
    public bool DeadlineSetByReporter { get; init; }

    /// <summary>
    /// Whether the reporter opens the item without a dispatcher: an inspector who serves a
    /// rectification notice on site has already decided the case is one.
    /// </summary>
    public bool ReporterOpens { get; init; }

    /// <summary>
    /// The items whose on-site check the owning module records (a re-inspection with its two
    /// inspectors); the generic verify step is not offered for them. Null when there are none.
    /// </summary>
    public Func<WorkItem, bool>? VerifiedByModule { get; init; }

    public bool IsVerifiedByModule(WorkItem item) => VerifiedByModule?.Invoke(item) == true;

    public WorkItemCategory? Category(string? code) => Categories.FirstOrDefault(c => c.Code == code);
}

/// <summary>A category inside a type, with its default time limit (emergency 2 h, general 7 days...).</summary>
public sealed record WorkItemCategory(string Code, Text Name, TimeLimit DefaultLimit);
