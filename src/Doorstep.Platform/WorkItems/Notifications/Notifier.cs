using Doorstep.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.WorkItems.Notifications;

/// <summary>
/// Adds notifications (and their SMS echoes) to the caller's unit of work; the caller's
/// SaveChanges commits them with the change that caused them.
/// </summary>
public sealed class Notifier(DoorstepDb db)
{
    /// <summary>The people an item is assigned to: the person, or every member of the unit.</summary>
    public async Task<List<string>> AssigneesAsync(WorkItem item, CancellationToken ct)
    {
        if (item.AssignedUser is { } user)
        {
            return [user];
        }

        if (item.AssignedUnitId is { } unit)
        {
            return await db.Users.Where(u => u.UnitId == unit && u.UserName != null).Select(u => u.UserName!).ToListAsync(ct);
        }

        return [];
    }

    public void Add(IEnumerable<string> users, string kind, string text, WorkItem item, DateTime now, string? occasion = null, bool sms = false)
    {
        foreach (var user in users.Distinct(StringComparer.Ordinal))
        {
            db.Set<Notification>().Add(new Notification
            {
                UserName = user,
                Kind = kind,
                Text = text,
                Link = "/work-items/" + item.Id,
                WorkItemId = item.Id,
                OccasionKey = occasion is null ? null : $"{occasion}:{user}",
                CreatedAt = now,
            });
            if (sms)
            {
                db.Set<OutboxMessage>().Add(new OutboxMessage { Channel = "sms", UserName = user, Text = text, CreatedAt = now });
            }
        }
    }

    public Task<int> UnreadCountAsync(string userName, CancellationToken ct = default) =>
        db.Set<Notification>().CountAsync(n => n.UserName == userName && n.ReadAt == null, ct);

    public Task<List<Notification>> LatestAsync(string userName, int take, CancellationToken ct = default) =>
        db.Set<Notification>().AsNoTracking().Where(n => n.UserName == userName).OrderByDescending(n => n.Id).Take(take).ToListAsync(ct);

    public Task<int> MarkAllReadAsync(string userName, DateTime now, CancellationToken ct = default) =>
        db.Set<Notification>().Where(n => n.UserName == userName && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
}
