using System.Data;
using System.Text;
using Microsoft.AspNetCore.Http;
using MiniExcelLibs;

namespace Doorstep.Platform.Imports;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>Writes rows of text cells under a header as CSV (UTF-8 with a BOM) or an Excel sheet.</summary>
public static class TableExport
{
    public static string ContentType(ExportFormat format) =>
        format == ExportFormat.Xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";

    public static string Extension(ExportFormat format) => format == ExportFormat.Xlsx ? "xlsx" : "csv";

    /// <summary>"xlsx" (any case) means Excel; anything else CSV.</summary>
    public static ExportFormat FormatOf(string? text) => string.Equals(text, "xlsx", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Xlsx : ExportFormat.Csv;

    /// <summary>Sends a download named like 居民档案-20240203.xlsx, written by <paramref name="write"/>.</summary>
    public static async Task SendAsync(HttpContext http, ExportFormat format, string name, DateOnly day, Func<Stream, Task> write)
    {
        http.Response.ContentType = ContentType(format);
        http.Response.Headers.ContentDisposition = $"attachment; filename*=UTF-8''{Uri.EscapeDataString($"{name}-{day:yyyyMMdd}.{Extension(format)}")}";
        if (format == ExportFormat.Xlsx)
        {
            // The xlsx writer needs a seekable stream; the file is buffered then sent.
            using var buffer = new MemoryStream();
            await write(buffer);
            buffer.Position = 0;
            await buffer.CopyToAsync(http.Response.Body, http.RequestAborted);
        }
        else
        {
            await write(http.Response.Body);
        }
    }

    public static async Task<int> WriteAsync(Stream output, ExportFormat format, IReadOnlyList<string> columns, IAsyncEnumerable<string?[]> rows, CancellationToken ct = default) =>
        format == ExportFormat.Xlsx ? await WriteXlsxAsync(output, columns, rows, ct) : await WriteCsvAsync(output, columns, rows, ct);

    /// <summary>An import's template: its header over no rows, as CSV or xlsx.</summary>
    public static async Task WriteTemplateAsync(Stream output, ExportFormat format, IReadOnlyList<string> columns, CancellationToken ct = default)
    {
        if (format == ExportFormat.Csv)
        {
            await WriteCsvAsync(output, columns, AsyncEnumerable.Empty<string?[]>(), ct);
            return;
        }

        // The xlsx writer takes its header from the first row; a table with no rows still has columns.
        using var table = new DataTable("导入模板");
        foreach (var column in columns)
        {
            table.Columns.Add(column, typeof(string));
        }

        await output.SaveAsAsync(table, cancellationToken: ct);
    }

    private static async Task<int> WriteCsvAsync(Stream output, IReadOnlyList<string> columns, IAsyncEnumerable<string?[]> rows, CancellationToken ct)
    {
        // A BOM so Excel on a Chinese desktop opens the UTF-8 file without garbling it.
        await using var writer = new StreamWriter(output, new UTF8Encoding(true), 1 << 16, leaveOpen: true);
        await writer.WriteLineAsync(string.Join(',', columns.Select(CsvText.Cell)));
        var count = 0;
        await foreach (var cells in rows.WithCancellation(ct))
        {
            await writer.WriteLineAsync(string.Join(',', cells.Select(CsvText.Cell)));
            count++;
        }

        return count;
    }

    private static async Task<int> WriteXlsxAsync(Stream output, IReadOnlyList<string> columns, IAsyncEnumerable<string?[]> rows, CancellationToken ct)
    {
        var list = new List<Dictionary<string, object?>>();
        await foreach (var cells in rows.WithCancellation(ct))
        {
            list.Add(columns.Select((c, i) => (c, cells[i])).ToDictionary(x => x.c, x => (object?)x.Item2));
        }

        await output.SaveAsAsync(list, cancellationToken: ct);
        return list.Count;
    }
}
