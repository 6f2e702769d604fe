using Doorstep.Health.Visits;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Health.CarePlans;

/// <summary>/api/v1/health/care-plans.</summary>
public static class CarePlansApi
{
    public static void MapCarePlansApi(this IEndpointRouteBuilder health)
    {
        health.MapPost("/care-plans", async (CarePlanInput input, CarePlans plans, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await plans.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/health/care-plans/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors);
            })
            .RequireAuthorization(HealthPermissions.Write)
            .WithSummary("Start a care plan with a check-in cadence in days (7 = weekly); the doctor defaults to the caller.");

        health.MapGet("/care-plans", async (string? doctor, bool? missed, CarePlans plans, CancellationToken ct) =>
                Results.Ok(await plans.ActiveAsync(doctor, missed == true, ct)))
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("Active care plans in the caller's regions, those with missed check-ins first (missed=true for only those; doctor=NAME for one doctor's).");

        health.MapGet("/care-plans/{id:guid}", async (Guid id, CarePlans plans, HttpContext http, CancellationToken ct) =>
                await plans.GetAsync(id, Actor.From(http.User), ct) is ({ } plan, var checkIns) ? Results.Ok(new { plan, checkIns }) : Results.NotFound())
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("One plan with its check-ins (the read is audited).");

        health.MapPost("/care-plans/{id:guid}/check-ins", async (Guid id, CheckInInput input, CarePlans plans, HttpContext http, CancellationToken ct) =>
                Done(await plans.CheckInAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(HealthPermissions.Write)
            .WithSummary("Record a check-in (a visit to the resident records one by itself).");

        health.MapPost("/care-plans/{id:guid}/end", async (Guid id, EndPlanInput input, CarePlans plans, HttpContext http, CancellationToken ct) =>
                Done(await plans.EndAsync(id, input.Note, Actor.From(http.User), ct)))
            .RequireAuthorization(HealthPermissions.Write)
            .WithSummary("End a plan.");
    }

    private static IResult Done(FieldErrors errors) =>
        errors.IsEmpty ? Results.NoContent() : errors.For("id") is not null ? Results.NotFound() : Problem(errors);

    private static IResult Problem(FieldErrors errors) => Results.ValidationProblem(errors.ToDictionary(), title: "健康管理计划有误");
}

public sealed record EndPlanInput(string? Note);
