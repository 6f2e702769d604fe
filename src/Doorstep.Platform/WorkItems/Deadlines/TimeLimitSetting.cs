using Doorstep.Platform.Data;

namespace Doorstep.Platform.WorkItems.Deadlines;

/// <summary>
/// An officer's time limit for one category of a type inside a region, overriding the type's
/// default there and in every region under it. The most specific region wins.
/// </summary>
public sealed class TimeLimitSetting : IRegional
{
    public long Id { get; set; }

    public required string TypeCode { get; set; }

    public required string Category { get; set; }

    public required string RegionCode { get; set; }

    /// <summary>Compact text as <see cref="Kernel.TimeLimit"/> writes it: 3wd, 8wh, 2h, 7d.</summary>
    public required string Limit { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}
