using Doorstep.Platform.WorkItems.Lifecycle;

namespace Doorstep.Safety.Inspections;

/// <summary>What the inspector's phone sends: the venue, who inspected, where and when, and a result for every item.</summary>
public record InspectionInput
{
    public Guid? CampaignId { get; init; }
    public Guid? VenueId { get; init; }

    /// <summary>When the inspection took place; now when left out.</summary>
    public DateTime? InspectedAt { get; init; }

    /// <summary>User names of the inspectors, the one recording among them; at least two.</summary>
    public IReadOnlyList<string>? Inspectors { get; init; }
    public double? Longitude { get; init; }
    public double? Latitude { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<ItemResultInput>? Items { get; init; }
}

/// <summary>
/// One item's result: pass, fail or na (not applicable). A failure is fixed on the spot or left to
/// rectify by <see cref="DueDate"/> (the hazard type's time limit when not given).
/// </summary>
public sealed record ItemResultInput(Guid? ItemId, string? Result, bool FixedOnSpot = false, string? Location = null, string? Note = null, DateOnly? DueDate = null);

/// <summary>A photo of the inspection, of one item when <see cref="ItemId"/> is set.</summary>
public sealed record InspectionPhotoInput(Guid? ItemId, PhotoUpload Photo);

/// <summary>The hazard a failing item became: its work item and the deadline on the notice.</summary>
public sealed record HazardCreated(Guid Id, string Number, Guid HazardId, Guid ItemId, string Item, DateOnly DueDate, DateOnly ReinspectBy);

public sealed record InspectionRecorded(Guid Id, string Number, string? NoticeNumber, int Failed, int FixedOnSpot, IReadOnlyList<HazardCreated> Hazards);
