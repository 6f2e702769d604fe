using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Employment.LabourBrands;

/// <summary>/api/v1/employment/labour-brands.</summary>
public static class LabourBrandsApi
{
    public static void MapLabourBrandsApi(this IEndpointRouteBuilder employment)
    {
        employment.MapGet("/labour-brands", async (string? q, string? level, string? occupation, string? sort, int? page, int? pageSize, LabourBrandService brands, CancellationToken ct) =>
            {
                if (!string.IsNullOrEmpty(level) && !VacancyTerms.TryParse<BrandLevel>(level, out _))
                {
                    return Problem(Inputs.Error("level", "品牌级别应为 provincial、city 或 county"));
                }

                BrandLevel? wanted = VacancyTerms.TryParse<BrandLevel>(level, out var l) ? l : null;
                return Results.Ok(await brands.SearchAsync(new LabourBrandQuery(q, wanted, occupation, sort, page ?? 1, pageSize ?? 20), ct));
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Labour brands (劳务品牌), every one: q (name), level (provincial, city, county), occupation (code prefix), sort (level, name, workers), page, pageSize; each with its number of workers.");

        employment.MapGet("/labour-brands/{id:guid}", async (Guid id, LabourBrandService brands, CancellationToken ct) =>
                await brands.GetAsync(id, ct) is { } brand ? Results.Ok(brand) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One labour brand.");

        employment.MapPost("/labour-brands", async (LabourBrandInput input, LabourBrandService brands, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await brands.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/labour-brands/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary($"Record a labour brand: name (unique, up to {LabourBrandService.MaxName} characters), level (provincial 省级, city 市级, county 县级), occupationCode, regionCode (one of the caller's regions), description. Audited.");

        employment.MapPut("/labour-brands/{id:guid}", async (Guid id, LabourBrandInput input, LabourBrandService brands, HttpContext http, CancellationToken ct) =>
                Reply(await brands.UpdateAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Correct a brand of the caller's regions; every field is sent again.");

        employment.MapGet("/labour-brands/{id:guid}/workers", async (Guid id, int? page, int? pageSize, LabourBrandService brands, CancellationToken ct) =>
                await brands.GetAsync(id, ct) is null ? Results.NotFound() : Results.Ok(await brands.WorkersAsync(id, page ?? 1, pageSize ?? 50, ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The brand's workers in the caller's regions, by name, with masked ID numbers.");

        employment.MapPost("/labour-brands/{id:guid}/workers", async (Guid id, BrandWorkerInput input, LabourBrandService brands, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await brands.AddWorkerAsync(id, input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/labour-brands/{id}/workers/{outcome.Value!.Id}", outcome.Value) : Reply(outcome);
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Add a registry person of the caller's regions to the brand (personId or idNumber); once per brand.");

        employment.MapDelete("/labour-brands/{id:guid}/workers/{workerId:guid}", async (Guid id, Guid workerId, LabourBrandService brands, HttpContext http, CancellationToken ct) =>
                await brands.RemoveWorkerAsync(id, workerId, Actor.From(http.User), ct) ? Results.NoContent() : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Take a worker of the caller's regions off the brand.");
    }

    private static IResult Reply<T>(Outcome<T> outcome) =>
        outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors);

    private static IResult Problem(FieldErrors errors) => Results.ValidationProblem(errors.ToDictionary(), title: "劳务品牌信息有误");
}
