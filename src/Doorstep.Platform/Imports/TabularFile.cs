using System.Text;
using System.Text.Unicode;
using MiniExcelLibs;
using Sylvan.Data.Csv;

namespace Doorstep.Platform.Imports;

/// <summary>
/// Reads a CSV (UTF-8 with or without BOM, or GB18030 as Excel in China saves it) or an .xlsx
/// file row by row, without loading it whole. The first row is the header.
/// </summary>
public sealed class TabularFile : IDisposable
{
    private readonly IEnumerator<string[]> rows;
    private readonly IDisposable? owner;

    private TabularFile(string[] header, IEnumerator<string[]> rows, IDisposable? owner)
    {
        Header = header;
        this.rows = rows;
        this.owner = owner;
    }

    public string[] Header { get; }

    private static readonly Encoding Gb18030 = LoadGb18030();

    public static TabularFile Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"找不到文件 {path}", path);
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => OpenExcel(path),
            ".csv" or ".txt" => OpenCsv(File.OpenRead(path)),
            var other => throw new InvalidDataException($"不支持的文件类型 {other}：请使用 .csv 或 .xlsx"),
        };
    }

    public static TabularFile OpenCsv(Stream stream)
    {
        var encoding = DetectEncoding(stream);
        var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, BufferSize = 1 << 16 });
        var header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToArray();
        return new TabularFile(header, ReadCsv(csv).GetEnumerator(), csv);
    }

    /// <summary>The data rows, each padded to the header's width.</summary>
    public IEnumerable<string[]> Rows()
    {
        while (rows.MoveNext())
        {
            yield return rows.Current;
        }
    }

    public void Dispose()
    {
        rows.Dispose();
        owner?.Dispose();
    }

    private static IEnumerable<string[]> ReadCsv(CsvDataReader csv)
    {
        var width = csv.FieldCount;
        while (csv.Read())
        {
            var row = new string[width];
            for (var i = 0; i < width; i++)
            {
                row[i] = i < csv.RowFieldCount ? csv.GetString(i) : "";
            }

            yield return row;
        }
    }

    private static TabularFile OpenExcel(string path)
    {
        var stream = File.OpenRead(path);
        var all = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>();
        var enumerator = all.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            stream.Dispose();
            throw new InvalidDataException("表格是空的：第1行应为表头");
        }

        var columns = enumerator.Current.Keys.ToArray();
        var header = columns.Select(k => Cell(enumerator.Current[k]).Trim()).ToArray();
        return new TabularFile(header, ReadExcel(enumerator, columns).GetEnumerator(), stream);
    }

    private static IEnumerable<string[]> ReadExcel(IEnumerator<IDictionary<string, object?>> rows, string[] columns)
    {
        while (rows.MoveNext())
        {
            yield return columns.Select(c => rows.Current.TryGetValue(c, out var v) ? Cell(v) : "").ToArray();
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static Encoding LoadGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    /// <summary>UTF-8 if the start of the file decodes as UTF-8, else GB18030.</summary>
    private static Encoding DetectEncoding(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var span = buffer.AsSpan(0, read);
        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return new UTF8Encoding(false);
        }

        // A multi-byte character cut by the buffer's end must not count against UTF-8.
        var end = span.Length;
        if (read == buffer.Length)
        {
            while (end > 0 && end > span.Length - 4 && (span[end - 1] & 0xC0) == 0x80)
            {
                end--;
            }

            if (end > 0 && span[end - 1] >= 0xC0)
            {
                end--;
            }
        }

        return Utf8.IsValid(span[..end]) ? new UTF8Encoding(false) : Gb18030;
    }
}
