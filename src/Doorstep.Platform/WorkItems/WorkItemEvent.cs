namespace Doorstep.Platform.WorkItems;

/// <summary>One line of an item's history: who did what, when, from which state to which, and where.</summary>
public sealed class WorkItemEvent
{
    public long Id { get; set; }

    public Guid WorkItemId { get; set; }

    public DateTime At { get; set; }

    public required string UserName { get; set; }

    public required string Action { get; set; }

    public WorkItemStatus? FromStatus { get; set; }

    public WorkItemStatus ToStatus { get; set; }

    public string? Note { get; set; }

    public double? Longitude { get; set; }

    public double? Latitude { get; set; }
}

/// <summary>A photo taken while handling or verifying an item; stored in the database so a backup holds it.</summary>
public sealed class WorkItemPhoto
{
    public Guid Id { get; set; }

    public Guid WorkItemId { get; set; }

    /// <summary>The event it was taken with, or null when uploaded on its own through the API.</summary>
    public long? EventId { get; set; }

    public WorkItemEvent? Event { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public DateTime UploadedAt { get; set; }

    public required string UploadedBy { get; set; }
}
