using Doorstep.Employment.Workshops;
using Doorstep.Employment.Training;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Employment.Imports;

/// <summary>POST /api/v1/employment/seekers/import and /vacancies/import (multipart: file, allOrNothing), and their templates.</summary>
public static class EmploymentImportApi
{
    /// <summary>What each import is called in routes, downloads and pages.</summary>
    public static readonly IReadOnlyList<EmploymentImport> Imports =
    [
        new("seekers", new("求职者", "job seekers"), "/employment/seekers", SeekerImporter.Columns, SeekerImporter.RequiredColumns, SeekerImporter.Notes, (s, file, all, actor, ct) => s.GetRequiredService<SeekerImporter>().ImportAsync(file, all, actor, ct)),
        new("vacancies", new("岗位", "vacancies"), "/employment/vacancies", VacancyImporter.Columns, VacancyImporter.RequiredColumns, VacancyImporter.Notes, (s, file, all, actor, ct) => s.GetRequiredService<VacancyImporter>().ImportAsync(file, all, actor, ct)),
        new("workshop-workers", new("帮扶车间职工", "workshop workers"), "/employment/workshops", WorkshopWorkerImporter.Columns, WorkshopWorkerImporter.RequiredColumns, WorkshopWorkerImporter.Notes, (s, file, all, actor, ct) => s.GetRequiredService<WorkshopWorkerImporter>().ImportAsync(file, all, actor, ct)),
        new("startup-applications", new("创业扶持申请", "startup applications"), "/employment/entrepreneurship", Entrepreneurship.StartupImporter.Columns, Entrepreneurship.StartupImporter.RequiredColumns, Entrepreneurship.StartupImporter.Notes, (s, file, all, actor, ct) => s.GetRequiredService<Entrepreneurship.StartupImporter>().ImportAsync(file, all, actor, ct)),
        new("fair-visitors", new("招聘会入场求职者", "fair visitors"), "/employment/fairs", Fairs.FairVisitorImporter.Columns, Fairs.FairVisitorImporter.RequiredColumns, Fairs.FairVisitorImporter.Notes, (s, file, all, actor, ct) => s.GetRequiredService<Fairs.FairVisitorImporter>().ImportAsync(file, all, actor, ct)),
        new("enrolments", new("培训报名", "training enrolments"), "/employment/training", EnrolmentImporter.Columns, EnrolmentImporter.RequiredColumns, EnrolmentImporter.Notes, (s, file, all, actor, ct) => s.GetRequiredService<EnrolmentImporter>().ImportAsync(file, all, actor, ct)),
    ];

    public static void MapEmploymentImportApi(this IEndpointRouteBuilder employment)
    {
        foreach (var import in Imports)
        {
            employment.MapPost($"/{import.Key}/import", async (HttpContext http, CancellationToken ct) =>
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
                        return Results.Ok(new { report.Total, report.Imported, report.Rejected, report.Errors });
                    }
                    catch (InvalidDataException ex)
                    {
                        return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [ex.Message] }, title: "导入文件有误");
                    }
                })
                .RequireAuthorization(EmploymentPermissions.Write)
                .DisableAntiforgery()
                .WithSummary($"Import {import.Name.En} from CSV or xlsx (columns {string.Join(',', import.Columns)}; required {string.Join(',', import.Required)}), each row through the same service as the form; allOrNothing=true writes nothing if a row is refused. Returns the report with each refused row's number, column and reason.");

            employment.MapGet($"/{import.Key}/import/template", async (string? format, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                {
                    var kind = TableExport.FormatOf(format);
                    await TableExport.SendAsync(http, kind, $"{import.Name.Zh}导入模板", ShanghaiTime.Today(clock), stream => TableExport.WriteTemplateAsync(stream, kind, import.Columns, ct));
                })
                .RequireAuthorization(EmploymentPermissions.Write)
                .WithSummary($"The {import.Name.En} import's header as an empty sheet (format=xlsx or csv).");
        }
    }
}

/// <summary>One of the module's imports: its route key (the page is /employment/{Key}/import), name, the list it returns to, columns, the notes shown above the form and how a file is run.</summary>
public sealed record EmploymentImport(
    string Key, Text Name, string BackPath, IReadOnlyList<string> Columns, IReadOnlyList<string> Required, IReadOnlyList<Text> Notes,
    Func<IServiceProvider, TabularFile, bool, Actor, CancellationToken, Task<ImportReport>> Run);
