using Doorstep.Platform.Validation;

namespace Doorstep.Platform.WorkItems.Lifecycle;

/// <summary>What a photo must be: a real JPEG, PNG or WebP image, not too big, not too many at once.</summary>
public static class PhotoRules
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerAction = 9;

    /// <summary>The checked content type, or the reason the file is refused.</summary>
    public static string? Check(PhotoUpload photo, out string contentType)
    {
        ArgumentNullException.ThrowIfNull(photo);
        contentType = "";
        if (photo.Content.Length == 0)
        {
            return $"照片“{photo.FileName}”是空文件";
        }

        if (photo.Content.Length > MaxBytes)
        {
            return $"照片“{photo.FileName}”超过 {MaxBytes / 1024 / 1024} MB，请压缩后再上传";
        }

        // Trust the bytes, not the name or the browser's claim.
        var c = photo.Content.AsSpan();
        if (c is [0xFF, 0xD8, 0xFF, ..])
        {
            contentType = "image/jpeg";
        }
        else if (c is [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..])
        {
            contentType = "image/png";
        }
        else if (c.Length >= 12 && c[..4].SequenceEqual("RIFF"u8) && c[8..12].SequenceEqual("WEBP"u8))
        {
            contentType = "image/webp";
        }
        else
        {
            return $"文件“{photo.FileName}”不是图片，只接受 JPEG、PNG 或 WebP 照片";
        }

        return null;
    }

    /// <summary>Checks a batch: not too many, and each one a real image.</summary>
    public static void CheckAll(IReadOnlyList<PhotoUpload> photos, FieldErrors errors)
    {
        if (photos.Count > MaxPerAction)
        {
            errors.Add("photos", $"一次最多上传 {MaxPerAction} 张照片");
        }

        foreach (var photo in photos)
        {
            if (PhotoRules.Check(photo, out _) is { } problem)
            {
                errors.Add("photos", problem);
            }
        }
    }
}
