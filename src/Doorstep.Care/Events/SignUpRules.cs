using Doorstep.Platform.Ui;

namespace Doorstep.Care.Events;

/// <summary>Where a new sign-up goes: a place, or the waiting list at a position (1 = next in line).</summary>
public sealed record SignUpPlace(SignUpStatus Status, int? WaitingPosition)
{
    /// <summary>What the person signing up is told.</summary>
    public string Message => Status == SignUpStatus.Confirmed ? "报名成功，已确认名额" : $"已满员，已排入候补第{WaitingPosition}位";
}

/// <summary>An active (not cancelled) sign-up as the duplicate rule sees it.</summary>
public sealed record ActiveSignUp(Guid? PersonId, string? PhoneHash, string Name);

/// <summary>
/// The rules of an event's sign-ups, kept pure so each is tested at its boundary: nobody is
/// refused for a full event (they queue); the waiting list moves up when a place frees or the
/// capacity is raised; one person or phone once; no sign-up after the deadline or the start.
/// </summary>
public static class SignUpRules
{
    public const int MaxCapacity = 10_000;

    /// <summary>A place while fewer than <paramref name="capacity"/> are confirmed; otherwise the end of the waiting list.</summary>
    public static SignUpPlace Place(int capacity, int confirmed, int waiting) =>
        confirmed < capacity ? new(SignUpStatus.Confirmed, null) : new(SignUpStatus.Waiting, waiting + 1);

    /// <summary>How many from the head of the waiting list get a place now.</summary>
    public static int ToPromote(int capacity, int confirmed, int waiting) => Math.Clamp(capacity - confirmed, 0, waiting);

    /// <summary>Null while sign-up is open at <paramref name="now"/> (the deadline itself still counts); otherwise why not.</summary>
    public static string? WindowProblem(DateTime now, DateTime deadline, DateTime startsAt) =>
        now >= startsAt ? "活动已开始，不能再报名"
        : now > deadline ? $"报名已于{Local(deadline)}截止"
        : null;

    /// <summary>Null for a capacity that may be set with <paramref name="confirmed"/> people holding places; otherwise why not.</summary>
    public static string? CapacityProblem(int? capacity, int confirmed) =>
        capacity is null or < 1 or > MaxCapacity ? $"名额应为1～{MaxCapacity}的整数"
        : capacity < confirmed ? $"已有{confirmed}人确认参加，名额不能少于{confirmed}"
        : null;

    /// <summary>Null when neither the person nor the phone has an active sign-up; otherwise who already has.</summary>
    public static string? DuplicateProblem(IEnumerable<ActiveSignUp> active, Guid? personId, string? phoneHash)
    {
        foreach (var s in active)
        {
            if (personId is not null && s.PersonId == personId)
            {
                return $"{s.Name}已报名本活动，不能重复报名";
            }

            if (phoneHash is not null && s.PhoneHash == phoneHash)
            {
                return $"该手机号已为{s.Name}报名本活动，不能重复报名";
            }
        }

        return null;
    }

    /// <summary>Null when attendance may be marked on <paramref name="today"/>; it is marked from the event's first day on, for confirmed sign-ups.</summary>
    public static string? AttendanceProblem(SignUpStatus status, DateOnly today, DateOnly firstDay) =>
        status != SignUpStatus.Confirmed ? "只有已确认名额的报名才能签到"
        : today < firstDay ? "活动当天才能签到"
        : null;

    private static string Local(DateTime utc)
    {
        var local = ShanghaiTime.ToLocal(utc);
        return $"{local.Month}月{local.Day}日{local:HH:mm}";
    }
}
