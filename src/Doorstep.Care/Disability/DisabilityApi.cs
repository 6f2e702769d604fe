using System.Globalization;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Care.Disability;

/// <summary>/api/v1/care/disability: certificates, service records, targets and figures.</summary>
internal static class DisabilityApi
{
    private static readonly string[] CertificateColumns = ["姓名", "性别", "年龄", "所在区划", "残疾人证号", "残疾类别", "残疾等级", "发证日期", "有效期至", "服务记录数"];

    private static readonly string[] FigureColumns = ["区划", "项目", "年度目标", "申请", "批准", "已落实", "完成率(%)"];

    public static void MapDisabilityApi(this IEndpointRouteBuilder care)
    {
        var api = care.MapGroup("/disability");

        api.MapGet("/terms", () => Results.Ok(new
            {
                kinds = DisabilityTerms.Kinds.Select(k => new { code = k.Code, name = k.Name.Zh }),
                statuses = DisabilityTerms.Statuses.Select(s => new { code = s.Code, name = s.Name.Zh }),
                categories = Platform.People.Labels.DisabilityCategories.Select(c => new { code = (int)c.Value, name = c.Name.Zh }),
                grades = DisabilityTerms.Grades.Select(g => new { code = g, name = DisabilityTerms.GradeName(g) }),
            }))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("The livelihood projects, the states of a service record, the disability categories (1–7) and grades (1–4).");

        api.MapGet("/certificates", async (string? q, string? region, string? category, int? grade, string? sort, int? page, int? pageSize, CertificateService certificates, CancellationToken ct) =>
                Results.Ok(await certificates.SearchAsync(new CertificateQuery(q, region, category, grade, sort, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("Disability certificates in the caller's regions, numbers masked: q is a holder's name or a full ID or certificate number; category (1–7 or name), grade (1–4), region; sort region (default), issued or expiry.");

        api.MapGet("/certificates/export", async (string? q, string? region, string? category, int? grade, string? format, CertificateService certificates, HttpContext http, CancellationToken ct) =>
            {
                var rows = await certificates.ExportAsync(new CertificateQuery(q, region, category, grade), ct);
                await CareExport.SendAsync(http, format, nameof(DisabilityCertificate), "残疾人证", CertificateColumns, [.. rows.Select(CertificateCells)], ct);
            })
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("The filtered certificates as Excel (format=xlsx, the default) or CSV, numbers masked; the export is audited with its row count.");

        api.MapGet("/certificates/{id:guid}", async (Guid id, CertificateService certificates, ServiceRecordService services, CancellationToken ct) =>
                await certificates.GetAsync(id, services, ct) is { } detail ? Results.Ok(detail) : Results.NotFound())
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("A certificate with its holder (ID number masked) and the holder's service records.");

        api.MapPost("/certificates", async (CertificateInput input, CertificateService certificates, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await certificates.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded
                    ? Results.Created($"/api/v1/care/disability/certificates/{outcome.Value!.Id}", outcome.Value)
                    : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "残疾人证信息有误");
            })
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Register a certificate: holderIdNumber (or personId) of a registry person in the caller's regions, number (20 characters: the holder's ID number, category digit 1–7, grade digit 1–4), category, grade, issuedOn, validUntil. "
                + "A number in the wrong form is refused with its reason (length, not the holder's ID number, invalid ID number, category or grade digit out of range or not matching) and nothing is written; one certificate per number.");

        api.MapGet("/services", async (string? q, string? region, string? kind, string? status, int? year, Guid? certificate, int? page, int? pageSize, ServiceRecordService services, CancellationToken ct) =>
                Results.Ok(await services.SearchAsync(new ServiceQuery(q, region, kind, status, year, certificate, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("Service records in the caller's regions, newest application first: q is a holder's name; kind and status by code or name; year of application; certificate id.");

        api.MapGet("/services/export", async (string? q, string? region, string? kind, string? status, int? year, string? format, ServiceRecordService services, HttpContext http, CancellationToken ct) =>
            {
                var rows = await services.ExportAsync(new ServiceQuery(q, region, kind, status, year), ct);
                await CareExport.SendAsync(http, format, nameof(DisabilityServiceRecord), "残疾人服务记录", ServiceColumns, [.. rows.Select(ServiceCells)], ct);
            })
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("The filtered service records as Excel (format=xlsx, the default) or CSV, certificate numbers masked; the export is audited with its row count.");

        api.MapGet("/services/{id:guid}", async (Guid id, ServiceRecordService services, CancellationToken ct) =>
                await services.GetAsync(id, ct) is { } row ? Results.Ok(row) : Results.NotFound())
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("One service record with its application, decision and delivery.");

        api.MapPost("/services", async (ServiceInput input, ServiceRecordService services, HttpContext http, CancellationToken ct) =>
                Result(await services.ApplyAsync(input, Actor.From(http.User), ct), created: true))
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Apply for a project: certificate (id) or certificateNumber, kind (assistive-device, accessibility-retrofit, child-rehabilitation, vocational-training, legal-aid, or the Chinese name), appliedOn, request. "
                + "The certificate must be valid on that day; a retrofit needs a needy household or the registry's hardship status; child rehabilitation needs the holder under Care:Disability:ChildAgeLimit (18) on that day.");

        api.MapPost("/services/{id:guid}/decision", async (Guid id, DecisionInput input, ServiceRecordService services, HttpContext http, CancellationToken ct) =>
                Result(await services.DecideAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Approve (approve=true) or reject (approve=false, reason required) an application on a day (on); only an application still at 申请.");

        api.MapPost("/services/{id:guid}/delivery", async (Guid id, DeliveryInput input, ServiceRecordService services, HttpContext http, CancellationToken ct) =>
                Result(await services.DeliverAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Record the delivery of an approved application: on (the day), delivered (what), amount (yuan, optional).");

        api.MapGet("/figures", async (string region, int? year, TargetService targets, TimeProvider clock, CancellationToken ct) =>
                await targets.FiguresAsync(region, year ?? ShanghaiTime.Today(clock).Year, ct) is { } figures ? Results.Ok(figures) : Results.NotFound())
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("A region's year (default this year) per project: target, applied, approved and delivered that year (each by the day of its step) and delivered against target in per cent; and the same per child region.");

        api.MapGet("/figures/export", async (string region, int? year, string? format, TargetService targets, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                if (await targets.FiguresAsync(region, year ?? ShanghaiTime.Today(clock).Year, ct) is not { } figures)
                {
                    return Results.NotFound();
                }

                var rows = FigureCells(figures.Name, figures.Kinds).Concat(figures.Children.SelectMany(c => FigureCells(c.Name, c.Kinds))).ToList();
                await CareExport.SendAsync(http, format, nameof(DisabilityTarget), $"{figures.Year}年残疾人民生实事{figures.Name}", FigureColumns, rows, ct);
                return Results.Empty;
            })
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("The figures against targets as Excel (format=xlsx, the default) or CSV, the region then each child region; the export is audited.");

        api.MapPut("/targets", async (TargetInput input, TargetService targets, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await targets.SetAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Ok(outcome.Value) : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "年度目标有误");
            })
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Set a district's (区县) target for a project and year (last, this or next): region, year, kind, count. Only a district in the caller's regions, so in practice the district officer.");
    }

    private static IResult Result(ServiceOutcome outcome, bool created = false) => outcome.Refusal switch
    {
        ServiceRefusal.None when created => Results.Created($"/api/v1/care/disability/services/{outcome.Record!.Id}", outcome.Record),
        ServiceRefusal.None => Results.Ok(outcome.Record),
        ServiceRefusal.NotFound => Results.Problem(outcome.Errors.ToString(), statusCode: StatusCodes.Status404NotFound, title: "无此记录"),
        _ => Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "服务记录有误"),
    };

    private static readonly string[] ServiceColumns = ["姓名", "区划", "残疾人证号", "项目", "状态", "申请日期", "申请事项", "审批日期", "驳回原因", "落实日期", "落实内容", "落实金额"];

    private static string?[] ServiceCells(ServiceRow r) =>
        [r.Name, r.RegionName ?? r.RegionCode, r.CertificateNumber, r.KindName, r.StatusName, Iso(r.AppliedOn), r.Request, Iso(r.DecidedOn), r.Reason, Iso(r.DeliveredOn), r.Delivered,
            r.Amount?.ToString(CultureInfo.InvariantCulture)];

    private static string?[] CertificateCells(CertificateRow r) =>
        [r.Name, r.Sex, r.Age.ToString(CultureInfo.InvariantCulture), r.RegionName, r.Number, r.CategoryName, r.GradeName, Iso(r.IssuedOn), Iso(r.ValidUntil), r.Services.ToString(CultureInfo.InvariantCulture)];

    private static IEnumerable<string?[]> FigureCells(string region, IEnumerable<KindFigures> kinds) =>
        kinds.Select(k => new string?[]
        {
            region, k.Name, k.Target?.ToString(CultureInfo.InvariantCulture), k.Applied.ToString(CultureInfo.InvariantCulture), k.Approved.ToString(CultureInfo.InvariantCulture),
            k.Delivered.ToString(CultureInfo.InvariantCulture), k.Rate?.ToString("0.0", CultureInfo.InvariantCulture),
        });

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Iso(DateOnly? d) => d is { } day ? Iso(day) : null;
}
