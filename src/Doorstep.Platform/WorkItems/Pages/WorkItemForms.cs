using System.Globalization;
using System.Text;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.WorkItems.Lifecycle;
using Doorstep.Platform.WorkItems.Notifications;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Platform.WorkItems.Pages;

/// <summary>
/// The page side of work items: the detail page's action forms post here (files and all, without
/// JavaScript), and the list exports from here. Both go through the same service as the API.
/// </summary>
public static class WorkItemForms
{
    public static void MapWorkItemForms(this IEndpointRouteBuilder app)
    {
        app.MapPost("/work-items/{id:guid}/act", async (Guid id, HttpContext http, WorkItemService service, CancellationToken ct) =>
            {
                var form = await http.Request.ReadFormAsync(ct);
                var action = form["action"].ToString();
                var input = new TransitionInput
                {
                    Version = int.TryParse(form["version"], CultureInfo.InvariantCulture, out var v) ? v : null,
                    Note = form["note"],
                    Longitude = Number(form["longitude"]),
                    Latitude = Number(form["latitude"]),
                    UnitId = Guid.TryParse(form["unitId"], out var unit) ? unit : null,
                    AssignUser = form["assignUser"],
                    Days = int.TryParse(form["days"], CultureInfo.InvariantCulture, out var days) ? days : null,
                    Approve = bool.TryParse(form["approve"], out var approve) ? approve : null,
                    Passed = bool.TryParse(form["passed"], out var passed) ? passed : null,
                    Satisfaction = Enum.TryParse<Satisfaction>(form["satisfaction"], out var rating) ? rating : null,
                    HandlerAtFault = form["handlerAtFault"] == "true",
                };
                var photos = await WorkItemsApi.ReadPhotosAsync(form.Files, ct);
                var outcome = await service.ApplyAsync(id, action, input, photos, Actor.From(http.User), ct);
                var query = outcome.Succeeded
                    ? "?done=" + Uri.EscapeDataString(action)
                    : "?error=" + Uri.EscapeDataString(string.Join("；", outcome.Errors.ToDictionary().SelectMany(e => e.Value)));
                return Results.Redirect($"/work-items/{id}{query}");
            })
            .RequireAuthorization(WorkItemPermissions.Read)
            .ExcludeFromDescription();

        app.MapGet("/work-items/export", async (string? q, string? type, string? status, string? region, string? unit, bool? overdue, string? from, string? to, string? kpi,
                HttpContext http, WorkItemQueries queries, WorkItemTypeCatalog types, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
            {
                var query = WorkItemQuery.FromText(q, type, status, region, unit, overdue == true, from, to, kpi, 1, 10_000);
                var page = await queries.SearchAsync(query, ct);
                await audit.WriteAsync(http.User.Identity?.Name ?? "", AuditEvents.Exported, nameof(WorkItem), null, detail: $"{page.Items.Count} rows; {http.Request.QueryString}", cancellationToken: ct);
                var csv = new StringBuilder();
                csv.AppendLine("工单编号,类型,类别,标题,状态,区划代码,地址,上报时间,办理期限,承办单位,承办人,办结时间,返工次数,满意度");
                foreach (var w in page.Items)
                {
                    csv.AppendJoin(',', [
                        w.Number, CsvText.Cell(types.NameOf(w.TypeCode)), CsvText.Cell(types.CategoryNameOf(w.TypeCode, w.Category)), CsvText.Cell(w.Title),
                        WorkItemActions.StatusName(w.Status).Zh, w.RegionCode, CsvText.Cell(w.Address), Time(w.ReportedAt), Time(w.DueAt),
                        CsvText.Cell(w.AssignedUnitName), CsvText.Cell(w.AssignedUser), Time(w.ClosedAt), w.ReworkCount.ToString(CultureInfo.InvariantCulture),
                        w.Satisfaction is { } s ? WorkItemActions.SatisfactionName(s).Zh : "",
                    ]);
                    csv.AppendLine();
                }

                http.Response.Headers.ContentDisposition = $"attachment; filename*=UTF-8''{Uri.EscapeDataString($"工单-{ShanghaiTime.Today(clock):yyyyMMdd}.csv")}";
                // The BOM lets Excel on a district office PC open the file as UTF-8.
                return Results.Text("\uFEFF" + csv, "text/csv; charset=utf-8");
            })
            .RequireAuthorization(WorkItemPermissions.Read)
            .ExcludeFromDescription();

        app.MapPost("/notifications/read", async (HttpContext http, Notifier notifier, TimeProvider clock, CancellationToken ct) =>
            {
                await notifier.MarkAllReadAsync(http.User.Identity?.Name ?? "", clock.GetUtcNow().UtcDateTime, ct);
                return Results.Redirect("/notifications");
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
    }

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Time(DateTime? utc) => utc is { } t ? ShanghaiTime.ToLocal(t).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
}
