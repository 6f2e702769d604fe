using Doorstep.Employment.Employers;
using Doorstep.Employment.TrainingBases;

namespace Doorstep.Employment.Tests;

/// <summary>The training-base criteria, each at its boundary, and the ranking's tie-breaks.</summary>
public sealed class TrainingBaseRuleTests
{
    private static readonly TrainingBaseSettings Defaults = new();

    /// <summary>Every criterion exactly at its floor: eligible.</summary>
    private static BaseFigures AtFloor() => new(
        1_000, 500, 3_000,
        [new("中车株洲电力机车有限公司", EmployerSize.Large), new("株洲齿轮有限责任公司", EmployerSize.Medium), new("株洲天元精工汽车零部件有限公司", EmployerSize.Medium)],
        ["轨道交通车辆装调", "数控加工"], true, 70m, ["轨道交通装备"], new Dictionary<string, string> { [BaseCheck.PersonTimes] = "培训花名册" });

    private static BaseCriterion Rule(BaseFigures figures, string rule, TrainingBaseSettings? settings = null) =>
        BaseCheck.Evaluate(figures, settings ?? Defaults, Defaults.Pillars).Single(r => r.Rule == rule);

    [Fact]
    public void Every_criterion_at_its_floor_is_met_and_carries_its_evidence()
    {
        var results = BaseCheck.Evaluate(AtFloor(), Defaults, Defaults.Pillars);

        results.Select(r => r.Rule).ShouldBe(BaseCheck.Rules);
        results.ShouldAllBe(r => r.Met);
        results.Single(r => r.Rule == BaseCheck.PersonTimes).Evidence.ShouldBe("培训花名册");
        results.Single(r => r.Rule == BaseCheck.Subsidised).Evidence.ShouldBeNull();
        var reply = BaseCheck.Reply(results);
        reply.Eligible.ShouldBeTrue();
        reply.Failed.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(999, false, "年培训 999 人次，少于 1000 人次")]
    [InlineData(1000, true, "年培训 1000 人次")]
    public void Annual_person_times(int value, bool met, string message)
    {
        var result = Rule(AtFloor() with { AnnualPersonTimes = value }, BaseCheck.PersonTimes);
        result.Met.ShouldBe(met);
        result.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData(499, false, "其中政府补贴性培训 499 人次，少于 500 人次")]
    [InlineData(500, true, "其中政府补贴性培训 500 人次")]
    public void Subsidised_person_times(int value, bool met, string message)
    {
        var result = Rule(AtFloor() with { SubsidisedPersonTimes = value }, BaseCheck.Subsidised);
        result.Met.ShouldBe(met);
        result.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData(2999, false)]
    [InlineData(3000, true)]
    public void Total_skilled_people_trained(int value, bool met)
    {
        var result = Rule(AtFloor() with { TotalTrained = value }, BaseCheck.TotalTrained);
        result.Met.ShouldBe(met);
        if (!met)
        {
            result.Message.ShouldBe("累计培养技能人才 2999 人，少于 3000 人");
        }
    }

    [Fact]
    public void A_figure_left_out_fails_its_criterion()
    {
        var result = Rule(AtFloor() with { AnnualPersonTimes = null }, BaseCheck.PersonTimes);
        result.Met.ShouldBeFalse();
        result.Message.ShouldBe("未填写年培训人次");
    }

    [Fact]
    public void Two_large_or_medium_partners_are_too_few_small_ones_and_repeats_do_not_count()
    {
        var two = AtFloor() with
        {
            Partners = [new("中车株洲电力机车有限公司", EmployerSize.Large), new("株洲齿轮有限责任公司", EmployerSize.Medium), new("株洲齿轮有限责任公司", EmployerSize.Medium), new("湘瓷新材料科技有限公司", EmployerSize.Small)],
        };
        var result = Rule(two, BaseCheck.Partners);
        result.Met.ShouldBeFalse();
        result.Message.ShouldBe("稳定合作的大中型企业 2 家（中车株洲电力机车有限公司、株洲齿轮有限责任公司），少于 3 家");

        Rule(AtFloor(), BaseCheck.Partners).Met.ShouldBeTrue();
    }

