using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Doorstep.Safety.Venues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Safety.Training;

/// <summary>/api/v1/safety/training.</summary>
public static class TrainingApi
{
    public static void MapTrainingApi(this IEndpointRouteBuilder safety)
    {
        safety.MapGet("/training", async (string? region, int? year, int? page, int? pageSize, TrainingService training, CancellationToken ct) =>
                Results.Ok(await training.SearchAsync(new TrainingQuery(region, year, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("Training sessions in the caller's regions, newest first, with the number of sessions (total) and of attendees for the filter (region prefix, year).");

        safety.MapPost("/training", async (TrainingInput input, TrainingService training, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await training.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/safety/training/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors);
            })
            .RequireAuthorization(SafetyPermissions.Write)
            .WithSummary("Record a session: date (planned ones up to a year ahead), regionCode, place, topics (the standard ones by name — " + string.Join("、", TrainingTopics.Standard.Select(t => t.Name)) + " — or others), attendees 1–10000, optional title, organiser, trainer, venueKinds (codes) and note.");

        safety.MapPut("/training/{id:guid}", async (Guid id, TrainingInput input, TrainingService training, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await training.UpdateAsync(id, input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors);
            })
            .RequireAuthorization(SafetyPermissions.Write)
            .WithSummary("Correct a session; every field is sent again.");

        safety.MapDelete("/training/{id:guid}", async (Guid id, TrainingService training, HttpContext http, CancellationToken ct) =>
                (await training.DeleteAsync(id, Actor.From(http.User), ct)).IsEmpty ? Results.NoContent() : Results.NotFound())
            .RequireAuthorization(SafetyPermissions.Write)
            .WithSummary("Remove a session recorded by mistake (audited).");
    }

    private static IResult Problem(FieldErrors errors) => Results.ValidationProblem(errors.ToDictionary(), title: "培训记录有误");
}
