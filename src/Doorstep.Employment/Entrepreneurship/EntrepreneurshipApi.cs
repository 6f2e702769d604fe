using System.Globalization;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static System.FormattableString;

namespace Doorstep.Employment.Entrepreneurship;

/// <summary>/api/v1/employment/entrepreneurship: loan and subsidy applications with their check and review, incubation bases, training classes and the figures.</summary>
public static class EntrepreneurshipApi
{
    public static readonly string[] ExportColumns =
        ["申请类别", "申请人", "身份证号码", "所在区划", "创业项目", "统一社会信用代码", "申请金额（元）", "期限（月）", "合伙人数", "合伙人", "重点群体", "首次创业", "经营起始日期", "带动就业", "状态", "受理日期", "驳回理由", "撤回理由", "放款金额（元）", "放款日期", "补贴发放日期"];

    private static readonly string[] FigureColumns = ["分组", "代码", "名称", "发放创业担保贷款（笔）", "贷款金额（元）", "发放一次性创业补贴（笔）", "补贴金额（元）", "创业培训人数", "结业人数", "在孵企业"];

    public static void MapEntrepreneurshipApi(this IEndpointRouteBuilder employment)
    {
        var group = employment.MapGroup("/entrepreneurship");

        group.MapPost("/applications/check", async (StartupInput input, StartupApplicationService applications, CancellationToken ct) =>
                await applications.CheckAsync(input, ct) is var outcome && outcome.Succeeded ? Results.Ok(outcome.Value) : Problem(outcome.Errors, "申请信息有误"))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Evaluate an application against the configured rules without saving it: { eligible, failed: [{ rule, message }] } with every condition not met (rule keys loan.amount-cap, loan.term, partnership.members, partnership.amount-cap, business.amount-cap, business.term, business.jobs-created, subsidy.amount, subsidy.first-time, subsidy.months-in-operation, subsidy.target-group). The applicant (personId or idNumber) is optional here; when given, the registry's returnee and poverty-relieved flags count as target groups. A partnership's partners are the other partners' ID numbers (partners, in the caller's regions; the applicant counts once, implicitly, and nobody may be listed twice); without a list, members (applicant included) is taken as the count.");

