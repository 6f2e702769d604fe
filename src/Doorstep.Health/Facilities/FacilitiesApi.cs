using Doorstep.Health.Visits;
using Doorstep.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Health.Facilities;

/// <summary>/api/v1/health/facilities: the primary-care facilities and their health profiles.</summary>
public static class FacilitiesApi
{
    public static void MapFacilitiesApi(this IEndpointRouteBuilder health)
    {
        health.MapGet("/facilities", async (FacilityDirectory facilities, CancellationToken ct) => Results.Ok(await facilities.ProfilesAsync(ct)))
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("Community and township health centres, stations and village clinics in the caller's regions, with hours, services, beds, staff, teams and accounts.");

        health.MapPut("/facilities/{id:guid}", async (Guid id, FacilityProfileInput input, FacilityDirectory facilities, HttpContext http, CancellationToken ct) =>
            {
                var errors = await facilities.SaveProfileAsync(id, input, Actor.From(http.User), ct);
                return errors.IsEmpty ? Results.NoContent()
                    : errors.For("id") is not null ? Results.NotFound()
                    : Results.ValidationProblem(errors.ToDictionary(), title: "机构信息有误");
            })
            .RequireAuthorization(HealthPermissions.Teams)
            .WithSummary("Keep a facility's health profile (services: general, tcm, rehabilitation, vaccination, maternal-child, chronic, emergency, inpatient, pharmacy, lab, imaging).");
    }
}
