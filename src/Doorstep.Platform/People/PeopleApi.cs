using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Platform.People;

/// <summary>/api/v1/people: register, search, read and edit residents, always masked unless revealed.</summary>
public static class PeopleApi
{
    public static void MapPeopleApi(this IEndpointRouteBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People");

        people.MapGet("/", async (string? q, string? region, string? filter, string? sort, int? page, int? pageSize, PersonService service, CancellationToken ct) =>
                TypedResults.Ok(await service.SearchAsync(new PeopleQuery(q, region, page ?? 1, pageSize ?? 20, sort, filter), ct)))
            .RequireAuthorization(Permissions.PeopleRead)
            .WithSummary("Search residents by name, address, full ID number or mobile, within the caller's regions.");

        people.MapGet("/{id:guid}", async Task<Results<Ok<PersonView>, NotFound>> (Guid id, bool? reveal, PersonService service, HttpContext http, CancellationToken ct) =>
                await service.GetAsync(id, Actor.From(http.User), reveal == true, ct) is { } person ? TypedResults.Ok(person) : TypedResults.NotFound())
            .RequireAuthorization(Permissions.PeopleRead)
            .WithSummary("Read one resident; reveal=true shows the full ID number and phone to holders of people.reveal, and is audited.");

        people.MapPost("/", async Task<Results<Created<PersonView>, ValidationProblem>> (PersonInput input, PersonService service, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await service.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded
                    ? TypedResults.Created($"/api/v1/people/{outcome.Value!.Id}", outcome.Value)
                    : TypedResults.ValidationProblem(outcome.Errors.ToDictionary(), title: "居民信息有误");
            })
            .RequireAuthorization(Permissions.PeopleWrite)
            .WithSummary("Register a resident.");

        people.MapPut("/{id:guid}", async Task<Results<Ok<PersonView>, NotFound, ValidationProblem>> (Guid id, PersonInput input, PersonService service, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await service.UpdateAsync(id, input, Actor.From(http.User), ct);
                if (outcome.Succeeded)
                {
                    return TypedResults.Ok(outcome.Value!);
                }

                return outcome.Errors.For("id") is not null ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors.ToDictionary(), title: "居民信息有误");
            })
            .RequireAuthorization(Permissions.PeopleWrite)
            .WithSummary("Edit a resident; a masked ID number or phone sent back means unchanged.");

        people.MapGet("/export", async (string? format, string? region, bool? reveal, PeopleExporter exporter, HttpContext http, TimeProvider clock, CancellationToken ct) =>
            {
                var actor = Actor.From(http.User);
                if (reveal == true && !actor.Can(Permissions.PeopleReveal))
                {
                    return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "您没有导出完整身份证号码和电话的权限");
                }

                var exportFormat = TableExport.FormatOf(format);
                await TableExport.SendAsync(http, exportFormat, "居民档案", ShanghaiTime.Today(clock), stream => exporter.ExportAsync(stream, exportFormat, region, reveal == true, actor, ct));
                return Results.Empty;
            })
            .RequireAuthorization(Permissions.PeopleExport)
            .WithSummary("Export residents as CSV or Excel in the import's columns; audited.");
    }
}
