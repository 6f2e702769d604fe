using System.Text.Json.Serialization;
using Doorstep.Platform.Data;

namespace Doorstep.Employment.Workshops;

/// <summary>
/// 就业帮扶车间: a workshop set up near where poverty-relieved people live, so they can earn without
/// leaving home — a factory floor in the village, piecework taken home, or a planting base — run by
/// a host enterprise. Designations are dated; revoking one clears it and the audit keeps the history.
/// </summary>
public sealed class Workshop : IRegional
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The host enterprise (依托企业): an employer's organisation id.</summary>
    public Guid EmployerId { get; set; }

    public WorkshopType Type { get; set; }

    public required string Address { get; set; }

    /// <summary>Where the workshop is, not where its host is: a town's workshop may be run by a firm in the industrial park.</summary>
    public required string RegionCode { get; set; }

    public double Longitude { get; set; }

    public double Latitude { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhoneCipher { get; set; }

    public string? ContactPhoneMasked { get; set; }

    /// <summary>开办日期.</summary>
    public DateOnly StartedOn { get; set; }

    /// <summary>认定 as a 就业帮扶车间.</summary>
    public DateOnly? RecognisedOn { get; set; }

    /// <summary>认定为示范性就业帮扶车间.</summary>
    public DateOnly? ModelOn { get; set; }

    /// <summary>命名为共富工坊.</summary>
    public DateOnly? CommonProsperityOn { get; set; }

    public string? Note { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// A poverty-relieved person's spell of work at a workshop, from the person registry. The
/// workshop's region is copied so whoever sees the workshop sees who works there.
/// </summary>
public sealed class WorkshopWorker : IRegional
{
    public Guid Id { get; set; }

    public Guid WorkshopId { get; set; }

    public Guid PersonId { get; set; }

    public required string RegionCode { get; set; }

    public DateOnly HiredOn { get; set; }

    /// <summary>Null while the person still works there.</summary>
    public DateOnly? LeftOn { get; set; }

    /// <summary>Income in whole yuan per <see cref="IncomePeriod"/>.</summary>
    public int Income { get; set; }

    public IncomePeriod IncomePeriod { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>车间类型: 厂房式、居家式、基地式.</summary>
public enum WorkshopType
{
    /// <summary>厂房式: a factory floor.</summary>
    [JsonStringEnumMemberName("factory")]
    Factory,

    /// <summary>居家式: piecework taken home.</summary>
    [JsonStringEnumMemberName("home-based")]
    HomeBased,

    /// <summary>基地式: a planting or breeding base.</summary>
    [JsonStringEnumMemberName("base")]
    Base,
}

public enum IncomePeriod
{
    [JsonStringEnumMemberName("month")]
    Month,

    [JsonStringEnumMemberName("year")]
    Year,
}

/// <summary>The designations the district officer grants.</summary>
public enum WorkshopDesignation
{
    /// <summary>认定为就业帮扶车间.</summary>
    [JsonStringEnumMemberName("recognised")]
    Recognised,

    /// <summary>示范性就业帮扶车间.</summary>
    [JsonStringEnumMemberName("model")]
    Model,

    /// <summary>共富工坊.</summary>
    [JsonStringEnumMemberName("common-prosperity")]
    CommonProsperity,
}
