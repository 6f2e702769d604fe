using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Employment.Fairs;

/// <summary>/api/v1/employment/fairs.</summary>
public static class FairsApi
{
    /// <summary>Masked ID numbers and phones: an export leaves the building.</summary>
    public static readonly string[] VisitorColumns = ["姓名", "身份证号码", "联系电话", "年龄", "重点群体", "意向职业", "居民档案", "登记时间", "意向岗位", "面试岗位", "录用岗位"];

    public static void MapFairsApi(this IEndpointRouteBuilder employment)
    {
        employment.MapGet("/fairs", async ([AsParameters] FairFilter filter, FairService fairs, CancellationToken ct) =>
                filter.Errors() is { IsEmpty: false } errors ? Problem(errors) : Results.Ok(await fairs.SearchAsync(filter.ToQuery(), ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Job fairs held in the caller's regions, newest first: q (title or place), kind (regular, disabled, returnee, night, market-day), region (prefix), when (upcoming, past), page, pageSize; each with its employers, posts, visitors and hires.");

        employment.MapGet("/fairs/{id:guid}", async (Guid id, FairService fairs, CancellationToken ct) =>
                await fairs.GetAsync(id, ct) is { } fair ? Results.Ok(fair) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One fair with its employers and the vacancies each brings; 404 outside the caller's regions.");

        employment.MapPost("/fairs", async (FairInput input, FairService fairs, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await fairs.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/fairs/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary($"Plan a fair: title (up to {FairService.MaxTitle} characters), kind, date, startsAt and endsAt (09:00; a night fair starts at {FairService.NightFairEarliest:HH\\:mm} or later), address, regionCode (in the caller's regions), optional longitude/latitude, organisers (1–{FairService.MaxOrganisers}), targetGroups (a disabled or returnee fair gets its group), note.");

        employment.MapPut("/fairs/{id:guid}", async (Guid id, FairInput input, FairService fairs, HttpContext http, CancellationToken ct) =>
                Reply(await fairs.UpdateAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Correct a fair; every field is sent again.");

        employment.MapDelete("/fairs/{id:guid}", async (Guid id, FairService fairs, HttpContext http, CancellationToken ct) =>
                await fairs.DeleteAsync(id, Actor.From(http.User), ct) is { Succeeded: false } refused
                    ? refused.Errors.For("id") is not null ? Results.NotFound() : Problem(refused.Errors)
                    : Results.NoContent())
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Cancel a fair nobody has registered at yet.");

        employment.MapPut("/fairs/{id:guid}/employers/{employerId:guid}", async (Guid id, Guid employerId, FairEmployerInput input, FairService fairs, HttpContext http, CancellationToken ct) =>
                Reply(await fairs.SetEmployerAsync(id, employerId, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Put an employer on the fair with its booth and the vacancies it brings (vacancyIds: its own, published, not expired on the day), replacing what it brought before.");

        employment.MapDelete("/fairs/{id:guid}/employers/{employerId:guid}", async (Guid id, Guid employerId, FairService fairs, HttpContext http, CancellationToken ct) =>
                Reply(await fairs.RemoveEmployerAsync(id, employerId, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Take an employer off the fair, unless an outcome with one of its vacancies is on record.");

        employment.MapGet("/fairs/{id:guid}/report", async (Guid id, FairService fairs, CancellationToken ct) =>
                await fairs.ReportAsync(id, ct) is { } report ? Results.Ok(report) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The fair's report: employers, posts (headcount), postsSuitableForDisabled, visitors; intents, interviews and hires count people, each visitor with an outcome once at the furthest stage any of their posts reached (intents: any outcome; interviews: interview or hired; hires: hired); hiresByGroup counts hired people by target group (returnee, poverty-relieved, disabled, graduate, employment-difficulty).");

        employment.MapGet("/fairs/{id:guid}/visitors", async (Guid id, [AsParameters] FairVisitorFilter filter, FairVisitorService visitors, CancellationToken ct) =>
                filter.Errors() is { IsEmpty: false } errors ? Problem(errors)
                : await visitors.SearchAsync(id, filter.ToQuery(), ct) is { } page ? Results.Ok(page) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The fair's visitors, latest registration first: q (name or full ID number), group, stage (intent, interview, hired), page, pageSize. ID numbers and phones are masked.");

        employment.MapGet("/fairs/{id:guid}/visitors/export", async (Guid id, [AsParameters] FairVisitorFilter filter, string? format, FairService fairs, FairVisitorService visitors, HttpContext http, CancellationToken ct) =>
            {
                if (filter.Errors() is { IsEmpty: false } errors)
                {
                    return Problem(errors);
                }

                if (await fairs.GetAsync(id, ct) is not { } fair || await visitors.SearchAsync(id, filter.ToQuery() with { Page = 1, PageSize = 10_000 }, ct) is not { } found)
                {
                    return Results.NotFound();
                }

                await AuditedExport.SendAsync(http, format, nameof(FairVisitor), $"{fair.Title}入场求职者", VisitorColumns, found.Items.Count, Rows(found.Items), ct);
                return Results.Empty;
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The fair's visitors as Excel (format=xlsx, the default) or CSV, ID numbers and phones masked, with their outcomes; audited.");

        employment.MapPost("/fairs/{id:guid}/visitors", async (Guid id, FairVisitorInput input, FairVisitorService visitors, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await visitors.RegisterAsync(id, input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/fairs/{id}/visitors/{outcome.Value!.Id}", outcome.Value)
                    : outcome.Errors.For("fairId") is not null ? Results.NotFound() : Problem(outcome.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Register a walk-in: idNumber, name, phone, targetGroups, optional wishedOccupation (code). Linked to the registry person and seeker when the ID number is found in the caller's regions (the name must then match the registry); the same ID number twice at one fair is refused.");

        employment.MapGet("/fairs/{id:guid}/visitors/{visitorId:guid}", async (Guid id, Guid visitorId, FairVisitorService visitors, CancellationToken ct) =>
                await visitors.GetAsync(id, visitorId, ct) is { } visitor ? Results.Ok(visitor) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One visitor with their outcomes.");

        employment.MapGet("/fairs/{id:guid}/visitors/{visitorId:guid}/matches", async (Guid id, Guid visitorId, FairVisitorService visitors, CancellationToken ct) =>
                await visitors.MatchesAsync(id, visitorId, ct) is { } matches ? Results.Ok(matches) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The fair's vacancies ranked for the visitor with the matching score (0–100) and its reasons; a disabled visitor sees only posts suiting them.");

        employment.MapPost("/fairs/{id:guid}/outcomes", async (Guid id, FairOutcomeInput input, FairVisitorService visitors, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await visitors.RecordAsync(id, input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("fairId") is not null ? Results.NotFound() : Problem(outcome.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Record an outcome: visitorId (registered at this fair), vacancyId (brought to this fair), stage (intent, interview, hired). Refused with reasons, nothing written, otherwise.");
    }

    private static IResult Reply<T>(Outcome<T> outcome) =>
        outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors);

    private static IResult Problem(FieldErrors errors) => Results.ValidationProblem(errors.ToDictionary(), title: "招聘会信息有误");

    private static async IAsyncEnumerable<string?[]> Rows(IReadOnlyList<FairVisitorView> visitors)
    {
        foreach (var v in visitors)
        {
            yield return
            [
                v.Name, v.IdNumber, v.Phone, v.Age.ToString(System.Globalization.CultureInfo.InvariantCulture),
                string.Join("、", v.TargetGroups.Select(g => SeekerTerms.Group(g).Zh)), v.WishedOccupationName, v.PersonId is null ? "否" : "是",
                $"{Platform.Ui.ShanghaiTime.ToLocal(v.RegisteredAt):yyyy-MM-dd HH:mm}",
                Outcomes(v, FairStage.Intent), Outcomes(v, FairStage.Interview), Outcomes(v, FairStage.Hired),
            ];
        }

        await Task.CompletedTask;
    }

    private static string Outcomes(FairVisitorView v, FairStage stage) =>
        string.Join("、", v.Outcomes.Where(o => o.Stage == stage).Select(o => $"{o.EmployerName} {o.VacancyTitle}"));
}

/// <summary>The fair list's query string; kind by its JSON name (market-day).</summary>
public sealed record FairFilter(string? Q, string? Kind, string? Region, string? When, int? Page, int? PageSize)
{
    public FieldErrors Errors()
    {
        var errors = new FieldErrors();
        if (!string.IsNullOrEmpty(Kind) && !VacancyTerms.TryParse<FairKind>(Kind, out _))
        {
            errors.Add("kind", "招聘会类型应为 regular、disabled、returnee、night 或 market-day");
        }

        if (!string.IsNullOrEmpty(When) && When is not ("upcoming" or "past"))
        {
            errors.Add("when", "when 应为 upcoming（未举办）或 past（已举办）");
        }

        return errors;
    }

    public FairQuery ToQuery() => new(Q, VacancyTerms.TryParse<FairKind>(Kind, out var kind) ? kind : null, Region, When, Page ?? 1, PageSize ?? 20);
}

/// <summary>The visitors list's query string, shared by the list and its export.</summary>
public sealed record FairVisitorFilter(string? Q, string? Group, string? Stage, int? Page, int? PageSize)
{
    public FieldErrors Errors()
    {
        var errors = new FieldErrors();
        if (!string.IsNullOrEmpty(Group) && !VacancyTerms.TryParse<TargetGroup>(Group, out _))
        {
            errors.Add("group", "重点群体应为 returnee、poverty-relieved、disabled、graduate 或 employment-difficulty");
        }

        if (!string.IsNullOrEmpty(Stage) && !VacancyTerms.TryParse<FairStage>(Stage, out _))
        {
            errors.Add("stage", "结果应为 intent、interview 或 hired");
        }

        return errors;
    }

    public FairVisitorQuery ToQuery() => new(
        Q, VacancyTerms.TryParse<TargetGroup>(Group, out var group) ? group : null, VacancyTerms.TryParse<FairStage>(Stage, out var stage) ? stage : null, Page ?? 1, PageSize ?? 50);
}
