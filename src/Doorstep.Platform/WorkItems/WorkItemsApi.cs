using Doorstep.Platform.Security;
using Doorstep.Platform.WorkItems.Deadlines;
using Doorstep.Platform.WorkItems.Dispatch;
using Doorstep.Platform.WorkItems.Kpis;
using Doorstep.Platform.WorkItems.Lifecycle;
using Doorstep.Platform.WorkItems.Notifications;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Platform.WorkItems;

/// <summary>/api/v1/work-items: report, find, read and move work items; KPIs; time limits and dispatch rules; notifications.</summary>
public static class WorkItemsApi
{
    public static void MapWorkItemsApi(this IEndpointRouteBuilder api)
    {
        var items = api.MapGroup("/work-items").WithTags("Work items");

        items.MapGet("/", async (string? q, string? type, WorkItemStatus? status, string? region, Guid? unit, bool? overdue, DateOnly? from, DateOnly? to, string? kpi, int? page, int? pageSize,
                WorkItemQueries queries, WorkItemTypeCatalog types, TimeProvider clock, CancellationToken ct) =>
            {
                if (kpi is not null && !WorkItemKpi.All.Contains(kpi))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["kpi"] = [$"指标“{kpi}”不存在，可选：{string.Join("、", WorkItemKpi.All)}"] }, title: "查询条件有误");
                }

