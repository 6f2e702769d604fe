using Doorstep.Platform.Data;

namespace Doorstep.Safety.Campaigns;

/// <summary>
/// 专项检查: a named inspection drive ("2024 春节前九小场所检查") over regions and venue kinds for a
/// period, with the agencies taking part. Its venues are fixed when it starts, so progress is
/// counted against the list the town committed to.
/// </summary>
public sealed class Campaign
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>The regions in scope, comma-separated 12- or 15-digit codes.</summary>
    public required string Regions { get; set; }

    /// <summary>The venue kinds in scope, comma-separated codes.</summary>
    public required string Kinds { get; set; }

    /// <summary>The agencies taking part (消防救援大队、派出所、镇政府...), separated by 、.</summary>
    public required string Agencies { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public IReadOnlyList<string> RegionList => Split(Regions, ',');

    public IReadOnlyList<string> KindList => Split(Kinds, ',');

    public IReadOnlyList<string> AgencyList => Split(Agencies, '、');

    private static string[] Split(string text, char separator) => text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A venue in a campaign's scope and the inspectors it is assigned to (at least two).</summary>
public sealed class CampaignVenue : IRegional
{
    public Guid CampaignId { get; set; }

    public Guid VenueId { get; set; }

    /// <summary>The venue's grid or village when the campaign started: progress is counted per grid.</summary>
    public required string RegionCode { get; set; }

    public required string Kind { get; set; }

    /// <summary>The assigned inspectors' user names, comma-separated; null until assigned.</summary>
    public string? Inspectors { get; set; }

    /// <summary>The last inspection of the venue in the campaign.</summary>
    public Guid? InspectionId { get; set; }

    public DateTime? InspectedAt { get; set; }
}
