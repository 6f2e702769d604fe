using Doorstep.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.WorkItems.Notifications;

/// <summary>Hands waiting outbox messages to their channel and marks them sent; a refusal is retried on the next run.</summary>
public sealed class OutboxSender(DoorstepDb db, IEnumerable<IOutboundChannel> channels, TimeProvider clock)
{
    public const int MaxAttempts = 10;

    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var waiting = await db.Set<OutboxMessage>()
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.Id).Take(200).ToListAsync(ct);
        var sent = 0;
        foreach (var message in waiting)
        {
            var channel = channels.LastOrDefault(c => c.Name == message.Channel);
            message.Attempts++;
            if (channel is null)
            {
                message.LastError = $"no channel {message.Channel}";
                continue;
            }

            var phone = await db.Users.Where(u => u.UserName == message.UserName).Select(u => u.PhoneNumber).FirstOrDefaultAsync(ct);
            try
            {
                await channel.SendAsync(message.UserName, phone, message.Text, ct);
                message.SentAt = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                message.LastError = e.Message.Length > 500 ? e.Message[..500] : e.Message;
            }

            await db.SaveChangesAsync(ct);
        }

        return sent;
    }
}
