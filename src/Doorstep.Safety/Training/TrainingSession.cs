using Doorstep.Platform.Data;

namespace Doorstep.Safety.Training;

/// <summary>
/// 消防培训: one fire-safety training session held for a town or village — who ran it, what it
/// covered and how many came. Planned sessions are recorded ahead, up to a year.
/// </summary>
public sealed class TrainingSession : IRegional
{
    public Guid Id { get; set; }

    /// <summary>The town, village or grid the session was held for: scope and the per-area totals.</summary>
    public required string RegionCode { get; set; }

    public DateOnly Date { get; set; }

    public required string Place { get; set; }

    /// <summary>培训名称, e.g. 春节前九小场所负责人消防培训.</summary>
    public string? Title { get; set; }

    /// <summary>培训内容: the standard topics by their Chinese names, and any others as written.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>组织单位, e.g. the town government or the fire brigade.</summary>
    public string? Organiser { get; set; }

    /// <summary>主讲人.</summary>
    public string? Trainer { get; set; }

    public int Attendees { get; set; }

    /// <summary>The venue kinds whose people the session was for (codes); empty for everyone.</summary>
    public List<string> VenueKinds { get; set; } = [];

    public string? Note { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}
