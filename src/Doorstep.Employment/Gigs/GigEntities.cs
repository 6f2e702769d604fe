using System.Text.Json.Serialization;
using Doorstep.Platform.Data;

namespace Doorstep.Employment.Gigs;

/// <summary>
/// 零工类别: one entry of the gig markets' own list (家电维修, 保洁, 搬家 …). Officers add, rename and
/// retire entries; a retired category stays on the jobs and workers that carry it but is no longer offered.
/// </summary>
public sealed class GigCategory
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Where the category sits in pick lists.</summary>
    public int Order { get; set; }

    public bool Retired { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// 零工需求: a short job a household or a business brought to a gig station or market — what,
/// where, on which days, for what pay and how many hands. The poster's phone is sealed like the
/// registry's and shown masked.
/// </summary>
public sealed class GigJob : IRegional
{
    public Guid Id { get; set; }

    /// <summary>The region of the work place: scope and the figures.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The 零工驿站 or 零工市场 that took the job and keeps its board.</summary>
    public Guid MarketId { get; set; }

    public Guid CategoryId { get; set; }

    /// <summary>What is to be done, in the poster's words.</summary>
    public required string Title { get; set; }

    public string? Description { get; set; }

    public GigPoster PosterKind { get; set; }

    public required string PosterName { get; set; }

    public required string PosterPhoneCipher { get; set; }

    public required string PosterPhoneMasked { get; set; }

    public required string Address { get; set; }

    /// <summary>The work place, WGS-84.</summary>
    public double Longitude { get; set; }

    public double Latitude { get; set; }

    /// <summary>The first day of work; <see cref="EndDate"/> equals it for a one-day job.</summary>
    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    /// <summary>Pay in whole yuan per <see cref="PayUnit"/>.</summary>
    public int Pay { get; set; }

    public GigPayUnit PayUnit { get; set; }

    public int PeopleNeeded { get; set; }

    /// <summary>Workers taken on so far; the concurrency token that keeps a job from taking more than it needs.</summary>
    public int Taken { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>撤销: when the job was called off; a cancelled job leaves the boards, matching and the ratio but stays on file.</summary>
    public DateTime? CancelledAt { get; set; }

    public string? CancelledBy { get; set; }

    /// <summary>Why the job was called off, shown on its page.</summary>
    public string? CancelReason { get; set; }
}

public enum GigPoster
{
    /// <summary>居民家庭.</summary>
    [JsonStringEnumMemberName("household")]
    Household,

    /// <summary>企业、商户.</summary>
    [JsonStringEnumMemberName("business")]
    Business,
}

public enum GigPayUnit
{
    /// <summary>按天计酬.</summary>
    [JsonStringEnumMemberName("day")]
    Day,

    /// <summary>按件（整单）计酬.</summary>
    [JsonStringEnumMemberName("job")]
    Job,
}

/// <summary>
/// 零工人员: someone who looks for gig work through a station — a registry person when they are on
/// file (name and phone then come from the registry), otherwise as they gave themselves at the desk.
/// </summary>
public sealed class GigWorker : IRegional
{
    public Guid Id { get; set; }

    /// <summary>The registry person, when found by ID number in the specialist's scope.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>The region of the station they registered at: scope.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The station or market they registered at.</summary>
    public Guid MarketId { get; set; }

    public required string Name { get; set; }

    public string? PhoneCipher { get; set; }

    public string? PhoneMasked { get; set; }

    /// <summary>Where they set out from when not checked in: the registry home, else the station.</summary>
    public double Longitude { get; set; }

    public double Latitude { get; set; }

    /// <summary>The categories they can do (<see cref="GigCategory"/> ids).</summary>
    public List<Guid> Skills { get; set; } = [];

    /// <summary>The weekdays they can work; empty means any day.</summary>
    public List<DayOfWeek> Days { get; set; } = [];

    /// <summary>停止接单: since when the worker takes no gigs; null while they do. Stopped workers are left out of matching and the boards.</summary>
    public DateTime? StoppedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>签到: a worker present at a gig station or market on one day, ready to be taken on; the daily board is built from these.</summary>
public sealed class GigCheckIn : IRegional
{
    public Guid Id { get; set; }

    public Guid WorkerId { get; set; }

    public Guid MarketId { get; set; }

    /// <summary>The market's region.</summary>
    public required string RegionCode { get; set; }

    public DateOnly Date { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>One worker taken on for one gig job, moving forward only: accepted → done → paid.</summary>
public sealed class GigAssignment : IRegional
{
    public Guid Id { get; set; }

    public Guid JobId { get; set; }

    public Guid WorkerId { get; set; }

    /// <summary>The job's region.</summary>
    public required string RegionCode { get; set; }

    public GigState State { get; set; }

    /// <summary>What the worker was paid, in yuan, once paid.</summary>
    public int? PaidAmount { get; set; }

    public required string AcceptedBy { get; set; }

    public DateTime AcceptedAt { get; set; }

    public DateTime? DoneAt { get; set; }

    public DateTime? PaidAt { get; set; }

    public required string UpdatedBy { get; set; }
}

public enum GigState
{
    /// <summary>已接单.</summary>
    [JsonStringEnumMemberName("accepted")]
    Accepted,

    /// <summary>已完工.</summary>
    [JsonStringEnumMemberName("done")]
    Done,

    /// <summary>已结算.</summary>
    [JsonStringEnumMemberName("paid")]
    Paid,
}
