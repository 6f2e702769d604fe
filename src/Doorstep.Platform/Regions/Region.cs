using Doorstep.Kernel;
using Doorstep.Platform.Data;

namespace Doorstep.Platform.Regions;

/// <summary>行政区划 or 网格: one node of the province → … → grid tree.</summary>
[RegionScopeKey(nameof(Code))]
public sealed class Region : IRegional
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? ParentCode { get; set; }
    public RegionLevel Level { get; set; }
    public double? Longitude { get; set; }
    public double? Latitude { get; set; }

    string IRegional.RegionCode => Code;
}
