namespace Doorstep.Platform.Imports;

/// <summary>Writing CSV cells that spreadsheets open safely.</summary>
public static class CsvText
{
    /// <summary>Quotes a cell when needed; a leading =, +, - or @ would run as a formula in Excel, so a quote mark keeps it text.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var safe = value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
