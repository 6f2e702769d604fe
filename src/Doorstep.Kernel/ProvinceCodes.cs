namespace Doorstep.Kernel;

/// <summary>
/// Province-level codes of GB/T 2260 (省级行政区划代码). Citizen IDs and region codes both start
/// with one, so an unknown prefix is the cheapest way to catch a mistyped or invented number.
/// </summary>
internal static class ProvinceCodes
{
    private static readonly HashSet<int> Codes =
    [
        11, 12, 13, 14, 15,
        21, 22, 23,
        31, 32, 33, 34, 35, 36, 37,
        41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54,
        61, 62, 63, 64, 65,
        71, 81, 82,
    ];

    /// <summary>Expects two ASCII digits; callers have already checked the characters.</summary>
    public static bool IsValid(ReadOnlySpan<char> twoDigits) =>
        Codes.Contains(((twoDigits[0] - '0') * 10) + (twoDigits[1] - '0'));
}
