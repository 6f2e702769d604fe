using Doorstep.Platform.WorkItems.Notifications;

namespace Doorstep.Platform.WorkItems.Lifecycle;

/// <summary>
/// Who hears of a step: the assignees of a new dispatch, a rework or a decision, and the
/// dispatcher of a request. Notifications join the step's unit of work, so nobody is told of a
/// step that was then refused at the database.
/// </summary>
public sealed class WorkItemNotices(Notifier notifier)
{
    internal async Task StepTakenAsync(WorkItem item, string action, TransitionInput input, DateTime now, CancellationToken ct)
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
}
