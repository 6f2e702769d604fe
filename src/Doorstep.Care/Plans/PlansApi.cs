using Doorstep.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Care.Plans;

/// <summary>/api/v1/care/plans.</summary>
internal static class PlansApi
{
    public static void MapPlansApi(this IEndpointRouteBuilder care)
    {
        care.MapGet("/plans", async (PlanService plans, CancellationToken ct) => Results.Ok(await plans.ListAsync(ct)))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("Visit plans in the caller's regions, latest first, each with its households and how many are visited.");

        care.MapGet("/plans/{id:guid}", async (Guid id, PlanService plans, CancellationToken ct) =>
                await plans.GetAsync(id, ct) is { } plan ? Results.Ok(plan) : Results.NotFound())
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("A plan's progress: per visitor (households, visited) and each household with who is to go and when it was visited (within the plan's dates).");

        care.MapPost("/plans", async (PlanInput input, PlanService plans, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await plans.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/care/plans/{outcome.Value!.Id}", outcome.Value) : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "走访计划有误");
            })
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Plan a festival's visits: name, region, startsOn, endsOn and entries [{ household, visitor }]; without entries every needy household of the region, each to its responsible person.");

        care.MapPut("/plans/{id:guid}/entries", async (Guid id, PlanEntryInput input, PlanService plans, HttpContext http, CancellationToken ct) =>
            {
                var errors = await plans.AssignAsync(id, input, Actor.From(http.User), ct);
                return errors.IsEmpty ? Results.NoContent() : errors.For("id") is not null ? Results.NotFound() : Results.ValidationProblem(errors.ToDictionary(), title: "走访安排有误");
            })
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Give a household of the plan to a visitor (user name), adding it to the plan if it was not in it.");
    }
}
