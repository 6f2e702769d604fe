using System.Globalization;
using Doorstep.Employment.LabourBrands;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Employment.Training;

/// <summary>/api/v1/employment/training (providers, courses, enrolments, figures) and /api/v1/employment/labour-brands.</summary>
public static class TrainingApi
{
    /// <summary>Names and masked ID numbers only: a roster leaving the building carries no phone.</summary>
    public static readonly string[] RosterColumns =
        ["姓名", "身份证号码", "年龄", "所在区划", "补贴性培训", "状态", "结业日期", "证书", "证书编号", "发证日期", "就业日期", "就业单位"];

    private static readonly string[] FigureColumns = ["分组", "代码", "名称", "培训人次", "补贴性培训人次", "结业", "取证", "培训后就业", "补贴金额（元）", "就业率"];

    public static void MapTrainingApi(this IEndpointRouteBuilder employment)
    {
        var training = employment.MapGroup("/training");
        training.MapGet("/providers", async (CourseService courses, CancellationToken ct) => Results.Ok(await courses.ProvidersAsync(ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The training institutions (organisations of kind training-institution) in the caller's regions, each with its number of courses.");

        training.MapGet("/courses", async ([AsParameters] CourseFilter filter, CourseService courses, CancellationToken ct) =>
                filter.Errors() is { IsEmpty: false } errors ? Problem(errors) : Results.Ok(await courses.SearchAsync(filter.ToQuery(), ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Subsidised training courses, open to every employment reader: q (title), provider (id), mode (order-based, directed), occupation (code prefix), region (prefix), open (true: places left and not ended), sort (start, title, places), page, pageSize. Each with enrolled, placesLeft and the counts subsidised, completed, certified, employedAfter.");

        training.MapGet("/courses/{id:guid}", async (Guid id, CourseService courses, CancellationToken ct) =>
                await courses.GetAsync(id, ct) is { } course ? Results.Ok(course) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One course.");

        training.MapPost("/courses", async (CourseInput input, CourseService courses, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await courses.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/training/courses/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors);
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Create a course: providerId (a training institution in the caller's regions), title, mode (order-based 订单式 or directed 定向), occupationCode (an occupation of the catalogue), hours, subsidyPerPerson (yuan, 0 up to Employment:Training:MaxSubsidyPerPerson), capacity, startsOn, endsOn (its last day), regionCode (optional: defaults to the provider's). Audited.");

        training.MapPut("/courses/{id:guid}", async (Guid id, CourseInput input, CourseService courses, HttpContext http, CancellationToken ct) =>
                Reply(await courses.UpdateAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Correct a course of the caller's regions; every field is sent again; capacity may not drop below those enrolled.");

        training.MapGet("/courses/{id:guid}/enrolments", async (Guid id, string? q, string? status, int? page, int? pageSize, EnrolmentService enrolments, CourseService courses, CancellationToken ct) =>
            {
                if (await courses.GetAsync(id, ct) is null)
                {
                    return Results.NotFound();
                }

                if (!string.IsNullOrEmpty(status) && !VacancyTerms.TryParse<EnrolmentStatus>(status, out _))
                {
                    return Problem(Inputs.Error("status", "状态应为 enrolled、completed 或 withdrawn"));
                }

                EnrolmentStatus? wanted = VacancyTerms.TryParse<EnrolmentStatus>(status, out var s) ? s : null;
                return Results.Ok(await enrolments.ListAsync(id, q, wanted, page ?? 1, pageSize ?? 50, ct));
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The course's trainees in the caller's regions, by name: q (name or full ID number), status (enrolled, completed, withdrawn), page, pageSize. ID numbers are masked.");

        training.MapGet("/courses/{id:guid}/enrolments/export", async (Guid id, string? format, EnrolmentService enrolments, CourseService courses, HttpContext http, CancellationToken ct) =>
            {
                if (await courses.GetAsync(id, ct) is not { } course)
                {
                    return Results.NotFound();
                }

                var roster = await enrolments.ListAsync(id, pageSize: 1_000, ct: ct);
                await AuditedExport.SendAsync(http, format, nameof(TrainingEnrolment), $"培训花名册-{course.Title}", RosterColumns, roster.Items.Count, Rows(roster.Items), ct);
                return Results.Empty;
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The course's roster in the caller's regions as Excel (format=xlsx, the default) or CSV, with names and masked ID numbers; audited.");

        training.MapPost("/courses/{id:guid}/enrolments", async (Guid id, EnrolmentInput input, EnrolmentService enrolments, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await enrolments.EnrolAsync(id, input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/training/enrolments/{outcome.Value!.Id}", outcome.Value) : Reply(outcome);
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Enrol a registry person of the caller's regions: personId or idNumber, subsidised (default true). Once per person and course; refused with the reason and nothing written when the course is full (errors.capacity).");

        training.MapGet("/enrolments/{id:guid}", async (Guid id, EnrolmentService enrolments, CancellationToken ct) =>
                await enrolments.GetAsync(id, ct) is { } enrolment ? Results.Ok(enrolment) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One enrolment; 404 outside the caller's regions.");

        training.MapPost("/enrolments/{id:guid}/complete", async (Guid id, CompletionInput input, EnrolmentService enrolments, HttpContext http, CancellationToken ct) =>
                Reply(await enrolments.CompleteAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Record completion (结业): completedOn, on or after the course's last day and not after today. Only once, and not after withdrawal.");

        training.MapPost("/enrolments/{id:guid}/certificate", async (Guid id, CertificateInput input, EnrolmentService enrolments, HttpContext http, CancellationToken ct) =>
                Reply(await enrolments.CertifyAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Record the certificate of a completed trainee: certificateKind skill-level (职业技能等级证书, certificateLevel 5 五级 … 1 一级) or special-ability (专项职业能力证书, no level), certificateNumber, certifiedOn (not before completion, not after today). Only once.");

        training.MapPost("/enrolments/{id:guid}/employment", async (Guid id, EmploymentInput input, EnrolmentService enrolments, HttpContext http, CancellationToken ct) =>
                Reply(await enrolments.EmployAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Record employment after training of a completed trainee: employedOn (not before completion, not after today), employerName. Only once.");

        training.MapPost("/enrolments/{id:guid}/withdraw", async (Guid id, WithdrawalInput input, EnrolmentService enrolments, HttpContext http, CancellationToken ct) =>
                Reply(await enrolments.WithdrawAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Withdraw a trainee still in training (note: the reason); the place is given back.");

        training.MapGet("/figures", async (string? region, DateOnly? from, DateOnly? to, TrainingFigures figures, CancellationToken ct) =>
                await figures.ComputeAsync(region, from, to, ct) is var outcome && outcome.Succeeded
                    ? Results.Ok(outcome.Value)
                    : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "统计条件有误"))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Person-times trained, subsidised, completed, certified, employed after training, the subsidy amount (yuan) and the employment rate, for a region (required; trainees by where they live) over the courses starting from–to (default: this year): in total, by the next level of regions, by course and by provider.");

        training.MapGet("/figures/export", async (string? region, DateOnly? from, DateOnly? to, string? format, TrainingFigures figures, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await figures.ComputeAsync(region, from, to, ct);
                if (!outcome.Succeeded)
                {
                    return Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "统计条件有误");
                }

                var report = outcome.Value!;
                var rows = Figures(report).ToList();
                await AuditedExport.SendAsync(http, format, nameof(TrainingFigures), "培训统计", FigureColumns, rows.Count, Async(rows), ct);
                return Results.Empty;
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The same figures as Excel (format=xlsx, the default) or CSV; audited.");

        employment.MapLabourBrandsApi();
    }

    private static IResult Reply<T>(Outcome<T> outcome) =>
        outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors);

    private static IResult Problem(FieldErrors errors) => Results.ValidationProblem(errors.ToDictionary(), title: "培训信息有误");

    private static IEnumerable<string?[]> Figures(TrainingFiguresReport report)
    {
        yield return Figure("合计", report.Total);
        foreach (var (group, rows) in new[] { ("区划", report.Regions), ("培训班", report.Courses), ("培训机构", report.Providers) })
        {
            foreach (var row in rows)
            {
                yield return Figure(group, row);
            }
        }
    }

    private static string?[] Figure(string group, TrainingFigureRow r) =>
        [group, r.Code, r.Name, Number(r.Trained), Number(r.Subsidised), Number(r.Completed), Number(r.Certified), Number(r.EmployedAfter), Number(r.SubsidyAmount),
            r.EmploymentRate is { } rate ? rate.ToString("0.0%", CultureInfo.InvariantCulture) : ""];

    private static async IAsyncEnumerable<string?[]> Rows(IReadOnlyList<EnrolmentView> roster)
    {
        foreach (var e in roster)
        {
            yield return
            [
                e.Name, e.IdNumber, Number(e.Age), e.RegionName, e.Subsidised ? "是" : "否", TrainingTerms.Status(e.Status).Zh, Iso(e.CompletedOn),
                e.CertificateKind is { } kind ? TrainingTerms.Certificate(kind, e.CertificateLevel).Zh : "", e.CertificateNumber, Iso(e.CertifiedOn), Iso(e.EmployedOn), e.EmployerName,
            ];
        }

        await Task.CompletedTask;
    }

    private static async IAsyncEnumerable<string?[]> Async(IEnumerable<string?[]> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The course list's query string; mode by its JSON name (order-based, directed).</summary>
public sealed record CourseFilter(string? Q, Guid? Provider, string? Mode, string? Occupation, string? Region, bool? Open, string? Sort, int? Page, int? PageSize)
{
    public FieldErrors Errors() =>
        !string.IsNullOrEmpty(Mode) && !VacancyTerms.TryParse<CourseMode>(Mode, out _) ? Inputs.Error("mode", "培训方式应为 order-based（订单式）或 directed（定向）") : new FieldErrors();

    public CourseQuery ToQuery() =>
        new(Q, Provider, VacancyTerms.TryParse<CourseMode>(Mode, out var mode) ? mode : null, Occupation, Region, Open, Sort, Page ?? 1, PageSize ?? 20);
}
