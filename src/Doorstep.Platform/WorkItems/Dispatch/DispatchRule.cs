using Doorstep.Platform.Data;

namespace Doorstep.Platform.WorkItems.Dispatch;

/// <summary>
/// 派遣规则: items of this type (and category, when given) in this region go to this unit or
/// person as soon as they are opened. The most specific rule wins.
/// </summary>
public sealed class DispatchRule : IRegional
{
    public long Id { get; set; }

    public required string TypeCode { get; set; }

    /// <summary>Null for every category of the type.</summary>
    public string? Category { get; set; }

    public required string RegionCode { get; set; }

    public Guid? UnitId { get; set; }

    public string? UserName { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}
