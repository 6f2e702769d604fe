using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Events;

/// <summary>
/// An event to create or change. Times are Beijing wall-clock times; <see cref="Kind"/> is a
/// kind's code (FolkCulture) or name (民俗文化); the sign-up deadline defaults to the start.
/// </summary>
public sealed record EventInput(
    string? Name = null, string? Kind = null, DateTime? StartsAt = null, DateTime? EndsAt = null, string? Place = null, string? Organisers = null,
    int? Capacity = null, DateTime? SignUpDeadline = null, string? Region = null, string? Description = null);

/// <summary>An event as lists show it, with its counts. Times are UTC.</summary>
public sealed record EventRow(
    Guid Id, string Number, string Name, EventKind Kind, string KindName, DateTime StartsAt, DateTime EndsAt, string Place, string Organisers,
    int Capacity, DateTime SignUpDeadline, string RegionCode, string? RegionName, int Confirmed, int Waiting, int Attended);

/// <summary>A sign-up with the phone and ID number masked; <see cref="WaitingPosition"/> is set on the waiting list (1 = next in line).</summary>
public sealed record SignUpView(
    Guid Id, int Sequence, string Name, Guid? PersonId, string? IdNumber, string? Phone, SignUpStatus Status, string StatusName, int? WaitingPosition,
    string? Note, bool? Attended, DateTime SignedUpAt, string SignedUpBy, DateTime? PromotedAt, DateTime? CancelledAt);

public sealed record EventDetail(EventRow Event, string? Description, IReadOnlyList<SignUpView> SignUps);

/// <summary>Filters of the event list: <see cref="When"/> is upcoming (not yet ended, soonest first; the default) or past (latest first).</summary>
public sealed record EventQuery(string? Q = null, string? Region = null, EventKind? Kind = null, string? When = null, int Page = 1, int PageSize = 20);

/// <summary>
/// Sign a person up: a registry person in the caller's regions by <see cref="PersonId"/> or
/// <see cref="IdNumber"/> (a name, when given, must be the registry's), or someone outside the
/// registry by <see cref="Name"/> and <see cref="Phone"/>.
/// </summary>
public sealed record SignUpInput(Guid? PersonId = null, string? IdNumber = null, string? Name = null, string? Phone = null, string? Note = null);

/// <summary>Why a roster change did not happen.</summary>
public enum RosterRefusal
{
    None,

    /// <summary>Bad input: field errors.</summary>
    Invalid,

    /// <summary>No such event or sign-up in the caller's regions.</summary>
    NotFound,

    /// <summary>Signed up already, sign-up closed, or capacity below the confirmed: the event's state refuses it (HTTP 409).</summary>
    Conflict,
}

/// <summary>What a roster change did: the sign-up concerned, what to tell the user, and who got a place from the waiting list.</summary>
public sealed record RosterOutcome(SignUpView? SignUp, string? Message, IReadOnlyList<string> Promoted, FieldErrors Errors, RosterRefusal Refusal)
{
    public bool Succeeded => Refusal == RosterRefusal.None;

    public static RosterOutcome Fail(RosterRefusal refusal, string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return new(null, null, [], errors, refusal);
    }
}

/// <summary>
/// 社区活动: folk-culture and youth activities of the caller's regions, their sign-ups with a
/// waiting list (<see cref="SignUpRules"/>), and attendance on the day. Every change to who holds a
/// place goes through <see cref="ChangeRosterAsync"/>, which claims the event first so two people
/// can never both take the last place.
/// </summary>
public sealed class EventService(DoorstepDb db, FieldProtector protector, AuditLog audit, TimeProvider clock)
{
    public const int MaxPageSize = 500;

