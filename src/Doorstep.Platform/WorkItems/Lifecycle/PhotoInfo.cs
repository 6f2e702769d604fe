namespace Doorstep.Platform.WorkItems.Lifecycle;

/// <summary>A photo without its bytes, for lists.</summary>
public sealed record PhotoInfo(Guid Id, long? EventId, string FileName, string ContentType, DateTime UploadedAt, string UploadedBy);
