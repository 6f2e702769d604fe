using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.ModelWorkers;

/// <summary>A care activity as entered: kind by code or name, the region it is held for, and the model workers who took part.</summary>
public sealed record ActivityInput(
    string? Kind = null, string? Name = null, DateOnly? HeldOn = null, string? Place = null, string? Organiser = null,
    string? Region = null, string? Note = null, IReadOnlyList<Guid>? Participants = null);

public sealed record ActivityRow(Guid Id, string Kind, string KindName, string Name, DateOnly HeldOn, string Place, string Organiser, string RegionCode, string? RegionName, int Participants);

/// <summary>
/// An activity with the participants the caller may see; <see cref="OutsideScope"/> counts those
/// from other regions (a city-wide gathering seen by a district), who are not listed.
/// </summary>
public sealed record ActivityDetail(ActivityRow Activity, string? Note, IReadOnlyList<ModelWorkerRow> Participants, int OutsideScope);

public sealed record ActivityQuery(string? Q = null, string? Kind = null, string? Region = null, int? Year = null, int Page = 1, int PageSize = 20);

/// <summary>关爱活动: free health checks, recuperation, hardship aid and gatherings for the model workers of the caller's regions.</summary>
public sealed class ActivityService(DoorstepDb db, ModelWorkerSettings settings, ModelWorkerService workers, AuditLog audit, TimeProvider clock)
{
    public IReadOnlyList<CareKind> Kinds => settings.Activities;

    public async Task<Page<ActivityRow>> SearchAsync(ActivityQuery query, CancellationToken ct = default)
    {
        var rows = db.Set<ModelWorkerActivity>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            rows = rows.Where(a => a.Name.Contains(q) || a.Place.Contains(q) || a.Organiser.Contains(q));
        }

        if (ModelWorkerRules.Find(settings.Activities, query.Kind) is { } kind)
        {
            rows = rows.Where(a => a.Kind == kind.Code);
        }

        if (!string.IsNullOrWhiteSpace(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            rows = rows.Where(a => a.RegionCode.StartsWith(prefix));
        }

        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            rows = rows.Where(a => a.HeldOn >= from && a.HeldOn < to);
        }

