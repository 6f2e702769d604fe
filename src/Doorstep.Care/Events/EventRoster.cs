using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Events;

/// <summary>
/// Who holds a place at an event: every change to an event's sign-ups goes through
/// <see cref="ChangeAsync"/>, which claims the event first so two people can never both take the
/// last place.
/// </summary>
public sealed class EventRoster(DoorstepDb db, TimeProvider clock)
{
    // Enough for a crowd pressing 报名 at once; each retry means someone else just succeeded.
    private const int RosterAttempts = 20;

    /// <summary>
    /// Claims the event (raising its concurrency token, so anyone who counted the same sign-ups
    /// before us fails and counts again), then applies <paramref name="change"/> to its active
    /// sign-ups and saves, all in one transaction. A refused change writes nothing.
    /// </summary>
    public async Task<RosterOutcome> ChangeAsync(
        Guid eventId, Func<CommunityEvent, List<EventSignUp>, DateTime, Task<RosterOutcome>> change, Func<RosterOutcome, CancellationToken, Task> audited, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var work = await Work.BeginAsync(db.Database, ct);
            var e = await db.Set<CommunityEvent>().FirstOrDefaultAsync(x => x.Id == eventId, ct);
            if (e is null)
            {
                return RosterOutcome.Fail(RosterRefusal.NotFound, "event", "找不到该活动，或不在您的管辖范围内");
            }

            e.RosterVersion++;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < RosterAttempts)
            {
                // Someone changed the sign-ups since we read the event: forget it and count again.
                db.Entry(e).State = EntityState.Detached;
                continue;
            }

            var active = await db.Set<EventSignUp>().Where(s => s.EventId == eventId && s.Status != SignUpStatus.Cancelled).OrderBy(s => s.Sequence).ToListAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var outcome = await change(e, active, now);
            if (!outcome.Succeeded)
            {
                Forget(e, active);
                return outcome;
            }

            await db.SaveChangesAsync(ct);
            await work.CommitAsync(ct);
            await audited(outcome, ct);
            return outcome;
        }
    }

    // A refused change leaves nothing tracked behind to be saved by a later call on this context.
    private void Forget(CommunityEvent e, IEnumerable<EventSignUp> signUps)
    {
        foreach (var entry in db.ChangeTracker.Entries<EventSignUp>().Where(x => signUps.Contains(x.Entity) || x.State == EntityState.Added).ToList())
        {
            entry.State = EntityState.Detached;
        }

        db.Entry(e).State = EntityState.Detached;
    }

    /// <summary>Gives places to the head of the waiting list while the capacity allows; their names.</summary>
    public static List<string> Promote(CommunityEvent e, List<EventSignUp> active, DateTime now)
    {
        var waiting = active.Where(s => s.Status == SignUpStatus.Waiting).OrderBy(s => s.Sequence).ToList();
        var count = SignUpRules.ToPromote(e.Capacity, active.Count(s => s.Status == SignUpStatus.Confirmed), waiting.Count);
        foreach (var s in waiting.Take(count))
        {
            s.Status = SignUpStatus.Confirmed;
            s.PromotedAt = now;
        }

        return [.. waiting.Take(count).Select(s => s.Name)];
    }

    public static List<SignUpView> Views(IReadOnlyList<EventSignUp> all) => [.. all.Select(s => View(s, all))];

    public static SignUpView View(EventSignUp s, IReadOnlyCollection<EventSignUp> all) => new(
        s.Id, s.Sequence, s.Name, s.PersonId, s.IdNumberMasked, s.PhoneMasked, s.Status, EventService.StatusName(s.Status),
        s.Status == SignUpStatus.Waiting ? all.Count(o => o.Status == SignUpStatus.Waiting && o.Sequence < s.Sequence) + 1 : null,
        s.Note, s.Attended, s.SignedUpAt, s.SignedUpBy, s.PromotedAt, s.CancelledAt);
}
