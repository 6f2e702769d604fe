using Doorstep.Platform.Data;

namespace Doorstep.Care.Photos;

/// <summary>
/// 照片: a picture taken for a care record (an event, a visit …). The owner is named by a short
/// kind and its id rather than a foreign key, so every care feature shares one store; the
/// owner's region is copied here so a photo is scoped like the record it shows.
/// </summary>
public sealed class CarePhoto : IRegional
{
    public Guid Id { get; set; }

    /// <summary>What the photo belongs to: "event", "visit" … (see <see cref="ICarePhotoOwner.Kind"/>).</summary>
    public required string OwnerKind { get; set; }

    public Guid OwnerId { get; set; }

    public required string RegionCode { get; set; }

    public required string FileName { get; set; }

    /// <summary>The type read from the bytes (image/jpeg, image/png, image/webp), never the browser's claim.</summary>
    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public DateTime UploadedAt { get; set; }

    public required string UploadedBy { get; set; }
}
