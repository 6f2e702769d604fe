using Doorstep.Platform.Data;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.Imports;

/// <summary>One data row of a file: its number as a spreadsheet shows it, and its cells by column name.</summary>
public sealed class ImportRow(int number, string[] cells, IReadOnlyDictionary<string, int> columns)
{
    public int Number { get; } = number;

    /// <summary>The trimmed cell, or null when the column is missing or the cell blank.</summary>
    public string? this[string column] =>
        columns.TryGetValue(column, out var i) && i < cells.Length && cells[i].Trim() is { Length: > 0 } text ? text : null;
}

/// <summary>
/// Imports a file row by row through a module's own service, so every row passes the same rules
/// as the form and the API. Each row is a transaction of its own, so a refused row leaves nothing
/// behind and the rest go on, and other users' writes are never held up for long. With
/// all-or-nothing the file is one transaction and each row a savepoint in it, and one refused row
/// writes nothing at all; that holds the database's write lock for the whole file. Rows of a bulk
/// hot path (people) have their own importer.
/// </summary>
public sealed class RowImport(DoorstepDb db)
{
    /// <summary>
    /// Runs <paramref name="importRow"/> on each non-blank row; it returns the field errors of a
    /// refused row, which <paramref name="columnOf"/> names by the file's column.
    /// </summary>
    public async Task<ImportReport> RunAsync(
        TabularFile file,
        IReadOnlyList<string> requiredColumns,
        bool allOrNothing,
        Func<ImportRow, CancellationToken, Task<FieldErrors>> importRow,
        Func<string, string> columnOf,
        CancellationToken ct = default)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < file.Header.Length; i++)
        {
            columns.TryAdd(file.Header[i].Trim(), i);
        }

        var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"缺少列：{string.Join("、", missing)}（第1行应为表头）");
        }

        var report = new ImportReport();
        await using var whole = allOrNothing ? await db.Database.BeginTransactionAsync(ct) : null;
        var number = 1;
        foreach (var cells in file.Rows())
        {
            number++;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            report.Total++;
            await using var own = whole is null ? await db.Database.BeginTransactionAsync(ct) : null;
            if (whole is not null)
            {
                await whole.CreateSavepointAsync("row", ct);
            }

            FieldErrors errors;
            try
            {
                errors = await importRow(new ImportRow(number, cells, columns), ct);
            }
            catch (DbUpdateException)
            {
                errors = new FieldErrors();
                errors.Add("", "与已有数据冲突，请检查后重试");
            }

            if (errors.IsEmpty)
            {
                await (own?.CommitAsync(ct) ?? whole!.ReleaseSavepointAsync("row", ct));
                report.Imported++;
            }
            else
            {
                await (own?.RollbackAsync(ct) ?? whole!.RollbackToSavepointAsync("row", ct));
                report.Reject(number, errors.ToDictionary().SelectMany(e => e.Value.Select(m => (columnOf(e.Key), m))));
            }

            // Rows are independent: forgetting what this one loaded keeps memory flat, and a
            // row rolled back must not leave tracked entities behind.
            db.ChangeTracker.Clear();
        }

        if (whole is not null)
        {
            if (report.Rejected > 0)
            {
                await whole.RollbackAsync(ct);
                report.Imported = 0;
            }
            else
            {
                await whole.CommitAsync(ct);
            }
        }

        return report;
    }
}
