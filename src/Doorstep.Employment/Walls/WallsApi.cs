using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Employment.Walls;

/// <summary>/api/v1/employment/walls for staff, /api/v1/public/walls for residents and employers.</summary>
public static class WallsApi
{
    public static void MapWallsApi(this IEndpointRouteBuilder employment)
    {
        employment.MapGet("/walls", async (Guid? station, string? week, int? page, int? pageSize, WallService walls, CancellationToken ct) =>
            {
                var found = await walls.SearchAsync(new WallQuery(station, week, page ?? 1, pageSize ?? 20), ct);
                return found.Succeeded ? Results.Ok(found.Value) : Problem(found.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary($"Weekly walls (用工墙·求职墙) of the stations in the caller's regions, newest week first: station (the station's organisation id), week (any day of it, yyyy-MM-dd), page, pageSize (up to {WallService.MaxPageSize}). Each with its ISO week, weekStart (the Monday, Beijing time) and counts: vacancyCount, postCount, suitableForDisabledCount, seekerCount.");

        employment.MapGet("/walls/{id:guid}", async (Guid id, WallService walls, CancellationToken ct) =>
                await walls.GetAsync(id, ct) is { } wall ? Results.Ok(wall) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One wall as it was made: the station's address, phone and hours then, the numbered vacancies and seekers (masked names, with the seeker's id for the specialist who takes the call), who made it and when. 404 outside the caller's regions.");

        employment.MapPost("/walls/generate", async (WallGenerateInput? input, WallService walls, HttpContext http, CancellationToken ct) =>
            {
                var run = await walls.GenerateAsync(input ?? new WallGenerateInput(), Actor.From(http.User), replace: true, ct);
                return run.Succeeded ? Results.Ok(run.Value) : Problem(run.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Make the walls of a week now: stationId (else every station in the caller's regions), week (any day of it, yyyy-MM-dd; default this week, at most next week). This week's and next week's walls are made again, replacing their entries under the same id (result replaced); a past week's wall is made only when missing (created) and never changed (kept). Vacancies: published and open on the day (today, or the week's Monday or Sunday), within the station's community or the configured radius; seekers: seeking, consenting to the wall, likewise near. Audited.");
    }

    public static void MapPublicWallsApi(this IEndpointRouteBuilder open)
    {
        open.MapGet("/walls", async (string? week, WallService walls, CancellationToken ct) =>
            {
                var found = await walls.PublicWeekAsync(week, ct);
                return found.Succeeded ? Results.Ok(new { weekStart = found.Value.Week, walls = found.Value.Walls }) : Problem(found.Errors);
            })
            .AllowAnonymous()
            .WithSummary("Public: every station's wall of the week (this week in Beijing time unless week=yyyy-MM-dd, any day of it), with the counts.");

        open.MapGet("/walls/{id:guid}", async (Guid id, WallService walls, CancellationToken ct) =>
                await walls.PublicGetAsync(id, ct) is { } wall ? Results.Ok(wall) : Results.NotFound())
            .AllowAnonymous()
            .WithSummary("Public: one wall: vacancies (employer, pay, headcount, suitable for disabled people) and seekers with masked names (王**), skills and wishes; contact is through the station's phone. No seeker's phone, ID number, address or id.");
    }

    private static IResult Problem(FieldErrors errors) => Results.ValidationProblem(errors.ToDictionary(), title: "用工墙查询条件有误");
}
