using System.Globalization;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Employment.Workshops;

/// <summary>/api/v1/employment/workshops.</summary>
public static class WorkshopsApi
{
    public static readonly string[] ExportColumns =
        ["车间名称", "依托企业", "类型", "区划代码", "所在区划", "地址", "经度", "纬度", "联系人", "联系电话", "开办日期", "吸纳脱贫劳动力", "认定日期", "示范性认定日期", "共富工坊命名日期"];

    private static readonly string[] WorkerColumns = ["车间名称", "所在区划", "姓名", "身份证号码（脱敏）", "入职日期", "离职日期", "就业月数", "收入", "收入周期", "年收入"];

    private static readonly string[] FigureColumns = ["分组", "代码", "名称", "车间", "厂房式", "居家式", "基地式", "已认定", "示范性", "共富工坊", "吸纳脱贫劳动力"];

    public static void MapWorkshopsApi(this IEndpointRouteBuilder employment)
    {
        employment.MapGet("/workshops", async ([AsParameters] WorkshopFilter filter, WorkshopService workshops, CancellationToken ct) =>
                filter.Errors() is { IsEmpty: false } errors ? Problem(errors) : Results.Ok(await workshops.SearchAsync(filter.ToQuery(), ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Assistance workshops (就业帮扶车间) in the caller's regions: q (part of the workshop's or host's name), region (prefix), type (factory, home-based, base), designation (recognised, model, common-prosperity, none), sort (updated, name, started, absorbed), page, pageSize. absorbed is the poverty-relieved people working there today.");

        employment.MapGet("/workshops/export", async ([AsParameters] WorkshopFilter filter, string? format, WorkshopService workshops, HttpContext http, CancellationToken ct) =>
            {
                if (filter.Errors() is { IsEmpty: false } errors)
                {
                    return Problem(errors);
                }

                var found = await workshops.SearchAsync(filter.ToQuery() with { Page = 1, PageSize = 10_000 }, ct);
                await AuditedExport.SendAsync(http, format, nameof(Workshop), "帮扶车间", ExportColumns, found.Items.Count, Rows(found.Items), ct);
                return Results.Empty;
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The workshops matching the filters as Excel (format=xlsx, the default) or CSV, phones masked; audited.");

        employment.MapGet("/workshops/workers/export", async ([AsParameters] WorkshopFilter filter, string? format, WorkshopService workshops, WorkshopWorkerService workers, HttpContext http, CancellationToken ct) =>
            {
                if (filter.Errors() is { IsEmpty: false } errors)
                {
                    return Problem(errors);
                }

                var found = await workshops.SearchAsync(filter.ToQuery() with { Page = 1, PageSize = 10_000 }, ct);
                var people = await workers.WorkersOfAsync([.. found.Items.Select(w => w.Id)], ct);
                await AuditedExport.SendAsync(http, format, nameof(WorkshopWorker), "帮扶车间职工", WorkerColumns, people.Count, WorkerRows(found.Items, people), ct);
                return Results.Empty;
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The workers of the workshops matching the list's filters as Excel (format=xlsx, the default) or CSV, ID numbers masked; audited.");

        employment.MapGet("/workshops/{id:guid}/workers/export", async (Guid id, string? format, WorkshopService workshops, WorkshopWorkerService workers, HttpContext http, CancellationToken ct) =>
            {
                if (await workshops.GetAsync(id, ct) is not { } workshop)
                {
                    return Results.NotFound();
                }

                var people = await workers.WorkersOfAsync([id], ct);
                await AuditedExport.SendAsync(http, format, nameof(WorkshopWorker), $"{workshop.Name}职工", WorkerColumns, people.Count, WorkerRows([workshop], people), ct);
                return Results.Empty;
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One workshop's workers as Excel (format=xlsx, the default) or CSV, ID numbers masked; audited.");

        employment.MapGet("/workshops/figures", async (string? region, WorkshopFigures figures, CancellationToken ct) =>
                await figures.ComputeAsync(region, ct) is var outcome && outcome.Succeeded ? Results.Ok(outcome.Value) : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "统计条件有误"))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Workshop figures of a region (required) today, in total and by the next level of regions: workshops (by type), recognised, model, common-prosperity, and poverty-relieved people absorbed.");

        employment.MapGet("/workshops/figures/export", async (string? region, string? format, WorkshopFigures figures, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await figures.ComputeAsync(region, ct);
                if (!outcome.Succeeded)
                {
                    return Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "统计条件有误");
                }

                var report = outcome.Value!;
                await AuditedExport.SendAsync(http, format, "WorkshopFigures", "帮扶车间统计", FigureColumns, report.Regions.Count + 1, FigureRows(report), ct);
                return Results.Empty;
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The same figures as Excel (format=xlsx, the default) or CSV; audited.");

        employment.MapGet("/workshops/{id:guid}", async (Guid id, WorkshopService workshops, CancellationToken ct) =>
                await workshops.GetAsync(id, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One workshop; 404 outside the caller's regions.");

        employment.MapPost("/workshops", async (WorkshopInput input, WorkshopService workshops, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await workshops.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/workshops/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Register a workshop: name (unique), employerId (the host, a registered employer in your regions), type (factory, home-based, base), address, regionCode (in your regions), startedOn; optional longitude/latitude (default: the host's), contactName, contactPhone, note.");

        employment.MapPut("/workshops/{id:guid}", async (Guid id, WorkshopInput input, WorkshopService workshops, HttpContext http, CancellationToken ct) =>
                Reply(await workshops.UpdateAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Correct a workshop; every field is sent again (a blank phone keeps the one on file).");

        employment.MapGet("/workshops/{id:guid}/workers", async (Guid id, WorkshopWorkerService workshops, CancellationToken ct) =>
                await workshops.WorkersAsync(id, ct) is { } workers ? Results.Ok(workers) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The workshop's workers, those still there first: name, masked ID number, hiredOn, leftOn, income per month or year, annualIncome, monthsEmployed (whole months to today or to leaving).");

        employment.MapPost("/workshops/{id:guid}/workers", async (Guid id, WorkerInput input, WorkshopWorkerService workshops, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await workshops.AddWorkerAsync(id, input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/workshops/{id}/workers/{outcome.Value!.Id}", outcome.Value)
                    : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Take on a worker: personId or idNumber (a poverty-relieved person of the registry in your regions), hiredOn, income, incomePeriod (month, the default, or year); optional leftOn. Refused with the reason, nothing written, when the person is not in the registry or not in scope, not poverty-relieved, or already working at this workshop over the same days.");

        employment.MapPost("/workshops/{id:guid}/workers/{workerId:guid}/leave", async (Guid id, Guid workerId, LeaveInput input, WorkshopWorkerService workshops, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await workshops.LeaveAsync(id, workerId, input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Record the day a worker left (leftOn, between hiring and today).");

        employment.MapGet("/workshops/{id:guid}/recognition", async (Guid id, WorkshopDesignationService workshops, CancellationToken ct) =>
                await workshops.RecognitionAsync(id, ct) is { } check ? Results.Ok(check) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The recognition check today against the configured criteria (Employment:Workshops): basic (poverty-relieved people absorbed) and model (示范性: absorbed, employed 6+ months, and of those earning 11,000 yuan a year), each criterion with met, required, actual and the reason when not met.");

        employment.MapPost("/workshops/{id:guid}/designations", async (Guid id, DesignationInput input, WorkshopDesignationService workshops, HttpContext http, CancellationToken ct) =>
                Reply(await workshops.DesignateAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Review)
            .WithSummary("The district officer grants (granted=true, the default) or revokes (granted=false) a designation: recognised (needs the basic criteria met), model (needs the model criteria met) or common-prosperity, on a day (on, default today). Refused with every unmet criterion's reason.");
    }

    private static IResult Reply(Outcome<WorkshopView> outcome) =>
        outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors);

    private static IResult Problem(FieldErrors errors) => Results.ValidationProblem(errors.ToDictionary(), title: "帮扶车间信息有误");

    private static async IAsyncEnumerable<string?[]> Rows(IReadOnlyList<WorkshopView> workshops)
    {
        foreach (var w in workshops)
        {
            yield return
            [
                w.Name, w.EmployerName, WorkshopTerms.Type(w.Type).Zh, w.RegionCode, w.RegionName, w.Address, Number(w.Longitude), Number(w.Latitude), w.ContactName, w.ContactPhone,
                Iso(w.StartedOn), w.Absorbed.ToString(CultureInfo.InvariantCulture), Iso(w.RecognisedOn), Iso(w.ModelOn), Iso(w.CommonProsperityOn),
            ];
        }

        await Task.CompletedTask;
    }

    private static async IAsyncEnumerable<string?[]> WorkerRows(IReadOnlyList<WorkshopView> workshops, IReadOnlyList<WorkerView> workers)
    {
        var byId = workshops.ToDictionary(w => w.Id);
        foreach (var p in workers)
        {
            var w = byId[p.WorkshopId];
            yield return
            [
                w.Name, w.RegionName, p.Name, p.IdNumber, Iso(p.HiredOn), Iso(p.LeftOn), p.MonthsEmployed.ToString(CultureInfo.InvariantCulture),
                p.Income.ToString(CultureInfo.InvariantCulture), p.IncomePeriod == IncomePeriod.Month ? "月" : "年", p.AnnualIncome.ToString(CultureInfo.InvariantCulture),
            ];
        }

        await Task.CompletedTask;
    }

    private static async IAsyncEnumerable<string?[]> FigureRows(WorkshopFiguresReport report)
    {
        yield return FigureRow("合计", report.Total);
        foreach (var row in report.Regions)
        {
            yield return FigureRow("区划", row);
        }

        await Task.CompletedTask;
    }

    private static string?[] FigureRow(string group, WorkshopFigureRow r) =>
        [group, r.Code, r.Name, .. new[] { r.Workshops, r.Factory, r.HomeBased, r.Base, r.Recognised, r.Model, r.CommonProsperity, r.Absorbed }.Select(n => n.ToString(CultureInfo.InvariantCulture))];

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The list's query string, shared by the list and its export; type and designation by their JSON names.</summary>
public sealed record WorkshopFilter(string? Q, string? Region, string? Type, string? Designation, string? Sort, int? Page, int? PageSize)
{
    public static readonly string[] Designations = ["recognised", "model", "common-prosperity", "none"];

    public FieldErrors Errors()
    {
        var errors = new FieldErrors();
        if (!string.IsNullOrEmpty(Type) && !VacancyTerms.TryParse<WorkshopType>(Type, out _))
        {
            errors.Add("type", "车间类型应为 factory、home-based 或 base");
        }

        if (!string.IsNullOrEmpty(Designation) && !Designations.Contains(Designation))
        {
            errors.Add("designation", "称号应为 recognised、model、common-prosperity 或 none");
        }

        return errors;
    }

    public WorkshopQuery ToQuery() => new(
        Q, Region, VacancyTerms.TryParse<WorkshopType>(Type, out var type) ? type : null, string.IsNullOrEmpty(Designation) ? null : Designation, Sort, Page ?? 1, PageSize ?? 20);
}
