using System.Globalization;
using Doorstep.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Care.ModelWorkers;

/// <summary>/api/v1/care/model-workers, /model-worker-activities and /labour-competitions.</summary>
internal static class ModelWorkersApi
{
    private static readonly string[] Columns = ["姓名", "性别", "年龄", "身份证号", "工作单位", "行业领域", "所在区划", "荣誉", "困难劳模", "困难情况"];

    public static void MapModelWorkersApi(this IEndpointRouteBuilder care)
    {
        MapRegistry(care);
        MapActivities(care);
        MapCompetitions(care);
    }

    private static void MapRegistry(IEndpointRouteBuilder care)
    {
        care.MapGet("/model-workers/honour-kinds", (ModelWorkerService workers) => Results.Ok(workers.HonourKinds))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("The honour kinds (全国五一劳动奖章, 全国劳动模范, 省劳动模范, 市工匠 …, highest first), configurable under Care:ModelWorkers:HonourKinds.");

        care.MapGet("/model-workers", async (string? q, string? region, string? honour, bool? hardship, string? sort, int? page, int? pageSize, ModelWorkerService workers, CancellationToken ct) =>
                Results.Ok(await workers.SearchAsync(new ModelWorkerQuery(q, region, honour, hardship, sort, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("Model workers and craftsmen (劳模工匠) in the caller's regions, ID numbers masked: q searches the name, employer or trade; honour is an honour kind (code or name); hardship=true is the list of model workers in hardship; sort is region (default), name, year (latest honoured first) or updated.");

        care.MapGet("/model-workers/export", async (string? q, string? region, string? honour, bool? hardship, string? format, ModelWorkerService workers, HttpContext http, CancellationToken ct) =>
            {
                var rows = await workers.ExportAsync(new ModelWorkerQuery(q, region, honour, hardship), ct);
                await CareExport.SendAsync(http, format, nameof(ModelWorker), "劳模工匠", Columns, [.. rows.Select(Cells)], ct);
            })
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("The filtered registry as Excel (format=xlsx, the default) or CSV, ID numbers masked; the export is audited with its row count.");

        care.MapGet("/model-workers/{id:guid}", async (Guid id, ModelWorkerService workers, CancellationToken ct) =>
                await workers.GetAsync(id, ct) is { } detail ? Results.Ok(detail) : Results.NotFound())
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("A model worker: honours, hardship, the care activities taken part in and the labour-competition prizes won.");

        care.MapPost("/model-workers", async (ModelWorkerInput input, ModelWorkerService workers, HttpContext http, CancellationToken ct) =>
                Created(await workers.CreateAsync(input, Actor.From(http.User), ct), w => $"/api/v1/care/model-workers/{w.Id}", "劳模工匠信息有误"))
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Register a registry person (personId, or idNumber) in the caller's regions as a model worker with employer, trade, hardship (and its reason) and honours [{ kind, year, awardedBy }]; an unknown honour kind or a year in the future is refused.");

        care.MapPut("/model-workers/{id:guid}", async (Guid id, ModelWorkerInput input, ModelWorkerService workers, HttpContext http, CancellationToken ct) =>
                Changed(await workers.UpdateAsync(id, input, Actor.From(http.User), ct), "劳模工匠信息有误"))
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Change a model worker's employer, trade, hardship and note (the person and honours stay).");

        care.MapPost("/model-workers/{id:guid}/honours", async (Guid id, HonourInput input, ModelWorkerService workers, HttpContext http, CancellationToken ct) =>
                Changed(await workers.AddHonourAsync(id, input, Actor.From(http.User), ct), "荣誉信息有误"))
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Add an honour { kind, year, awardedBy }; the same kind in the same year twice is refused.");

        care.MapDelete("/model-workers/{id:guid}/honours/{honourId:guid}", async (Guid id, Guid honourId, ModelWorkerService workers, HttpContext http, CancellationToken ct) =>
                await workers.RemoveHonourAsync(id, honourId, Actor.From(http.User), ct) ? Results.NoContent() : Results.NotFound())
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Take back an honour entered by mistake.");
    }

    private static void MapActivities(IEndpointRouteBuilder care)
    {
        care.MapGet("/model-worker-activities/kinds", (ActivityService activities) => Results.Ok(activities.Kinds))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("The kinds of care activity (免费体检, 疗休养, 困难帮扶, 座谈联谊), configurable under Care:ModelWorkers:ActivityKinds.");

        care.MapGet("/model-worker-activities", async (string? q, string? kind, string? region, int? year, int? page, int? pageSize, ActivityService activities, CancellationToken ct) =>
                Results.Ok(await activities.SearchAsync(new ActivityQuery(q, kind, region, year, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("Care activities for model workers in the caller's regions, newest first: q searches name, place and organiser; kind a kind code or name; year the year held.");

        care.MapGet("/model-worker-activities/{id:guid}", async (Guid id, ActivityService activities, CancellationToken ct) =>
                await activities.GetAsync(id, ct) is { } detail ? Results.Ok(detail) : Results.NotFound())
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("An activity with its participants in the caller's regions (outsideScope counts the others).");

        care.MapPost("/model-worker-activities", async (ActivityInput input, ActivityService activities, HttpContext http, CancellationToken ct) =>
                Created(await activities.CreateAsync(input, Actor.From(http.User), ct), a => $"/api/v1/care/model-worker-activities/{a.Id}", "活动信息有误"))
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Record a care activity { kind, name, heldOn, place, organiser, region, note, participants: [model worker ids] }; a participant outside the registry or the caller's regions, or chosen twice, is refused and nothing is written.");

        care.MapPut("/model-worker-activities/{id:guid}", async (Guid id, ActivityInput input, ActivityService activities, HttpContext http, CancellationToken ct) =>
                Changed(await activities.UpdateAsync(id, input, Actor.From(http.User), ct), "活动信息有误"))
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Correct an activity's { kind, name, heldOn, place, organiser, region, note } with the same checks as recording it; participants are changed through /participants.");

        care.MapPost("/model-worker-activities/{id:guid}/participants", async (Guid id, Guid[] participants, ActivityService activities, HttpContext http, CancellationToken ct) =>
                Changed(await activities.AddParticipantsAsync(id, participants, Actor.From(http.User), ct), "参加人员有误"))
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Add model workers (a JSON array of ids) who took part; one already taking part or chosen twice is refused and none is added.");

        care.MapDelete("/model-worker-activities/{id:guid}/participants/{worker:guid}", async (Guid id, Guid worker, ActivityService activities, HttpContext http, CancellationToken ct) =>
                await activities.RemoveParticipantAsync(id, worker, Actor.From(http.User), ct) ? Results.NoContent() : Results.NotFound())
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Take a participant off the activity.");
    }

    private static void MapCompetitions(IEndpointRouteBuilder care)
    {
        care.MapGet("/labour-competitions", async (string? q, int? year, int? page, int? pageSize, CompetitionService competitions, CancellationToken ct) =>
                Results.Ok(await competitions.SearchAsync(q, year, page ?? 1, pageSize ?? 20, ct)))
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("Labour competitions (劳动竞赛) of the caller's regions, newest year first; q searches name, field and organiser.");

        care.MapGet("/labour-competitions/{id:guid}", async (Guid id, CompetitionService competitions, CancellationToken ct) =>
                await competitions.GetAsync(id, ct) is { } detail ? Results.Ok(detail) : Results.NotFound())
            .RequireAuthorization(CarePermissions.Read)
            .WithSummary("A labour competition with its award winners in the order entered.");

        care.MapPost("/labour-competitions", async (CompetitionInput input, CompetitionService competitions, HttpContext http, CancellationToken ct) =>
                Created(await competitions.CreateAsync(input, Actor.From(http.User), ct), c => $"/api/v1/care/labour-competitions/{c.Id}", "劳动竞赛信息有误"))
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Record a labour competition { name, year, organiser, field, region, winners: [{ modelWorker | name, employer, prize }] }; a year in the future or a winner twice is refused.");

        care.MapPut("/labour-competitions/{id:guid}", async (Guid id, CompetitionInput input, CompetitionService competitions, HttpContext http, CancellationToken ct) =>
                Changed(await competitions.UpdateAsync(id, input, Actor.From(http.User), ct), "劳动竞赛信息有误"))
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Correct a competition's { name, year, organiser, field, region } with the same checks as recording it; winners are changed through /winners.");

        care.MapDelete("/labour-competitions/{id:guid}/winners/{winner:guid}", async (Guid id, Guid winner, CompetitionService competitions, HttpContext http, CancellationToken ct) =>
                await competitions.RemoveWinnerAsync(id, winner, Actor.From(http.User), ct) ? Results.NoContent() : Results.NotFound())
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Take a winner entered by mistake off the competition.");

        care.MapPost("/labour-competitions/{id:guid}/winners", async (Guid id, WinnerInput input, CompetitionService competitions, HttpContext http, CancellationToken ct) =>
                Changed(await competitions.AddWinnerAsync(id, input, Actor.From(http.User), ct), "获奖者信息有误"))
            .RequireAuthorization(CarePermissions.Write)
            .WithSummary("Add a winner: a registry model worker (modelWorker id) or a named person (name, employer), with the prize or rank.");
    }

    private static IResult Created<T>(Platform.Validation.Outcome<T> outcome, Func<T, string> location, string title) =>
        outcome.Succeeded ? Results.Created(location(outcome.Value!), outcome.Value) : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: title);

    private static IResult Changed<T>(Platform.Validation.Outcome<T> outcome, string title) =>
        outcome.Succeeded ? Results.Ok(outcome.Value)
        : outcome.Errors.For("id") is not null ? Results.NotFound()
        : Results.ValidationProblem(outcome.Errors.ToDictionary(), title: title);

    private static string?[] Cells(ModelWorkerRow r) =>
        [r.Name, r.Sex, r.Age.ToString(CultureInfo.InvariantCulture), r.IdNumber, r.Employer, r.Trade, r.RegionName,
         string.Join("、", r.Honours.Select(h => $"{h.Year}年{h.Name}")), r.Hardship ? "是" : "否", r.HardshipReason];
}
