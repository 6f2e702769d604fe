using System.Globalization;

namespace Doorstep.Platform.Imports;

/// <summary>Reads the values people type into spreadsheet cells the ways they type them.</summary>
public static class CellText
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>2024-02-03, 2024/2/3, 2024.2.3, 2024年2月3日 or 20240203.</summary>
    public static bool TryDate(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }

        return false;
    }

    public static bool TryDecimal(string? text, out decimal value) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out value);

    /// <summary>A whole number; Excel may hand "120" over as 120.0.</summary>
    public static bool TryInt(string? text, out int value)
    {
        value = 0;
        if (!decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) || d != decimal.Truncate(d) || d < int.MinValue || d > int.MaxValue)
        {
            return false;
        }

        value = (int)d;
        return true;
    }

    /// <summary>A list in one cell, separated by 、，,；; or spaces.</summary>
    public static List<string> List(string? text) =>
        (text ?? "").Split(['、', '，', ',', '；', ';', ' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