        return await rows.OrderByDescending(a => a.HeldOn).ThenByDescending(a => a.CreatedAt).ToPageAsync(query.Page, query.PageSize, ModelWorkerService.MaxPageSize, RowsAsync, ct);
    }

    public async Task<ActivityDetail?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var activity = await db.Set<ModelWorkerActivity>().AsNoTracking().Include(a => a.Participants).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null)
        {
            return null;
        }

        var visible = (await workers.RowsAsync([.. activity.Participants.Select(p => p.ModelWorkerId)], ct)).OrderBy(w => w.RegionCode).ThenBy(w => w.Name, StringComparer.Ordinal).ToList();
        return new ActivityDetail((await RowsAsync([activity], ct)).Single(), activity.Note, visible, activity.Participants.Count - visible.Count);
    }

    public async Task<Outcome<ActivityRow>> CreateAsync(ActivityInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var (kind, regionCode) = await CheckAsync(input, errors, ct);
        var participants = await CheckParticipantsAsync(input.Participants ?? [], [], errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<ActivityRow>.Fail(errors);
        }

        var activity = new ModelWorkerActivity
        {
            Id = Guid.CreateVersion7(),
            Kind = kind!.Code,
            Name = input.Name!.Trim(),
            HeldOn = input.HeldOn!.Value,
            Place = input.Place!.Trim(),
            Organiser = input.Organiser!.Trim(),
            RegionCode = regionCode!,
            Note = ModelWorkerService.Clean(input.Note),
            UpdatedBy = actor.UserName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        activity.Participants.AddRange(participants.Select(p => new ActivityParticipant { ActivityId = activity.Id, ModelWorkerId = p }));
        db.Add(activity);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(ModelWorkerActivity), activity.Id.ToString(), detail: $"{participants.Count} participants", cancellationToken: ct);
        return Outcome<ActivityRow>.Ok((await RowsAsync([activity], ct)).Single());
    }

    /// <summary>
    /// Corrects an activity's kind, name, date, place, organiser, region and note, through the same
    /// checks as recording it. Who took part is changed by adding and removing participants.
    /// </summary>
    public async Task<Outcome<ActivityRow>> UpdateAsync(Guid id, ActivityInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var activity = await db.Set<ModelWorkerActivity>().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null)
        {
            errors.Add("id", "找不到该活动，或不在您的管辖范围内");
            return Outcome<ActivityRow>.Fail(errors);
        }

        var (kind, regionCode) = await CheckAsync(input, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<ActivityRow>.Fail(errors);
        }

        activity.Kind = kind!.Code;
        activity.Name = input.Name!.Trim();
        activity.HeldOn = input.HeldOn!.Value;
        activity.Place = input.Place!.Trim();
        activity.Organiser = input.Organiser!.Trim();
        activity.RegionCode = regionCode!;
        activity.Note = ModelWorkerService.Clean(input.Note);
        activity.UpdatedBy = actor.UserName;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(ModelWorkerActivity), id.ToString(), detail: "details", cancellationToken: ct);
        return Outcome<ActivityRow>.Ok((await RowsAsync([activity], ct)).Single());
    }

    /// <summary>The checks an activity's own fields pass, whether recorded or corrected; returns its kind and region.</summary>
    private async Task<(CareKind? Kind, string? RegionCode)> CheckAsync(ActivityInput input, FieldErrors errors, CancellationToken ct)
    {
        var kind = ModelWorkerRules.Kind(settings.Activities, input.Kind, "活动类别", "kind", errors);
        ModelWorkerService.Required(input.Name, "name", "活动名称", 100, errors);
        ModelWorkerService.Required(input.Place, "place", "活动地点", 100, errors);
        ModelWorkerService.Required(input.Organiser, "organiser", "主办单位", 100, errors);
        if (input.HeldOn is null)
        {
            errors.Add("heldOn", "请填写活动日期");
        }

        if (input.Note?.Trim().Length > 500)
        {
            errors.Add("note", "备注不超过500字");
        }

        var regionCode = (await ScopedRegion.CheckAsync(db, input.Region, "region", "请选择活动所属区划", errors, ct))?.Value;
        return (kind, regionCode);
    }

    /// <summary>Adds model workers who took part; one already listed is refused, and then none is added.</summary>
    public async Task<Outcome<ActivityRow>> AddParticipantsAsync(Guid id, IReadOnlyList<Guid> participants, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var activity = await db.Set<ModelWorkerActivity>().Include(a => a.Participants).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null)
        {
            errors.Add("id", "找不到该活动，或不在您的管辖范围内");
            return Outcome<ActivityRow>.Fail(errors);
        }

        if (participants.Count == 0)
        {
            errors.Add("participants", "请选择参加活动的劳模工匠");
        }

        var added = await CheckParticipantsAsync(participants, [.. activity.Participants.Select(p => p.ModelWorkerId)], errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<ActivityRow>.Fail(errors);
        }

        foreach (var worker in added)
        {
            db.Add(new ActivityParticipant { ActivityId = id, ModelWorkerId = worker });
        }

        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(ModelWorkerActivity), id.ToString(), detail: $"+{added.Count} participants", cancellationToken: ct);
        return Outcome<ActivityRow>.Ok((await RowsAsync([activity], ct)).Single());
    }

    public async Task<bool> RemoveParticipantAsync(Guid id, Guid worker, Actor actor, CancellationToken ct = default)
    {
        var activity = await db.Set<ModelWorkerActivity>().Include(a => a.Participants).FirstOrDefaultAsync(a => a.Id == id, ct);
        var participant = activity?.Participants.FirstOrDefault(p => p.ModelWorkerId == worker);
        if (participant is null || (await workers.RowsAsync([worker], ct)).Count == 0)
        {
            return false;
        }

        activity!.Participants.Remove(participant);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(ModelWorkerActivity), id.ToString(), detail: $"-participant {worker}", cancellationToken: ct);
        return true;
    }

    /// <summary>The model workers chosen, each in the caller's regions and not already taking part; a person chosen twice is refused by name.</summary>
    private async Task<List<Guid>> CheckParticipantsAsync(IReadOnlyList<Guid> chosen, IReadOnlyCollection<Guid> already, FieldErrors errors, CancellationToken ct)
    {
        var found = (await workers.RowsAsync([.. chosen.Distinct()], ct)).ToDictionary(w => w.Id);
        foreach (var missing in chosen.Distinct().Where(c => !found.ContainsKey(c)))
        {
            errors.Add("participants", $"劳模工匠名册中没有编号为 {missing} 的人员，或不在您的管辖范围内");
        }

        foreach (var twice in ModelWorkerRules.Repeated(chosen.Where(found.ContainsKey)))
        {
            errors.Add("participants", $"{found[twice].Name}（{found[twice].Employer}）重复选择了");
        }

        foreach (var listed in chosen.Distinct().Where(c => found.ContainsKey(c) && already.Contains(c)))
        {
            errors.Add("participants", $"{found[listed].Name}（{found[listed].Employer}）已在参加人员中");
        }

        return [.. chosen.Distinct().Where(found.ContainsKey)];
    }

    private async Task<List<ActivityRow>> RowsAsync(IReadOnlyList<ModelWorkerActivity> page, CancellationToken ct)
    {
        var ids = page.Select(a => a.Id).ToList();
        var counts = await db.Set<ActivityParticipant>().AsNoTracking().Where(p => ids.Contains(p.ActivityId))
            .GroupBy(p => p.ActivityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var codes = page.Select(a => a.RegionCode).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return [.. page.Select(a => new ActivityRow(
            a.Id, a.Kind, settings.ActivityName(a.Kind), a.Name, a.HeldOn, a.Place, a.Organiser, a.RegionCode, regions.GetValueOrDefault(a.RegionCode), counts.GetValueOrDefault(a.Id)))];
    }
}
