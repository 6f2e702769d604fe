using System.Text.Json.Serialization;
using Doorstep.Platform.Data;

namespace Doorstep.Employment.LabourBrands;

/// <summary>
/// 劳务品牌: a name the workers of a place are known and hired by (醴陵陶瓷工匠, 株洲月嫂), recognised
/// at a level. A brand is a public name like an occupation, so every employment reader sees every
/// brand; the workers in it are people and stay within each reader's regions.
/// </summary>
public sealed class LabourBrand
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public BrandLevel Level { get; set; }

    /// <summary>
    /// 职业分类大典 code of the brand's trade; optional, since a craft brand's trade (陶瓷成型) may be
    /// missing from the catalogue until the full table is imported.
    /// </summary>
    public string? OccupationCode { get; set; }

    /// <summary>Where the brand comes from.</summary>
    public required string RegionCode { get; set; }

    public string? Description { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>A registry person working under a brand; once per brand.</summary>
public sealed class LabourBrandWorker : IRegional
{
    public Guid Id { get; set; }

    public Guid BrandId { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>The person's region, copied for scope.</summary>
    public required string RegionCode { get; set; }

    public required string AddedBy { get; set; }

    public DateTime AddedAt { get; set; }
}

/// <summary>Who recognised the brand.</summary>
public enum BrandLevel
{
    /// <summary>省级.</summary>
    [JsonStringEnumMemberName("provincial")]
    Provincial,

    /// <summary>市级.</summary>
    [JsonStringEnumMemberName("city")]
    City,

    /// <summary>县级.</summary>
    [JsonStringEnumMemberName("county")]
    County,
}
