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

    private static readonly DateOnly Today = new(2024, 6, 3);

    private static GigJob Job(DateOnly end, DateTime? cancelledAt = null) => new()
    {
        RegionCode = "430211002001", Title = "搬家", PosterName = "李", PosterPhoneCipher = "", PosterPhoneMasked = "", Address = "", CreatedBy = "",
        StartDate = end.AddDays(-1), EndDate = end, CancelledAt = cancelledAt,
    };

    [Fact]
    public void An_open_job_is_edited_until_its_last_day_and_never_once_cancelled()
    {
        GigRules.EditRefusal(Job(Today), Today).ShouldBeNull();
        GigRules.EditRefusal(Job(Today.AddDays(-1)), Today).ShouldBe("该零工已于2024年6月2日结束，不能再修改");
        GigRules.EditRefusal(Job(Today.AddDays(5), DateTime.UtcNow), Today).ShouldBe("该零工需求已撤销，不能再修改");
    }

    [Theory]
    [InlineData(3, 3, null)]
    [InlineData(4, 3, null)]
    [InlineData(2, 3, "已有3人接单，需要人数不能少于3人")]
    public void People_needed_never_drops_below_the_workers_taken_on(int needed, int taken, string? refusal) =>
        GigRules.PeopleNeededRefusal(needed, taken).ShouldBe(refusal);

    [Fact]
    public void A_job_is_cancelled_while_its_workers_are_only_accepted_never_once_one_is_done_or_paid_nor_twice()
    {
        var job = Job(Today);
        GigRules.CancelRefusal(job, []).ShouldBeNull();
        GigRules.CancelRefusal(job, [GigState.Accepted, GigState.Accepted]).ShouldBeNull();
        GigRules.CancelRefusal(job, [GigState.Accepted, GigState.Done]).ShouldBe("已有零工完工或结算，不能撤销；请按实际情况记录完工和结算");
        GigRules.CancelRefusal(job, [GigState.Paid]).ShouldNotBeNull();
        GigRules.CancelRefusal(Job(Today, DateTime.UtcNow), []).ShouldBe("该零工需求已撤销");
    }

    [Fact]
    public void A_ratio_period_runs_from_no_later_than_to_over_at_most_the_maximum_days_both_ends_counted()
    {
        GigRules.PeriodRefusal(Today, Today, 92).ShouldBeNull();
        GigRules.PeriodRefusal(Today, Today.AddDays(91), 92).ShouldBeNull();
        GigRules.PeriodRefusal(Today, Today.AddDays(92), 92).ShouldBe(("to", "统计期最长92天，所选为93天，请缩短"));
        GigRules.PeriodRefusal(Today, Today.AddDays(-1), 92).ShouldBe(("to", "结束日期（2024年6月2日）不能早于开始日期（2024年6月3日）"));
    }

    [Fact]
    public void The_ratio_table_counts_a_worker_in_each_skill_once_and_in_the_total_once_with_no_ratio_without_workers()
    {
        GigCategory Category(string name, int order, bool retired = false) => new() { Id = Guid.NewGuid(), Name = name, Order = order, Retired = retired, UpdatedBy = "" };
        var (moving, cleaning, farm, old, unused) = (Category("搬家", 1), Category("保洁", 2), Category("农活", 3), Category("旧类别", 4, retired: true), Category("停用未用", 5, retired: true));
        var needed = new Dictionary<Guid, int> { [moving.Id] = 5, [farm.Id] = 3, [old.Id] = 1 };
        IReadOnlyCollection<Guid>[] workers = [[moving.Id, cleaning.Id], [moving.Id, moving.Id], [cleaning.Id]];

        var (rows, total) = GigRules.RatioTable([moving, cleaning, farm, old, unused], needed, workers);

        rows.Select(r => (r.Category, r.PeopleNeeded, r.WorkersAvailable, r.Ratio)).ShouldBe([
            ("搬家", 5, 2, 2.5m), ("保洁", 0, 2, 0m), ("农活", 3, 0, (decimal?)null), ("旧类别", 1, 0, (decimal?)null)]);
        (total.Category, total.PeopleNeeded, total.WorkersAvailable, total.Ratio).ShouldBe(("合计", 9, 3, (decimal?)3m));
        GigRules.RatioTable([moving], new Dictionary<Guid, int>(), []).Total.Ratio.ShouldBeNull();
    }
}
