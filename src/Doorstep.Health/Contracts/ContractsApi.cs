using Doorstep.Health.Visits;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Health.Contracts;

/// <summary>/api/v1/health/contracts: sign, confirm, renew, change team, terminate, search.</summary>
public static class ContractsApi
{
    public static void MapContractsApi(this IEndpointRouteBuilder health)
    {
        health.MapPost("/contracts", async (ContractInput input, ContractService contracts, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await contracts.SignAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/health/contracts/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors);
            })
            .RequireAuthorization(HealthPermissions.Contract)
            .WithSummary("Sign a resident with a team for a year. Key populations derived from the records (65+, 0–6, hypertension, diabetes, disabled, low-income) are added to those sent; at least one basic package.");

        health.MapGet("/contracts", async (string? q, string? region, Guid? teamId, ContractStanding? standing, string? keyPopulation, bool? unserved, int? page, int? pageSize, string? sort, ContractService contracts, CancellationToken ct) =>
                Results.Ok(await contracts.SearchAsync(new ContractQuery(q, region, teamId, standing, keyPopulation, page ?? 1, pageSize ?? 20, sort, unserved == true), ct)))
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("Search contracts by name, full ID number or contract number; filter by region, team, standing (Pending, Signed, DueForRenewal, Expired, Ended), key population, and unserved=true for 签而不约 (signed 90+ days, nothing delivered); sort by signed (default newest), ends or number.");

        health.MapGet("/contracts/{id:guid}/services", async (Guid id, ServiceDeliveries deliveries, CancellationToken ct) =>
                Results.Ok(await deliveries.ProgressAsync(id, ct)))
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("Each service of the contract's packages: times a year, due by now (pro rata of the term) and delivered.");

        health.MapPost("/contracts/{id:guid}/services", async (Guid id, DeliveryInput input, ServiceDeliveries deliveries, HttpContext http, CancellationToken ct) =>
            {
                var errors = await deliveries.RecordAsync(id, input.Service, input.Date, input.Note, Actor.From(http.User), ct);
                return errors.IsEmpty ? Results.Ok(await deliveries.ProgressAsync(id, ct))
                    : errors.For("id") is not null ? Results.NotFound()
                    : Problem(errors);
            })
            .RequireAuthorization(HealthPermissions.Contract)
            .WithSummary("Record a service of the contract's packages as delivered (visits and elderly checks record theirs themselves).");

        health.MapGet("/contracts/export", async (string? format, string? q, string? region, Guid? teamId, ContractStanding? standing, string? keyPopulation, bool? unserved, ContractExporter exporter, HttpContext http, TimeProvider clock, CancellationToken ct) =>
            {
                var exportFormat = TableExport.FormatOf(format);
                var query = new ContractQuery(q, region, teamId, standing, keyPopulation, Unserved: unserved == true);
                await TableExport.SendAsync(http, exportFormat, "家庭医生签约", ShanghaiTime.Today(clock), stream => exporter.ExportAsync(stream, exportFormat, query, Actor.From(http.User), ct));
                return Results.Empty;
            })
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("Export the contracts a search finds as CSV or Excel (format=xlsx), ID numbers masked; audited.");

        health.MapGet("/contracts/{id:guid}", async (Guid id, ContractService contracts, HttpContext http, CancellationToken ct) =>
                await contracts.GetAsync(id, Actor.From(http.User), ct) is { } contract ? Results.Ok(contract) : Results.NotFound())
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("One contract; a reader outside the contract's team is audited.");

        health.MapPost("/contracts/{id:guid}/confirm", async (Guid id, ContractService contracts, HttpContext http, CancellationToken ct) =>
                Result(await contracts.ConfirmAsync(id, Actor.From(http.User), ct)))
            .RequireAuthorization(HealthPermissions.Contract)
            .WithSummary("The resident signed: a pending contract becomes signed.");

        health.MapPost("/contracts/{id:guid}/renew", async (Guid id, RenewalInput input, ContractService contracts, HttpContext http, CancellationToken ct) =>
                Result(await contracts.RenewAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(HealthPermissions.Contract)
            .WithSummary("Renew for another year with the same team (from 60 days before the term ends); returns the new contract.");

        health.MapPost("/contracts/{id:guid}/change-team", async (Guid id, ChangeTeamInput input, ContractService contracts, HttpContext http, CancellationToken ct) =>
                Result(await contracts.ChangeTeamAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(HealthPermissions.Contract)
            .WithSummary("Change team: this contract ends and a year with the other team starts; returns the new contract.");

        health.MapPost("/contracts/{id:guid}/terminate", async (Guid id, TerminationInput input, ContractService contracts, HttpContext http, CancellationToken ct) =>
                Result(await contracts.TerminateAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(HealthPermissions.Contract)
            .WithSummary("End a contract with a reason: MovedAway, Unreachable, Refused, ResidentEnded, Died or Other (with a note).");
    }

    private static IResult Result(Outcome<ContractView> outcome) =>
        outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors);

    private static IResult Problem(FieldErrors errors) => Results.ValidationProblem(errors.ToDictionary(), title: "签约信息有误");
}

public sealed record DeliveryInput(string? Service, DateOnly? Date, string? Note);