                var found = await queries.SearchAsync(new WorkItemQuery { Q = q, Type = type, Status = status, Region = region, Unit = unit, Overdue = overdue == true, From = from, To = to, Kpi = kpi, Page = page ?? 1, PageSize = pageSize ?? 20 }, ct);
                var now = clock.GetUtcNow().UtcDateTime;
                return Results.Ok(new Page<WorkItemView>(found.Items.Select(w => WorkItemView.From(w, types, now)).ToList(), found.Total, found.PageNumber, found.PageSize));
            })
            .RequireAuthorization(WorkItemPermissions.Read)
            .WithSummary("Search work items in the caller's regions; kpi with from/to lists the items behind a KPI figure.");

        items.MapGet("/mine", async (WorkItemQueries queries, WorkItemTypeCatalog types, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return Results.Ok((await queries.MineAsync(Actor.From(http.User), ct: ct)).Select(w => WorkItemView.From(w, types, now)));
            })
            .RequireAuthorization(WorkItemPermissions.Read)
            .WithSummary("Items waiting for the caller or the caller's unit, most urgent first.");

        items.MapGet("/types", (WorkItemTypeCatalog types) => Results.Ok(types.All.Select(t => new
            {
                t.Code,
                Name = t.Name.Zh,
                NameEn = t.Name.En,
                Categories = t.Categories.Select(c => new { c.Code, Name = c.Name.Zh, NameEn = c.Name.En, DefaultLimit = c.DefaultLimit.ToString() }),
                t.VerifyOnSite,
                t.CallbackRequired,
                t.DeadlineSetByReporter,
                t.HandlePermission,
                t.VerifyPermission,
                t.ApprovePermission,
            })))
            .RequireAuthorization(WorkItemPermissions.Read)
            .WithSummary("The registered work-item types, their categories and default time limits.");

        items.MapGet("/kpis", async (DateOnly? from, DateOnly? to, string? region, string? type, Guid? unit, KpiGrouping? by, KpiService kpis, TimeProvider clock, CancellationToken ct) =>
            {
                var today = Ui.ShanghaiTime.Today(clock);
                var query = new KpiQuery(from ?? today.AddDays(1 - today.Day), to ?? today, region, type, unit, by ?? KpiGrouping.Region);
                if (query.From > query.To)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["开始日期不能晚于结束日期"] }, title: "查询条件有误");
                }

                var table = await kpis.ComputeAsync(query, ct);
                return Results.Ok(new
                {
                    table.Query,
                    Rows = table.Rows.Select(Figures),
                    Total = Figures(table.Total),
                });
            })
            .RequireAuthorization(WorkItemPermissions.Read)
            .WithSummary("KPIs per region, unit or type for a period: reported, due, closed, closure and on-time rates, overdue now, rework, satisfaction.");

        items.MapGet("/{id:guid}", async (Guid id, WorkItemService service, WorkItemJournal journal, WorkItemTypeCatalog types, TimeProvider clock, CancellationToken ct) =>
            {
                if (await service.GetAsync(id, ct) is not { } item)
                {
                    return Results.NotFound();
                }

                var history = await journal.HistoryAsync(id, ct);
                var photos = await journal.PhotosAsync(id, ct);
                return Results.Ok(new WorkItemDetail(WorkItemView.From(item, types, clock.GetUtcNow().UtcDateTime), history.Select(WorkItemEventView.From).ToList(), photos));
            })
            .RequireAuthorization(WorkItemPermissions.Read)
            .WithSummary("One item with its history and photo list.");

        items.MapPost("/", async (NewWorkItem input, WorkItemService service, WorkItemTypeCatalog types, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await service.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded
                    ? Results.Created($"/api/v1/work-items/{outcome.Item!.Id}", WorkItemView.From(outcome.Item, types, clock.GetUtcNow().UtcDateTime))
                    : Failure(outcome);
            })
            .RequireAuthorization(WorkItemPermissions.Report)
            .WithSummary("Report a work item; open=true also opens it (and dispatches by rule) for callers who may dispatch.");

        items.MapPost("/{id:guid}/photos", async (Guid id, IFormFileCollection files, WorkItemService service, WorkItemTypeCatalog types, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await service.AddPhotosAsync(id, await ReadPhotosAsync(files, ct), Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Ok(WorkItemView.From(outcome.Item!, types, clock.GetUtcNow().UtcDateTime)) : Failure(outcome);
            })
            .RequireAuthorization(WorkItemPermissions.Read)
            .DisableAntiforgery()
            .WithSummary("Attach photos (JPEG, PNG or WebP, at most 5 MB each) to an item.");

        items.MapGet("/photos/{photoId:guid}", async (Guid photoId, WorkItemJournal journal, CancellationToken ct) =>
                await journal.PhotoAsync(photoId, ct) is { } photo ? Results.File(photo.Content, photo.ContentType) : Results.NotFound())
            .RequireAuthorization(WorkItemPermissions.Read)
            .WithSummary("A photo's bytes.");

        items.MapPost("/{id:guid}/{action}", async (Guid id, string action, TransitionInput input, WorkItemService service, WorkItemTypeCatalog types, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await service.ApplyAsync(id, action, input, [], Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Ok(WorkItemView.From(outcome.Item!, types, clock.GetUtcNow().UtcDateTime)) : Failure(outcome);
            })
            .RequireAuthorization(WorkItemPermissions.Read)
            .WithSummary("Take one step: open, cancel, dispatch, accept, handle, verify, close, evaluate, request-return, request-extension, request-backlog, decide, resume. Send the version you read.");

        MapSettings(items);
        MapNotifications(api);
    }

    /// <summary>Reads uploaded files into memory, refusing oversize ones before reading them whole.</summary>
    public static async Task<List<PhotoUpload>> ReadPhotosAsync(IFormFileCollection files, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(files);
        var photos = new List<PhotoUpload>();
        foreach (var file in files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
        {
            if (file.Length > PhotoRules.MaxBytes)
            {
                // Keep the name and the size verdict without buffering the whole file.
                photos.Add(new PhotoUpload(file.FileName, file.ContentType, new byte[PhotoRules.MaxBytes + 1]));
                continue;
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            photos.Add(new PhotoUpload(file.FileName, file.ContentType, buffer.ToArray()));
        }

        return photos;
    }

    private static void MapSettings(RouteGroupBuilder items)
    {
        items.MapGet("/limits", async (TimeLimitSettings settings, CancellationToken ct) => Results.Ok(await settings.ListAsync(ct)))
            .RequireAuthorization(WorkItemPermissions.Read)
            .WithSummary("Time limits set per region (the types' defaults apply elsewhere).");

        items.MapPut("/limits", async (LimitInput input, TimeLimitSettings settings, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await settings.SaveAsync(input.TypeCode, input.Category, input.RegionCode, input.Limit, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Ok(outcome.Value) : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "办理时限有误");
            })
            .RequireAuthorization(WorkItemPermissions.Configure)
            .WithSummary("Set a time limit (3wd, 8wh, 2h, 7d) for a type's category in a region and everything under it.");

        items.MapDelete("/limits/{id:long}", async (long id, TimeLimitSettings settings, HttpContext http, CancellationToken ct) =>
                await settings.DeleteAsync(id, Actor.From(http.User), ct) ? Results.NoContent() : Results.NotFound())
            .RequireAuthorization(WorkItemPermissions.Configure);

        items.MapGet("/rules", async (DispatchRules rules, CancellationToken ct) => Results.Ok(await rules.ListAsync(ct)))
            .RequireAuthorization(WorkItemPermissions.Read)
            .WithSummary("Dispatch rules: where items of a type and region go when opened.");

        items.MapPost("/rules", async (RuleInput input, DispatchRules rules, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await rules.AddAsync(input.TypeCode, input.Category, input.RegionCode, input.UnitId, input.UserName, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Ok(outcome.Value) : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "派遣规则有误");
            })
            .RequireAuthorization(WorkItemPermissions.Configure);

        items.MapDelete("/rules/{id:long}", async (long id, DispatchRules rules, HttpContext http, CancellationToken ct) =>
                await rules.DeleteAsync(id, Actor.From(http.User), ct) ? Results.NoContent() : Results.NotFound())
            .RequireAuthorization(WorkItemPermissions.Configure);
    }

    private static void MapNotifications(IEndpointRouteBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");
        notifications.MapGet("/", async (Notifier notifier, HttpContext http, CancellationToken ct) =>
                Results.Ok(await notifier.LatestAsync(http.User.Identity!.Name!, 100, ct)))
            .WithSummary("The caller's latest notifications.");
        notifications.MapPost("/read", async (Notifier notifier, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                Results.Ok(new { marked = await notifier.MarkAllReadAsync(http.User.Identity!.Name!, clock.GetUtcNow().UtcDateTime, ct) }))
            .WithSummary("Mark all the caller's notifications read.");
    }

    private static object Figures(KpiRow row) => new
    {
        row.Key,
        row.Label,
        Reported = row[WorkItemKpi.Reported],
        Due = row[WorkItemKpi.Due],
        Closed = row[WorkItemKpi.Closed],
        OnTime = row[WorkItemKpi.OnTime],
        Overdue = row[WorkItemKpi.Overdue],
        Rework = row[WorkItemKpi.Rework],
        Evaluated = row[WorkItemKpi.Evaluated],
        Satisfied = row[WorkItemKpi.Satisfied],
        row.ClosureRate,
        row.OnTimeRate,
        row.SatisfactionRate,
    };

    private static IResult Failure(WorkItemOutcome outcome) => outcome.Failure switch
    {
        WorkItemFailure.NotFound => Results.NotFound(),
        WorkItemFailure.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: string.Join("；", outcome.Errors.ToDictionary().SelectMany(e => e.Value))),
        WorkItemFailure.Conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: outcome.Errors.For("version")),
        _ => Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "工单操作未完成"),
    };
}

public sealed record LimitInput(string? TypeCode, string? Category, string? RegionCode, string? Limit);

public sealed record RuleInput(string? TypeCode, string? Category, string? RegionCode, Guid? UnitId, string? UserName);