    [Fact]
    public void One_co_designed_programme_is_too_few_and_the_shared_base_is_required_unless_configured_otherwise()
    {
        var one = Rule(AtFloor() with { Programmes = ["数控加工"] }, BaseCheck.Programmes);
        one.Met.ShouldBeFalse();
        one.Message.ShouldBe("共同开发培训项目 1 个，少于 2 个");
        Rule(AtFloor(), BaseCheck.Programmes).Met.ShouldBeTrue();

        var noBase = AtFloor() with { SharedBase = false };
        Rule(noBase, BaseCheck.SharedBase).Met.ShouldBeFalse();
        Rule(noBase, BaseCheck.SharedBase).Message.ShouldBe("未与合作企业共建共享实训基地");
        Rule(noBase, BaseCheck.SharedBase, new TrainingBaseSettings { RequireSharedBase = false }).Met.ShouldBeTrue();
    }

    [Theory]
    [InlineData("69.99", false)]
    [InlineData("70", true)]
    public void Local_employment_at_the_default_threshold(string rate, bool met)
    {
        var result = Rule(AtFloor() with { LocalEmploymentPercent = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture) }, BaseCheck.LocalEmployment);
        result.Met.ShouldBe(met);
        if (!met)
        {
            result.Message.ShouldBe("毕业生本地就业率 69.99%，低于 70%");
        }
    }

    [Fact]
    public void The_employment_threshold_is_configurable()
    {
        var stricter = new TrainingBaseSettings { MinLocalEmploymentPercent = 80 };
        Rule(AtFloor() with { LocalEmploymentPercent = 79.5m }, BaseCheck.LocalEmployment, stricter).Met.ShouldBeFalse();
        Rule(AtFloor() with { LocalEmploymentPercent = 80m }, BaseCheck.LocalEmployment, stricter).Met.ShouldBeTrue();
    }

    [Fact]
    public void Industries_must_include_a_pillar_one()
    {
        var housekeeping = Rule(AtFloor() with { IndustriesServed = ["家政服务"] }, BaseCheck.Pillar);
        housekeeping.Met.ShouldBeFalse();
        housekeeping.Message.ShouldBe("服务产业（家政服务）不属于本市支柱产业");

        var parts = Rule(AtFloor() with { IndustriesServed = ["家政服务", "新能源汽车零部件"] }, BaseCheck.Pillar);
        parts.Met.ShouldBeTrue();
        parts.Message.ShouldBe("服务支柱产业：新能源汽车零部件");

        var ownList = BaseCheck.Evaluate(AtFloor() with { IndustriesServed = ["家政服务"] }, Defaults, ["家政服务"]).Single(r => r.Rule == BaseCheck.Pillar);
        ownList.Met.ShouldBeTrue();
    }

    [Fact]
    public void Only_the_failed_criteria_are_in_the_reply()
    {
        var reply = BaseCheck.Reply(BaseCheck.Evaluate(AtFloor() with { AnnualPersonTimes = 980 }, Defaults, Defaults.Pillars));
        reply.Eligible.ShouldBeFalse();
        reply.Failed.ShouldBe([new FailedRule(BaseCheck.PersonTimes, "年培训 980 人次，少于 1000 人次")]);
    }

    [Fact]
    public void Ranking_breaks_ties_by_lowest_score_then_person_times_then_submission_and_leaves_the_under_scored_unranked()
    {
        var t = new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);
        RankCandidate C(string name, int[] scores, int personTimes = 1_000, int day = 0) =>
            new(Guid.NewGuid(), name, scores, personTimes, t.AddDays(day), ApplicationStatus.Review);

        var rows = BaseRanking.Rank(
            [
                C("甲", [90, 90, 90]),
                C("乙", [100, 80, 90]),
                C("丙", [95, 95, 95]),
                C("丁", [90, 90, 90], personTimes: 2_000, day: 3),
                C("戊", [90, 90, 90], day: -1),
                C("己", [99, 99]),
            ],
            quota: 3, minScores: 3);

        rows.Select(r => r.InstitutionName).ShouldBe(["丙", "丁", "戊", "甲", "乙", "己"]);
        rows.Select(r => r.Rank).ShouldBe([1, 2, 3, 4, 5, null]);
        rows.Select(r => r.WithinQuota).ShouldBe([true, true, true, false, false, false]);
        rows[0].Average.ShouldBe(95m);
        rows[5].Average.ShouldBe(99m);
    }
}
