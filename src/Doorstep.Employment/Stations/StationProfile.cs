using Doorstep.Platform.Data;

namespace Doorstep.Employment.Stations;

/// <summary>
/// What a resident needs to know before walking to a station (就业服务站, 零工驿站, 零工市场,
/// 社区就业服务角): when it is open and what it does. The place itself is a platform organisation.
/// </summary>
public sealed class StationProfile : IRegional
{
    public Guid OrganisationId { get; set; }

    /// <summary>The organisation's region, copied for scope.</summary>
    public required string RegionCode { get; set; }

    /// <summary>开放时间 in words, e.g. "周一至周五 8:30—12:00，14:30—17:30".</summary>
    public required string Hours { get; set; }

    /// <summary>Open on Saturdays and Sundays too (gig markets usually are, from early morning).</summary>
    public bool OpenWeekends { get; set; }

    /// <summary>The services offered, by code (<see cref="StationServices"/>).</summary>
    public List<string> Services { get; set; } = [];

    /// <summary>服务电话 shown to the public: the station's line, not a person's.</summary>
    public string? Phone { get; set; }

    public string? Note { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}
