using Doorstep.Employment.Entrepreneurship;

namespace Doorstep.Employment.Tests;

/// <summary>A partnership's members: the applicant once, implicitly, plus each partner listed once; the cap follows the members.</summary>
public sealed class StartupPartnerRuleTests
{
    private static readonly StartupPartner Applicant = new(Guid.NewGuid(), "王建国", "4302**********0511");
    private static readonly StartupPartner Li = new(Guid.NewGuid(), "李秀英", "4302**********0522");
    private static readonly StartupPartner Zhao = new(Guid.NewGuid(), "赵志刚", "4302**********0533");

    [Fact]
    public void One_partner_makes_a_partnership_of_two_that_may_borrow_660_000()
    {
        StartupPartnerRules.Check(Applicant.PersonId, [Li]).ShouldBeEmpty();
        var members = StartupPartnerRules.Members([Li]);

        members.ShouldBe(2);
        StartupEligibility.Evaluate(new(StartupKind.Partnership, 660_000, 36, members), new()).Eligible.ShouldBeTrue();
        StartupEligibility.Evaluate(new(StartupKind.Partnership, 660_001, 36, members), new()).Failed.Single().Rule.ShouldBe("partnership.amount-cap");
    }

    [Fact]
    public void No_partner_listed_leaves_the_applicant_alone_which_is_no_partnership()
    {
        var members = StartupPartnerRules.Members([]);

        members.ShouldBe(1);
        StartupEligibility.Evaluate(new(StartupKind.Partnership, 300_000, 36, members), new()).Failed.Single().Rule.ShouldBe("partnership.members");
    }

    [Fact]
    public void The_applicant_listed_as_a_partner_is_refused()
    {
        StartupPartnerRules.Check(Applicant.PersonId, [Li, Applicant]).ShouldBe(["申请人王建国（4302**********0511）已计入合伙人数，不能再列为合伙人"]);
    }

    [Fact]
    public void The_same_partner_twice_is_refused()
    {
        StartupPartnerRules.Check(Applicant.PersonId, [Li, Zhao, Li]).ShouldBe(["合伙人李秀英（4302**********0522）填写了 2 次，同一人只能列一次"]);
        StartupPartnerRules.Check(null, [Zhao, Zhao]).Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(720_000, true)]
    [InlineData(720_001, false)]
    public void The_cap_is_members_times_the_individual_cap_times_the_factor(int amount, bool eligible)
    {
        var rules = new EntrepreneurshipSettings { IndividualLoanCap = 200_000, PartnershipCapFactor = 1.2m };
        var members = StartupPartnerRules.Members([Li, Zhao]);

        StartupEligibility.PartnershipCap(members, rules).ShouldBe(3 * 200_000 * 12 / 10);
        StartupEligibility.Evaluate(new(StartupKind.Partnership, amount, 36, members), rules).Eligible.ShouldBe(eligible);
    }

    [Fact]
    public void Partner_id_numbers_are_split_on_semicolons_spaces_and_lines()
    {
        StartupPartnerRules.Split("430211198507010511；430211199004020522;430211198809090533 430211198001050544\r\n430211197802060555")
            .Count.ShouldBe(5);
        StartupPartnerRules.Split("  ").ShouldBeEmpty();
    }
}
