using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.WorkItems.Lifecycle;

/// <summary>
/// An item's history (办理记录): the events and photos each step leaves. Writes join the caller's
/// unit of work, so a step and its history are saved together or not at all.
/// </summary>
public sealed class WorkItemJournal(DoorstepDb db)
{
    public Task<List<WorkItemEvent>> HistoryAsync(Guid id, CancellationToken ct = default) =>
        db.Set<WorkItemEvent>().AsNoTracking().Where(e => e.WorkItemId == id).OrderBy(e => e.Id).ToListAsync(ct);

    public Task<List<PhotoInfo>> PhotosAsync(Guid id, CancellationToken ct = default) =>
        db.Set<WorkItemPhoto>().AsNoTracking().Where(p => p.WorkItemId == id).OrderBy(p => p.UploadedAt)
            .Select(p => new PhotoInfo(p.Id, p.EventId, p.FileName, p.ContentType, p.UploadedAt, p.UploadedBy))
            .ToListAsync(ct);

    /// <summary>A photo's bytes, only when its item is inside the actor's regions.</summary>
    public async Task<WorkItemPhoto?> PhotoAsync(Guid photoId, CancellationToken ct = default)
    {
        var photo = await db.Set<WorkItemPhoto>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId, ct);
        return photo is not null && await db.Set<WorkItem>().AnyAsync(w => w.Id == photo.WorkItemId, ct) ? photo : null;
    }

    /// <summary>Who last reported the item handled: they may not verify their own work.</summary>
    internal Task<string?> HandledByAsync(Guid id, CancellationToken ct) =>
        db.Set<WorkItemEvent>().Where(e => e.WorkItemId == id && e.Action == WorkItemActions.Handle)
            .OrderByDescending(e => e.Id).Select(e => e.UserName).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The history line of a step. A failed check or an at-fault rating reads as rework, and a
    /// decision as what was decided, because that is what the reader of the history needs to see.
    /// </summary>
    internal static string StepName(WorkItemAction action, TransitionInput input, WorkItem item) => action.Code switch
    {
        WorkItemActions.Verify when input.Passed == false => "rework",
        WorkItemActions.Evaluate when item.Status == WorkItemStatus.Accepted => "rework",
        WorkItemActions.Decide => input.Approve == true ? "approve" : "reject",
        _ => action.Code,
    };

    internal WorkItemEvent Record(WorkItem item, string action, WorkItemStatus? from, string? note, double? longitude, double? latitude, DateTime now, Actor actor)
    {
        var recorded = new WorkItemEvent
        {
            WorkItemId = item.Id,
            At = now,
            UserName = actor.UserName,
            Action = action,
            FromStatus = from,
            ToStatus = item.Status,
            Note = note,
            Longitude = longitude,
            Latitude = latitude,
        };
        db.Add(recorded);
        return recorded;
    }

    /// <summary>The photos were checked before anything changed; they are checked again only to take the content type from their bytes.</summary>
    internal void AttachPhotos(WorkItem item, WorkItemEvent recorded, IReadOnlyList<PhotoUpload> photos, Actor actor, DateTime now)
    {
        foreach (var photo in photos)
        {
            PhotoRules.Check(photo, out var contentType);
            db.Add(new WorkItemPhoto
            {
                Id = Guid.CreateVersion7(),
                WorkItemId = item.Id,
                Event = recorded,
                FileName = Path.GetFileName(photo.FileName) is { Length: > 0 and <= 100 } name ? name : "photo",
                ContentType = contentType,
                Content = photo.Content,
                UploadedAt = now,
                UploadedBy = actor.UserName,
            });
        }
    }
}
