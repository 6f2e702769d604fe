using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Doorstep.Platform.WorkItems.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Photos;

/// <summary>A photo as pages and the API list it: no bytes, its address instead.</summary>
public sealed record CarePhotoInfo(Guid Id, string OwnerKind, Guid OwnerId, string FileName, string ContentType, int Size, DateTime UploadedAt, string UploadedBy)
{
    public string Url => $"/api/v1/care/photos/{Id}";
}

/// <summary>A photo's bytes, for sending.</summary>
public sealed record CarePhotoFile(string FileName, string ContentType, byte[] Content);

/// <summary>Why photos were not stored.</summary>
public enum PhotoRefusal
{
    None,

    /// <summary>A file is not a JPEG/PNG/WebP image, too big, or too many: field errors under "photos".</summary>
    Invalid,

    /// <summary>No such record of that kind in the caller's regions.</summary>
    NotFound,
}

public sealed record PhotoOutcome(IReadOnlyList<CarePhotoInfo> Photos, FieldErrors Errors, PhotoRefusal Refusal)
{
    public bool Succeeded => Refusal == PhotoRefusal.None;
}

/// <summary>
/// The care module's photo store: checks uploads by their bytes with the platform's
/// <see cref="PhotoRules"/> (JPEG, PNG or WebP; size; how many at once) and this module's limit
/// per record, and keeps them with the record's kind, id and region. A batch is stored whole or
/// not at all.
/// </summary>
public sealed class CarePhotoService(DoorstepDb db, IEnumerable<ICarePhotoOwner> owners, CarePhotoSettings settings, AuditLog audit, TimeProvider clock)
{
    public async Task<PhotoOutcome> AddAsync(string ownerKind, Guid ownerId, IReadOnlyList<PhotoUpload> photos, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var owner = owners.FirstOrDefault(o => o.Kind == ownerKind);
        var region = owner is null ? null : await owner.RegionOfAsync(ownerId, ct);
        if (region is null)
        {
            errors.Add("owner", "找不到要添加照片的记录，或不在您的管辖范围内");
            return new([], errors, PhotoRefusal.NotFound);
        }

        if (photos.Count == 0)
        {
            errors.Add("photos", "请选择要上传的照片");
            return new([], errors, PhotoRefusal.Invalid);
        }

        PhotoRules.CheckAll(photos, errors);
        var held = await db.Set<CarePhoto>().CountAsync(p => p.OwnerKind == ownerKind && p.OwnerId == ownerId, ct);
        if (held + photos.Count > settings.MaxPerOwner)
        {
            errors.Add("photos", $"每条记录最多{settings.MaxPerOwner}张照片，已有{held}张，本次还能上传{Math.Max(0, settings.MaxPerOwner - held)}张");
        }

        if (!errors.IsEmpty)
        {
            return new([], errors, PhotoRefusal.Invalid);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var stored = new List<CarePhoto>();
        foreach (var photo in photos)
        {
            PhotoRules.Check(photo, out var contentType);
            stored.Add(new CarePhoto
            {
                Id = Guid.CreateVersion7(),
                OwnerKind = ownerKind,
                OwnerId = ownerId,
                RegionCode = region,
                FileName = FileNameOf(photo.FileName),
                ContentType = contentType,
                Content = photo.Content,
                UploadedAt = now,
                UploadedBy = actor.UserName,
            });
        }

        db.AddRange(stored);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(CarePhoto), $"{ownerKind}:{ownerId}", detail: $"{stored.Count} photos", cancellationToken: ct);
        return new([.. stored.Select(Info)], errors, PhotoRefusal.None);
    }

    /// <summary>The record's photos in the caller's regions, oldest first.</summary>
    public async Task<List<CarePhotoInfo>> ListAsync(string ownerKind, Guid ownerId, CancellationToken ct = default) =>
        await db.Set<CarePhoto>().AsNoTracking().Where(p => p.OwnerKind == ownerKind && p.OwnerId == ownerId)
            .OrderBy(p => p.UploadedAt).ThenBy(p => p.Id)
            .Select(p => new CarePhotoInfo(p.Id, p.OwnerKind, p.OwnerId, p.FileName, p.ContentType, p.Content.Length, p.UploadedAt, p.UploadedBy))
            .ToListAsync(ct);

    /// <summary>How many photos each of the records holds, for lists.</summary>
    public async Task<Dictionary<Guid, int>> CountsAsync(string ownerKind, IReadOnlyCollection<Guid> ownerIds, CancellationToken ct = default) =>
        await db.Set<CarePhoto>().AsNoTracking().Where(p => p.OwnerKind == ownerKind && ownerIds.Contains(p.OwnerId))
            .GroupBy(p => p.OwnerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>The photo's bytes when it is in the caller's regions.</summary>
    public async Task<CarePhotoFile?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<CarePhoto>().AsNoTracking().Where(p => p.Id == id).Select(p => new CarePhotoFile(p.FileName, p.ContentType, p.Content)).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Deletes a photo of the caller's regions, one uploaded by mistake or showing what it should
    /// not; the audit log keeps who deleted which record's photo. False when there is no such photo.
    /// </summary>
    public async Task<bool> DeleteAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var photo = await db.Set<CarePhoto>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (photo is null)
        {
            return false;
        }

        db.Remove(photo);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Deleted, nameof(CarePhoto), id.ToString(), detail: $"{photo.OwnerKind}:{photo.OwnerId} {photo.FileName}", cancellationToken: ct);
        return true;
    }

    private static CarePhotoInfo Info(CarePhoto p) => new(p.Id, p.OwnerKind, p.OwnerId, p.FileName, p.ContentType, p.Content.Length, p.UploadedAt, p.UploadedBy);

    // Browsers may send a full client path; only the last part is a name worth keeping.
    private static string FileNameOf(string name)
    {
        var last = name.Replace('\\', '/').Split('/').LastOrDefault()?.Trim();
        return string.IsNullOrEmpty(last) ? "照片" : last.Length > 200 ? last[^200..] : last;
    }
}
