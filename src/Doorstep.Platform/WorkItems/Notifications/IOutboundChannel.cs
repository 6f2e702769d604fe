using Microsoft.Extensions.Logging;

namespace Doorstep.Platform.WorkItems.Notifications;

/// <summary>
/// Where messages go beyond the app: an SMS gateway in production. Register another
/// implementation to replace the default, which only writes to the log.
/// </summary>
public interface IOutboundChannel
{
    string Name { get; }

    /// <summary>Sends one message; throws when the gateway refuses it, so it is tried again later.</summary>
    Task SendAsync(string userName, string? phone, string text, CancellationToken ct);
}

/// <summary>The default channel: a log line per message, for districts without an SMS gateway yet.</summary>
public sealed partial class LogOutboundChannel(ILogger<LogOutboundChannel> logger) : IOutboundChannel
{
    public string Name => "sms";

    public Task SendAsync(string userName, string? phone, string text, CancellationToken ct)
    {
        LogMessage(userName, phone is null ? "-" : string.Concat(phone.AsSpan(0, Math.Min(3, phone.Length)), "****"), text);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS to {User} ({Phone}): {Text}")]
    private partial void LogMessage(string user, string phone, string text);
}
