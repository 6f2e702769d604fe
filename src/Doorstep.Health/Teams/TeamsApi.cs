using Doorstep.Health.Contracts;
using Doorstep.Health.Visits;
using Doorstep.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Health.Teams;

/// <summary>/api/v1/health/teams and /api/v1/health/packages.</summary>
public static class TeamsApi
{
    public static void MapTeamsApi(this IEndpointRouteBuilder health)
    {
        health.MapGet("/teams", async (bool? all, TeamService teams, CancellationToken ct) => Results.Ok(await teams.ListAsync(all == true, ct)))
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("Family-doctor teams in the caller's regions, with members and their number of active contracts (all=true includes disbanded teams).");

        health.MapGet("/teams/{id:guid}", async (Guid id, TeamService teams, CancellationToken ct) =>
                await teams.GetAsync(id, ct) is { } team ? Results.Ok(team) : Results.NotFound())
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("One team.");

        health.MapPost("/teams", async (TeamInput input, TeamService teams, HttpContext http, CancellationToken ct) =>
            {
                var (team, errors) = await teams.SaveAsync(null, input, Actor.From(http.User), ct);
                return team is not null ? Results.Created($"/api/v1/health/teams/{team.Id}", team) : Results.ValidationProblem(errors.ToDictionary(), title: "团队信息有误");
            })
            .RequireAuthorization(HealthPermissions.Teams)
            .WithSummary("Form a team: a facility, its area, and members (exactly one family doctor with an account, at least one nurse and one public-health doctor).");

        health.MapPut("/teams/{id:guid}", async (Guid id, TeamInput input, TeamService teams, HttpContext http, CancellationToken ct) =>
            {
                var (team, errors) = await teams.SaveAsync(id, input, Actor.From(http.User), ct);
                return team is not null ? Results.Ok(team)
                    : errors.For("id") is not null ? Results.NotFound()
                    : Results.ValidationProblem(errors.ToDictionary(), title: "团队信息有误");
            })
            .RequireAuthorization(HealthPermissions.Teams)
            .WithSummary("Change a team; members are replaced by those sent. active=false disbands it once no resident is signed with it.");

        health.MapGet("/packages", async (PackageCatalogue catalogue, CancellationToken ct) =>
                Results.Ok((await catalogue.ListAsync(false, ct)).Select(PackageView.Of)))
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("The service-package catalogue, basic packages first.");

        health.MapPut("/packages/{code}", async (string code, PackageInput input, PackageCatalogue catalogue, HttpContext http, CancellationToken ct) =>
            {
                var (package, errors) = await catalogue.SaveAsync(code, input, Actor.From(http.User), ct);
                return package is not null ? Results.Ok(PackageView.Of(package)) : Results.ValidationProblem(errors.ToDictionary(), title: "服务包有误");
            })
            .RequireAuthorization(HealthPermissions.Teams)
            .WithSummary("Add or change a package; services is one line per service as 名称*每年次数. Retire with active=false.");
    }
}

/// <summary>A package with its services parsed, as the API shows it.</summary>
public sealed record PackageView(string Code, string Name, PackageKind Kind, IReadOnlyList<PackageService> Services, decimal Fee, IReadOnlyList<string> Targets, bool Active)
{
    public static PackageView Of(ServicePackage p) => new(p.Code, p.Name, p.Kind, p.ServiceList(), p.Fee, KeyPopulation.Split(p.Targets), p.Active);
}
