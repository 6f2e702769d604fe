using Doorstep.Platform.Validation;

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
