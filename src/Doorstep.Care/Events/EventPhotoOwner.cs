using Doorstep.Care.Photos;
using Doorstep.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Events;

/// <summary>Lets the care photo store keep photos of community events ("event").</summary>
internal sealed class EventPhotoOwner(DoorstepDb db) : ICarePhotoOwner
{
    public const string OwnerKind = "event";

    public string Kind => OwnerKind;

    public async Task<string?> RegionOfAsync(Guid ownerId, CancellationToken ct) =>
        await db.Set<CommunityEvent>().AsNoTracking().Where(e => e.Id == ownerId).Select(e => e.RegionCode).FirstOrDefaultAsync(ct);
}
