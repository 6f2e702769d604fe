namespace Doorstep.Platform.Imports;

/// <summary>
/// What an import did, in the shape the CLI prints with --json. Row numbers count the header
/// as row 1, as a spreadsheet shows them.
/// </summary>
public sealed class ImportReport
{
    public int Total { get; set; }
    public int Imported { get; set; }
    public int Updated { get; set; }
    public int Duplicates { get; set; }
    public int Rejected { get; set; }
    public List<ImportError> Errors { get; } = [];

    /// <summary>Rows imported with something the user should know, e.g. a sign-up that went onto the waiting list.</summary>
    public List<ImportError> Notices { get; } = [];

    /// <summary>Errors kept beyond this many are counted but not listed, so a bad million-row file stays readable.</summary>
    public const int MaxListedErrors = 1000;

    public void Reject(int row, string column, string message) => Reject(row, [(column, message)]);

    /// <summary>Counts the row once, however many of its cells were wrong, and lists each cell.</summary>
    public void Reject(int row, IEnumerable<(string Column, string Message)> problems)
    {
        Rejected++;
        foreach (var (column, message) in problems)
        {
            if (Errors.Count < MaxListedErrors)
            {
                Errors.Add(new ImportError(row, column, message));
            }
        }
    }
}

public sealed record ImportError(int Row, string Column, string Message);
