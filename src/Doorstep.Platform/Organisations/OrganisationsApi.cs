using Doorstep.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Platform.Organisations;

/// <summary>/api/v1/organisations: enterprises, clinics, stations, markets and venues.</summary>
public static class OrganisationsApi
{
    public static void MapOrganisationsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations");

        group.MapGet("/", async (string? q, string? kind, string? region, int? page, int? pageSize, OrganisationService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SearchAsync(new OrganisationQuery(q, kind, region, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(Permissions.OrganisationsRead);

        group.MapGet("/kinds", (OrganisationKinds kinds) => TypedResults.Ok(kinds.All.Select(k => new { k.Code, Name = k.Name.Zh, NameEn = k.Name.En })))
            .RequireAuthorization(Permissions.OrganisationsRead);

        group.MapGet("/{id:guid}", async Task<Results<Ok<Organisation>, NotFound>> (Guid id, OrganisationService service, CancellationToken ct) =>
                await service.GetAsync(id, ct) is { } o ? TypedResults.Ok(o) : TypedResults.NotFound())
            .RequireAuthorization(Permissions.OrganisationsRead);

        group.MapPost("/", async Task<Results<Created<Organisation>, ValidationProblem>> (OrganisationInput input, OrganisationService service, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await service.SaveAsync(null, input, Actor.From(http.User), ct);
                return outcome.Succeeded
                    ? TypedResults.Created($"/api/v1/organisations/{outcome.Value!.Id}", outcome.Value)
                    : TypedResults.ValidationProblem(outcome.Errors.ToDictionary(), title: "组织信息有误");
            })
            .RequireAuthorization(Permissions.OrganisationsWrite);

        group.MapPut("/{id:guid}", async Task<Results<Ok<Organisation>, NotFound, ValidationProblem>> (Guid id, OrganisationInput input, OrganisationService service, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await service.SaveAsync(id, input, Actor.From(http.User), ct);
                if (outcome.Succeeded)
                {
                    return TypedResults.Ok(outcome.Value!);
                }

                return outcome.Errors.For("id") is not null ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors.ToDictionary(), title: "组织信息有误");
            })
            .RequireAuthorization(Permissions.OrganisationsWrite);
    }
}
