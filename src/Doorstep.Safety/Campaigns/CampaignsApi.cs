using Doorstep.Platform.Security;
using Doorstep.Safety.Figures;
using Doorstep.Safety.Inspectors;
using Doorstep.Safety.Venues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Safety.Campaigns;

/// <summary>/api/v1/safety/campaigns and /api/v1/safety/inspectors.</summary>
public static class CampaignsApi
{
    public static void MapCampaignsApi(this RouteGroupBuilder safety)
    {
        safety.MapGet("/campaigns", async (CampaignService campaigns, CancellationToken ct) => Results.Ok(await campaigns.ListAsync(ct)))
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("Campaigns touching the caller's regions, newest first, each with id, period, scope, agencies and the caller's venues in scope and inspected.");

        safety.MapPost("/campaigns", async (CampaignInput input, CampaignService campaigns, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await campaigns.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded
                    ? Results.Created($"/api/v1/safety/campaigns/{outcome.Value!.Id}", outcome.Value)
                    : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "专项检查信息有误");
            })
            .RequireAuthorization(SafetyPermissions.Configure)
            .WithSummary("Start a campaign: name, startsOn, endsOn, regions (codes), kinds (venue kind codes; all when empty), agencies. Its venues are fixed at this moment.");

        safety.MapGet("/campaigns/{id:guid}", async (Guid id, CampaignService campaigns, CancellationToken ct) =>
                await campaigns.GetAsync(id, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("One campaign.");

        safety.MapGet("/campaigns/{id:guid}/summary", async (Guid id, string? region, CampaignService campaigns, SafetyFigures figures, CancellationToken ct) =>
                await campaigns.FindAsync(id, ct) is null ? Results.NotFound() : Results.Ok(await figures.SummaryAsync(id, region, ct)))
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("venuesInScope, inspected, hazardsFound, fixedOnSpot, rectified, overdue, majorHazards (for a region inside the campaign with ?region=), and the sentence for the town's report.");

        safety.MapGet("/campaigns/{id:guid}/figures", async (Guid id, string? region, CampaignService campaigns, SafetyFigures figures, CancellationToken ct) =>
                await campaigns.FindAsync(id, ct) is { } campaign ? Results.Ok(await figures.BreakdownAsync(campaign, region, ct)) : Results.NotFound())
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("The campaign's figures under a region split by the next level down (town → villages → grids): the drill-down and the per-grid progress.");

        safety.MapGet("/campaigns/{id:guid}/venues", async (Guid id, string? region, bool? pending, CampaignService campaigns, CancellationToken ct) =>
                await campaigns.FindAsync(id, ct) is null ? Results.NotFound() : Results.Ok(await campaigns.VenuesAsync(id, region, pending == true, ct)))
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("The campaign's venues in the caller's regions with their inspectors and when they were inspected; pending=true for those not yet inspected.");

        safety.MapPost("/campaigns/{id:guid}/assignments", async (Guid id, AssignmentInput input, CampaignService campaigns, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await campaigns.AssignAsync(id, input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Ok(new { assigned = outcome.Value })
                    : outcome.Errors.For("id") is not null ? Results.NotFound()
                    : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "分派有误");
            })
            .RequireAuthorization(SafetyPermissions.Configure)
            .WithSummary("Assign venues (venueIds) to inspectors (user names, at least two, each covering the venue's region); all or none.");

        safety.MapGet("/inspectors", async (string region, InspectorDirectory inspectors, CancellationToken ct) => Results.Ok(await inspectors.ForRegionAsync(region, ct)))
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("Accounts that may inspect venues in the region (fire inspectors and grid members whose regions contain it).");
    }
}
