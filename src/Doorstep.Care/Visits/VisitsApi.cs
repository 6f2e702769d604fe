using Doorstep.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Care.Visits;

/// <summary>/api/v1/care/visits.</summary>
internal static class VisitsApi
{
    public static void MapVisitsApi(this IEndpointRouteBuilder care)
    {
        care.MapPost("/visits", async (VisitInput input, VisitService visits, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await visits.RecordAsync(input, Actor.From(http.User), ct);
                return outcome.Refusal switch
                {
                    VisitRefusal.None => Results.Created($"/api/v1/care/visits/{outcome.Visit!.Id}", outcome.Visit),
                    VisitRefusal.NotFound => Results.Problem(outcome.Errors.For("household"), statusCode: StatusCodes.Status404NotFound, title: "无此困难家庭"),
                    VisitRefusal.ShortOfStock => Results.Problem(outcome.Errors.For("goods"), statusCode: StatusCodes.Status409Conflict, title: "库存不足"),
                    _ => Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "走访信息有误"),
                };
            })
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Record a visit: household (id), visitedOn, visitors (other user names; the caller is always one), goods [{ item (code or name), quantity }], money (yuan), heard, stockRegion (default the household's town). "
                + "The goods leave the stock in the same transaction: a quantity above the region's stock is refused with 409 and nothing changes; a household outside the caller's regions gives 404.");

        care.MapGet("/visits", async (string? region, DateOnly? from, DateOnly? to, Guid? household, int? page, int? pageSize, VisitService visits, CancellationToken ct) =>
                Results.Ok(await visits.SearchAsync(new VisitQuery(region, from, to, household, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("Visits in the caller's regions, newest first, filtered by region, dates and household.");

        care.MapGet("/visits/{id:guid}", async (Guid id, VisitService visits, CancellationToken ct) =>
                await visits.GetAsync(id, ct) is { } visit ? Results.Ok(visit) : Results.NotFound())
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("One visit with its goods, as its receipt (签收单) prints it.");
    }
}
