using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Employment.Vacancies;

/// <summary>/api/v1/employment/vacancies.</summary>
public static class VacanciesApi
{
    public static readonly string[] ExportColumns =
        ["岗位", "用人单位", "职业编码", "职业", "区划代码", "工作地点", "招聘人数", "最低工资", "最高工资", "计薪", "用工形式", "学历", "经验年限", "技能", "适合残疾类别", "无障碍", "发布日期", "截止日期", "状态", "审核提示"];

    public static void MapVacanciesApi(this IEndpointRouteBuilder employment)
    {
        employment.MapGet("/vacancies", async ([AsParameters] VacancyFilter filter, VacancyService vacancies, CancellationToken ct) =>
                filter.Errors() is { IsEmpty: false } errors ? Problem(errors) : Results.Ok(await vacancies.SearchAsync(filter.ToQuery(), ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Vacancies in the caller's regions: q (title, requirements, employer), status (published, held, closed, expired), occupation (code prefix), region (prefix), schedule (full-time, part-time, gig), suitsDisabled=true or disability=CATEGORY, employer, sort (posted, wage, expiry), page, pageSize.");

        employment.MapGet("/vacancies/export", async ([AsParameters] VacancyFilter filter, string? format, VacancyService vacancies, HttpContext http, CancellationToken ct) =>
            {
                if (filter.Errors() is { IsEmpty: false } errors)
                {
                    return Problem(errors);
                }

                var found = await vacancies.SearchAsync(filter.ToQuery() with { Page = 1, PageSize = 10_000 }, ct);
                await AuditedExport.SendAsync(http, format, nameof(Vacancy), "岗位", ExportColumns, found.Items.Count, Rows(found.Items), ct);
                return Results.Empty;
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The vacancies matching the filters as Excel (format=xlsx, the default) or CSV; audited.");

        employment.MapGet("/vacancies/{id:guid}", async (Guid id, VacancyService vacancies, CancellationToken ct) =>
                await vacancies.GetAsync(id, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One vacancy with its review flags and findings.");

        employment.MapPost("/vacancies", async (VacancyInput input, VacancyService vacancies, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await vacancies.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/vacancies/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Collect a vacancy: title, employerId, occupationCode, headcount, wageMin, wageMax; optional wageUnit (month, day), schedule, longitude/latitude and regionCode (default: the employer's), address, skills, education, experienceYears, requirements, suitsDisabilities, accessibleWorkplace, postedOn (today), expiresOn (posted + 30 days). Returns status published, or held with reviewFlags (sex, ethnicity, origin, religion, marriage, hepatitis-b) and the findings' phrases.");

        employment.MapPut("/vacancies/{id:guid}", async (Guid id, VacancyInput input, VacancyService vacancies, HttpContext http, CancellationToken ct) =>
                Reply(await vacancies.UpdateAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Correct a vacancy; every field is sent again and the discrimination check runs again.");

        employment.MapPost("/vacancies/{id:guid}/review", async (Guid id, ReviewInput input, VacancyService vacancies, HttpContext http, CancellationToken ct) =>
                Reply(await vacancies.ReviewAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Review)
            .WithSummary("Decide on a held vacancy: decision clear (published) or reject (closed; note is the reason, required).");

        employment.MapPost("/vacancies/{id:guid}/close", async (Guid id, VacancyService vacancies, HttpContext http, CancellationToken ct) =>
                Reply(await vacancies.CloseAsync(id, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Close a vacancy that is filled or withdrawn.");
    }

    private static IResult Reply(Outcome<VacancyView> outcome) =>
        outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors);

    private static IResult Problem(FieldErrors errors) => Results.ValidationProblem(errors.ToDictionary(), title: "岗位信息有误");

    private static async IAsyncEnumerable<string?[]> Rows(IReadOnlyList<VacancyView> vacancies)
    {
        foreach (var v in vacancies)
        {
            yield return
            [
                v.Title, v.EmployerName, v.OccupationCode, v.OccupationName, v.RegionCode, v.Address ?? v.RegionName, v.Headcount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                v.WageMin.ToString(System.Globalization.CultureInfo.InvariantCulture), v.WageMax.ToString(System.Globalization.CultureInfo.InvariantCulture),
                v.WageUnit == WageUnit.Month ? "月" : "天", VacancyTerms.Schedule(v.Schedule).Zh, VacancyTerms.Education(v.Education).Zh,
                v.ExperienceYears.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join("、", v.Skills),
                string.Join("、", v.SuitsDisabilities.Select(c => VacancyTerms.Disability(c).Zh)), v.AccessibleWorkplace ? "是" : "否",
                v.PostedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), v.ExpiresOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                VacancyTerms.Status(v.Status).Zh, string.Join("；", v.Findings.Select(f => $"{DiscriminationCheck.Label(f.Flag)}：{f.Phrase}")),
            ];
        }

        await Task.CompletedTask;
    }
}

/// <summary>The list's query string, shared by the list and its export; status and schedule by their JSON names (held, full-time).</summary>
public sealed record VacancyFilter(
    string? Q, string? Status, string? Occupation, string? Region, string? Schedule, bool? SuitsDisabled, string? Disability, Guid? Employer,
    string? Sort, int? Page, int? PageSize)
{
    public FieldErrors Errors()
    {
        var errors = new FieldErrors();
        if (!string.IsNullOrEmpty(Status) && !VacancyTerms.TryParse<VacancyStatus>(Status, out _))
        {
            errors.Add("status", "状态应为 published、held、closed 或 expired");
        }

        if (!string.IsNullOrEmpty(Schedule) && !VacancyTerms.TryParse<WorkSchedule>(Schedule, out _))
        {
            errors.Add("schedule", "用工形式应为 full-time、part-time 或 gig");
        }

        return errors;
    }

    public VacancyQuery ToQuery() => new(
        Q, VacancyTerms.TryParse<VacancyStatus>(Status, out var status) ? status : null, Occupation, Region,
        VacancyTerms.TryParse<WorkSchedule>(Schedule, out var schedule) ? schedule : null, SuitsDisabled == true, Disability, Employer, Sort, Page ?? 1, PageSize ?? 20);
}
