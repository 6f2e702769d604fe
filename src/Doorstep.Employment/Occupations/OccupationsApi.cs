using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Employment.Occupations;

/// <summary>/api/v1/employment/occupations and its import.</summary>
public static class OccupationsApi
{
    public static void MapOccupationsApi(this IEndpointRouteBuilder employment)
    {
        employment.MapGet("/occupations", async (string? q, int? page, int? pageSize, OccupationService occupations, CancellationToken ct) =>
                Results.Ok(await occupations.SearchAsync(q, page ?? 1, pageSize ?? 20, ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The occupational catalogue (职业分类大典 2022): q matches the start of a code (4-07) or any part of a name (保安).");

        employment.MapPost("/occupations/import", async (HttpContext http, OccupationImporter importer, CancellationToken ct) =>
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
            .RequireAuthorization(EmploymentPermissions.Write)
            .DisableAntiforgery()
            .WithSummary("Import the catalogue from CSV or xlsx (columns " + string.Join(',', OccupationImporter.Columns) + "; a blank parent is the code without its last segment). An entry on file is renamed. Returns the report with each refused row's number, column and reason.");
    }
}
