using System.Diagnostics.CodeAnalysis;

namespace Doorstep.Kernel;

/// <summary>Chinese names of <see cref="RegionLevel"/>, as officers read and type them in imports.</summary>
public static class RegionLevels
{
    private static readonly Dictionary<RegionLevel, string> Names = new()
    {
        [RegionLevel.Province] = "省",
        [RegionLevel.City] = "市",
        [RegionLevel.County] = "区县",
        [RegionLevel.Town] = "乡镇街道",
        [RegionLevel.Village] = "村社区",
        [RegionLevel.Grid] = "网格",
    };

    public static string ChineseName(this RegionLevel level) =>
        Names.TryGetValue(level, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(level), level, "未知的区划级别");

    public static bool TryParseChinese([NotNullWhen(true)] string? text, out RegionLevel level)
    {
        var trimmed = text?.Trim();
        foreach (var (candidate, name) in Names)
        {
            if (name == trimmed)
            {
                level = candidate;
                return true;
            }
        }

        level = default;
        return false;
    }
}
