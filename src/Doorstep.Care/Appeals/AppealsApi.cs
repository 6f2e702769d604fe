using System.Globalization;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.WorkItems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Care.Appeals;

/// <summary>/api/v1/care/appeals: record appeals, find them, and their response, resolution and satisfaction figures.</summary>
internal static class AppealsApi
{
    private static readonly string[] Columns = ["分组", "名称", "受理", "响应", "办结", "已评价", "满意", "响应率", "办结率", "满意率"];

    public static void MapAppealsApi(this IEndpointRouteBuilder care)
    {
        care.MapGet("/appeals", async (string? q, string? kind, WorkItemStatus? status, string? region, bool? mine, int? page, int? pageSize, AppealService appeals, HttpContext http, CancellationToken ct) =>
                Results.Ok(await appeals.SearchAsync(new AppealQuery(q, AppealNames.Kind(kind), status, region, mine == true, page ?? 1, pageSize ?? 20), Actor.From(http.User), ct)))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("Appeals in the caller's regions, newest first: q searches the content, the appellant's name or the work-item number (GD…); kind (enquiry, help, complaint, report, suggestion), status (the work item's: Opened, Dispatched, Accepted, Handled, Verified, Closed, Evaluated, Backlogged), region, mine=true for those the caller received.");

        care.MapGet("/appeals/figures", async (string? region, DateOnly? from, DateOnly? to, AppealService appeals, CancellationToken ct) =>
            {
                if (Problem(region, from, to) is { } problem)
                {
                    return problem;
                }

                var f = await appeals.FiguresAsync(new AppealFiguresQuery(region, from, to), ct);
                return Results.Ok(new { f.Received, f.Responded, f.Resolved, f.Satisfied, f.ResponseRate, f.ResolutionRate, f.SatisfactionRate });
            })
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("Figures of the appeals received in the region (and below; all the caller's regions when omitted) on from..to (Beijing dates, either optional): "
                + "received; responded = work item accepted (签收) or further, backlogged included; resolved = closed or rated; satisfied = rated satisfied or basically satisfied; "
                + "responseRate = responded/received, resolutionRate = resolved/received, satisfactionRate = satisfied/rated (an unsatisfied rating sent back for rework is not rated until rated again); "
                + "rates are fractions of 1 rounded half away from zero to 4 places, 0 when nothing to divide by.");

        care.MapGet("/appeals/figures/export", async (string? region, DateOnly? from, DateOnly? to, string? format, AppealService appeals, RegionService regions, HttpContext http, CancellationToken ct) =>
            {
                if (Problem(region, from, to) is { } problem)
                {
                    return problem;
                }

                var table = await appeals.TableAsync(new AppealFiguresQuery(region, from, to), await ChildrenAsync(regions, region, ct), ct);
                List<string?[]> rows =
                [
                    .. table.ByRegion.Select(r => Cells(Tr.T("区划", "Region"), r.Label, r.Figures)),
                    .. table.ByUnit.Select(r => Cells(Tr.T("承办单位", "Unit"), r.Label, r.Figures)),
                    Cells(Tr.T("合计", "Total"), "", table.Total),
                ];
                await CareExport.SendAsync(http, format, "AppealFigures", "诉求办理情况", Columns, rows, ct);
                return Results.Empty;
            })
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("The figures per child region and per handling unit, with the total, as Excel (format=xlsx, the default) or CSV; the export is audited.");

        care.MapGet("/appeals/{id:guid}", async (Guid id, AppealService appeals, CancellationToken ct) =>
                await appeals.GetAsync(id, ct) is { } detail ? Results.Ok(detail) : Results.NotFound())
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("One appeal with its work item's status, deadline, handling unit, history and rating; the appellant's phone masked.");

        care.MapPost("/appeals", async (AppealInput input, AppealService appeals, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await appeals.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded
                    ? Results.Created($"/api/v1/care/appeals/{outcome.Value!.Id}", outcome.Value)
                    : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "诉求信息有误");
            })
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Record an appeal the caller received: kind (enquiry 咨询, help 求助, complaint 投诉, report 举报, suggestion 建议), source (visit, station, phone; visit when a visit is given), "
                + "timeClass (emergency 2h, utilities 24h, general 7d — the default —, complex 15d; limits as set in the work-item settings), content, "
                + "the appellant as person (a registry id in the caller's regions), idNumber (a registry person's ID number in the caller's regions) or appellantName + appellantPhone, household and visit (optional), region (when neither household nor person). "
                + "Its work item (care.appeal) is opened in the same transaction; bad input, or a household, visit or person outside the caller's regions, writes nothing and answers 400 with the reasons.");
    }

    private static IResult? Problem(string? region, DateOnly? from, DateOnly? to)
    {
        var errors = new Dictionary<string, string[]>();
        if (!string.IsNullOrWhiteSpace(region) && !Kernel.RegionCode.TryParse(region, out _, out var regionError))
        {
            errors["region"] = [regionError];
        }

        if (from > to)
        {
            errors["from"] = ["开始日期不能晚于结束日期"];
        }

        return errors.Count == 0 ? null : Results.ValidationProblem(errors, title: "查询条件有误");
    }

    internal static async Task<IReadOnlyList<Region>> ChildrenAsync(RegionService regions, string? region, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(region) ? await regions.RootsAsync(ct) : await regions.ChildrenAsync(region.Trim(), ct);

    private static string?[] Cells(string group, string label, AppealFigures f) =>
        [group, label, N(f.Received), N(f.Responded), N(f.Resolved), N(f.Rated), N(f.Satisfied), Percent(f.ResponseRate), Percent(f.ResolutionRate), Percent(f.SatisfactionRate)];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    internal static string Percent(decimal rate) => (rate * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
