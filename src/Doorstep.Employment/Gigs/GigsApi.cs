using System.Globalization;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Employment.Gigs;

/// <summary>/api/v1/employment/gigs and the public /api/v1/public/gigs.</summary>
public static class GigsApi
{
    public static readonly string[] RatioColumns = ["零工类别", "需求人数", "求职人数", "求人倍率"];

    public static void MapGigsApi(this IEndpointRouteBuilder employment)
    {
        var gigs = employment.MapGroup("/gigs");

        gigs.MapGet("/categories", async (bool? includeRetired, GigCategoryService categories, CancellationToken ct) => Results.Ok(await categories.ListAsync(includeRetired ?? true, ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The gig categories in order (includeRetired=false for the pick list); seeded with the usual trades when empty.");

        gigs.MapPost("/categories", async (GigCategoryInput input, GigCategoryService categories, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await categories.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/gigs/categories/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors, "零工类别有误");
            })
            .RequireAuthorization(EmploymentPermissions.Review)
            .WithSummary($"Add a category (the district officer): name (unique, up to {GigCategoryService.MaxCategoryName} characters), optional order and retired. Audited.");

        gigs.MapPut("/categories/{id:guid}", async (Guid id, GigCategoryInput input, GigCategoryService categories, HttpContext http, CancellationToken ct) =>
                Reply(await categories.UpdateAsync(id, input, Actor.From(http.User), ct), "零工类别有误"))
            .RequireAuthorization(EmploymentPermissions.Review)
            .WithSummary("Rename, reorder or retire a category (the district officer): name, order, retired. Jobs and workers keep it; a retired one is no longer offered. Audited.");

        gigs.MapGet("/markets", async (GigLookups service, CancellationToken ct) =>
                Results.Ok((await service.MarketsAsync(ct)).Select(m => new { m.Id, m.Name, m.Kind, m.Address, m.RegionCode })))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The gig stations and gig markets in the caller's regions.");

        gigs.MapGet("/jobs", async (string? q, Guid? market, Guid? category, DateOnly? date, bool? open, string? sort, int? page, int? pageSize, GigJobService service, CancellationToken ct) =>
                Results.Ok(await service.SearchJobsAsync(new GigJobQuery(q, market, category, date, open ?? false, sort, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Gig jobs in the caller's regions: q (title, address or poster), market, category, date (running that day, yyyy-MM-dd), open=true (not ended, still short of hands), sort (start, pay, created), page, pageSize. Posters' phones are masked.");

        gigs.MapGet("/jobs/{id:guid}", async (Guid id, GigJobService service, CancellationToken ct) =>
                await service.GetJobAsync(id, ct) is { } job ? Results.Ok(job) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One gig job with the workers taken on and their states; 404 outside the caller's regions.");

        gigs.MapPost("/jobs", async (GigJobInput input, GigJobService service, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await service.PostJobAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/gigs/jobs/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors, "零工需求有误");
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary($"Post a gig job: title, categoryId, posterKind (household, business), posterName, posterPhone (mobile; stored sealed, shown masked), address, regionCode (the community, in the caller's regions), optional longitude/latitude (default: the community's centre), startDate, optional endDate (up to the configured span), startTime/endTime (HH:mm, both or neither), pay (yuan), payUnit (day, the default, or job), peopleNeeded (1–{GigJobService.MaxPeople}), marketId (a gig station or market), description. Audited.");

        gigs.MapPut("/jobs/{id:guid}", async (Guid id, GigJobInput input, GigJobService service, HttpContext http, CancellationToken ct) =>
                Reply(await service.UpdateJobAsync(id, input, Actor.From(http.User), ct), "零工需求有误"))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Change an open gig job (not cancelled, not ended; else 400 with errors.job): the same fields as posting; posterPhone blank keeps the poster's; peopleNeeded not below the workers already taken on; coordinates kept while regionCode is unchanged. 404 outside the caller's regions. Audited.");

        gigs.MapPost("/jobs/{id:guid}/cancel", async (Guid id, GigCancelInput input, GigAssignmentService service, HttpContext http, CancellationToken ct) =>
                Reply(await service.CancelAsync(id, input, Actor.From(http.User), ct), "不能撤销"))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary($"Call a gig job off (撤销) with reason (up to {GigJobService.MaxCancelReason} characters): refused once any worker is done or paid; workers only accepted are released. The job stays on file with cancelledAt and cancelReason, off the boards, matching and the ratio. Audited.");

        gigs.MapGet("/jobs/{id:guid}/matches", async (Guid id, DateOnly? date, GigMatchService matches, CancellationToken ct) =>
                await matches.ForJobAsync(id, date, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Workers for a gig job on date (default: today within the job's days, else its first day): with the category, checked in that day or free that weekday, not busy on another job, within the match radius; nearest first, each with a reason.");

        gigs.MapPost("/jobs/{id:guid}/workers", async (Guid id, GigAcceptInput input, GigAssignmentService service, HttpContext http, CancellationToken ct) =>
                Reply(await service.AcceptAsync(id, input, Actor.From(http.User), ct), "不能接单"))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Take a worker on (workerId): refused when the job has ended, has all the people it needs, or the worker is already on it or on another job those days. Audited.");

        gigs.MapPost("/jobs/{id:guid}/workers/{workerId:guid}/state", async (Guid id, Guid workerId, GigStateInput input, GigAssignmentService service, HttpContext http, CancellationToken ct) =>
                Reply(await service.AdvanceAsync(id, workerId, input, Actor.From(http.User), ct), "状态不能变更"))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Move a worker on a job forward one step: state done, then paid (paidAmount in yuan, default the job's pay for its days). Never back. Audited.");

        gigs.MapGet("/workers", async (string? q, Guid? market, Guid? category, string? sort, int? page, int? pageSize, GigWorkerService service, CancellationToken ct) =>
                Results.Ok(await service.SearchWorkersAsync(new GigWorkerQuery(q, market, category, sort, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Gig workers registered at the stations in the caller's regions: q (name), market, category, sort (name, created), page, pageSize. Phones masked.");

        gigs.MapGet("/workers/{id:guid}", async (Guid id, GigWorkerService service, CancellationToken ct) =>
                await service.GetWorkerAsync(id, ct) is { } worker ? Results.Ok(worker) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One gig worker with the last day they checked in.");

        gigs.MapPost("/workers", async (GigWorkerInput input, GigWorkerService service, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await service.RegisterWorkerAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/gigs/workers/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors, "零工人员信息有误");
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Register a gig worker at a station: idNumber (a registry person in the caller's scope; name, phone and home then come from the registry) or name and phone; marketId, skills (category ids, at least one), days (Monday…Sunday; none means any day). One worker per registry person. Audited.");

        gigs.MapPut("/workers/{id:guid}", async (Guid id, GigWorkerUpdateInput input, GigWorkerService service, HttpContext http, CancellationToken ct) =>
                Reply(await service.UpdateWorkerAsync(id, input, Actor.From(http.User), ct), "零工人员信息有误"))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Change a gig worker: marketId (default unchanged), skills (category ids, at least one; retired ones they already have may stay), days (none means any day), available (false: 停止接单, left out of matching, the boards and check-ins; true: back; omitted: unchanged). Audited.");

        gigs.MapPost("/workers/{id:guid}/check-ins", async (Guid id, GigCheckInInput input, GigWorkerService service, HttpContext http, CancellationToken ct) =>
                Reply(await service.CheckInAsync(id, input, Actor.From(http.User), ct), "签到有误"))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary($"Check a worker in at a station: marketId (default the one they registered at), date (default today; up to {GigLookups.DaysBack} days back, never ahead). One station a day. Audited.");

        gigs.MapGet("/workers/{id:guid}/matches", async (Guid id, DateOnly? date, GigMatchService matches, CancellationToken ct) =>
                await matches.ForWorkerAsync(id, date, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Gig jobs for a worker from date (default today) over the look-ahead: in their categories, still short of hands, on a day they are free and not clashing with work they took, within the match radius; nearest first, then soonest, each with a reason.");

        gigs.MapGet("/board", async (Guid? market, DateOnly? date, GigBoardService boards, CancellationToken ct) =>
                market is not { } id ? Problem(Inputs.Error("market", "请选择零工市场"), "查询条件有误")
                : await boards.BoardAsync(id, date, ct) is { } board ? Results.Ok(board) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The daily board of a gig station or market (market, date default today): its jobs running that day with the workers taken on, and the workers checked in there (phones masked).");

        gigs.MapGet("/ratio", async (DateOnly? from, DateOnly? to, Guid? market, GigBoardService boards, CancellationToken ct) =>
            {
                var outcome = await boards.RatioAsync(from, to, market, ct);
                return outcome.Succeeded ? Results.Ok(outcome.Value) : Problem(outcome.Errors, "查询条件有误");
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("求人倍率 per category over from–to (yyyy-MM-dd; either defaults to the other, both to today; from ≤ to and at most Employment:Gigs:MaxRatioDays days, 92 by default, else 400 with errors.to), optionally for one market: peopleNeeded (the jobs running in the period, cancelled ones aside) ÷ workersAvailable (distinct workers with the skill who checked in); ratio null when nobody checked in. The total counts each worker once.");

        gigs.MapGet("/ratio/export", async (DateOnly? from, DateOnly? to, Guid? market, string? format, GigBoardService boards, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await boards.RatioAsync(from, to, market, ct);
                if (!outcome.Succeeded)
                {
                    return Problem(outcome.Errors, "查询条件有误");
                }

                var report = outcome.Value!;
                await AuditedExport.SendAsync(http, format, "GigRatio", "零工求人倍率", RatioColumns, report.Rows.Count + 1, RatioRows([.. report.Rows, report.Total]), ct);
                return Results.Empty;
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The ratio per category as Excel (format=xlsx, the default) or CSV, with the total; audited.");
    }

    public static void MapPublicGigsApi(this IEndpointRouteBuilder open)
    {
        open.MapGet("/gigs", async (Guid? market, DateOnly? date, GigBoardService boards, CancellationToken ct) =>
                await boards.PublicAsync(market, date, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .AllowAnonymous()
            .WithSummary("Public: the gig boards of one market (market) or of all, for date (default today): gigs running that day still short of hands with category, community, hours, pay, people needed and still missing, under the market's name, address, hours and phone. No poster, no address, no worker.");
    }

    private static IResult Reply<T>(Outcome<T> outcome, string title) =>
        outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors, title);

    private static IResult Problem(FieldErrors errors, string title) => Results.ValidationProblem(errors.ToDictionary(), title: title);

    private static async IAsyncEnumerable<string?[]> RatioRows(IReadOnlyList<GigRatioRow> rows)
    {
        foreach (var r in rows)
        {
            yield return [r.Category, r.PeopleNeeded.ToString(CultureInfo.InvariantCulture), r.WorkersAvailable.ToString(CultureInfo.InvariantCulture), r.Ratio?.ToString("0.00", CultureInfo.InvariantCulture) ?? "—"];
        }

        await Task.CompletedTask;
    }
}
