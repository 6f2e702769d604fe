using Microsoft.AspNetCore.Http;

namespace Doorstep.Platform.Imports;

/// <summary>
/// An uploaded .csv or .xlsx, copied aside (the xlsx reader needs a seekable file) and opened;
/// disposing it deletes the copy. Bad uploads throw <see cref="InvalidDataException"/> with a
/// message for the user.
/// </summary>
public sealed class UploadedTable : IDisposable
{
    private readonly string path;

    private UploadedTable(string path, TabularFile table)
    {
        this.path = path;
        Table = table;
    }

    public TabularFile Table { get; }

    public static async Task<UploadedTable> SaveAsync(IFormFile? file, CancellationToken ct = default)
    {
        if (file is null || file.Length == 0)
        {
            throw new InvalidDataException("请选择要导入的文件");
        }

        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx"))
        {
            throw new InvalidDataException("只支持 .csv 和 .xlsx 文件");
        }

        var path = Path.GetTempFileName() + extension;
        try
        {
            await using (var target = File.Create(path))
            {
                await file.CopyToAsync(target, ct);
            }

            return new UploadedTable(path, TabularFile.Open(path));
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public void Dispose()
    {
        Table.Dispose();
        File.Delete(path);
    }
}
