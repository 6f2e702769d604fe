using Doorstep.Care.Events;

namespace Doorstep.Care.Tests;

/// <summary>The waiting list and the other sign-up rules, at their boundaries.</summary>
public sealed class SignUpRuleTests
{
    private static readonly DateTime Start = new(2026, 3, 7, 6, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(30, 0, 0, SignUpStatus.Confirmed, null)]
    [InlineData(30, 29, 0, SignUpStatus.Confirmed, null)]
    [InlineData(30, 30, 0, SignUpStatus.Waiting, 1)]
    [InlineData(30, 30, 3, SignUpStatus.Waiting, 4)]
    [InlineData(1, 1, 0, SignUpStatus.Waiting, 1)]
    public void Within_capacity_a_sign_up_is_confirmed_and_beyond_it_waits_at_the_end_of_the_line(int capacity, int confirmed, int waiting, SignUpStatus status, int? position)
    {
        var place = SignUpRules.Place(capacity, confirmed, waiting);
        place.Status.ShouldBe(status);
        place.WaitingPosition.ShouldBe(position);
    }

    [Fact]
    public void A_full_event_tells_the_person_their_place_in_line() =>
        SignUpRules.Place(30, 30, 3).Message.ShouldBe("已满员，已排入候补第4位");

    [Theory]
    [InlineData(30, 29, 3, 1)]
    [InlineData(30, 30, 3, 0)]
    [InlineData(35, 30, 3, 3)]
    [InlineData(35, 30, 10, 5)]
    [InlineData(30, 29, 0, 0)]
    public void Places_freed_or_added_go_to_the_head_of_the_waiting_list(int capacity, int confirmed, int waiting, int promoted) =>
        SignUpRules.ToPromote(capacity, confirmed, waiting).ShouldBe(promoted);

    [Fact]
    public void Sign_up_is_open_up_to_and_including_the_deadline()
    {
        var deadline = Start.AddDays(-1);
        SignUpRules.WindowProblem(deadline, deadline, Start).ShouldBeNull();
        SignUpRules.WindowProblem(deadline.AddTicks(1), deadline, Start).ShouldBe("报名已于3月6日14:00截止");
    }

    [Fact]
    public void Sign_up_closes_when_the_event_starts_even_with_the_deadline_at_the_start()
    {
        SignUpRules.WindowProblem(Start.AddTicks(-1), Start, Start).ShouldBeNull();
        SignUpRules.WindowProblem(Start, Start, Start).ShouldBe("活动已开始，不能再报名");
    }

    [Theory]
    [InlineData(null, 0, false)]
    [InlineData(0, 0, false)]
    [InlineData(1, 0, true)]
    [InlineData(SignUpRules.MaxCapacity, 0, true)]
    [InlineData(SignUpRules.MaxCapacity + 1, 0, false)]
    [InlineData(30, 30, true)]
    [InlineData(29, 30, false)]
    public void Capacity_may_be_raised_freely_but_not_lowered_below_those_confirmed(int? capacity, int confirmed, bool allowed) =>
        (SignUpRules.CapacityProblem(capacity, confirmed) is null).ShouldBe(allowed);

    [Fact]
    public void Lowering_below_the_confirmed_says_how_many_hold_places() =>
        SignUpRules.CapacityProblem(29, 30).ShouldBe("已有30人确认参加，名额不能少于30");

    [Fact]
    public void The_same_person_or_phone_cannot_sign_up_twice()
    {
        var person = Guid.NewGuid();
        ActiveSignUp[] active = [new(person, "hash-a", "李子涵"), new(null, "hash-b", "王浩然")];
        SignUpRules.DuplicateProblem(active, person, null).ShouldBe("李子涵已报名本活动，不能重复报名");
        SignUpRules.DuplicateProblem(active, null, "hash-b").ShouldBe("该手机号已为王浩然报名本活动，不能重复报名");
        SignUpRules.DuplicateProblem(active, Guid.NewGuid(), "hash-c").ShouldBeNull();
        SignUpRules.DuplicateProblem(active, null, null).ShouldBeNull();
    }

    [Theory]
    [InlineData(SignUpStatus.Confirmed, -1, false)]
    [InlineData(SignUpStatus.Confirmed, 0, true)]
    [InlineData(SignUpStatus.Confirmed, 1, true)]
    [InlineData(SignUpStatus.Waiting, 0, false)]
    [InlineData(SignUpStatus.Cancelled, 0, false)]
    public void Attendance_is_marked_for_confirmed_sign_ups_from_the_day_of_the_event(SignUpStatus status, int daysFromFirstDay, bool allowed)
    {
        var firstDay = new DateOnly(2026, 3, 7);
        (SignUpRules.AttendanceProblem(status, firstDay.AddDays(daysFromFirstDay), firstDay) is null).ShouldBe(allowed);
    }
}
