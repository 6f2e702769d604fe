namespace Doorstep.Employment.Coverage;

/// <summary>
/// 10分钟就业服务圈: how far a job seeker gets on foot in the given minutes, as a straight-line
/// radius. Streets wind, so the walked distance is discounted by a detour factor; the district
/// sets all three (section Employment:Reach).
/// </summary>
public sealed class ReachSettings
{
    public int Minutes { get; set; } = 10;

    /// <summary>About 80 m a minute: an unhurried adult walk.</summary>
    public double WalkingMetresPerMinute { get; set; } = 80;

    /// <summary>Walked distance ÷ straight-line distance; 1.3 is typical of a town's street grid.</summary>
    public double DetourFactor { get; set; } = 1.3;

    public double RadiusMetres(int? minutes = null) => (minutes ?? Minutes) * WalkingMetresPerMinute / DetourFactor;
}
