using Doorstep.Platform;

namespace Doorstep.Employment.Gigs;

/// <summary>
/// A gig job as a station takes it down: everything but the description, the times and the place's
/// coordinates is needed; without coordinates the job sits at its community's centre. EndDate defaults
/// to StartDate (one day).
/// </summary>
public sealed record GigJobInput(
    string? Title = null, Guid? CategoryId = null, GigPoster? PosterKind = null, string? PosterName = null, string? PosterPhone = null,
    string? Address = null, string? RegionCode = null, double? Longitude = null, double? Latitude = null, DateOnly? StartDate = null,
    DateOnly? EndDate = null, TimeOnly? StartTime = null, TimeOnly? EndTime = null, int? Pay = null, GigPayUnit? PayUnit = null,
    int? PeopleNeeded = null, Guid? MarketId = null, string? Description = null);

/// <summary>A worker: personId or idNumber when they are in the registry (name and phone then come from it), otherwise name and phone.</summary>
public sealed record GigWorkerInput(
    Guid? PersonId = null, string? IdNumber = null, string? Name = null, string? Phone = null, Guid? MarketId = null, IReadOnlyList<Guid>? Skills = null, IReadOnlyList<DayOfWeek>? Days = null);

/// <summary>Call a job off (撤销) with the reason, shown on its page.</summary>
public sealed record GigCancelInput(string? Reason);

/// <summary>
/// A change to a registered worker: the station, skills and days as at registration; available=false
/// marks them 停止接单, true takes them back. Identity and phone stay as registered.
/// </summary>
public sealed record GigWorkerUpdateInput(Guid? MarketId = null, IReadOnlyList<Guid>? Skills = null, IReadOnlyList<DayOfWeek>? Days = null, bool? Available = null);

public sealed record GigCheckInInput(Guid? MarketId = null, DateOnly? Date = null);

/// <summary>Accept one worker onto a job.</summary>
public sealed record GigAcceptInput(Guid? WorkerId);

/// <summary>Move a worker on a job forward: done, then paid (with what was paid; the job's pay by default).</summary>
public sealed record GigStateInput(GigState? State, int? PaidAmount = null);

public sealed record GigAssignmentView(
    Guid WorkerId, string WorkerName, string? WorkerPhone, GigState State, int? PaidAmount, string AcceptedBy, DateTime AcceptedAt, DateTime? DoneAt, DateTime? PaidAt);

/// <summary>A gig job with its names filled in; the poster's phone is masked; workers are those taken on.</summary>
public sealed record GigJobView(
    Guid Id, string Title, string? Description, Guid CategoryId, string CategoryName, GigPoster PosterKind, string PosterName, string PosterPhone,
    string Address, string RegionCode, string RegionName, double Longitude, double Latitude, DateOnly StartDate, DateOnly EndDate, TimeOnly? StartTime,
    TimeOnly? EndTime, int Pay, GigPayUnit PayUnit, int PeopleNeeded, int Taken, Guid MarketId, string MarketName, string CreatedBy, DateTime CreatedAt,
    IReadOnlyList<GigAssignmentView> Workers, DateTime? CancelledAt = null, string? CancelledBy = null, string? CancelReason = null)
{
    public int Missing => CancelledAt is null ? Math.Max(0, PeopleNeeded - Taken) : 0;

    public bool Cancelled => CancelledAt is not null;
}

public sealed record GigWorkerView(
    Guid Id, Guid? PersonId, string Name, string? Phone, string RegionCode, Guid MarketId, string MarketName, double Longitude, double Latitude,
    IReadOnlyList<Guid> Skills, IReadOnlyList<string> SkillNames, IReadOnlyList<DayOfWeek> Days, DateOnly? LastCheckIn, DateTime CreatedAt, DateTime? StoppedAt = null)
{
    /// <summary>Takes gigs: not marked 停止接单.</summary>
    public bool Available => StoppedAt is null;
}

/// <summary>
/// Filters of the job list: q in the title, address or poster's name; date keeps jobs running that
/// day; open keeps jobs still short of hands that have not ended; sort is <c>start</c> (soonest first,
/// the default), <c>pay</c> (best paid first) or <c>created</c> (latest first).
/// </summary>
public sealed record GigJobQuery(
    string? Q = null, Guid? Market = null, Guid? Category = null, DateOnly? Date = null, bool Open = false, string? Sort = null, int Page = 1, int PageSize = 20);

/// <summary>Filters of the worker list: q in the name; sort <c>name</c> (the default) or <c>created</c>.</summary>
public sealed record GigWorkerQuery(string? Q = null, Guid? Market = null, Guid? Category = null, string? Sort = null, int Page = 1, int PageSize = 20);
