using Doorstep.Platform.Data;

namespace Doorstep.Care.Households;

/// <summary>
/// 困难家庭: a household of the platform registry taken into care, with its hardship categories,
/// the deputy or cadre who answers for it, and (through its visits) the history of help given.
/// </summary>
public sealed class NeedyHousehold : IRegional
{
    public Guid Id { get; set; }

    /// <summary>The registry's household (户); one care record per household.</summary>
    public Guid HouseholdId { get; set; }

    /// <summary>Copied from the household for scope, filters and the visit plans of a region.</summary>
    public required string RegionCode { get; set; }

    /// <summary>Category codes between commas (",subsistence,disabled,") so one category can be filtered on in SQL.</summary>
    public required string Categories { get; set; }

    /// <summary>User name of the responsible deputy or cadre (联系人).</summary>
    public string? Responsible { get; set; }

    public string? Note { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
