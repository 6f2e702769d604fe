using Doorstep.Employment.Entrepreneurship;
using Doorstep.Employment.Seekers;

namespace Doorstep.Employment.Tests;

/// <summary>The startup loan and subsidy rules, each at its boundary, with the default and the 2020 figures.</summary>
public sealed class StartupEligibilityTests
{
    private static readonly EntrepreneurshipSettings Rules = new();

    private static readonly StartupFacts Subsidy = new(StartupKind.Subsidy, 5_000, FirstTimeFounder: true, MonthsInOperation: 8, TargetGroups: [TargetGroup.Returnee]);

    [Theory]
    [InlineData(300_000, true)]
    [InlineData(300_001, false)]
    public void An_individual_borrows_up_to_300_000(int amount, bool eligible)
    {
        var result = StartupEligibility.Evaluate(new(StartupKind.Individual, amount, 36), Rules);

        result.Eligible.ShouldBe(eligible);
        if (!eligible)
        {
            result.Failed.Single().Rule.ShouldBe("loan.amount-cap");
            result.Failed.Single().Message.ShouldBe("个人创业担保贷款最高 30 万元，申请 300,001 元");
        }
    }

    [Fact]
    public void The_message_gives_both_figures_in_ten_thousands()
    {
        StartupEligibility.Evaluate(new(StartupKind.Individual, 350_000, 36), Rules).Failed.Single().Message.ShouldBe("个人创业担保贷款最高 30 万元，申请 35 万元");
    }

    [Theory]
    [InlineData(200_000, true)]
    [InlineData(200_001, false)]
    public void Under_the_2020_rules_an_individual_borrows_up_to_200_000(int amount, bool eligible)
    {
        var rules2020 = new EntrepreneurshipSettings { IndividualLoanCap = 200_000, BusinessLoanCap = 3_000_000 };

        StartupEligibility.Evaluate(new(StartupKind.Individual, amount, 36), rules2020).Eligible.ShouldBe(eligible);
    }

    [Theory]
    [InlineData(36, true)]
    [InlineData(37, false)]
    public void An_individual_loan_runs_up_to_36_months(int months, bool eligible)
    {
        var result = StartupEligibility.Evaluate(new(StartupKind.Individual, 100_000, months), Rules);

        result.Eligible.ShouldBe(eligible);
        if (!eligible)
        {
            result.Failed.Single().Rule.ShouldBe("loan.term");
            result.Failed.Single().Message.ShouldBe("个人创业担保贷款期限最长 36 个月，申请 37 个月");
        }
    }

    [Theory]
    [InlineData(2, 660_000, true)]
    [InlineData(2, 660_001, false)]
    [InlineData(3, 990_000, true)]
    [InlineData(3, 990_001, false)]
    public void A_partnership_borrows_up_to_110_percent_of_its_members_caps(int members, int amount, bool eligible)
    {
        var result = StartupEligibility.Evaluate(new(StartupKind.Partnership, amount, 36, members), Rules);

        result.Eligible.ShouldBe(eligible);
        if (!eligible)
        {
            result.Failed.Single().Rule.ShouldBe("partnership.amount-cap");
            result.Failed.Single().Message.ShouldContain($"即 {StartupEligibility.Yuan(StartupEligibility.PartnershipCap(members, Rules))}");
        }
    }

    [Fact]
    public void Two_partners_may_borrow_660_000()
    {
        StartupEligibility.PartnershipCap(2, Rules).ShouldBe(660_000);
        StartupEligibility.Evaluate(new(StartupKind.Partnership, 700_000, 36, 2), Rules).Failed.Single().Message
            .ShouldBe("合伙创业担保贷款最高为 2 名合伙人个人额度（每人 30 万元）的 110%，即 66 万元，申请 70 万元");
    }

    [Fact]
    public void A_partnership_has_at_least_two_members_and_the_individual_term()
    {
        var result = StartupEligibility.Evaluate(new(StartupKind.Partnership, 300_000, 37, 1), Rules);

        result.Failed.Select(f => f.Rule).ShouldBe(["partnership.members", "loan.term"]);
    }

