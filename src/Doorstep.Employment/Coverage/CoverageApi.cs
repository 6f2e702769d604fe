using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Employment.Coverage;

/// <summary>/api/v1/employment/coverage.</summary>
public static class CoverageApi
{
    public static void MapCoverageApi(this RouteGroupBuilder employment)
    {
        employment.MapGet("/coverage", async (string? region, int? minutes, CoverageService coverage, CancellationToken ct) =>
                Reply(await coverage.CoverageAsync(region, minutes, ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The employment service circle over a region: residents (with a located home), covered (a station within minutes' walk, straight-line radius discounted for detours), coverageRate, communities [{code, name, residents, covered, rate, grids}], the communities nobody reaches, and the stations nearby.");

        employment.MapGet("/coverage/placement", async (string? region, int? minutes, int? sites, CoverageService coverage, CancellationToken ct) =>
                Reply(await coverage.PlacementAsync(region, minutes, sites, ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Where new stations would bring the most uncovered residents within reach: up to `sites` village, community or grid centres, chosen greedily, each with its gain and the coverage after it.");
    }

    private static IResult Reply<T>(Outcome<T> outcome) =>
        outcome.Succeeded ? Results.Ok(outcome.Value) : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "统计条件有误");
}
