using System.Globalization;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Employment.Seekers;

/// <summary>/api/v1/employment/seekers.</summary>
public static class SeekersApi
{
    /// <summary>Names and masked ID numbers only: an export leaves the building, phones stay in the registry.</summary>
    public static readonly string[] ExportColumns =
        ["姓名", "身份证号码", "年龄", "区划代码", "所在区划", "求职意向", "期望工资", "计薪", "最远通勤（米）", "用工形式", "学历", "工作年限", "技能", "残疾类别", "重点群体", "可到岗日期", "状态"];

    public static void MapSeekersApi(this IEndpointRouteBuilder employment)
    {
        employment.MapGet("/seekers", async ([AsParameters] SeekerFilter filter, SeekerService seekers, CancellationToken ct) =>
                filter.Errors() is { IsEmpty: false } errors ? Problem(errors) : Results.Ok(await seekers.SearchAsync(filter.ToQuery(), ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Job seekers in the caller's regions: q (name or full ID number), region (prefix), status (seeking, employed, paused), group (returnee, poverty-relieved, disabled, graduate, employment-difficulty), occupation (code prefix), disabled (true or false), sort (updated, name, available, wage), page, pageSize. ID numbers are masked.");

        employment.MapGet("/seekers/export", async ([AsParameters] SeekerFilter filter, string? format, SeekerService seekers, HttpContext http, CancellationToken ct) =>
            {
                if (filter.Errors() is { IsEmpty: false } errors)
                {
                    return Problem(errors);
                }

                var found = await seekers.SearchAsync(filter.ToQuery() with { Page = 1, PageSize = 10_000 }, ct);
                await AuditedExport.SendAsync(http, format, nameof(Seeker), "求职者", ExportColumns, found.Items.Count, Rows(found.Items), ct);
                return Results.Empty;
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The seekers matching the filters as Excel (format=xlsx, the default) or CSV, with names and masked ID numbers; audited.");

        employment.MapGet("/seekers/{id:guid}", async (Guid id, SeekerService seekers, CancellationToken ct) =>
                await seekers.GetAsync(id, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One seeker; 404 outside the caller's regions.");

        employment.MapPost("/seekers", async (SeekerInput input, SeekerService seekers, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await seekers.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/seekers/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Record a registry person as a seeker: personId or idNumber, desiredOccupations (codes, up to 5), expectedWage; optional wageUnit (month, day), maxCommuteMeters (500–100000, default 5000), schedules, longitude/latitude (default: the home), skills, education, experienceYears, availableFrom, targetGroups (graduate, employment-difficulty; disabled, returnee and poverty-relieved also follow from the registry), publicWallConsent, note. One seeker per person.");

        employment.MapPut("/seekers/{id:guid}", async (Guid id, SeekerInput input, SeekerService seekers, HttpContext http, CancellationToken ct) =>
                Reply(await seekers.UpdateAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Correct a seeker; every field is sent again (the person stays).");

        employment.MapPost("/seekers/{id:guid}/status", async (Guid id, SeekerStatusInput input, SeekerService seekers, HttpContext http, CancellationToken ct) =>
                Reply(await seekers.SetStatusAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Set the status: seeking, employed or paused.");
    }

    private static IResult Reply(Outcome<SeekerView> outcome) =>
        outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors);

    private static IResult Problem(FieldErrors errors) => Results.ValidationProblem(errors.ToDictionary(), title: "求职者信息有误");

    private static async IAsyncEnumerable<string?[]> Rows(IReadOnlyList<SeekerView> seekers)
    {
        foreach (var s in seekers)
        {
            yield return
            [
                s.Name, s.IdNumber, Number(s.Age), s.RegionCode, s.RegionName,
                string.Join("、", s.DesiredOccupations.Zip(s.DesiredOccupationNames, (code, name) => $"{name}（{code}）")),
                Number(s.ExpectedWage), s.WageUnit == WageUnit.Month ? "月" : "天", Number(s.MaxCommuteMeters),
                s.Schedules.Count == 0 ? "不限" : string.Join("、", s.Schedules.Select(x => VacancyTerms.Schedule(x).Zh)),
                SeekerTerms.Education(s.Education).Zh, Number(s.ExperienceYears), string.Join("、", s.Skills),
                s.Disability is null ? "" : VacancyTerms.Disability(s.Disability).Zh, string.Join("、", s.TargetGroups.Select(g => SeekerTerms.Group(g).Zh)),
                s.AvailableFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), SeekerTerms.Status(s.Status).Zh,
            ];
        }

        await Task.CompletedTask;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The list's query string, shared by the list and its export; status and group by their JSON names (seeking, poverty-relieved).</summary>
public sealed record SeekerFilter(string? Q, string? Region, string? Status, string? Group, string? Occupation, bool? Disabled, string? Sort, int? Page, int? PageSize)
{
    public FieldErrors Errors()
    {
        var errors = new FieldErrors();
        if (!string.IsNullOrEmpty(Status) && !VacancyTerms.TryParse<SeekerStatus>(Status, out _))
        {
            errors.Add("status", "状态应为 seeking、employed 或 paused");
        }

        if (!string.IsNullOrEmpty(Group) && !VacancyTerms.TryParse<TargetGroup>(Group, out _))
        {
            errors.Add("group", "重点群体应为 returnee、poverty-relieved、disabled、graduate 或 employment-difficulty");
        }

        return errors;
    }

    public SeekerQuery ToQuery() => new(
        Q, Region, VacancyTerms.TryParse<SeekerStatus>(Status, out var status) ? status : null,
        VacancyTerms.TryParse<TargetGroup>(Group, out var group) ? group : null, Occupation, Disabled, Sort, Page ?? 1, PageSize ?? 20);
}
