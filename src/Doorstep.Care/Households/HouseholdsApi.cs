using Doorstep.Care.Visits;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Care.Households;

/// <summary>/api/v1/care/households and the hardship categories.</summary>
internal static class HouseholdsApi
{
    private static readonly string[] Columns = ["户编号", "户主", "地址", "所在区划", "困难类别", "家庭人口", "联系人", "最近走访"];

    public static void MapHouseholdsApi(this IEndpointRouteBuilder care)
    {
        care.MapGet("/categories", (HouseholdService households) => Results.Ok(households.Categories))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("The hardship categories (困难类别: 低保, 特困, disabled, elderly living alone, model-worker family …), configurable under Care:Households:Categories.");

        care.MapGet("/workers", async (string region, CareWorkers workers, CancellationToken ct) => Results.Ok(await workers.ForRegionAsync(region, ct)))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("Deputies and cadres who may be responsible for, or visit, households of the region (user name and name).");

        care.MapGet("/households", async (string? q, string? region, string? category, DateOnly? unvisitedSince, string? sort, int? page, int? pageSize, HouseholdService households, CancellationToken ct) =>
                Results.Ok(await households.SearchAsync(new HouseholdQuery(q, region, category, unvisitedSince, sort, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("Needy households in the caller's regions: q searches a member's name, the 户编号 or the address; category is a category code; unvisitedSince keeps those nobody visited on or after that day; sort is region (default), lastVisit (longest unvisited first) or updated.");

        care.MapGet("/households/unvisited", async (DateOnly? since, string? region, string? category, int? page, int? pageSize, HouseholdService households, VisitSettings settings, TimeProvider clock, CancellationToken ct) =>
                Results.Ok(await households.SearchAsync(new HouseholdQuery(null, region, category, since ?? settings.SeasonStart(ShanghaiTime.Today(clock)), "lastVisit", page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("The households nobody has visited this season: none since `since`, by default the last Care:Visits:SeasonDays (60) days; longest unvisited first.");

        care.MapGet("/households/export", async (string? q, string? region, string? category, DateOnly? unvisitedSince, string? format, HouseholdService households, HttpContext http, CancellationToken ct) =>
            {
                var rows = await households.ExportAsync(new HouseholdQuery(q, region, category, unvisitedSince), ct);
                await CareExport.SendAsync(http, format, nameof(NeedyHousehold), "困难家庭", Columns, [.. rows.Select(Cells)], ct);
            })
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("The filtered households as Excel (format=xlsx, the default) or CSV; the export is audited with its row count.");

        care.MapGet("/households/{id:guid}", async (Guid id, HouseholdService households, CancellationToken ct) =>
                await households.GetAsync(id, ct) is { } detail ? Results.Ok(detail) : Results.NotFound())
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("A needy household: categories, responsible person, members (ID numbers and phones masked) and every visit with its goods, money and what was heard.");

        care.MapPost("/households", async (HouseholdInput input, HouseholdService households, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await households.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded
                    ? Results.Created($"/api/v1/care/households/{outcome.Value!.Id}", outcome.Value)
                    : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "困难家庭信息有误");
            })
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Take a registry household (householdId, or its householdNumber 户编号) into care with its categories (codes or names), the responsible deputy or cadre (user name) and a note.");

        care.MapPut("/households/{id:guid}", async (Guid id, HouseholdInput input, HouseholdService households, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await households.UpdateAsync(id, input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Ok(outcome.Value)
                    : outcome.Errors.For("id") is not null ? Results.NotFound()
                    : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "困难家庭信息有误");
            })
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Change a household's categories, responsible person and note.");
    }

    private static string?[] Cells(HouseholdRow r) =>
        [r.Number, r.Head, r.Address, r.RegionName, string.Join("、", r.CategoryNames), r.Members.ToString(System.Globalization.CultureInfo.InvariantCulture), r.ResponsibleName,
         r.LastVisit is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null];
}
