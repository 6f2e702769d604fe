using Doorstep.Platform.Data;

namespace Doorstep.Safety.Venues;

/// <summary>
/// 场所档案: what a fire inspection needs to know about a registered place beyond its name and
/// address — its size, floors, whether people live on site, and who answers for it. The
/// responsible person's phone is personal data: sealed, hashed and masked like a resident's.
/// </summary>
public sealed class Venue : IRegional
{
    public Guid OrganisationId { get; set; }

    /// <summary>The venue's grid (or village), copied from the organisation for scope and grid progress.</summary>
    public required string RegionCode { get; set; }

    public required string Kind { get; set; }

    public decimal? FloorArea { get; set; }

    public int? Seats { get; set; }

    public int? Beds { get; set; }

    public int? Floors { get; set; }

    /// <summary>The highest floor the venue occupies.</summary>
    public int? HighestFloor { get; set; }

    public int PeopleLiving { get; set; }

    public string? Responsible { get; set; }

    public string? ResponsiblePhoneCipher { get; set; }

    public string? ResponsiblePhoneMasked { get; set; }

    /// <summary>Set when the size exceeds the kind's limit: the reasons, joined, for lists and filters.</summary>
    public string? OverLimit { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}
