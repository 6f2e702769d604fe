using Doorstep.Care.Households;
using Doorstep.Care.ModelWorkers;
using Doorstep.Platform.Validation;

namespace Doorstep.Care.Tests;

/// <summary>Honour kinds from the configured list, years not in the future, participants once each, hardship with its reason; the importer's responsible person.</summary>
public sealed class ModelWorkerRuleTests
{
    [Theory]
    [InlineData("全国五一劳动奖章", "national-may-day-medal")]
    [InlineData("city-craftsman", "city-craftsman")]
    [InlineData(" 省劳动模范 ", "provincial-model-worker")]
    [InlineData("劳动模范", null)]
    [InlineData("", null)]
    public void An_honour_is_one_of_the_configured_kinds_by_code_or_name(string text, string? code) =>
        (ModelWorkerRules.Find(new ModelWorkerSettings().Honours, text)?.Code).ShouldBe(code);

    [Fact]
    public void An_unknown_honour_is_refused_with_the_kinds_there_are_and_configured_kinds_replace_the_defaults()
    {
        var settings = new ModelWorkerSettings { HonourKinds = [new("county-craftsman", "县级工匠")] };
        var errors = new FieldErrors();
        ModelWorkerRules.Kind(settings.Honours, "市工匠", "荣誉", "honours", errors).ShouldBeNull();
        errors.For("honours").ShouldBe("没有“市工匠”这一荣誉，可选：县级工匠");
        ModelWorkerRules.Kind(settings.Honours, "县级工匠", "荣誉", "honours", new FieldErrors())!.Code.ShouldBe("county-craftsman");
    }

    [Theory]
    [InlineData(2026, null)]
    [InlineData(2027, "年度2027晚于今年（2026年）")]
    [InlineData(1950, null)]
    [InlineData(1949, "年度应在1950～2026年之间")]
    [InlineData(null, "请填写年度")]
    public void A_year_is_from_the_first_year_up_to_this_year(int? year, string? problem) =>
        ModelWorkerRules.YearProblem(year, 1950, 2026).ShouldBe(problem);

    [Fact]
    public void A_person_chosen_twice_is_named_once_and_the_rest_pass()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();
        ModelWorkerRules.Repeated([a, b, a, c, a, b]).ShouldBe([a, b]);
        ModelWorkerRules.Repeated([a, b, c]).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(false, null, null)]
    [InlineData(true, "丈夫重病", null)]
    [InlineData(true, "  ", "列入困难劳模的，请填写困难情况")]
    [InlineData(true, null, "列入困难劳模的，请填写困难情况")]
    public void A_model_worker_in_hardship_says_why(bool hardship, string? reason, string? problem) =>
        ModelWorkerRules.HardshipProblem(hardship, reason).ShouldBe(problem);

    [Fact]
    public void A_hardship_reason_is_at_most_200_characters()
    {
        ModelWorkerRules.HardshipProblem(true, new string('难', 200)).ShouldBeNull();
        ModelWorkerRules.HardshipProblem(true, new string('难', 201)).ShouldBe("困难情况不超过200字");
    }

    [Theory]
    [InlineData("deputy", "deputy")]
    [InlineData("杨凌波", "deputy")]
    [InlineData("白关镇人大代表 杨凌波", "deputy")]
    [InlineData("凌波", null)]
    [InlineData("杨浩", null)]
    public void The_responsible_person_of_an_imported_household_is_an_account_or_a_name(string given, string? user)
    {
        var names = new Dictionary<string, string> { ["deputy"] = "白关镇人大代表 杨凌波", ["grid"] = "霞石村网格员 杨浩博", ["officer"] = "天元区卫健局 周科长" };
        var errors = new FieldErrors();
        HouseholdImporter.Responsible(names, given, errors).ShouldBe(user);
        (errors.For("responsible") is null).ShouldBe(user is not null);
    }
}
