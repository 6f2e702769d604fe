using Doorstep.Employment.Fairs;
using Doorstep.Employment.Matching;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;
using Doorstep.Kernel;

namespace Doorstep.Employment.Tests;

/// <summary>On-site matching and the report's arithmetic, without a database.</summary>
public sealed class FairMatchingTests
{
    private static readonly GeoPoint Fair = new(113.1003, 27.8436);

    private static VacancyFacts Post(string occupation, string[]? suits = null, bool accessible = false, int wage = 4500, string[]? skills = null) => new(
        Guid.NewGuid(), Fair.Longitude, Fair.Latitude, occupation, skills ?? [], wage, wage + 1000, WorkSchedule.FullTime, suits ?? [], accessible, Education.Any, 0,
        new DateOnly(2030, 1, 1));

    private static VisitorFacts Visitor(string[]? wishes = null, string? disability = null, bool declared = false, TargetGroup[]? groups = null, GeoPoint? origin = null) => new(
        wishes ?? [], [], null, null, 0, 5000, origin, disability, declared, groups ?? []);

    [Fact]
    public void A_disabled_visitor_sees_only_posts_that_suit_them_and_a_physical_one_also_barrier_free_workplaces()
    {
        var hearing = Post("6-22-02-01", ["hearing"]);
        var barrierFree = Post("4-02-06-01", accessible: true);
        var any = Post("4-07-05-01");
        var posts = new[] { hearing, barrierFree, any };

        FairMatching.Rank(Visitor(disability: "hearing"), posts, []).Select(m => m.VacancyId).ShouldBe([hearing.Id]);
        var physical = FairMatching.Rank(Visitor(disability: "physical"), posts, []);
        physical.Select(m => m.VacancyId).ShouldBe([barrierFree.Id]);
        physical[0].Reasons.Select(r => r.Zh).ShouldContain("无障碍工作场所");
        FairMatching.Rank(Visitor(declared: true), posts, []).Select(m => m.VacancyId).ShouldBe([hearing.Id, barrierFree.Id], ignoreOrder: true);
        FairMatching.Rank(Visitor(), posts, []).Count.ShouldBe(3);
    }

    [Fact]
    public void The_wished_occupation_ranks_first_then_its_minor_and_medium_groups_and_the_reasons_say_so()
    {
        var wished = Post("4-07-05-01");
        var minor = Post("4-07-05-02");
        var medium = Post("4-07-01-01");
        var other = Post("6-22-02-01");
        var ranked = FairMatching.Rank(Visitor(["4-07-05-01"]), [other, medium, minor, wished], []);
        ranked.Select(m => m.VacancyId).ShouldBe([wished.Id, minor.Id, medium.Id, other.Id]);
        ranked.Select(m => m.Reasons[0].Zh).Take(3).ShouldBe(["首选职业", "相近职业", "同类职业"]);
    }

    [Fact]
    public void Distance_is_given_only_when_the_visitor_has_a_starting_point_and_a_fair_group_counts_as_priority()
    {
        var post = Post("4-07-05-01");
        FairMatching.Rank(Visitor(["4-07-05-01"]), [post], [])[0].Reasons.ShouldNotContain(r => r.En.EndsWith(" m") || r.En.EndsWith(" km"));
        FairMatching.Rank(Visitor(["4-07-05-01"], origin: new GeoPoint(113.1203, 27.8436)), [post], [])[0].Reasons.ShouldContain(r => r.En.EndsWith(" km"));

        var returnee = Visitor(["4-07-05-01"], groups: [TargetGroup.Returnee]);
        var atReturneeFair = FairMatching.Rank(returnee, [post], [TargetGroup.Returnee])[0];
        var atDisabledFair = FairMatching.Rank(returnee, [post], [TargetGroup.Disabled])[0];
        (atReturneeFair.Score - atDisabledFair.Score).ShouldBe(10);
        atReturneeFair.Reasons.Select(r => r.Zh).ShouldContain("重点群体：返乡农民工");
    }

    [Fact]
    public void The_report_counts_people_at_their_furthest_stage_and_hires_once_per_group_of_the_visitor()
    {
        var report = FairService.Report(
            3, [(30, true), (20, false), (5, true)], 7,
            [
                (FairStage.Intent, [TargetGroup.Graduate]),
                (FairStage.Interview, [TargetGroup.Disabled]),
                (FairStage.Hired, [TargetGroup.Disabled, TargetGroup.PovertyRelieved]),
                (FairStage.Hired, [TargetGroup.Disabled]),
            ]);
        report.Employers.ShouldBe(3);
        report.Posts.ShouldBe(55);
        report.PostsSuitableForDisabled.ShouldBe(35);
        report.Visitors.ShouldBe(7);
        report.Intents.ShouldBe(4);
        report.Interviews.ShouldBe(3);
        report.Hires.ShouldBe(2);
        report.HiresByGroup["disabled"].ShouldBe(2);
        report.HiresByGroup["poverty-relieved"].ShouldBe(1);
        report.HiresByGroup["graduate"].ShouldBe(0);
        report.HiresByGroup.Count.ShouldBe(5);
    }
}
