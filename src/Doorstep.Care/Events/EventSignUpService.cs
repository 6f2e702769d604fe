using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Events;

/// <summary>
/// 活动报名: signing people up (a place or the waiting list, <see cref="SignUpRules"/>), cancelling,
/// and attendance on the day.
/// </summary>
public sealed class EventSignUpService(DoorstepDb db, RegistryLookup registry, FieldProtector protector, AuditLog audit, TimeProvider clock, EventRoster roster)
{
    /// <summary>Someone not in the registry signs up by name and phone instead.</summary>
    private static readonly RegistryAsk Participant = RegistryAsk.Default with
    {
        PersonField = "person",
        Missing = null,
        NotFound = "居民档案中没有此人，或不在您的管辖范围内；不在档案中的请填写姓名和手机号报名",
    };

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
        return await roster.ChangeAsync(eventId, (e, active, now) =>
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
            return Task.FromResult(new RosterOutcome(EventRoster.View(signUp, active), place.Message, [], new FieldErrors(), RosterRefusal.None));
        }, async (outcome, token) => await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(EventSignUp), signUp.Id.ToString(), detail: $"{eventId} {signUp.Status}", cancellationToken: token), ct);
    }

    /// <summary>Cancels a sign-up; a place it held goes to the first on the waiting list.</summary>
    public Task<RosterOutcome> CancelAsync(Guid eventId, Guid signUpId, Actor actor, CancellationToken ct = default) =>
        roster.ChangeAsync(eventId, (e, active, now) =>
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
            var promoted = EventRoster.Promote(e, active, now);
            var message = promoted.Count > 0 ? $"已取消{signUp.Name}的报名，候补的{string.Join("、", promoted)}已转为正式报名" : $"已取消{signUp.Name}的报名";
            return Task.FromResult(new RosterOutcome(EventRoster.View(signUp, active), message, promoted, new FieldErrors(), RosterRefusal.None));
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
        return new(EventRoster.View(signUp, [signUp]), attended ? $"{signUp.Name}已签到" : $"{signUp.Name}记为缺席", [], new FieldErrors(), RosterRefusal.None);
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
            var person = await registry.FindAsync(input.PersonId, input.IdNumber, Participant, errors, ct);
            if (person is null)
            {
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
}
