using Doorstep.Platform.Data;
using Doorstep.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.WorkItems.Notifications;

/// <summary>
/// Raises a reminder when an item enters the last quarter of its time and an escalation when it
/// passes its deadline, once each per deadline. "Once" is stored on the item (the deadline it was
/// raised for) in the same transaction as the notifications, and the notifications carry a unique
/// occasion key, so a run after a restart — or a second instance — neither repeats nor skips one.
/// </summary>
public sealed class DeadlineWatch(DoorstepDb db, Notifier notifier, TimeProvider clock)
{
    private const int Batch = 200;

    public async Task<(int Reminders, int Escalations)> RunOnceAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var reminders = 0;
        var escalations = 0;
        var assignees = new Dictionary<(string?, Guid?), List<string>>();

        // A unit's members are the same for every item sent to it; ask once per run.
        async Task<List<string>> AssigneesOf(WorkItem item)
        {
            if (!assignees.TryGetValue((item.AssignedUser, item.AssignedUnitId), out var people))
            {
                assignees[(item.AssignedUser, item.AssignedUnitId)] = people = await notifier.AssigneesAsync(item, ct);
            }

            return [.. people];
        }

        while (true)
        {
            var due = await OpenItems()
                .Where(w => w.RemindAt <= now && w.DueAt >= now && (w.RemindedForDue == null || w.RemindedForDue != w.DueAt))
                .OrderBy(w => w.DueAt).Take(Batch).ToListAsync(ct);
            foreach (var item in due)
            {
                var text = $"工单即将到期（{Tr.DateTime(item.DueAt!.Value)}）：{item.Number} {item.Title}";
                notifier.Add(await AssigneesOf(item), NotificationKinds.Reminder, text, item, now, Occasion("reminder", item), sms: true);
                item.RemindedForDue = item.DueAt;
            }

            await db.SaveChangesAsync(ct);
            reminders += due.Count;
            if (due.Count < Batch)
            {
                break;
            }
        }

        while (true)
        {
            var late = await OpenItems()
                .Where(w => w.DueAt < now && (w.EscalatedForDue == null || w.EscalatedForDue != w.DueAt))
                .OrderBy(w => w.DueAt).Take(Batch).ToListAsync(ct);
            foreach (var item in late)
            {
                var text = $"工单已超期（期限 {Tr.DateTime(item.DueAt!.Value)}）：{item.Number} {item.Title}";
                var people = await AssigneesOf(item);
                if (item.DispatchedBy is { } dispatcher)
                {
                    people.Add(dispatcher);
                }

                notifier.Add(people, NotificationKinds.Escalation, text, item, now, Occasion("escalation", item), sms: true);
                item.EscalatedForDue = item.DueAt;
            }

            await db.SaveChangesAsync(ct);
            escalations += late.Count;
            if (late.Count < Batch)
            {
                break;
            }
        }

        return (reminders, escalations);
    }

    private IQueryable<WorkItem> OpenItems() => db.Set<WorkItem>().Where(w =>
        w.DueAt != null && (w.Status == WorkItemStatus.Opened || w.Status == WorkItemStatus.Dispatched || w.Status == WorkItemStatus.Accepted || w.Status == WorkItemStatus.Handled || w.Status == WorkItemStatus.Verified));

    private static string Occasion(string kind, WorkItem item) => $"{kind}:{item.Id:N}:{item.DueAt!.Value.Ticks}";
}
