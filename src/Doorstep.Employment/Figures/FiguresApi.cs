using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static System.FormattableString;

namespace Doorstep.Employment.Figures;

/// <summary>/api/v1/employment/figures.</summary>
public static class FiguresApi
{
    private static readonly string[] Columns = ["分组", "代码", "名称", "在招岗位", "招聘人数", "求职人数", "推荐", "面试", "录用", "录用率", "求人倍率"];

    public static void MapFiguresApi(this IEndpointRouteBuilder employment)
    {
        employment.MapGet("/figures", async (string? region, DateOnly? from, DateOnly? to, EmploymentFigures figures, CancellationToken ct) =>
                await figures.ComputeAsync(region, from, to, ct) is var outcome && outcome.Succeeded
                    ? Results.Ok(outcome.Value)
                    : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "统计条件有误"))
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("Matches (referrals), interviews, hires, hire rate and the job-to-applicant ratio (求人倍率: open posts ÷ people seeking) for a region (required) over from–to (default: this year to today), in total, by the next level of regions and by occupation.");

        employment.MapGet("/figures/export", async (string? region, DateOnly? from, DateOnly? to, string? format, EmploymentFigures figures, AuditLog audit, HttpContext http, TimeProvider clock, CancellationToken ct) =>
            {
                var outcome = await figures.ComputeAsync(region, from, to, ct);
                if (!outcome.Succeeded)
                {
                    return Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "统计条件有误");
                }

                var report = outcome.Value!;
                await audit.WriteAsync(http.User.Identity?.Name ?? "", AuditEvents.Exported, "EmploymentFigures", report.Region, detail: $"{report.From:yyyy-MM-dd}..{report.To:yyyy-MM-dd}", cancellationToken: ct);
                var kind = TableExport.FormatOf(format ?? "xlsx");
                await TableExport.SendAsync(http, kind, "就业统计", ShanghaiTime.Today(clock), stream => TableExport.WriteAsync(stream, kind, Columns, Rows(report), ct));
                return Results.Empty;
            })
            .RequireAuthorization(EmploymentPermissions.Read)
            .WithSummary("The same figures as Excel (format=xlsx, the default) or CSV; audited.");
    }

    private static async IAsyncEnumerable<string?[]> Rows(FiguresReport report)
    {
        yield return Row("合计", report.Total);
        foreach (var row in report.Regions)
        {
            yield return Row("区划", row);
        }

        foreach (var row in report.Occupations)
        {
            yield return Row("职业", row);
        }

        await Task.CompletedTask;
    }

    private static string?[] Row(string group, FigureRow r) =>
        [group, r.Code, r.Name, Invariant($"{r.OpenVacancies}"), Invariant($"{r.OpenPosts}"), Invariant($"{r.Seeking}"), Invariant($"{r.Referrals}"), Invariant($"{r.Interviews}"),
            Invariant($"{r.Hires}"), r.HireRate is { } rate ? Invariant($"{rate:0.0%}") : "", r.JobsPerApplicant is { } ratio ? Invariant($"{ratio:0.00}") : ""];
}
