using System.Globalization;
using Doorstep.Health.Checks;
using Doorstep.Health.Visits;
using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Health.Indicators;

/// <summary>/api/v1/health/indicators and the elderly checks.</summary>
public static class IndicatorsApi
{
    public static readonly string[] Columns =
    [
        "区划代码或团队", "区域或团队", "常住人口", "签约人数", "签约率%", "重点人群", "重点人群签约", "重点人群签约率%", "到期签约", "续约", "续约率%",
        "服务中签约", "按约履约", "履约率%", "签而不约", "高血压估算患者", "高血压在管", "高血压规范管理", "高血压控制", "高血压管理率%", "高血压规范管理率%", "高血压控制率%",
        "糖尿病估算患者", "糖尿病在管", "糖尿病规范管理", "糖尿病控制", "糖尿病管理率%", "糖尿病规范管理率%", "糖尿病控制率%", "65岁及以上", "已体检", "老年人健康管理率%",
    ];

    public static void MapIndicatorsApi(this IEndpointRouteBuilder health)
    {
        health.MapGet("/indicators", async (int? year, string? region, string? by, HealthIndicators indicators, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                Check(year, region, http, clock, out var y, out var r) is { } problem ? problem : Results.Ok(await indicators.ForYearAsync(y, r, by == "team", ct)))
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("Signing, key-population signing, renewal and fulfilment rates, chronic-disease management, standardised management and control rates, and elderly check coverage for a year, per area under the region (or by=team: per family-doctor team, which is per doctor), with the total last.");

        health.MapGet("/indicators/export", async (int? year, string? region, string? by, string? format, HealthIndicators indicators, AuditLog audit, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                if (Check(year, region, http, clock, out var y, out var r) is { } problem)
                {
                    return problem;
                }

                var rows = await indicators.ForYearAsync(y, r, by == "team", ct);
                var exportFormat = format is null ? ExportFormat.Xlsx : TableExport.FormatOf(format);
                await TableExport.SendAsync(http, exportFormat, $"家医指标-{y}", ShanghaiTime.Today(clock), stream => TableExport.WriteAsync(stream, exportFormat, Columns, rows.Select(Cells).ToAsyncEnumerable(), ct));
                await audit.WriteAsync(http.User.Identity?.Name ?? "", AuditEvents.Exported, "HealthIndicators", r, detail: $"year={y} format={exportFormat}", cancellationToken: ct);
                return Results.Empty;
            })
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("The indicators as an Excel sheet (format=xlsx, the default) or CSV; audited.");

        health.MapPost("/elderly-checks", async (CheckInput input, ElderlyChecks checks, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await checks.RecordAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/health/elderly-checks?personId={outcome.Value!.PersonId}", outcome.Value) : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "体检记录有误");
            })
            .RequireAuthorization(HealthPermissions.Write)
            .WithSummary("Record the yearly check of a resident aged 65 or over (parts: lifestyle, self-care, physical, blood, urine, liver, kidney, glucose, lipids, ecg, ultrasound, tcm, guidance); one a year.");

        health.MapGet("/elderly-checks", async (Guid personId, ElderlyChecks checks, HttpContext http, CancellationToken ct) =>
                Results.Ok(await checks.ForPersonAsync(personId, Actor.From(http.User), ct)))
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("A resident's elderly checks with their findings, newest first (the read is audited).");

        health.MapGet("/elderly-checks/missing", async (int? year, string? region, int? page, int? pageSize, ElderlyChecks checks, TimeProvider clock, CancellationToken ct) =>
                Results.Ok(await checks.NotCheckedAsync(year ?? ShanghaiTime.Today(clock).Year, region, page ?? 1, pageSize ?? 50, ct)))
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("Residents aged 65 or over in the year with no check yet, oldest first.");
    }

    /// <summary>The year defaults to this one and the region to the reader's first scope.</summary>
    private static IResult? Check(int? year, string? region, HttpContext http, TimeProvider clock, out int y, out string r)
    {
        y = year ?? ShanghaiTime.Today(clock).Year;
        r = region ?? (http.User.Regions() is [var first, ..] ? first : "");
        var errors = new Dictionary<string, string[]>();
        if (y < 2000 || y > ShanghaiTime.Today(clock).Year)
        {
            errors["year"] = ["年份应在2000年到今年之间"];
        }

        if (!RegionCode.TryParse(r, out _, out var error))
        {
            errors["region"] = [error];
        }

        return errors.Count > 0 ? Results.ValidationProblem(errors, title: "查询条件有误") : null;
    }

    private static string?[] Cells(IndicatorRow x) =>
    [
        x.Key, x.Name, N(x.Population), N(x.Signed), P(x.SigningRate), N(x.KeyPopulation), N(x.KeySigned), P(x.KeySigningRate),
        N(x.TermsEnded), N(x.Renewed), P(x.RenewalRate), N(x.InService), N(x.Fulfilled), P(x.FulfilmentRate), N(x.Unserved),
        N(x.HypertensionEstimated), N(x.HypertensionManaged), N(x.HypertensionStandard), N(x.HypertensionControlled),
        P(x.HypertensionManagementRate), P(x.HypertensionStandardRate), P(x.HypertensionControlRate),
        N(x.DiabetesEstimated), N(x.DiabetesManaged), N(x.DiabetesStandard), N(x.DiabetesControlled),
        P(x.DiabetesManagementRate), P(x.DiabetesStandardRate), P(x.DiabetesControlRate), N(x.Elderly), N(x.ElderlyChecked), P(x.ElderlyCoverage),
    ];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string P(decimal? rate) => rate?.ToString("0.0", CultureInfo.InvariantCulture) ?? "";
}
