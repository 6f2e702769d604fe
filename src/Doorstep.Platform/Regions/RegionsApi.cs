using Doorstep.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Platform.Regions;

/// <summary>/api/v1/regions: the region tree inside the caller's scope.</summary>
public static class RegionsApi
{
    public static void MapRegionsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/regions").WithTags("Regions");

        group.MapGet("/", async (string? parent, RegionService service, CancellationToken ct) =>
                TypedResults.Ok(parent is null ? await service.RootsAsync(ct) : await service.ChildrenAsync(parent, ct)))
            .RequireAuthorization(Permissions.RegionsRead)
            .WithSummary("The caller's top regions, or the children of ?parent=CODE.");

        group.MapGet("/{code}", async Task<Results<Ok<Region>, NotFound>> (string code, RegionService service, CancellationToken ct) =>
                await service.GetAsync(code, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .RequireAuthorization(Permissions.RegionsRead);

        group.MapPut("/{code}", async Task<Results<Ok<Region>, ValidationProblem>> (string code, RegionInput input, RegionService service, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await service.SaveAsync(input with { Code = code }, Actor.From(http.User), ct);
                return outcome.Succeeded ? TypedResults.Ok(outcome.Value!) : TypedResults.ValidationProblem(outcome.Errors.ToDictionary(), title: "区划信息有误");
            })
            .RequireAuthorization(Permissions.RegionsWrite);
    }
}
