using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Employment.Matching;

/// <summary>/api/v1/employment: a seeker's matches, a vacancy's candidates, and referrals with their outcomes.</summary>
public static class MatchingApi
{
    public static void MapMatchingApi(this IEndpointRouteBuilder employment)
    {
        employment.MapGet("/seekers/{id:guid}/matches", async (Guid id, int? top, MatchService matching, CancellationToken ct) =>
                TopErrors(top) is { } errors ? Problem(errors) : await matching.ForSeekerAsync(id, top ?? 20, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The best open vacancies for a seeker in the caller's regions, best first (top, default 20, at most 100): vacancyId, score (0–100), distanceMeters and reasons, after the hard constraints (open, within the seeker's commute, suits their disability, pays at least their floor, a schedule they work).");

        employment.MapGet("/vacancies/{id:guid}/candidates", async (Guid id, int? top, MatchService matching, CancellationToken ct) =>
                TopErrors(top) is { } errors ? Problem(errors) : await matching.ForVacancyAsync(id, top ?? 50, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The best seeking job seekers in the caller's regions for a vacancy the caller may see, best first (top, default 50, at most 100), with score, distanceMeters and reasons.");

        employment.MapGet("/referrals", async (Guid? seeker, Guid? vacancy, string? stage, int? page, int? pageSize, ReferralService referrals, CancellationToken ct) =>
            {
                ReferralStage? wanted = null;
                if (!string.IsNullOrWhiteSpace(stage))
                {
                    if (!VacancyTerms.TryParse<ReferralStage>(stage, out var parsed))
                    {
                        var errors = new FieldErrors();
                        errors.Add("stage", "进展应为 recommended、contacted、interviewed、hired 或 declined");
                        return Problem(errors);
                    }

                    wanted = parsed;
                }

                return Results.Ok(await referrals.SearchAsync(seeker, vacancy, wanted, page ?? 1, pageSize ?? 20, ct));
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Referrals of seekers in the caller's regions, latest first: filters seeker, vacancy, stage; page, pageSize.");

        employment.MapPost("/referrals", async (ReferralInput input, ReferralService referrals, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await referrals.RecommendAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/referrals/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Recommend a seeker for a published vacancy that suits them: seekerId, vacancyId, optional note. The score and reasons are kept with the referral.");

        employment.MapPost("/referrals/{id:guid}/stage", async (Guid id, ReferralStep step, ReferralService referrals, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await referrals.AdvanceAsync(id, step, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Record how a referral went: stage contacted, interviewed, hired (the seeker becomes employed) or declined (note: the reason, required). Stages only go forward.");
    }

    private static FieldErrors? TopErrors(int? top)
    {
        if (top is null or (>= 1 and <= MatchService.MaxTop))
        {
            return null;
        }

        var errors = new FieldErrors();
        errors.Add("top", $"top 应为1～{MatchService.MaxTop}");
        return errors;
    }

    private static IResult Problem(FieldErrors errors) => Results.ValidationProblem(errors.ToDictionary(), title: "匹配请求有误");
}