    // Enough for a crowd pressing 报名 at once; each retry means someone else just succeeded.
    private const int RosterAttempts = 20;

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
        var total = await events.CountAsync(ct);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var number = Math.Max(1, query.Page);
        var sorted = past ? events.OrderByDescending(e => e.StartsAt).ThenBy(e => e.Id) : events.OrderBy(e => e.StartsAt).ThenBy(e => e.Id);
        var page = await sorted.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Page<EventRow>(await RowsAsync(page, ct), total, number, size);
    }

    public async Task<EventDetail?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var e = await db.Set<CommunityEvent>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return null;
        }

        var signUps = await db.Set<EventSignUp>().AsNoTracking().Where(s => s.EventId == id).OrderBy(s => s.Sequence).ToListAsync(ct);
        return new EventDetail((await RowsAsync([e], ct)).Single(), e.Description, Views(signUps));
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

        return await ChangeRosterAsync(id, async (e, active, now) =>
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
            var promoted = Promote(e, active, now);
            return new RosterOutcome(null, promoted.Count > 0 ? $"名额增加，候补的{string.Join("、", promoted)}已转为正式报名" : "已保存", promoted, new FieldErrors(), RosterRefusal.None);
        }, async (outcome, token) => await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(CommunityEvent), id.ToString(), detail: $"capacity={input.Capacity}", cancellationToken: token), ct);
    }

    public async Task<RosterOutcome> SignUpAsync(Guid eventId, SignUpInput input, Actor actor, CancellationToken ct = default)
    {
        if (!await db.Set<CommunityEvent>().AnyAsync(e => e.Id == eventId, ct))
        {
            return RosterOutcome.Fail(RosterRefusal.NotFound, "event", "找不到该活动，或不在您的管辖范围内");
        }

        var errors = new FieldErrors();
        var signUp = await WhoAsync(input, errors, ct);
        if (!errors.IsEmpty)
        {
            return new(null, null, [], errors, RosterRefusal.Invalid);
        }

        signUp!.Id = Guid.CreateVersion7();
        signUp.EventId = eventId;
        signUp.SignedUpBy = actor.UserName;
        return await ChangeRosterAsync(eventId, (e, active, now) =>
        {
            if (SignUpRules.WindowProblem(now, e.SignUpDeadline, e.StartsAt) is { } closed)
            {
                return Task.FromResult(RosterOutcome.Fail(RosterRefusal.Conflict, "event", closed));
            }

            if (SignUpRules.DuplicateProblem(active.Select(s => new ActiveSignUp(s.PersonId, s.PhoneHash, s.Name)), signUp.PersonId, signUp.PhoneHash) is { } twice)
            {
                return Task.FromResult(RosterOutcome.Fail(RosterRefusal.Conflict, signUp.PersonId is null ? "phone" : "person", twice));
            }

            var place = SignUpRules.Place(e.Capacity, active.Count(s => s.Status == SignUpStatus.Confirmed), active.Count(s => s.Status == SignUpStatus.Waiting));
            signUp.RegionCode = e.RegionCode;
            signUp.Status = place.Status;
            signUp.Sequence = e.NextSequence++;
            signUp.SignedUpAt = now;
            db.Add(signUp);
            active.Add(signUp);
            return Task.FromResult(new RosterOutcome(View(signUp, active), place.Message, [], new FieldErrors(), RosterRefusal.None));
        }, async (outcome, token) => await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(EventSignUp), signUp.Id.ToString(), detail: $"{eventId} {signUp.Status}", cancellationToken: token), ct);
    }

    /// <summary>Cancels a sign-up; a place it held goes to the first on the waiting list.</summary>
    public Task<RosterOutcome> CancelAsync(Guid eventId, Guid signUpId, Actor actor, CancellationToken ct = default) =>
        ChangeRosterAsync(eventId, (e, active, now) =>
        {
            var signUp = active.FirstOrDefault(s => s.Id == signUpId);
            if (signUp is null)
            {
                return Task.FromResult(RosterOutcome.Fail(RosterRefusal.NotFound, "signUp", "找不到该报名，或已取消"));
            }

            if (signUp.Attended == true)
            {
                return Task.FromResult(RosterOutcome.Fail(RosterRefusal.Conflict, "signUp", $"{signUp.Name}已签到，不能取消报名"));
            }

            signUp.Status = SignUpStatus.Cancelled;
            signUp.CancelledAt = now;
            active.Remove(signUp);
            var promoted = Promote(e, active, now);
            var message = promoted.Count > 0 ? $"已取消{signUp.Name}的报名，候补的{string.Join("、", promoted)}已转为正式报名" : $"已取消{signUp.Name}的报名";
            return Task.FromResult(new RosterOutcome(View(signUp, active), message, promoted, new FieldErrors(), RosterRefusal.None));
        }, async (outcome, token) => await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(EventSignUp), signUpId.ToString(), detail: "cancel", cancellationToken: token), ct);

    /// <summary>Marks a confirmed sign-up as present or absent, from the event's first day on.</summary>
    public async Task<RosterOutcome> MarkAttendanceAsync(Guid eventId, Guid signUpId, bool attended, Actor actor, CancellationToken ct = default)
    {
        var e = await db.Set<CommunityEvent>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == eventId, ct);
        var signUp = e is null ? null : await db.Set<EventSignUp>().FirstOrDefaultAsync(s => s.Id == signUpId && s.EventId == eventId, ct);
        if (signUp is null)
        {
            return RosterOutcome.Fail(RosterRefusal.NotFound, "signUp", "找不到该报名，或不在您的管辖范围内");
        }

        var firstDay = DateOnly.FromDateTime(ShanghaiTime.ToLocal(e!.StartsAt));
        if (SignUpRules.AttendanceProblem(signUp.Status, ShanghaiTime.Today(clock), firstDay) is { } problem)
        {
            return RosterOutcome.Fail(RosterRefusal.Conflict, "signUp", problem);
        }

        signUp.Attended = attended;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(EventSignUp), signUpId.ToString(), detail: attended ? "attended" : "absent", cancellationToken: ct);
        return new(View(signUp, [signUp]), attended ? $"{signUp.Name}已签到" : $"{signUp.Name}记为缺席", [], new FieldErrors(), RosterRefusal.None);
    }

    /// <summary>
    /// Claims the event (raising its concurrency token, so anyone who counted the same sign-ups
    /// before us fails and counts again), then applies <paramref name="change"/> to its active
    /// sign-ups and saves, all in one transaction. A refused change writes nothing.
    /// </summary>
    private async Task<RosterOutcome> ChangeRosterAsync(
        Guid eventId, Func<CommunityEvent, List<EventSignUp>, DateTime, Task<RosterOutcome>> change, Func<RosterOutcome, CancellationToken, Task> audited, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var work = await Work.BeginAsync(db.Database, ct);
            var e = await db.Set<CommunityEvent>().FirstOrDefaultAsync(x => x.Id == eventId, ct);
            if (e is null)
            {
                return RosterOutcome.Fail(RosterRefusal.NotFound, "event", "找不到该活动，或不在您的管辖范围内");
            }

            e.RosterVersion++;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < RosterAttempts)
            {
                // Someone changed the sign-ups since we read the event: forget it and count again.
                db.Entry(e).State = EntityState.Detached;
                continue;
            }

            var active = await db.Set<EventSignUp>().Where(s => s.EventId == eventId && s.Status != SignUpStatus.Cancelled).OrderBy(s => s.Sequence).ToListAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var outcome = await change(e, active, now);
            if (!outcome.Succeeded)
            {
                Forget(e, active);
                return outcome;
            }

            await db.SaveChangesAsync(ct);
            await work.CommitAsync(ct);
            await audited(outcome, ct);
            return outcome;
        }
    }

    // A refused change leaves nothing tracked behind to be saved by a later call on this context.
    private void Forget(CommunityEvent e, IEnumerable<EventSignUp> signUps)
    {
        foreach (var entry in db.ChangeTracker.Entries<EventSignUp>().Where(x => signUps.Contains(x.Entity) || x.State == EntityState.Added).ToList())
        {
            entry.State = EntityState.Detached;
        }

        db.Entry(e).State = EntityState.Detached;
    }

    /// <summary>Gives places to the head of the waiting list while the capacity allows; their names.</summary>
    private static List<string> Promote(CommunityEvent e, List<EventSignUp> active, DateTime now)
    {
        var waiting = active.Where(s => s.Status == SignUpStatus.Waiting).OrderBy(s => s.Sequence).ToList();
        var count = SignUpRules.ToPromote(e.Capacity, active.Count(s => s.Status == SignUpStatus.Confirmed), waiting.Count);
        foreach (var s in waiting.Take(count))
        {
            s.Status = SignUpStatus.Confirmed;
            s.PromotedAt = now;
        }

        return [.. waiting.Take(count).Select(s => s.Name)];
    }

    private async Task<EventSignUp?> WhoAsync(SignUpInput input, FieldErrors errors, CancellationToken ct)
    {
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note?.Length > 200)
        {
            errors.Add("note", "备注不超过200字");
        }

        var name = string.IsNullOrWhiteSpace(input.Name) ? null : input.Name.Trim();
        if (input.PersonId is not null || !string.IsNullOrWhiteSpace(input.IdNumber))
        {
            Platform.People.Person? person = null;
            if (input.PersonId is { } personId)
            {
                person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct);
            }
            else if (!CitizenId.TryParse(input.IdNumber!.Trim(), out var citizen, out var why))
            {
                errors.Add("idNumber", why);
                return null;
            }
            else
            {
                var hash = protector.Hash(citizen.Value);
                person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.IdNumberHash == hash, ct);
            }

            if (person is null)
            {
                errors.Add(input.PersonId is null ? "idNumber" : "person", "居民档案中没有此人，或不在您的管辖范围内；不在档案中的请填写姓名和手机号报名");
                return null;
            }

            if (name is not null && name != person.Name)
            {
                errors.Add("name", $"姓名“{name}”与居民档案不符，请核对身份证号码");
            }

            return new EventSignUp
            {
                RegionCode = "", Name = person.Name, PersonId = person.Id, PhoneCipher = person.PhoneCipher, PhoneHash = person.PhoneHash,
                PhoneMasked = person.PhoneMasked, IdNumberMasked = person.IdNumberMasked, Note = note, SignedUpBy = "",
            };
        }

        if (name is null)
        {
            errors.Add("name", "请填写姓名，或填写身份证号码从居民档案中查找");
        }
        else if (name.Length > 50)
        {
            errors.Add("name", "姓名不超过50字");
        }

        if (!Phone.TryParse(input.Phone?.Trim(), out var phone, out var phoneError))
        {
            errors.Add("phone", string.IsNullOrWhiteSpace(input.Phone) ? "不在居民档案中的，请填写手机号码" : phoneError);
            return null;
        }

        return new EventSignUp
        {
            RegionCode = "", Name = name ?? "", PhoneCipher = protector.Protect(phone.Value), PhoneHash = protector.Hash(phone.Value), PhoneMasked = phone.Masked,
            Note = note, SignedUpBy = "",
        };
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

        string? regionCode = null;
        if (!RegionCode.TryParse(input.Region, out var region, out var why))
        {
            errors.Add("region", string.IsNullOrWhiteSpace(input.Region) ? "请选择活动所在的区划" : why);
        }
        else if (!await db.Regions.AnyAsync(r => r.Code == region.Value, ct))
        {
            errors.Add("region", $"区划 {region.Value} 不存在或不在您的管辖范围内");
        }
        else
        {
            regionCode = region.Value;
        }

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

    private static List<SignUpView> Views(IReadOnlyList<EventSignUp> all) => [.. all.Select(s => View(s, all))];

    private static SignUpView View(EventSignUp s, IReadOnlyCollection<EventSignUp> all) => new(
        s.Id, s.Sequence, s.Name, s.PersonId, s.IdNumberMasked, s.PhoneMasked, s.Status, StatusName(s.Status),
        s.Status == SignUpStatus.Waiting ? all.Count(o => o.Status == SignUpStatus.Waiting && o.Sequence < s.Sequence) + 1 : null,
        s.Note, s.Attended, s.SignedUpAt, s.SignedUpBy, s.PromotedAt, s.CancelledAt);

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
