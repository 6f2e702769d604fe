using System.Text.Json.Serialization;
using Doorstep.Platform.Data;

namespace Doorstep.Employment.Entrepreneurship;

/// <summary>创业孵化基地 or 创业园区: where new businesses are housed with their rent and property fees waived for a while.</summary>
public sealed class IncubationBase : IRegional
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public IncubationKind Kind { get; set; }

    public required string Address { get; set; }

    public required string RegionCode { get; set; }

    /// <summary>How many enterprises it can house at once.</summary>
    public int Capacity { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public enum IncubationKind
{
    /// <summary>创业孵化基地.</summary>
    [JsonStringEnumMemberName("base")]
    Base,

    /// <summary>创业园区.</summary>
    [JsonStringEnumMemberName("park")]
    Park,
}

/// <summary>入驻企业: a business housed in a base, from moving in to moving out, with the fees waived (租金、物业费减免).</summary>
public sealed class ResidentEnterprise : IRegional
{
    public Guid Id { get; set; }

    public Guid BaseId { get; set; }

    /// <summary>The base's region, for scope and the figures.</summary>
    public required string RegionCode { get; set; }

    public required string Name { get; set; }

    public required string CreditCode { get; set; }

    /// <summary>The founder's name as the licence gives it.</summary>
    public required string Founder { get; set; }

    public DateOnly MovedIn { get; set; }

    public DateOnly? MovedOut { get; set; }

    /// <summary>Months of rent waived (租金减免月数).</summary>
    public int RentWaivedMonths { get; set; }

    /// <summary>Months of property fee waived (物业费减免月数).</summary>
    public int PropertyFeeWaivedMonths { get; set; }

    /// <summary>Total waived, in yuan.</summary>
    public int WaivedAmount { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}
