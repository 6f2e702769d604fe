using System.Globalization;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Care.Events;

/// <summary>Whether a sign-up came: the body of the attendance call.</summary>
public sealed record AttendanceInput(bool Attended = true);

/// <summary>/api/v1/care/events: community events, their sign-ups, waiting lists and attendance.</summary>
internal static class EventsApi
{
    public static void MapEventsApi(this IEndpointRouteBuilder care)
    {
        var events = care.MapGroup("/events");

        events.MapGet("/kinds", () => Results.Ok(EventService.Kinds.Select(k => new { code = k.Kind.ToString(), name = k.Name })))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("The kinds of event: FolkCulture 民俗文化, Youth 青年活动, Volunteer 志愿服务, Other 其他.");

        events.MapGet("/", async (string? q, string? region, EventKind? kind, string? when, int? page, int? pageSize, EventService service, CancellationToken ct) =>
                Results.Ok(await service.SearchAsync(new EventQuery(q, region, kind, when, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("Events in the caller's regions with their confirmed, waiting and attended counts: when=upcoming (not yet ended, soonest first; the default) or past (latest first); q searches the name, number (HD…), place and organisers.");

        events.MapGet("/{id:guid}", async (Guid id, EventService service, CancellationToken ct) =>
                await service.GetAsync(id, ct) is { } detail ? Results.Ok(detail) : Results.NotFound())
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("An event with every sign-up in order (phones and ID numbers masked), each confirmed, waiting (with its position) or cancelled, and attendance.");

        events.MapGet("/{id:guid}/signups/export", async (Guid id, string? format, EventService service, HttpContext http, CancellationToken ct) =>
            {
                if (await service.GetAsync(id, ct) is not { } detail)
                {
                    return Results.NotFound();
                }

                string[] columns = ["序号", "姓名", "身份证号", "手机号", "状态", "候补位次", "签到", "备注", "报名时间"];
                var rows = detail.SignUps.Select(s => new string?[]
                {
                    s.Sequence.ToString(CultureInfo.InvariantCulture), s.Name, s.IdNumber, s.Phone, s.StatusName, s.WaitingPosition?.ToString(CultureInfo.InvariantCulture),
                    s.Attended switch { true => "已签到", false => "缺席", null => "" }, s.Note, ShanghaiTime.ToLocal(s.SignedUpAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                }).ToList();
                await CareExport.SendAsync(http, format, nameof(EventSignUp), $"{detail.Event.Name}报名名单", columns, rows, ct);
                return Results.Empty;
            })
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("An event's sign-ups in order as Excel (format=xlsx, the default) or CSV, phones and ID numbers masked, with status, waiting position and attendance; the export is audited with its row count.");

        events.MapPost("/", async (EventInput input, EventService service, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await service.CreateAsync(input, Actor.From(http.User), ct);
                return outcome.Succeeded
                    ? Results.Created($"/api/v1/care/events/{outcome.Value!.Id}", outcome.Value)
                    : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: "活动信息有误");
            })
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Create an event: name, kind (code or name), startsAt and endsAt (Beijing time), place, organisers, capacity, signUpDeadline (default the start), region, description.");

        events.MapPut("/{id:guid}", async (Guid id, EventInput input, EventService service, HttpContext http, CancellationToken ct) =>
                Reply(await service.UpdateAsync(id, input, Actor.From(http.User), ct), "活动信息有误"))
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Change an event (all fields as on create). A raised capacity gives places to the head of the waiting list (named in `promoted`); a capacity below the confirmed count is refused with 409.");

        events.MapPost("/{id:guid}/signups", async (Guid id, SignUpInput input, EventSignUpService service, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await service.SignUpAsync(id, input, Actor.From(http.User), ct);
                return outcome.Succeeded ? Results.Created($"/api/v1/care/events/{id}", outcome) : Reply(outcome, "报名信息有误");
            })
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Sign someone up: a registry person in the caller's regions (personId, or idNumber), or name and phone. Within capacity the sign-up is confirmed; beyond it it goes onto the waiting list "
                + "(never refused for being full: message 已满员，已排入候补第N位, signUp.waitingPosition N). The same person or phone twice, or signing up after the deadline or the start, is refused with 409.");

        events.MapPost("/{id:guid}/signups/{signUpId:guid}/cancel", async (Guid id, Guid signUpId, EventSignUpService service, HttpContext http, CancellationToken ct) =>
                Reply(await service.CancelAsync(id, signUpId, Actor.From(http.User), ct), "取消报名有误"))
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Cancel a sign-up; the place it held goes to the first on the waiting list (named in `promoted`).");

        events.MapPost("/{id:guid}/signups/{signUpId:guid}/attendance", async (Guid id, Guid signUpId, AttendanceInput input, EventSignUpService service, HttpContext http, CancellationToken ct) =>
                Reply(await service.MarkAttendanceAsync(id, signUpId, input.Attended, Actor.From(http.User), ct), "签到有误"))
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Mark a confirmed sign-up present (attended=true) or absent, from the event's first day on.");
    }

    private static IResult Reply(RosterOutcome outcome, string title) => outcome.Refusal switch
    {
        RosterRefusal.None => Results.Ok(outcome),
        RosterRefusal.NotFound => Results.Problem(string.Join("；", outcome.Errors.ToDictionary().SelectMany(e => e.Value)), statusCode: StatusCodes.Status404NotFound, title: "找不到"),
        RosterRefusal.Conflict => Results.Problem(string.Join("；", outcome.Errors.ToDictionary().SelectMany(e => e.Value)), statusCode: StatusCodes.Status409Conflict, title: title),
        _ => Results.ValidationProblem(outcome.Errors.ToDictionary(), title: title),
    };
}
