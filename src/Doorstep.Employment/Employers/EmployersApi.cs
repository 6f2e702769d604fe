using Doorstep.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Employment.Employers;

/// <summary>/api/v1/employment/employers.</summary>
public static class EmployersApi
{
    public static void MapEmployersApi(this IEndpointRouteBuilder employment)
    {
        employment.MapGet("/employers", async (string? q, string? region, bool? shortfall, int? page, int? pageSize, EmployerService employers, CancellationToken ct) =>
                Results.Ok(await employers.SearchAsync(new EmployerQuery(q, region, shortfall == true, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Employers in the caller's regions, each with its disability quota (rate, required, counted — a grade 1–2 holder counts as two — and shortfall); shortfall=true lists those short of it.");

        employment.MapGet("/employers/{id:guid}", async (Guid id, EmployerService employers, CancellationToken ct) =>
                await employers.GetAsync(id, ct) is { } employer ? Results.Ok(employer) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One employer with its quota.");

        employment.MapPut("/employers/{id:guid}", async (Guid id, EmployerInput input, EmployerService employers, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await employers.SaveAsync(id, input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("id") is not null ? Results.NotFound() : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "用人单位信息有误");
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Keep an organisation's employment profile (id is the organisation's): industry, size (micro, small, medium, large), staff, disabledStaff, severeDisabledStaff (grade 1–2), contactName, contactPhone (sealed and masked; blank keeps the one on file).");
    }
}
