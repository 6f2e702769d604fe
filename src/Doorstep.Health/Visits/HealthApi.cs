using Doorstep.Health.CarePlans;
using Doorstep.Health.Contracts;
using Doorstep.Health.Duty;
using Doorstep.Health.Facilities;
using Doorstep.Health.Imports;
using Doorstep.Health.Indicators;
using Doorstep.Health.Teams;
using Doorstep.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Health.Visits;

/// <summary>/api/v1/health: visits, enrolment in chronic-disease management, overdue follow-ups.</summary>
public static class HealthApi
{
    public static void MapHealthApi(this IEndpointRouteBuilder api)
    {
        var health = api.MapGroup("/health").WithTags("Health");

        health.MapPost("/visits", async (VisitInput input, VisitService visits, HttpContext http, CancellationToken ct) =>
            {
                var (visit, errors) = await visits.RecordAsync(input, Actor.From(http.User), ct);
                return visit is not null
                    ? Results.Created($"/api/v1/health/visits?personId={visit.PersonId}", Flat(visit))
                    : Results.ValidationProblem(errors.ToDictionary(), title: "随访记录有误");
            })
            .RequireAuthorization(HealthPermissions.Write)
            .WithSummary("Record a visit or a screening reading; returns bpClass, controlled (for enrolled patients), urgentReferral and nextFollowUp.");

        health.MapGet("/visits", async (Guid personId, VisitService visits, HttpContext http, CancellationToken ct) =>
                Results.Ok((await visits.ForPersonAsync(personId, Actor.From(http.User), ct)).Select(Flat)))
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("A resident's visits, newest first (the read is audited).");

        health.MapPost("/enrolments", async (EnrolmentInput input, FollowUps followUps, HttpContext http, CancellationToken ct) =>
            {
                var (enrolment, errors) = await followUps.EnrolAsync(input.PersonId, input.Disease, input.EnrolledOn, Actor.From(http.User), ct);
                return enrolment is not null ? Results.Created($"/api/v1/health/enrolments/{enrolment.Id}", enrolment) : Results.ValidationProblem(errors.ToDictionary(), title: "纳入管理有误");
            })
            .RequireAuthorization(HealthPermissions.Write)
            .WithSummary("Enrol a resident in hypertension or type-2 diabetes management.");

        health.MapGet("/follow-ups/overdue", async (string? region, string? doctor, FollowUps followUps, CancellationToken ct) =>
                Results.Ok((await followUps.OverdueAsync(region, ct)).Where(f => doctor is null || f.Doctor == doctor)))
            .RequireAuthorization(HealthPermissions.Read)
            .WithSummary("Managed patients whose follow-up was due before today, longest overdue first; doctor=NAME for one doctor's patients.");

        health.MapDutyApi();
        health.MapTeamsApi();
        health.MapContractsApi();
        health.MapIndicatorsApi();
        health.MapCarePlansApi();
        health.MapHealthImportsApi();
        health.MapFacilitiesApi();
    }

    /// <summary>The readings at the top level, as the API contract names them.</summary>
    private static object Flat(VisitView v) => new
    {
        v.Id,
        v.PersonId,
        v.Date,
        v.Kind,
        v.Readings.Systolic,
        v.Readings.Diastolic,
        v.Readings.HeartRate,
        v.Readings.FastingGlucose,
        v.Readings.RandomGlucose,
        Weight = v.Readings.WeightKg,
        Height = v.Readings.HeightCm,
        v.Readings.Bmi,
        v.Readings.Symptoms,
        v.Readings.Adherence,
        v.Readings.Therapy,
        v.Readings.Notes,
        v.BpClass,
        v.Controlled,
        v.UrgentReferral,
        v.ReferForUncontrolled,
        v.NeedsDiagnosis,
        v.NextFollowUp,
        v.ReferralWorkItemId,
        v.Reasons,
        v.RecordedBy,
        v.RecordedAt,
    };
}

public sealed record EnrolmentInput(Guid? PersonId, ChronicDisease? Disease, DateOnly? EnrolledOn);
