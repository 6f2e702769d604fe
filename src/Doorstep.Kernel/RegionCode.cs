using System.Diagnostics.CodeAnalysis;

namespace Doorstep.Kernel;

/// <summary>
/// 统计用区划代码 (NBS): province (2) + city (2) + county (2) + town (3) + village (3) = 12 digits;
/// a grid (网格) is its village or community's 12 digits plus a 3-digit suffix of its own.
/// The level follows from the trailing zeros, and the significant digits (<see cref="Prefix"/>)
/// name a subtree, which is how data scopes are checked.
/// </summary>
public sealed record RegionCode
{
    private const int StandardLength = 12;
    private const int GridLength = 15;

    private RegionCode(string value, RegionLevel level)
    {
        Value = value;
        Level = level;
    }

    /// <summary>12 digits, or 15 for a grid; this is what gets stored.</summary>
    public string Value { get; }

    public RegionLevel Level { get; }

    /// <summary>
    /// The digits that identify this region within its parents: "43", "4302", "430211",
    /// "430211001", "430211001001", or all 15 for a grid.
    /// </summary>
    public string Prefix => Value[..SignificantLength(Level)];

    /// <summary>
    /// The region one level up, or null for a province. A town in a prefecture city without
    /// counties (e.g. Dongguan 441900) has the city as its parent.
    /// </summary>
    public RegionCode? Parent => Level switch
    {
        RegionLevel.Province => null,
        RegionLevel.Grid => Parse(Value[..StandardLength]),
        _ => Parse(Value[..SignificantLength(Level - 1)].PadRight(StandardLength, '0')),
    };

    /// <summary>True when <paramref name="other"/> is this region or lies anywhere below it.</summary>
    public bool Contains(RegionCode other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Value.StartsWith(Prefix, StringComparison.Ordinal);
    }

    /// <summary>
    /// Scope check on raw stored codes, for queries that never materialise a <see cref="RegionCode"/>.
    /// An empty scope is refused rather than read as "everything", so a missing scope can never
    /// widen what a user sees.
    /// </summary>
    public static bool IsInside(string code, string scopePrefix)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentException.ThrowIfNullOrEmpty(scopePrefix);
        return code.StartsWith(scopePrefix, StringComparison.Ordinal);
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out RegionCode? value, out string error)
    {
        value = null;
        var candidate = text?.Trim();
        error = Validate(candidate, out var level);
        if (error.Length > 0)
        {
            return false;
        }

        value = new RegionCode(candidate!, level);
        return true;
    }

    public static RegionCode Parse(string text) =>
        TryParse(text, out var value, out var error) ? value : throw new FormatException(error);

    public override string ToString() => Value;

    private static int SignificantLength(RegionLevel level) => level switch
    {
        RegionLevel.Province => 2,
        RegionLevel.City => 4,
        RegionLevel.County => 6,
        RegionLevel.Town => 9,
        RegionLevel.Village => 12,
        RegionLevel.Grid => 15,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    private static string Validate(string? text, out RegionLevel level)
    {
        level = default;
        if (string.IsNullOrEmpty(text))
        {
            return "区划代码不能为空";
        }

        if (text.Length is not (StandardLength or GridLength))
        {
            return $"区划代码应为12位（网格代码为15位），实际为{text.Length}位";
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return $"区划代码第{i + 1}位“{text[i]}”不是数字";
            }
        }

        if (!ProvinceCodes.IsValid(text))
        {
            return $"区划代码前两位“{text[..2]}”不是有效的省级行政区划代码";
        }

        var span = text.AsSpan();
        var cityZero = span.Slice(2, 2) is "00";
        var countyZero = span.Slice(4, 2) is "00";
        var townZero = span.Slice(6, 3) is "000";
        var villageZero = span.Slice(9, 3) is "000";

        if (text.Length == GridLength)
        {
            if (span.Slice(12, 3) is "000")
            {
                return "网格代码后3位不能为000";
            }

            if (villageZero)
            {
                return "网格代码前12位应为村（社区）级代码";
            }
        }

        if (cityZero && !(countyZero && townZero && villageZero))
        {
            return "区划代码结构无效：市级代码为00时，下级代码应全为0";
        }

        // County "00" with a town is legitimate: prefecture cities without counties (Dongguan
        // 441900, Zhongshan 442000) administer their towns directly.
        if (townZero && !villageZero)
        {
            return "区划代码结构无效：乡镇（街道）代码为000时，村（社区）代码应为000";
        }

        level = text.Length == GridLength ? RegionLevel.Grid
            : !villageZero ? RegionLevel.Village
            : !townZero ? RegionLevel.Town
            : !countyZero ? RegionLevel.County
            : !cityZero ? RegionLevel.City
            : RegionLevel.Province;
        return string.Empty;
    }
}
