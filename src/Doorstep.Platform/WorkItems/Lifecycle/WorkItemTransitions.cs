using Doorstep.Kernel;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.WorkItems.Deadlines;
using Doorstep.Platform.WorkItems.Types;

namespace Doorstep.Platform.WorkItems.Lifecycle;

/// <summary>
/// What each step of the loop does to an item once it has been allowed: its state, its times,
/// its deadline and its pending request. Dispatch, which must find the assignee, is
/// <see cref="WorkItemDispatcher"/>'s.
/// </summary>
public sealed class WorkItemTransitions(WorkItemTypeCatalog types, DeadlinePolicy deadlines)
{
    internal async Task TakeAsync(WorkItem item, string action, WorkItemTypeDefinition type, TransitionInput input, Actor actor, DateTime now, CancellationToken ct)
    {
        switch (action)
        {
            case WorkItemActions.Open:
                await OpenAsync(item, null, now, ct);
                break;
            case WorkItemActions.Cancel:
                item.Status = WorkItemStatus.Cancelled;
                break;
            case WorkItemActions.Accept:
                item.Status = WorkItemStatus.Accepted;
                item.AcceptedAt = now;
                break;
            case WorkItemActions.Handle:
                item.Status = WorkItemStatus.Handled;
                item.HandledAt = now;
                break;
            case WorkItemActions.Verify:
                Verify(item, input.Passed!.Value, now);
                break;
            case WorkItemActions.Close:
                Close(item, type, now);
                break;
            case WorkItemActions.Evaluate:
                Evaluate(item, input.Satisfaction!.Value, input.HandlerAtFault ?? false, now);
                break;
            case WorkItemActions.RequestReturn:
                Request(item, PendingRequest.Return, input, actor, now);
                break;
            case WorkItemActions.RequestExtension:
                Request(item, PendingRequest.Extension, input, actor, now);
                break;
            case WorkItemActions.RequestBacklog:
                Request(item, PendingRequest.Backlog, input, actor, now);
                break;
            case WorkItemActions.Decide:
                Decide(item, input.Approve!.Value, now);
                break;
            case WorkItemActions.Resume:
                Resume(item, now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "Not a step this type takes");
        }
    }

    /// <summary>
    /// Starts the clock. An item keeps the limit it was opened with, so a later change of the
    /// region's setting does not move deadlines already promised.
    /// </summary>
    internal async Task OpenAsync(WorkItem item, DateOnly? dueDate, DateTime now, CancellationToken ct)
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
    }

    private void Verify(WorkItem item, bool passed, DateTime now)
    {
        if (passed)
        {
            item.Status = WorkItemStatus.Verified;
            item.VerifiedAt = now;
            return;
        }

        Rework(item, now);
    }

    private static void Close(WorkItem item, WorkItemTypeDefinition type, DateTime now)
    {
        item.Status = WorkItemStatus.Closed;
        item.ClosedAt = now;
        item.Pending = PendingRequest.None;
        if (!type.CallbackRequired)
        {
            item.Satisfaction = null;
        }
    }

    private void Evaluate(WorkItem item, Satisfaction satisfaction, bool handlerAtFault, DateTime now)
    {
        if (satisfaction == Satisfaction.Unsatisfied && handlerAtFault)
        {
            Rework(item, now);
            return;
        }

        item.Status = WorkItemStatus.Evaluated;
        item.EvaluatedAt = now;
        item.Satisfaction = satisfaction;
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

    private static void Request(WorkItem item, PendingRequest request, TransitionInput input, Actor actor, DateTime now)
    {
        item.Pending = request;
        item.PendingReason = input.Note!.Trim();
        item.PendingBy = actor.UserName;
        item.PendingAt = now;
        item.PendingDays = request == PendingRequest.Extension ? input.Days : null;
    }

    private void Decide(WorkItem item, bool approve, DateTime now)
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
    }

    /// <summary>Out of the backlog with the item's own limit counted afresh, as the time spent waiting was not the handler's.</summary>
    private void Resume(WorkItem item, DateTime now)
    {
        item.Status = WorkItemStatus.Accepted;
        var limit = item.TimeLimit is not null && TimeLimit.TryParse(item.TimeLimit, out var parsed, out _) ? parsed : TimeLimit.WorkingDays(3);
        item.DueAt = deadlines.DueFrom(now, limit);
        item.RemindAt = DeadlinePolicy.RemindAt(now, item.DueAt.Value);
    }
}
