using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Safety.Venues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Safety.Imports;

/// <summary>POST /api/v1/safety/venues/import (multipart: file, allOrNothing) and its template.</summary>
public static class VenueImportApi
{
    public static void MapVenueImportApi(this IEndpointRouteBuilder safety)
    {
        safety.MapPost("/venues/import", async (HttpContext http, VenueImporter importer, CancellationToken ct) =>
            {
                if (!http.Request.HasFormContentType)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请以 multipart/form-data 上传文件（字段名 file）"] });
                }

                var form = await http.Request.ReadFormAsync(ct);
                try
                {
                    using var upload = await UploadedTable.SaveAsync(form.Files.GetFile("file"), ct);
                    var report = await importer.ImportAsync(upload.Table, form["allOrNothing"] == "true", Actor.From(http.User), ct);
                    return Results.Ok(new { report.Total, report.Imported, report.Updated, report.Rejected, report.Errors });
                }
                catch (InvalidDataException ex)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [ex.Message] }, title: "导入文件有误");
                }
            })
            .RequireAuthorization(SafetyPermissions.Write)
            .DisableAntiforgery()
            .WithSummary("Import venues from CSV or xlsx (columns " + string.Join(',', VenueImporter.Columns) + "); a venue of the same name in the same region is updated. Returns the report with each refused row's number, column and reason.");

        safety.MapGet("/venues/import/template", async (string? format, HttpContext http, TimeProvider clock, CancellationToken ct) =>
            {
                var exportFormat = TableExport.FormatOf(format);
                await TableExport.SendAsync(http, exportFormat, "场所导入模板", ShanghaiTime.Today(clock), stream => TableExport.WriteTemplateAsync(stream, exportFormat, VenueImporter.Columns, ct));
            })
            .RequireAuthorization(SafetyPermissions.Write)
            .WithSummary("The venue import's header as an empty sheet (format=xlsx or csv).");
    }
}
