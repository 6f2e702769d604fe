namespace Doorstep.Care.Photos;

/// <summary>
/// A kind of care record that may carry photos. Each feature registers one
/// (<c>services.AddScoped&lt;ICarePhotoOwner, …&gt;()</c>) so the photo store can tell whether
/// a record exists in the caller's regions, and where, without knowing its tables.
/// </summary>
public interface ICarePhotoOwner
{
    /// <summary>Short and stable, stored with each photo: "event", "visit".</summary>
    string Kind { get; }

    /// <summary>The record's region code when it exists in the caller's regions, else null.</summary>
    Task<string?> RegionOfAsync(Guid ownerId, CancellationToken ct);
}
