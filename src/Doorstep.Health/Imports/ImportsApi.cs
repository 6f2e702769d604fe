using Doorstep.Health.Visits;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Health.Imports;

/// <summary>POST /api/v1/health/contracts/import and /api/v1/health/visits/import (multipart: file, allOrNothing).</summary>
public static class ImportsApi
{
    public static void MapHealthImportsApi(this IEndpointRouteBuilder health)
    {
        health.MapPost("/contracts/import", (HttpContext http, HealthImporter importer, CancellationToken ct) =>
                ImportAsync(http, (table, all, actor) => importer.ImportContractsAsync(table, all, actor, ct), ct))
            .RequireAuthorization(HealthPermissions.Contract)
            .DisableAntiforgery()
            .WithSummary("Import contracts from CSV or xlsx (columns 身份证号码,签约团队,服务包,签约日期,重点人群,急诊联系医生,联系电话); returns the report with each refused row's number, column and reason.");

        health.MapPost("/visits/import", (HttpContext http, HealthImporter importer, CancellationToken ct) =>
                ImportAsync(http, (table, all, actor) => importer.ImportVisitsAsync(table, all, actor, ct), ct))
            .RequireAuthorization(HealthPermissions.Write)
            .DisableAntiforgery()
            .WithSummary("Import visits from CSV or xlsx (columns 身份证号码,随访日期,随访方式,收缩压,舒张压,心率,空腹血糖,随机血糖,体重,身高,症状,服药依从性,治疗,备注).");
    }

    private static async Task<IResult> ImportAsync(HttpContext http, Func<TabularFile, bool, Actor, Task<ImportReport>> import, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请以 multipart/form-data 上传文件（字段名 file）"] });
        }

        var form = await http.Request.ReadFormAsync(ct);
        try
        {
            using var upload = await UploadedTable.SaveAsync(form.Files.GetFile("file"), ct);
            var report = await import(upload.Table, form["allOrNothing"] == "true", Actor.From(http.User));
            return Results.Ok(new { report.Total, report.Imported, report.Rejected, report.Errors });
        }
        catch (InvalidDataException ex)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [ex.Message] }, title: "导入文件有误");
        }
    }
}
