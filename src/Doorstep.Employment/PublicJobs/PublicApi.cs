using Doorstep.Employment.Stations;
using Doorstep.Kernel;
using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Employment.PublicJobs;

/// <summary>/api/v1/public: what residents read without signing in.</summary>
public static class PublicApi
{
    public static void MapPublicJobsApi(this IEndpointRouteBuilder open)
    {
        open.MapGet("/jobs", async ([AsParameters] JobFilter filter, PublicJobService jobs, CancellationToken ct) =>
            {
                var query = await jobs.CheckAsync(filter, locationRequired: true, ct);
                return query.Succeeded ? Results.Ok(await jobs.SearchAsync(query.Value!, ct)) : Problem(query.Errors);
            })
            .AllowAnonymous()
            .WithSummary($"Public: published, unexpired vacancies within radiusMeters ({PublicJobService.MinRadius}–{PublicJobService.MaxRadius}, default {PublicJobService.DefaultRadius}) of lon/lat or of a community's centre (community=CODE, which wins over lon/lat), nearest first; filters occupation (code prefix), minWage (yuan a month, a day wage counting 21.75 days), schedule (full-time, part-time, gig), suitsDisabled=true; page, pageSize (up to {PublicJobService.MaxPageSize}). Each with the employer's name, wage, distance and the station to apply through (hours, phone, distance from the resident and from the job). No personal data.");

        open.MapGet("/stations", async (double? lon, double? lat, string? community, PublicJobService jobs, StationService stations, CancellationToken ct) =>
            {
                var errors = new FieldErrors();
                var from = await jobs.LocateAsync(lon, lat, community, required: false, errors, ct);
                return errors.IsEmpty
                    ? Results.Ok(await stations.PublicAsync(from is null ? null : new GeoPoint(from.Longitude, from.Latitude), ct))
                    : Problem(errors);
            })
            .AllowAnonymous()
            .WithSummary("Public: employment stations, gig stations and gig markets with hours, openWeekends, services and the station's phone; nearest to lon/lat (or a community's centre) first, with the distance in metres, else by name.");
    }

    private static IResult Problem(FieldErrors errors) => Results.ValidationProblem(errors.ToDictionary(), title: "查询条件有误");
}
