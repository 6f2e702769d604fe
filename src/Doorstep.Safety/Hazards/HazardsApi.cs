using System.Globalization;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Doorstep.Platform.WorkItems;
using Doorstep.Platform.WorkItems.Lifecycle;
using Doorstep.Safety.Checklists;
using Doorstep.Safety.Inspections;
using Doorstep.Safety.Venues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Safety.Hazards;

public sealed record ReinspectionBody(DateTime? InspectedAt, IReadOnlyList<string>? Inspectors, bool? Passed, string? Note, double? Longitude, double? Latitude, IReadOnlyList<PhotoBody>? Photos);

public sealed record CloseBody(string? Note);

/// <summary>/api/v1/safety/hazards.</summary>
public static class HazardsApi
{
    public static readonly string[] ExportColumns = ["工单编号", "场所", "区划代码", "隐患", "隐患部位", "依据", "整改要求", "等级", "发现日期", "整改期限", "复查期限", "申请复查日期", "整改完成日期", "状态"];

    public static void MapHazardsApi(this RouteGroupBuilder safety)
    {
        safety.MapGet("/hazards", async (Guid? campaign, string? region, HazardState? state, Guid? venue, bool? major, string? q, int? page, int? pageSize, HazardService hazards, CancellationToken ct) =>
                Results.Ok(await hazards.SearchAsync(new HazardQuery(campaign, region, state, venue, major == true, q, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("Hazards in the caller's regions; state = Rectifying, Overdue, AwaitingReinspection, Rectified, Closed or Cancelled; major=true for confirmed major hazards.");

        safety.MapGet("/hazards/export", async (Guid? campaign, string? region, HazardState? state, bool? major, string? q, string? format, HazardService hazards, AuditLog audit, HttpContext http, TimeProvider clock, CancellationToken ct) =>
            {
                var found = await hazards.SearchAsync(new HazardQuery(campaign, region, state, null, major == true, q, 1, 10_000), ct);
                await audit.WriteAsync(http.User.Identity?.Name ?? "", AuditEvents.Exported, nameof(Hazard), null, detail: $"{found.Items.Count} rows", cancellationToken: ct);
                var kind = TableExport.FormatOf(format ?? "xlsx");
                await TableExport.SendAsync(http, kind, "火灾隐患", ShanghaiTime.Today(clock), stream => TableExport.WriteAsync(stream, kind, ExportColumns, Rows(found.Items), ct));
                return Results.Empty;
            })
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("The hazards matching the filters as Excel (format=xlsx, the default) or CSV; audited.");

        safety.MapGet("/hazards/{id:guid}", async (Guid id, HazardService hazards, CancellationToken ct) =>
                await hazards.GetAsync(id, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("One hazard with its notice, re-inspections and major-hazard reviews.");

        safety.MapPost("/hazards/{id:guid}/owner-request", async (Guid id, OwnerRequestInput input, HazardService hazards, HttpContext http, CancellationToken ct) =>
                Reply(await hazards.RequestReinspectionAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(SafetyPermissions.Write)
            .WithSummary("Record the owner's report that the hazard is fixed and the request for re-inspection (requestedOn, note); re-inspection is then due within 3 working days.");

        safety.MapPost("/hazards/{id:guid}/reinspections", async (Guid id, ReinspectionBody body, HazardService hazards, HttpContext http, CancellationToken ct) =>
            {
                if (PhotoBody.Decode(body.Photos, out var bad) is not { } photos)
                {
                    return PhotoBody.Refused(bad, "复查记录有误");
                }

                return Reply(await hazards.ReinspectAsync(id, new ReinspectionInput(body.InspectedAt, body.Inspectors, body.Passed, body.Note, body.Longitude, body.Latitude), [.. photos.Select(p => p.Photo)], Actor.From(http.User), ct));
            })
            .RequireAuthorization(SafetyPermissions.Write)
            .WithSummary("Record a re-inspection by at least two inspectors (the caller among them): passed=true verifies the hazard's work item so it can be closed; false sends it back to the owner.");

        safety.MapPost("/hazards/{id:guid}/reviews", async (Guid id, ReviewInput input, HazardService hazards, HttpContext http, CancellationToken ct) =>
                Reply(await hazards.ReviewAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(SafetyPermissions.Configure)
            .WithSummary("Record a major-hazard review (GB 35181): method Collective (at least 3 people, a majority agreeing) or ExpertPanel (at least 7, two thirds agreeing), members, agreeing, major, basis.");

        safety.MapPost("/hazards/{id:guid}/close", async (Guid id, CloseBody body, HazardService hazards, HttpContext http, CancellationToken ct) =>
                Reply(await hazards.CloseAsync(id, body.Note, Actor.From(http.User), ct)))
            .RequireAuthorization(WorkItemPermissions.Dispatch)
            .WithSummary("Close a hazard after a passing re-inspection.");
    }

    private static IResult Reply(Outcome<HazardView> outcome) =>
        outcome.Succeeded ? Results.Ok(outcome.Value)
        : outcome.Errors.For("id") is { } missing && missing.StartsWith("找不到", StringComparison.Ordinal) ? Results.NotFound()
        : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "隐患办理有误");

    private static async IAsyncEnumerable<string?[]> Rows(IReadOnlyList<HazardView> hazards)
    {
        foreach (var h in hazards)
        {
            yield return [
                h.WorkItemNumber, h.VenueName, h.RegionCode, h.Item, h.Location, h.Provision, h.Requirement,
                h.MajorConfirmed ? "重大隐患" : h.Severity == HazardSeverity.Major ? "疑似重大（待判定）" : "一般隐患",
                Day(DateOnly.FromDateTime(ShanghaiTime.ToLocal(h.FoundAt))), Day(h.DueDate), Day(h.ReinspectBy), Day(h.OwnerRequestedOn), Day(h.RectifiedOn),
                HazardService.StateName(h.State).Zh,
            ];
        }

        await Task.CompletedTask;
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
