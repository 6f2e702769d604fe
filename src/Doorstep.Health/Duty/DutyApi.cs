using System.Globalization;
using Doorstep.Health.Visits;
using Doorstep.Kernel;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Health.Duty;

/// <summary>/api/v1/health/duty and the public /api/v1/health/open-clinics.</summary>
public static class DutyApi
{
    public static void MapDutyApi(this IEndpointRouteBuilder health)
    {
        health.MapPut("/duty", async (DutyShiftInput input, DutyRoster roster, HttpContext http, CancellationToken ct) =>
            {
                var (shift, errors) = await roster.SaveAsync(input, Actor.From(http.User), ct);
                return shift is not null ? Results.Ok(shift) : Results.ValidationProblem(errors.ToDictionary(), title: "值班排班有误");
            })
            .RequireAuthorization(HealthPermissions.Roster)
            .WithSummary("Set a facility's hours and duty staff for a day (saving again replaces the day).");

        health.MapGet("/duty", async (DateOnly from, DateOnly to, DutyRoster roster, CancellationToken ct) =>
                to < from || to.DayNumber - from.DayNumber > 62
                    ? Results.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["结束日期应不早于开始日期，且期间不超过62天"] })
                    : Results.Ok(await roster.ListAsync(from, to, ct)))
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("The roster for a period, in the caller's regions.");

        health.MapGet("/duty/gaps", async (DateOnly from, DateOnly to, DutyRoster roster, CancellationToken ct) =>
                to < from || to.DayNumber - from.DayNumber > 62
                    ? Results.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["结束日期应不早于开始日期，且期间不超过62天"] })
                    : Results.Ok(await roster.GapsAsync(from, to, ct)))
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("Towns with no clinic open and a doctor on duty, day by day.");

        health.MapGet("/open-clinics", async (string? date, double? lon, double? lat, DutyRoster roster, TimeProvider clock, CancellationToken ct) =>
            {
                var errors = new Dictionary<string, string[]>();
                var day = ShanghaiTime.Today(clock);
                if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
                {
                    errors["date"] = ["日期应写作 2024-02-10"];
                }

                GeoPoint? near = null;
                if (lon is not null || lat is not null)
                {
                    if (lon is null || lat is null || !GeoPoint.TryParse(string.Create(CultureInfo.InvariantCulture, $"{lon},{lat}"), out var point, out var geoError))
                    {
                        errors["lon"] = ["经纬度应成对给出，如 lon=113.13&lat=27.83"];
                    }
                    else
                    {
                        near = point;
                    }
                }

                return errors.Count > 0 ? Results.ValidationProblem(errors, title: "查询条件有误") : Results.Ok(await roster.OpenOnAsync(day, near, ct));
            })
            .AllowAnonymous()
            .WithSummary("Public: clinics open on a date (default today), nearest to lon/lat first, with hours, phone and distance in metres.");
    }
}
