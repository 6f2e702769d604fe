using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Events;

/// <summary>
/// 社区活动: folk-culture and youth activities of the caller's regions; their sign-ups are
/// <see cref="EventSignUpService"/>'s.
/// </summary>
public sealed class EventService(DoorstepDb db, AuditLog audit, TimeProvider clock, EventRoster roster)
{
    public const int MaxPageSize = 500;

    public static IReadOnlyList<(EventKind Kind, string Name)> Kinds { get; } =
        [(EventKind.FolkCulture, "民俗文化"), (EventKind.Youth, "青年活动"), (EventKind.Volunteer, "志愿服务"), (EventKind.Other, "其他")];

    public static string KindName(EventKind kind) => Kinds.First(k => k.Kind == kind).Name;

    public static string StatusName(SignUpStatus status) => status switch
    {
        SignUpStatus.Confirmed => "已确认",
        SignUpStatus.Waiting => "候补",
        _ => "已取消",
    };

    public async Task<Page<EventRow>> SearchAsync(EventQuery query, CancellationToken ct = default)
    {
        var events = db.Set<CommunityEvent>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            events = events.Where(e => e.Name.Contains(q) || e.Number == q || e.Place.Contains(q) || e.Organisers.Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            events = events.Where(e => e.RegionCode.StartsWith(prefix));
        }

        if (query.Kind is { } kind)
        {
            events = events.Where(e => e.Kind == kind);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var past = query.When == "past";
        events = past ? events.Where(e => e.EndsAt < now) : events.Where(e => e.EndsAt >= now);
        var sorted = past ? events.OrderByDescending(e => e.StartsAt).ThenBy(e => e.Id) : events.OrderBy(e => e.StartsAt).ThenBy(e => e.Id);
        return await sorted.ToPageAsync(query.Page, query.PageSize, MaxPageSize, RowsAsync, ct);
    }

    public async Task<EventDetail?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var e = await db.Set<CommunityEvent>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return null;
        }

