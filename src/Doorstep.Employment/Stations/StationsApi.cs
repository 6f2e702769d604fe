using Doorstep.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Employment.Stations;

/// <summary>/api/v1/employment/stations.</summary>
public static class StationsApi
{
    public static void MapStationsApi(this IEndpointRouteBuilder employment)
    {
        employment.MapGet("/stations", async (string? kind, StationService stations, CancellationToken ct) => Results.Ok(await stations.ListAsync(kind, ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The stations in the caller's regions (kind: employment-station, gig-station, gig-market), each with its profile: hours, openWeekends, services, phone, note.");

        employment.MapGet("/stations/{organisationId:guid}", async (Guid organisationId, StationService stations, CancellationToken ct) =>
                await stations.GetAsync(organisationId, ct) is { } station ? Results.Ok(station) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One station with its profile.");

        employment.MapPut("/stations/{organisationId:guid}", async (Guid organisationId, StationInput input, StationService stations, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await stations.SaveAsync(organisationId, input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Ok(outcome.Value)
                    : outcome.Errors.For("id") is not null ? Results.NotFound()
                    : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "服务站点信息有误");
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary($"Keep a station's profile (the organisation's id): hours (required, up to {StationService.MaxHours} characters), openWeekends, services (codes: job-posting, job-matching, gig-matching, career-guidance, skills-training, policy-advice, unemployment-registration, entrepreneurship, disability-employment), phone (a mobile or a landline with its area code), note. Audited.");
    }
}
