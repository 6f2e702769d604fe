namespace Doorstep.Platform.WorkItems.Notifications;

/// <summary>An in-app message for one user: a new assignment, a reminder, an escalation.</summary>
public sealed class Notification
{
    public long Id { get; set; }

    public required string UserName { get; set; }

    public required string Kind { get; set; }

    public required string Text { get; set; }

    public string? Link { get; set; }

    public Guid? WorkItemId { get; set; }

    /// <summary>Unique per recipient and occasion, so a job that runs twice cannot say the same thing twice.</summary>
    public string? OccasionKey { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }
}

/// <summary>
/// A message waiting to leave through an outbound channel (SMS). Written in the same transaction
/// as the notification it echoes, and marked sent only after the channel took it, so a restart
/// neither loses nor repeats it short of a crash between the two.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string UserName { get; set; }

    public required string Text { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

public static class NotificationKinds
{
    public const string Assigned = "assigned";
    public const string Reminder = "reminder";
    public const string Escalation = "escalation";
    public const string Request = "request";
    public const string Returned = "returned";
}