        var signUps = await db.Set<EventSignUp>().AsNoTracking().Where(s => s.EventId == id).OrderBy(s => s.Sequence).ToListAsync(ct);
        return new EventDetail((await RowsAsync([e], ct)).Single(), e.Description, EventRoster.Views(signUps));
    }

    /// <summary>The event in the caller's regions with this number (HD…) or exactly this name; a name two events share is refused as ambiguous.</summary>
    public async Task<Guid?> FindAsync(string? numberOrName, FieldErrors errors, string field, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(numberOrName))
        {
            errors.Add(field, "请填写活动名称或编号");
            return null;
        }

        var text = numberOrName.Trim();
        var found = await db.Set<CommunityEvent>().AsNoTracking().Where(e => e.Number == text || e.Name == text)
            .OrderBy(e => e.Number == text ? 0 : 1).Select(e => new { e.Id, e.Number }).Take(3).ToListAsync(ct);
        if (found.Count == 0)
        {
            errors.Add(field, $"找不到活动“{text}”，或不在您的管辖范围内");
            return null;
        }

        if (found.Count > 1 && found[0].Number != text)
        {
            errors.Add(field, $"有多个活动名为“{text}”，请填写活动编号（{string.Join("、", found.Select(f => f.Number))}）");
            return null;
        }

        return found[0].Id;
    }

    public async Task<Outcome<EventRow>> CreateAsync(EventInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var fields = await CheckAsync(input, errors, ct);
        if (SignUpRules.CapacityProblem(input.Capacity, 0) is { } problem)
        {
            errors.Add("capacity", problem);
        }

        if (!errors.IsEmpty)
        {
            return Outcome<EventRow>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var e = new CommunityEvent
        {
            Id = Guid.CreateVersion7(),
            Number = "",
            Name = "",
            Place = "",
            Organisers = "",
            RegionCode = "",
            UpdatedBy = actor.UserName,
            CreatedAt = now,
        };
        fields!.ApplyTo(e, input.Capacity!.Value, actor.UserName, now);
        var prefix = $"HD{ShanghaiTime.ToLocal(e.StartsAt):yyyyMMdd}";
        var sameDay = await db.Set<CommunityEvent>().IgnoreQueryFilters().CountAsync(x => x.Number.StartsWith(prefix), ct);
        e.Number = $"{prefix}{sameDay + 1:00}";
        db.Add(e);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(CommunityEvent), e.Id.ToString(), detail: e.Number, cancellationToken: ct);
        return Outcome<EventRow>.Ok((await RowsAsync([e], ct)).Single());
    }

    /// <summary>Changes the event. A raised capacity gives places to the head of the waiting list; a capacity below those confirmed is refused.</summary>
    public async Task<RosterOutcome> UpdateAsync(Guid id, EventInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (!await db.Set<CommunityEvent>().AnyAsync(e => e.Id == id, ct))
        {
            return RosterOutcome.Fail(RosterRefusal.NotFound, "id", "找不到该活动，或不在您的管辖范围内");
        }

        var fields = await CheckAsync(input, errors, ct);
        if (SignUpRules.CapacityProblem(input.Capacity, 0) is { } problem)
        {
            errors.Add("capacity", problem);
        }

        if (!errors.IsEmpty)
        {
            return new(null, null, [], errors, RosterRefusal.Invalid);
        }

        return await roster.ChangeAsync(id, async (e, active, now) =>
        {
            var confirmed = active.Count(s => s.Status == SignUpStatus.Confirmed);
            if (SignUpRules.CapacityProblem(input.Capacity, confirmed) is { } below)
            {
                return RosterOutcome.Fail(RosterRefusal.Conflict, "capacity", below);
            }

            if (e.RegionCode != fields!.RegionCode)
            {
                // Sign-ups and photos are scoped by the event's region: they move with it.
                var code = fields.RegionCode;
                await db.Set<EventSignUp>().Where(s => s.EventId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.RegionCode, code), ct);
                await db.Set<Photos.CarePhoto>().Where(p => p.OwnerKind == EventPhotoOwner.OwnerKind && p.OwnerId == id).ExecuteUpdateAsync(p => p.SetProperty(x => x.RegionCode, code), ct);
                foreach (var s in active)
                {
                    s.RegionCode = code;
                }
            }

            fields.ApplyTo(e, input.Capacity!.Value, actor.UserName, now);
            var promoted = EventRoster.Promote(e, active, now);
            return new RosterOutcome(null, promoted.Count > 0 ? $"名额增加，候补的{string.Join("、", promoted)}已转为正式报名" : "已保存", promoted, new FieldErrors(), RosterRefusal.None);
        }, async (outcome, token) => await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(CommunityEvent), id.ToString(), detail: $"capacity={input.Capacity}", cancellationToken: token), ct);
    }

    private async Task<CheckedEvent?> CheckAsync(EventInput input, FieldErrors errors, CancellationToken ct)
    {
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add("name", "请填写活动名称");
        }
        else if (name.Length > 100)
        {
            errors.Add("name", "活动名称不超过100字");
        }

        var kind = Kinds.FirstOrDefault(k => string.Equals(k.Kind.ToString(), input.Kind?.Trim(), StringComparison.OrdinalIgnoreCase) || k.Name == input.Kind?.Trim());
        if (string.IsNullOrWhiteSpace(input.Kind) || kind == default)
        {
            errors.Add("kind", $"请选择活动类别：{string.Join("、", Kinds.Select(k => k.Name))}");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? starts = input.StartsAt is { } s ? Utc(s) : null;
        DateTime? ends = input.EndsAt is { } en ? Utc(en) : null;
        DateTime? deadline = input.SignUpDeadline is { } d ? Utc(d) : starts;
        if (starts is null)
        {
            errors.Add("startsAt", "请填写开始时间");
        }
        else if (starts < now.AddYears(-1) || starts > now.AddYears(2))
        {
            errors.Add("startsAt", "开始时间应在一年前到两年后之间");
        }

        if (ends is null)
        {
            errors.Add("endsAt", "请填写结束时间");
        }
        else if (starts is not null && ends <= starts)
        {
            errors.Add("endsAt", "结束时间应晚于开始时间");
        }
        else if (starts is not null && ends > starts.Value.AddDays(31))
        {
            errors.Add("endsAt", "一次活动不超过31天");
        }

        if (starts is not null && deadline > starts)
        {
            errors.Add("signUpDeadline", "报名截止时间不能晚于开始时间");
        }

        var place = Required(input.Place, "place", "活动地点", 200, errors);
        var organisers = Required(input.Organisers, "organisers", "主办单位", 200, errors);
        var description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        if (description?.Length > 2000)
        {
            errors.Add("description", "活动简介不超过2000字");
        }

        var regionCode = (await ScopedRegion.CheckAsync(db, input.Region, "region", "请选择活动所在的区划", errors, ct))?.Value;

        return errors.IsEmpty ? new CheckedEvent(name!, kind.Kind, starts!.Value, ends!.Value, deadline!.Value, place!, organisers!, regionCode!, description) : null;
    }

    private static string? Required(string? text, string field, string label, int max, FieldErrors errors)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(field, $"请填写{label}");
        }
        else if (value.Length > max)
        {
            errors.Add(field, $"{label}不超过{max}字");
        }

        return value;
    }

    // Given times are Beijing wall-clock times unless they say they are UTC.
    private static DateTime Utc(DateTime given) => given.Kind == DateTimeKind.Utc ? given : ShanghaiTime.ToUtc(given);

    private async Task<List<EventRow>> RowsAsync(IReadOnlyList<CommunityEvent> page, CancellationToken ct)
    {
        var ids = page.Select(e => e.Id).ToList();
        var counts = await db.Set<EventSignUp>().AsNoTracking().Where(s => ids.Contains(s.EventId) && s.Status != SignUpStatus.Cancelled)
            .GroupBy(s => new { s.EventId, s.Status })
            .Select(g => new { g.Key.EventId, g.Key.Status, Count = g.Count(), Attended = g.Count(s => s.Attended == true) })
            .ToListAsync(ct);
        var codes = page.Select(e => e.RegionCode).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return [.. page.Select(e =>
        {
            var mine = counts.Where(c => c.EventId == e.Id).ToList();
            return new EventRow(
                e.Id, e.Number, e.Name, e.Kind, KindName(e.Kind), e.StartsAt, e.EndsAt, e.Place, e.Organisers, e.Capacity, e.SignUpDeadline,
                e.RegionCode, regions.GetValueOrDefault(e.RegionCode),
                mine.Where(c => c.Status == SignUpStatus.Confirmed).Sum(c => c.Count), mine.Where(c => c.Status == SignUpStatus.Waiting).Sum(c => c.Count),
                mine.Sum(c => c.Attended));
        })];
    }

    private sealed record CheckedEvent(string Name, EventKind Kind, DateTime StartsAt, DateTime EndsAt, DateTime Deadline, string Place, string Organisers, string RegionCode, string? Description)
    {
        public void ApplyTo(CommunityEvent e, int capacity, string by, DateTime now)
        {
            e.Name = Name;
            e.Kind = Kind;
            e.StartsAt = StartsAt;
            e.EndsAt = EndsAt;
            e.SignUpDeadline = Deadline;
            e.Place = Place;
            e.Organisers = Organisers;
            e.RegionCode = RegionCode;
            e.Description = Description;
            e.Capacity = capacity;
            e.UpdatedBy = by;
            e.UpdatedAt = now;
        }
    }
}