        group.MapGet("/applications", async ([AsParameters] StartupFilter filter, StartupApplicationService applications, CancellationToken ct) =>
                filter.Errors() is { IsEmpty: false } errors ? Problem(errors, "查询条件有误") : Results.Ok(await applications.SearchAsync(filter.ToQuery(), ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Applications in the caller's regions: q (applicant name, business name or full ID number), region (prefix), kind (individual, partnership, small-business, subsidy), stage (submitted, checked, approved, rejected, withdrawn), sort (submitted, amount, name), page, pageSize. ID numbers are masked.");

        group.MapGet("/applications/export", async ([AsParameters] StartupFilter filter, string? format, StartupApplicationService applications, HttpContext http, CancellationToken ct) =>
            {
                if (filter.Errors() is { IsEmpty: false } errors)
                {
                    return Problem(errors, "查询条件有误");
                }

                var found = await applications.SearchAsync(filter.ToQuery() with { Page = 1, PageSize = 10_000 }, ct);
                await AuditedExport.SendAsync(http, format, nameof(StartupApplication), "创业扶持申请", ExportColumns, found.Items.Count, Rows(found.Items), ct);
                return Results.Empty;
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The applications matching the filters as Excel (format=xlsx, the default) or CSV, with masked ID numbers; audited.");

        group.MapGet("/applications/{id:guid}", async (Guid id, StartupApplicationService applications, CancellationToken ct) =>
                await applications.GetAsync(id, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One application; 404 outside the caller's regions.");

        group.MapPost("/applications", async (StartupInput input, StartupApplicationService applications, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await applications.SubmitAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/entrepreneurship/applications/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors, "申请不符合条件或信息有误");
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Submit an application: kind, personId or idNumber (in the caller's regions), businessName, amount (yuan; a subsidy defaults to the configured amount), termMonths (loans), partners (a partnership's other partners by ID number, in the caller's regions; members is derived as the applicant plus them), creditCode (required for small-business), targetGroups, firstTimeFounder, operatingSince or monthsInOperation, jobsCreated, note. An application failing any rule is refused with every reason under its field and nothing is written.");

        group.MapPut("/applications/{id:guid}", async (Guid id, StartupInput input, StartupApplicationService applications, HttpContext http, CancellationToken ct) =>
                Reply(await applications.EditAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Correct a submitted application with the same fields and rules as submission (the applicant and the day of submission stay); refused once it is checked, decided or withdrawn.");

        group.MapPost("/applications/{id:guid}/withdraw", async (Guid id, StartupWithdrawalInput input, StartupReviewService review, HttpContext http, CancellationToken ct) =>
                Reply(await review.WithdrawAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("撤回 a submitted or checked application with a reason (required); it is then shown as withdrawn and counts in no figure.");

        group.MapPost("/applications/{id:guid}/checked", async (Guid id, StartupReviewService review, HttpContext http, CancellationToken ct) =>
                Reply(await review.MarkCheckedAsync(id, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("初审: a specialist marks a submitted application as checked.");

        group.MapPost("/applications/{id:guid}/decision", async (Guid id, StartupDecisionInput input, StartupReviewService review, HttpContext http, CancellationToken ct) =>
                Reply(await review.DecideAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Review)
            .WithSummary("The officer decides a checked application: decision approve, or reject with a reason (required). Approval runs the eligibility rules again with today's settings and registry; when they now fail it is refused with every failed condition under eligibility and nothing is written.");

        group.MapPost("/applications/{id:guid}/payment", async (Guid id, StartupPaymentInput input, StartupReviewService review, HttpContext http, CancellationToken ct) =>
                Reply(await review.RecordPaymentAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Record an approved loan's issue (amount up to the approved amount, on) or an approved subsidy's payment (on); once.");

        group.MapGet("/bases", async (string? q, IncubationService bases, CancellationToken ct) => Results.Ok(await bases.ListAsync(q, ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Incubation bases and parks in the caller's regions (q: name or address), with the enterprises in them now.");

        group.MapGet("/bases/{id:guid}", async (Guid id, IncubationService bases, CancellationToken ct) =>
                await bases.GetAsync(id, ct) is { } found ? Results.Ok(new { incubator = found, residents = await bases.ResidentsAsync(id, ct) }) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One base with every enterprise that has been in it, those still in first.");

        group.MapPost("/bases", async (IncubationBaseInput input, IncubationService bases, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await bases.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/entrepreneurship/bases/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors, "孵化基地信息有误");
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Record a base: name, kind (base, park), address, regionCode (in the caller's regions), capacity (enterprises).");

        group.MapPost("/bases/{id:guid}/residents", async (Guid id, ResidentInput input, IncubationService bases, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await bases.MoveInAsync(id, input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/entrepreneurship/bases/{id}", outcome.Value)
                    : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors, "入驻企业信息有误");
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Move an enterprise in: name, creditCode, founder, movedIn, rentWaivedMonths, propertyFeeWaivedMonths, waivedAmount (yuan). Refused when the base is full or the enterprise is already in.");

        group.MapPost("/residents/{id:guid}/move-out", async (Guid id, MoveOutInput input, IncubationService bases, HttpContext http, CancellationToken ct) =>
                ReplyWith(await bases.MoveOutAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Move an enterprise out on movedOut.");

        group.MapGet("/training", async (StartupTrainingService training, CancellationToken ct) => Results.Ok(await training.ListAsync(ct)))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Entrepreneurship training classes in the caller's regions, newest first, with trainee counts.");

        group.MapGet("/training/{id:guid}", async (Guid id, StartupTrainingService training, CancellationToken ct) =>
                await training.GetAsync(id, ct) is { } found ? Results.Ok(new { @class = found, trainees = await training.TraineesAsync(id, ct) }) : Results.NotFound())
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("One class with its trainees (masked ID numbers).");

        group.MapPost("/training", async (StartupClassInput input, StartupTrainingService training, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await training.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/entrepreneurship/training/{outcome.Value!.Id}", outcome.Value) : Problem(outcome.Errors, "培训班信息有误");
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Open a class: course (e.g. 马兰花SIYB), regionCode, venue, startsOn, endsOn.");

        group.MapPost("/training/{id:guid}/trainees", async (Guid id, TraineeInput input, StartupTrainingService training, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await training.EnrolAsync(id, input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/employment/entrepreneurship/training/{id}", outcome.Value)
                    : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors, "学员信息有误");
            })
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Add a registry person (personId or idNumber, in the caller's regions) to a class, once.");

        group.MapPost("/trainees/{id:guid}/completion", async (Guid id, TraineeCompletionInput input, StartupTrainingService training, HttpContext http, CancellationToken ct) =>
                ReplyWith(await training.SetCompletedAsync(id, input, Actor.From(http.User), ct)))
            .RequireAuthorization(EmploymentPermissions.Write)
            .WithSummary("Mark a trainee as completed (completed true, the default) or not; only once the class has ended.");

        group.MapGet("/figures", async (string? region, DateOnly? from, DateOnly? to, EntrepreneurshipFigures figures, CancellationToken ct) =>
                await figures.ComputeAsync(region, from, to, ct) is var outcome && outcome.Succeeded ? Results.Ok(outcome.Value) : Problem(outcome.Errors, "统计条件有误"))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Loans issued (count, amount), subsidies paid (count, amount), trainees (and completed) and enterprises in the bases now, for a region (required) over from–to (default: this year to today), in total and by the next level of regions.");

        group.MapGet("/figures/export", async (string? region, DateOnly? from, DateOnly? to, string? format, EntrepreneurshipFigures figures, AuditLog audit, HttpContext http, TimeProvider clock, CancellationToken ct) =>
            {
                var outcome = await figures.ComputeAsync(region, from, to, ct);
                if (!outcome.Succeeded)
                {
                    return Problem(outcome.Errors, "统计条件有误");
                }

                var report = outcome.Value!;
                await audit.WriteAsync(http.User.Identity?.Name ?? "", AuditEvents.Exported, "EntrepreneurshipFigures", report.Region, detail: $"{report.From:yyyy-MM-dd}..{report.To:yyyy-MM-dd}", cancellationToken: ct);
                var kind = TableExport.FormatOf(format ?? "xlsx");
                await TableExport.SendAsync(http, kind, "创业服务统计", ShanghaiTime.Today(clock), stream => TableExport.WriteAsync(stream, kind, FigureColumns, FigureRows(report), ct));
                return Results.Empty;
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The same figures as Excel (format=xlsx, the default) or CSV; audited.");
    }

    private static IResult Reply(Outcome<StartupView> outcome) => ReplyWith(outcome);

    private static IResult ReplyWith<T>(Outcome<T> outcome) =>
        outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Errors.For("id") is not null ? Results.NotFound() : Problem(outcome.Errors, "办理失败");

    private static IResult Problem(FieldErrors errors, string title) => Results.ValidationProblem(errors.ToDictionary(), title: title);

    private static async IAsyncEnumerable<string?[]> Rows(IReadOnlyList<StartupView> applications)
    {
        foreach (var a in applications)
        {
            yield return
            [
                StartupTerms.Kind(a.Kind).Zh, a.Name, a.IdNumber, a.RegionName, a.BusinessName, a.CreditCode, Number(a.Amount), a.TermMonths is { } term ? Number(term) : "",
                Number(a.Members), string.Join("；", a.Partners.Select(p => $"{p.Name} {p.IdNumber}")), string.Join("、", a.TargetGroups.Select(g => SeekerTerms.Group(g).Zh)), a.FirstTimeFounder ? "是" : "否",
                a.OperatingSince?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Number(a.JobsCreated), StartupTerms.Stage(a.Stage).Zh,
                a.SubmittedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.RejectionReason, a.WithdrawalReason, a.IssuedAmount is { } issued ? Number(issued) : "",
                a.IssuedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.PaidOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ];
        }

        await Task.CompletedTask;
    }

    private static async IAsyncEnumerable<string?[]> FigureRows(StartupFiguresReport report)
    {
        yield return FigureRow("合计", report.Total);
        foreach (var row in report.Regions)
        {
            yield return FigureRow("区划", row);
        }

        await Task.CompletedTask;
    }

    private static string?[] FigureRow(string group, StartupFigureRow r) =>
        [group, r.Code, r.Name, Invariant($"{r.LoansIssued}"), Invariant($"{r.LoanAmount}"), Invariant($"{r.SubsidiesPaid}"), Invariant($"{r.SubsidyAmount}"),
            Invariant($"{r.Trainees}"), Invariant($"{r.TraineesCompleted}"), Invariant($"{r.ResidentEnterprises}")];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The list's query string, shared by the list page and the export; kind and stage by their JSON names.</summary>
public sealed record StartupFilter(string? Q, string? Region, string? Kind, string? Stage, string? Sort, int? Page, int? PageSize)
{
    public FieldErrors Errors()
    {
        var errors = new FieldErrors();
        if (!string.IsNullOrEmpty(Kind) && !VacancyTerms.TryParse<StartupKind>(Kind, out _))
        {
            errors.Add("kind", "申请类别应为 individual、partnership、small-business 或 subsidy");
        }

        if (!string.IsNullOrEmpty(Stage) && !VacancyTerms.TryParse<StartupStage>(Stage, out _))
        {
            errors.Add("stage", "状态应为 submitted、checked、approved、rejected 或 withdrawn");
        }

        return errors;
    }

    public StartupQuery ToQuery() => new(
        Q, Region, VacancyTerms.TryParse<StartupKind>(Kind, out var kind) ? kind : null,
        VacancyTerms.TryParse<StartupStage>(Stage, out var stage) ? stage : null, Sort, Page ?? 1, PageSize ?? 20);
}
