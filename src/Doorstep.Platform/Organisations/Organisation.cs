using Doorstep.Platform.Data;

namespace Doorstep.Platform.Organisations;

/// <summary>
/// 组织与场所: an enterprise, clinic, station, market, venue or school. Modules keep their own
/// profile tables keyed by this id rather than widening this one.
/// </summary>
public sealed class Organisation : IRegional
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public string? CreditCode { get; set; }
    public string? Address { get; set; }
    public required string RegionCode { get; set; }
    public double? Longitude { get; set; }
    public double? Latitude { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
