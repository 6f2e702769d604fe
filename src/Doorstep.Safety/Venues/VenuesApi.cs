using Doorstep.Platform.Security;
using Doorstep.Safety.Campaigns;
using Doorstep.Safety.Checklists;
using Doorstep.Safety.Hazards;
using Doorstep.Safety.Imports;
using Doorstep.Safety.Inspections;
using Doorstep.Safety.Training;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Safety.Venues;

/// <summary>/api/v1/safety: venues and venue kinds here, and each feature's endpoints.</summary>
public static class VenuesApi
{
    public static void MapSafetyApi(this IEndpointRouteBuilder api)
    {
        var safety = api.MapGroup("/safety").WithTags("Safety");

        safety.MapGet("/venue-kinds", async (VenueService venues, CancellationToken ct) => Results.Ok(await venues.KindsAsync(ct)))
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("The nine kinds of small venue and the key venues, with the size limit of each (measure FloorArea m², Seats or Beds) and the highest floor allowed.");

        safety.MapPut("/venue-kinds/{code}", async (string code, VenueKindInput input, VenueService venues, HttpContext http, CancellationToken ct) =>
            {
                var errors = await venues.SaveKindAsync(code, input, Actor.From(http.User), ct);
                return errors.IsEmpty ? Results.NoContent() : errors.For("code") is not null ? Results.NotFound() : Results.ValidationProblem(errors.ToDictionary(), title: "场所类别设置有误");
            })
            .RequireAuthorization(SafetyPermissions.Configure)
            .WithSummary("Set a kind's size limit and highest floor; every venue of the kind is checked again.");

        safety.MapGet("/venues", async (string? q, string? region, string? kind, bool? overLimit, bool? unprofiled, int? page, int? pageSize, VenueService venues, CancellationToken ct) =>
                Results.Ok(await venues.SearchAsync(new VenueQuery(q, region, kind, overLimit == true, unprofiled == true, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("Venues in the caller's regions with their profiles; overLimit=true for those too big for their kind, unprofiled=true for those not yet surveyed.");

        safety.MapPut("/venues/{id:guid}", async (Guid id, VenueInput input, VenueService venues, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await venues.SaveAsync(id, input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("id") is not null ? Results.NotFound() : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "场所信息有误");
            })
            .RequireAuthorization(SafetyPermissions.Write)
            .WithSummary("Keep a venue's profile: floor area, seats, beds, floors, highest floor, people living on site, responsible person and phone (sealed and masked; a blank phone keeps the one on file).");

        safety.MapChecklistsApi();
        safety.MapCampaignsApi();
        safety.MapInspectionsApi();
        safety.MapHazardsApi();
        safety.MapVenueImportApi();
        safety.MapTrainingApi();
    }
}
