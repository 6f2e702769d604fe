using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Platform.Imports;

/// <summary>POST {module}/{key}/import (multipart: file, allOrNothing) and GET {module}/{key}/import/template for each of a module's imports.</summary>
public static class TableImportApi
{
    public static void MapTableImports(this IEndpointRouteBuilder module, IReadOnlyList<TableImport> imports)
    {
        ArgumentNullException.ThrowIfNull(imports);
        foreach (var import in imports)
        {
            module.MapPost($"/{import.Key}/import", async (HttpContext http, CancellationToken ct) =>
                {
                    if (!http.Request.HasFormContentType)
                    {
                        return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请以 multipart/form-data 上传文件（字段名 file）"] });
                    }

                    var form = await http.Request.ReadFormAsync(ct);
                    try
                    {
                        using var upload = await UploadedTable.SaveAsync(form.Files.GetFile("file"), ct);
                        var report = await import.Run(http.RequestServices, upload.Table, form["allOrNothing"] == "true", Actor.From(http.User), ct);
                        return Results.Ok(new { report.Total, report.Imported, report.Rejected, report.Errors, report.Notices });
                    }
                    catch (InvalidDataException ex)
                    {
                        return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [ex.Message] }, title: "导入文件有误");
                    }
                })
                .RequireAuthorization(import.Permission)
                .DisableAntiforgery()
                .WithSummary($"Import {import.Name.En} from CSV or xlsx (columns {string.Join(',', import.Columns)}; required {string.Join(',', import.Required)}), each row through the same service as the form; allOrNothing=true writes nothing if a row is refused. Returns the report with each refused row's number, column and reason, and notices for rows imported with a remark.");

            module.MapGet($"/{import.Key}/import/template", async (string? format, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                {
                    var kind = TableExport.FormatOf(format);
                    await TableExport.SendAsync(http, kind, $"{import.Name.Zh}导入模板", ShanghaiTime.Today(clock), stream => TableExport.WriteTemplateAsync(stream, kind, import.Columns, ct));
                })
                .RequireAuthorization(import.Permission)
                .WithSummary($"The {import.Name.En} import's header as an empty sheet (format=xlsx or csv).");
        }
    }
}
