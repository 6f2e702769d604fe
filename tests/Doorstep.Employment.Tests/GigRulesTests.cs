using Doorstep.Employment.Gigs;

namespace Doorstep.Employment.Tests;

/// <summary>The gig rules at their boundaries: the ratio, the head count, the forward-only states and a worker's days.</summary>
public sealed class GigRulesTests
{
    [Theory]
    [InlineData(5, 4, "1.25")]
    [InlineData(4, 4, "1")]
    [InlineData(0, 3, "0")]
    [InlineData(2, 3, "0.67")]
    [InlineData(1, 8, "0.13")]
    public void The_ratio_is_people_needed_over_workers_available_to_two_places(int needed, int available, string expected) =>
        GigRules.Ratio(needed, available).ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void There_is_no_ratio_without_workers() => GigRules.Ratio(6, 0).ShouldBeNull();

    [Fact]
    public void A_job_takes_workers_up_to_the_people_it_needs_and_no_more()
    {
        GigRules.CapacityRefusal(2, 3).ShouldBeNull();
        GigRules.CapacityRefusal(3, 3).ShouldBe("该零工需要3人，已接单3人，人数已满，不能再接单");
    }

    [Theory]
    [InlineData(GigState.Accepted, GigState.Done, null)]
    [InlineData(GigState.Done, GigState.Paid, null)]
    [InlineData(GigState.Accepted, GigState.Paid, "还未“已完工”，不能直接记为“已结算”")]
    [InlineData(GigState.Done, GigState.Done, "已是“已完工”状态")]
    [InlineData(GigState.Paid, GigState.Done, "已是“已结算”状态，不能退回“已完工”")]
    [InlineData(GigState.Done, GigState.Accepted, "已是“已完工”状态，不能退回“已接单”")]
    public void States_move_one_step_forward_only(GigState from, GigState to, string? refusal) => GigRules.TransitionRefusal(from, to).ShouldBe(refusal);

    [Fact]
    public void A_worker_without_named_days_works_any_day_otherwise_only_those()
    {
        var monday = new DateOnly(2024, 6, 3);
        GigRules.WorksOn([], monday).ShouldBeTrue();
        GigRules.WorksOn([DayOfWeek.Monday], monday).ShouldBeTrue();
        GigRules.WorksOn([DayOfWeek.Sunday], monday).ShouldBeFalse();
    }

    [Fact]
    public void A_day_job_pays_for_each_of_its_days_a_piece_job_once()
    {
        var job = new GigJob
        {
            RegionCode = "430211002001", Title = "搬家", PosterName = "李", PosterPhoneCipher = "", PosterPhoneMasked = "", Address = "", CreatedBy = "",
            StartDate = new DateOnly(2024, 6, 3), EndDate = new DateOnly(2024, 6, 5), Pay = 200, PayUnit = GigPayUnit.Day,
        };
        GigAssignmentService.DuePay(job).ShouldBe(600);
        job.PayUnit = GigPayUnit.Job;
        GigAssignmentService.DuePay(job).ShouldBe(200);
    }
}
