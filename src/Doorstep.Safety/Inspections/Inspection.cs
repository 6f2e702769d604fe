using Doorstep.Platform.Data;

namespace Doorstep.Safety.Inspections;

/// <summary>
/// 检查记录: two or more inspectors walked a venue's checklist at a time and place. Results refer
/// to the checklist version used, which never changes after.
/// </summary>
public sealed class Inspection : IRegional
{
    public Guid Id { get; set; }

    /// <summary>JC + date + serial, e.g. JC202401150007.</summary>
    public required string Number { get; set; }

    public Guid? CampaignId { get; set; }

    public Guid VenueId { get; set; }

    public required string VenueName { get; set; }

    public required string RegionCode { get; set; }

    public Guid ChecklistId { get; set; }

    public DateTime InspectedAt { get; set; }

    /// <summary>The inspectors' user names, comma-separated; the first is the one who recorded it.</summary>
    public required string Inspectors { get; set; }

    /// <summary>The inspectors' names as printed on the notice, separated by 、.</summary>
    public required string InspectorNames { get; set; }

    public double? Longitude { get; set; }

    public double? Latitude { get; set; }

    public string? Note { get; set; }

    public int Failed { get; set; }

    public int FixedOnSpot { get; set; }

    /// <summary>The rectification notice (责令限期改正通知书) number, when a hazard was left to rectify.</summary>
    public string? NoticeNumber { get; set; }

    public List<InspectionResult> Results { get; set; } = [];
}

/// <summary>How one checklist item fared.</summary>
public sealed class InspectionResult
{
    public Guid InspectionId { get; set; }

    public Guid ItemId { get; set; }

    public ItemOutcome Outcome { get; set; }

    /// <summary>Put right while the inspectors were there (当场改正).</summary>
    public bool FixedOnSpot { get; set; }

    /// <summary>Exactly where the problem is (二楼走廊东侧), as the notice must say.</summary>
    public string? Location { get; set; }

    public string? Note { get; set; }
}

public enum ItemOutcome
{
    Pass = 1,
    Fail = 2,
    NotApplicable = 3,
}

/// <summary>A photo taken during an inspection, of the venue or of one item.</summary>
public sealed class InspectionPhoto
{
    public Guid Id { get; set; }

    public Guid InspectionId { get; set; }

    public Guid? ItemId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public DateTime UploadedAt { get; set; }
}
