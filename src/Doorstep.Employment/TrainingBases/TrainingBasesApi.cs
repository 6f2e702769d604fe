using System.Globalization;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Employment.TrainingBases;

/// <summary>/api/v1/employment/training-bases, and the public list of accredited bases.</summary>
public static class TrainingBasesApi
{
    public static readonly string[] RankingColumns = ["排名", "申报单位", "平均分", "专家评分数", "最低分", "名额内", "状态"];

    public static void MapTrainingBasesApi(this IEndpointRouteBuilder employment)
    {
        var bases = employment.MapGroup("/training-bases");

        bases.MapGet("/calls", async (TrainingBaseCallService service, CancellationToken ct) => Results.Ok(await service.CallsAsync(ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The yearly calls for high-skill training bases in the caller's regions, newest year first, each with its dates, quota, subsidy, pillar industries and how many applied, passed the check and were accredited.");

        bases.MapPost("/calls", async (CallInput input, TrainingBaseCallService service, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await service.CreateCallAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/training-bases/calls/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Review)
            .WithSummary("Issue a year's call: year, regionCode (the issuing area), opensOn, closesOn, quota (within the configured range, 3–5 by default), subsidyYuan per accredited base, pillarIndustries (default: the configured list). One call per year and area.");

        bases.MapGet("/calls/{id:guid}", async (Guid id, TrainingBaseCallService service, CancellationToken ct) =>
                await service.GetCallAsync(id, ct) is { } call ? Results.Ok(call) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One call.");

        bases.MapPut("/calls/{id:guid}", async (Guid id, CallInput input, TrainingBaseCallService service, HttpContext http, CancellationToken ct) =>
                CallReply(await service.UpdateCallAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Review)
            .WithSummary("Edit a call: opensOn, closesOn, quota (within the configured range, 3–5 by default), subsidyYuan, pillarIndustries (empty keeps them); year and regionCode stay as issued. Everything may change while no base is accredited, except the pillar industries once applications were checked against them; after an accreditation only the quota, never below the bases already accredited. A cancelled call cannot be edited.");

        bases.MapPost("/calls/{id:guid}/cancel", async (Guid id, CancelInput input, TrainingBaseCallService service, HttpContext http, CancellationToken ct) =>
                CallReply(await service.CancelCallAsync(id, input.Reason, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Review)
            .WithSummary("Cancel (撤销) a call that has no application yet, with a reason (required, up to 200 characters); it then takes no applications and its year is not issued again in that area.");

        bases.MapGet("/calls/{id:guid}/ranking", async (Guid id, BaseReviewService service, CancellationToken ct) =>
                await service.RankingAsync(id, ct) is { } ranking ? Results.Ok(ranking) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The call's applications that passed the check, ranked by the experts' average score; ties go to the higher lowest score, then more annual training person-times, then the earlier submission. Those with fewer scores than required follow unranked; the first quota places are withinQuota.");

        bases.MapGet("/calls/{id:guid}/ranking/export", async (Guid id, string? format, BaseReviewService service, HttpContext http, CancellationToken ct) =>
            {
                if (await service.RankingAsync(id, ct) is not { } ranking)
                {
                    return Results.NotFound();
                }

                await AuditedExport.SendAsync(http, format, "TrainingBaseRanking", $"{ranking.Call.Year}年度培训基地评审排名", RankingColumns, ranking.Rows.Count, Rows(ranking.Rows), ct);
                return Results.Empty;
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The ranking as Excel (format=xlsx, the default) or CSV; audited.");

        bases.MapPost("/applications/check", async (ApplicationInput input, BaseApplicationService service, CancellationToken ct) =>
            {
                var outcome = await service.CheckAsync(input, ct);
                return outcome.Succeeded ? Results.Ok(BaseCheck.Reply(outcome.Value!)) : Problem(outcome.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Check an application against the accreditation criteria without saving it; returns { eligible, failed: [{ rule, message }] }. Rules: training.person-times, training.subsidised, training.total-trained, partners.large-medium, programmes.co-designed, programmes.shared-base, graduates.local-employment, industries.pillar. A figure left out fails its rule; impossible values (negative, more subsidised than trained, over 100%) are a 400.");

        bases.MapPost("/applications", async (ApplicationInput input, BaseApplicationService service, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await service.SubmitAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/training-bases/applications/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Submit an application to an open call: callId, institutionName, creditCode, address, regionCode, contactName, contactPhone (sealed, shown masked), annualPersonTimes, subsidisedPersonTimes, totalTrained, partners [{ name, size: large|medium|small|micro }], programmes (names), sharedBase, sharedBaseDescription, localEmploymentPercent, industriesServed, evidence { rule: note }. Refused after the call closes and for a second application of the same institution (credit code) in a year. Checked as saved: status review when every criterion is met, else ineligible with the reasons.");

        bases.MapGet("/applications", async (int? year, Guid? callId, string? status, string? q, string? sort, int? page, int? pageSize, BaseApplicationService service, CancellationToken ct) =>
            {
                ApplicationStatus? parsed = null;
                if (!string.IsNullOrEmpty(status))
                {
                    if (!VacancyTerms.TryParse<ApplicationStatus>(status, out var value))
                    {
                        return Problem(Inputs.Error("status", "状态应为 ineligible、review 或 accredited"));
                    }

                    parsed = value;
                }

                return Results.Ok(await service.SearchAsync(new ApplicationQuery(year, callId, parsed, q, sort, page ?? 1, pageSize ?? 20), ct));
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Applications in the caller's regions: year, callId, status (ineligible, review, accredited), q (name or credit code), sort (submitted, name, person-times, score), page, pageSize. Each carries every criterion met or not with its evidence, the scores and their average.");

        bases.MapGet("/applications/{id:guid}", async (Guid id, BaseApplicationService service, CancellationToken ct) =>
                await service.ViewAsync(id, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One application with its criteria, evidence and scores; 404 outside the caller's regions.");

        bases.MapPost("/applications/{id:guid}/scores", async (Guid id, ScoreInput input, BaseReviewService service, HttpContext http, CancellationToken ct) =>
                Reply(await service.ScoreAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Record one expert's score: expert (name), score (0–100), comment. Only applications in review; once per expert.");

        bases.MapPost("/applications/{id:guid}/accredit", async (Guid id, BaseReviewService service, HttpContext http, CancellationToken ct) =>
                Reply(await service.AccreditAsync(id, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Review)
            .WithSummary("Accredit an application ranked within its call's quota, granting the call's subsidy; refused with the reason when unranked, ranked beyond the quota, or the quota is used.");

        bases.MapGet("/accredited", async (int? year, BaseReviewService service, CancellationToken ct) => Results.Ok(await service.AccreditedAsync(year, ct: ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Accredited bases in the caller's regions with their year and subsidy, newest year first.");
    }

    public static void MapPublicTrainingBasesApi(this IEndpointRouteBuilder publicApi) =>
        publicApi.MapGet("/training-bases", async (BaseReviewService service, CancellationToken ct) =>
                Results.Ok((await service.AccreditedAsync(everywhere: true, ct: ct)).Select(b => new { b.Year, b.InstitutionName, b.RegionName, b.Address, b.IndustriesServed })))
            .AllowAnonymous()
            .WithSummary("Accredited high-skill training bases (高技能人才培训基地), newest year first: year, institution, region, address, industries served.");

    private static IResult Reply(Outcome<ApplicationView> outcome) =>
        outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors);

    private static IResult CallReply(Outcome<CallView> outcome) =>
        outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors);

    private static IResult Problem(FieldErrors errors) => Results.ValidationProblem(errors.ToDictionary(), title: "培训基地申报信息有误");

    private static async IAsyncEnumerable<string?[]> Rows(IReadOnlyList<RankedApplication> rows)
    {
        foreach (var r in rows)
        {
            yield return
            [
                r.Rank?.ToString(CultureInfo.InvariantCulture) ?? "未排名", r.InstitutionName, r.Average?.ToString("0.00", CultureInfo.InvariantCulture),
                r.ScoreCount.ToString(CultureInfo.InvariantCulture), r.LowestScore?.ToString(CultureInfo.InvariantCulture), r.WithinQuota ? "是" : "否", StatusName(r.Status),
            ];
        }

        await Task.CompletedTask;
    }

    public static string StatusName(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Ineligible => "未通过资格审查",
        ApplicationStatus.Review => "专家评审中",
        _ => "已认定",
    };
}
