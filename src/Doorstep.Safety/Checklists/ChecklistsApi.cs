using Doorstep.Platform.Security;
using Doorstep.Safety.Venues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Safety.Checklists;

public sealed record ChecklistPublish(IReadOnlyList<ChecklistItemInput>? Items);

/// <summary>/api/v1/safety/checklists.</summary>
public static class ChecklistsApi
{
    public static void MapChecklistsApi(this RouteGroupBuilder safety)
    {
        safety.MapGet("/checklists/{kind}", async (string kind, int? version, ChecklistService checklists, CancellationToken ct) =>
            {
                var current = await checklists.CurrentAsync(kind, ct);
                if (version is { } wanted && current is not null && wanted != current.Version)
                {
                    var id = (await checklists.VersionsAsync(kind, ct)).FirstOrDefault(v => v.Version == wanted)?.Id;
                    current = id is { } found ? await checklists.GetAsync(found, ct) : null;
                }

                return current is null ? Results.NotFound() : Results.Ok(current);
            })
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("A venue kind's checklist, the current version or ?version=N: items with the standard text, provision, requirement, severity (General/Major) and whether they can be fixed on the spot.");

        safety.MapGet("/checklists/{kind}/versions", async (string kind, ChecklistService checklists, CancellationToken ct) => Results.Ok(await checklists.VersionsAsync(kind, ct)))
            .RequireAuthorization(SafetyPermissions.Read)
            .WithSummary("Every published version of a kind's checklist, newest first.");

        safety.MapPost("/checklists/{kind}", async (string kind, ChecklistPublish input, ChecklistService checklists, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await checklists.PublishAsync(kind, input.Items, Actor.From(http.User), ct);
                return outcome.Succeeded
                    ? Results.Created($"/api/v1/safety/checklists/{kind}?version={outcome.Value!.Version}", outcome.Value)
                    : outcome.Errors.For("kind") is not null ? Results.NotFound()
                    : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "检查表有误");
            })
            .RequireAuthorization(SafetyPermissions.Configure)
            .WithSummary("Publish a new version of a kind's checklist; inspections already recorded keep the version they used.");
    }
}