    [Theory]
    [InlineData(4_000_000, 24, true)]
    [InlineData(4_000_001, 24, false)]
    [InlineData(4_000_000, 25, false)]
    public void A_small_business_borrows_up_to_4_million_for_up_to_24_months(int amount, int months, bool eligible)
    {
        var result = StartupEligibility.Evaluate(new(StartupKind.SmallBusiness, amount, months), Rules);

        result.Eligible.ShouldBe(eligible);
        if (!eligible)
        {
            result.Failed.Single().Rule.ShouldBe(amount > 4_000_000 ? "business.amount-cap" : "business.term");
        }
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void A_small_business_creates_the_configured_jobs(int jobs, bool eligible)
    {
        var rules = new EntrepreneurshipSettings { BusinessMinJobsCreated = 5 };
        var result = StartupEligibility.Evaluate(new(StartupKind.SmallBusiness, 1_000_000, 24, JobsCreated: jobs), rules);

        result.Eligible.ShouldBe(eligible);
        if (!eligible)
        {
            result.Failed.Single().Rule.ShouldBe("business.jobs-created");
            result.Failed.Single().Message.ShouldBe("小微企业申请创业担保贷款须新增就业岗位至少 5 个，填写 4 个");
        }
    }

    [Fact]
    public void By_default_a_small_business_needs_no_jobs_created()
    {
        StartupEligibility.Evaluate(new(StartupKind.SmallBusiness, 1_000_000, 24, JobsCreated: 0), Rules).Eligible.ShouldBeTrue();
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(12, true)]
    [InlineData(13, false)]
    public void The_subsidy_asks_for_6_to_12_months_in_operation(int months, bool eligible)
    {
        var result = StartupEligibility.Evaluate(Subsidy with { MonthsInOperation = months }, Rules);

        result.Eligible.ShouldBe(eligible);
        if (!eligible)
        {
            result.Failed.Single().Rule.ShouldBe("subsidy.months-in-operation");
            result.Failed.Single().Message.ShouldBe($"一次性创业补贴须正常经营 6～12 个月，已经营 {months} 个月");
        }
    }

    [Fact]
    public void The_subsidy_window_is_configurable()
    {
        var rules = new EntrepreneurshipSettings { SubsidyMinMonths = 3, SubsidyMaxMonths = 24 };

        StartupEligibility.Evaluate(Subsidy with { MonthsInOperation = 3 }, rules).Eligible.ShouldBeTrue();
        StartupEligibility.Evaluate(Subsidy with { MonthsInOperation = 2 }, rules).Eligible.ShouldBeFalse();
    }

    [Fact]
    public void The_subsidy_is_for_first_time_founders()
    {
        StartupEligibility.Evaluate(Subsidy with { FirstTimeFounder = false }, Rules).Failed.Single().Rule.ShouldBe("subsidy.first-time");
    }

    [Theory]
    [InlineData(TargetGroup.Graduate, true)]
    [InlineData(TargetGroup.EmploymentDifficulty, true)]
    [InlineData(TargetGroup.PovertyRelieved, true)]
    [InlineData(TargetGroup.Returnee, true)]
    [InlineData(TargetGroup.Disabled, false)]
    public void The_subsidy_is_for_the_configured_groups(TargetGroup group, bool eligible)
    {
        var result = StartupEligibility.Evaluate(Subsidy with { TargetGroups = [group] }, Rules);

        result.Eligible.ShouldBe(eligible);
        if (!eligible)
        {
            result.Failed.Single().Rule.ShouldBe("subsidy.target-group");
            result.Failed.Single().Message.ShouldContain("高校毕业生、就业困难人员、脱贫劳动力、返乡农民工");
        }
    }

    [Fact]
    public void A_place_may_add_disabled_people_to_the_subsidy_groups()
    {
        var rules = new EntrepreneurshipSettings { SubsidyGroups = [TargetGroup.Disabled] };

        StartupEligibility.Evaluate(Subsidy with { TargetGroups = [TargetGroup.Disabled] }, rules).Eligible.ShouldBeTrue();
        StartupEligibility.Evaluate(Subsidy, rules).Eligible.ShouldBeFalse();
    }

    [Theory]
    [InlineData(5_000, true)]
    [InlineData(5_001, false)]
    public void The_subsidy_is_5000_yuan(int amount, bool eligible)
    {
        StartupEligibility.Evaluate(Subsidy with { Amount = amount }, Rules).Eligible.ShouldBe(eligible);
    }

    [Fact]
    public void Every_failed_condition_is_explained_not_just_the_first()
    {
        var result = StartupEligibility.Evaluate(new(StartupKind.Subsidy, 6_000, FirstTimeFounder: false, MonthsInOperation: 13, TargetGroups: []), Rules);

        result.Eligible.ShouldBeFalse();
        result.Failed.Select(f => f.Rule).ShouldBe(["subsidy.amount", "subsidy.first-time", "subsidy.months-in-operation", "subsidy.target-group"]);
        StartupEligibility.Evaluate(new(StartupKind.Individual, 350_000, 48), Rules).Failed.Select(f => f.Rule).ShouldBe(["loan.amount-cap", "loan.term"]);
    }

    [Theory]
    [InlineData("2024-03-03", "2024-09-02", 5)]
    [InlineData("2024-03-03", "2024-09-03", 6)]
    [InlineData("2024-01-31", "2024-02-29", 0)]
    [InlineData("2023-09-15", "2024-09-15", 12)]
    [InlineData("2023-09-15", "2024-10-15", 13)]
    public void Months_in_operation_are_whole_months(string since, string on, int months)
    {
        StartupEligibility.MonthsBetween(DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(months);
    }
}
