using Doorstep.Care.Photos;
using Doorstep.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Visits;

/// <summary>Lets the care photo store keep the photos taken on an outreach visit ("visit"), in the visited household's region.</summary>
internal sealed class VisitPhotoOwner(DoorstepDb db) : ICarePhotoOwner
{
    public const string OwnerKind = "visit";

    public string Kind => OwnerKind;

    public async Task<string?> RegionOfAsync(Guid ownerId, CancellationToken ct) =>
        await db.Set<Visit>().AsNoTracking().Where(v => v.Id == ownerId).Select(v => v.RegionCode).FirstOrDefaultAsync(ct);
}
