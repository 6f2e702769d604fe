using Doorstep.Platform.Data;

namespace Doorstep.Care.Events;

/// <summary>活动类别: folk culture, youth, volunteering, other.</summary>
public enum EventKind
{
    /// <summary>民俗文化.</summary>
    FolkCulture,

    /// <summary>青年活动.</summary>
    Youth,

    /// <summary>志愿服务.</summary>
    Volunteer,

    /// <summary>其他.</summary>
    Other,
}

/// <summary>
/// 社区活动: a folk-culture or youth activity of a town or community, with a number of places,
/// a sign-up deadline, and a waiting list once the places are taken.
/// </summary>
public sealed class CommunityEvent : IRegional
{
    public Guid Id { get; set; }

    /// <summary>活动编号, e.g. HD2026030701: the start day and a serial.</summary>
    public required string Number { get; set; }

    public required string Name { get; set; }

    public EventKind Kind { get; set; }

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    public required string Place { get; set; }

    /// <summary>主办/承办单位, as printed.</summary>
    public required string Organisers { get; set; }

    /// <summary>名额.</summary>
    public int Capacity { get; set; }

    /// <summary>报名截止时间.</summary>
    public DateTime SignUpDeadline { get; set; }

    public required string RegionCode { get; set; }

    public string? Description { get; set; }

    /// <summary>
    /// Raised with every change to the sign-ups and checked on write (a concurrency token): two
    /// sign-ups that counted the same free place cannot both be saved; the later one counts again.
    /// </summary>
    public int RosterVersion { get; set; }

    /// <summary>The next sign-up's place in the queue; the waiting list is in this order.</summary>
    public int NextSequence { get; set; } = 1;

    public required string UpdatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>Where a sign-up stands.</summary>
public enum SignUpStatus
{
    /// <summary>已确认: has a place.</summary>
    Confirmed,

    /// <summary>候补: on the waiting list.</summary>
    Waiting,

    /// <summary>已取消.</summary>
    Cancelled,
}

/// <summary>
/// 活动报名: a registry person of the caller's regions, or someone given by name and phone
/// (sealed; only the masked form is shown). Kept when cancelled, so the record shows who dropped out.
/// </summary>
public sealed class EventSignUp : IRegional
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    /// <summary>The event's region, copied for scope.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The registry person, when the sign-up was made for one.</summary>
    public Guid? PersonId { get; set; }

    public required string Name { get; set; }

    public string? PhoneCipher { get; set; }

    /// <summary>Keyed hash of the phone, to refuse the same phone twice without reading it.</summary>
    public string? PhoneHash { get; set; }

    public string? PhoneMasked { get; set; }

    public string? IdNumberMasked { get; set; }

    public SignUpStatus Status { get; set; }

    /// <summary>Order of signing up within the event (from <see cref="CommunityEvent.NextSequence"/>).</summary>
    public int Sequence { get; set; }

    public string? Note { get; set; }

    /// <summary>签到: null until marked on the day.</summary>
    public bool? Attended { get; set; }

    public required string SignedUpBy { get; set; }

    public DateTime SignedUpAt { get; set; }

    /// <summary>When a waiting sign-up got its place (on a cancellation or a raised capacity).</summary>
    public DateTime? PromotedAt { get; set; }

    public DateTime? CancelledAt { get; set; }
}
