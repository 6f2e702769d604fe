using Doorstep.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Care.Stock;

/// <summary>/api/v1/care/items and /api/v1/care/stock.</summary>
internal static class StockApi
{
    public static void MapStockApi(this IEndpointRouteBuilder care)
    {
        care.MapGet("/items", async (StockService stock, CancellationToken ct) => Results.Ok(await stock.ItemsAsync(ct)))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("The kinds of relief goods (大米, 食用油, 牛奶, 水果 …) with their code and unit.");

        care.MapPost("/items", async (ItemInput input, StockService stock, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await stock.AddItemAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/care/items", outcome.Value) : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "物资信息有误");
            })
            .RequireAuthorization(CarePermissions.Stock)
            .WithSummary("Add a kind of relief goods: code, name and unit.");

        care.MapGet("/stock", async (string? region, StockService stock, CancellationToken ct) => Results.Ok(await stock.LevelsAsync(region, ct)))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("Relief goods on hand per town or community in the caller's regions (under `region` when given).");

        care.MapGet("/stock/movements", async (string? region, string? item, int? page, int? pageSize, StockService stock, CancellationToken ct) =>
                Results.Ok(await stock.MovementsAsync(new MovementQuery(region, item, page ?? 1, pageSize ?? 50), ct)))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("Stock movements, newest first: in (入库), out (出库) and delivered on a visit, each with the balance after it.");

        care.MapPost("/stock/in", async (MovementInput input, StockService stock, HttpContext http, CancellationToken ct) => Reply(await stock.StockInAsync(input, Actor.From(http.User), ct)))
            .RequireAuthorization(CarePermissions.Stock)
            .WithSummary("Book goods into a town's or community's stock: item (code or name), region, quantity, note (donor or purchase). Returns the new level.");

        care.MapPost("/stock/out", async (MovementInput input, StockService stock, HttpContext http, CancellationToken ct) => Reply(await stock.StockOutAsync(input, Actor.From(http.User), ct)))
            .RequireAuthorization(CarePermissions.Stock)
            .WithSummary("Book goods out other than on a visit (note says why). More than is on hand is refused with 409 and nothing changes.");
    }

    private static IResult Reply(StockOutcome outcome) =>
        outcome.Succeeded ? Results.Ok(outcome.Stock)
        : outcome.ShortOfStock ? Results.Problem(outcome.Errors.For("quantity"), statusCode: StatusCodes.Status409Conflict, title: "库存不足")
        : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "出入库信息有误");
}
