using Doorstep.Employment.Coverage;
using Doorstep.Employment.Matching;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;

namespace Doorstep.Employment.Tests;

/// <summary>Matching both ways on hand-made layouts whose scores are worked out by hand in the comments.</summary>
public sealed class MatchIndexTests
{
    private const string Courier = "4-02-07-08";
    private const string Parcels = "4-02-07-09";
    private const string Loader = "4-02-05-01";
    private const string Cook = "4-03-02-01";
    private static readonly LocalPlane Plane = new(113.13, 27.83);
    private static readonly DateOnly Today = new(2024, 2, 3);
    private static readonly string[] Catalogue = [Courier, Parcels, Loader, Cook, "6-31-01-03"];

    [Fact]
    public void A_seekers_matches_are_ranked_by_occupation_skills_nearness_and_pay_with_their_reasons()
    {
        var seeker = Seeker(0, 0, [Courier, Loader], ["驾驶", "分拣"], expected: 4000, commute: 5000);
        var index = MatchIndex.Build(
            [
                Vacancy("A", 1000, 0, Courier, ["驾驶", "分拣"], 4500, 6000), // 35 + 25 + 16 + 10 = 86
                Vacancy("B", 0, 500, Loader, ["搬运"], 3500, 4500), // 30 + 0 + 18 + 5 = 53
                Vacancy("C", -2000, 0, Parcels, [], 4000, 5000), // 20 + 12.5 + 12 + 10 = 54.5
                Vacancy("D", 6000, 0, Courier, ["驾驶"], 5000, 6000), // beyond the commute
                Vacancy("E", 1000, 0, Courier, ["驾驶"], 3000, 3800), // pays less than the floor at best
                Vacancy("F", 1000, 0, Courier, ["驾驶"], 5000, 6000) with { ExpiresOn = Today.AddDays(-1) },
                Vacancy("G", 300, 0, Cook, [], 4000, 5000), // 0 + 12.5 + 18.8 + 10 = 41.3
            ],
            [], Catalogue, Plane);

        var matches = index.ForSeeker(seeker, 10, Today);

        matches.Select(m => Name(m.Id)).ShouldBe(["A", "C", "B", "G"]);
        matches.Select(m => m.Score).ShouldBe([86, 54.5, 53, 41.3]);
        matches[0].DistanceMeters.ShouldBeInRange(999, 1001);
        matches[0].Reasons.Select(r => r.Zh).ShouldBe(["首选职业", "技能匹配 2/2", "1.0 公里", "薪资符合"]);
        matches[2].Reasons.Select(r => r.Zh).ShouldBe(["意向职业", "技能不符 0/1", "500 米", "薪资可议"]);
        matches[1].Reasons[0].Zh.ShouldBe("相近职业");
        index.ForSeeker(seeker, 2, Today).Select(m => Name(m.Id)).ShouldBe(["A", "C"]);
    }

    [Fact]
    public void A_disabled_seeker_sees_only_posts_that_suit_their_category_or_a_barrier_free_workplace_for_a_physical_disability()
    {
        var vacancies = new[]
        {
            Vacancy("suits-physical", 100, 0, Courier, [], 4000, 5000) with { SuitsDisabilities = ["physical"] },
            Vacancy("barrier-free", 200, 0, Courier, [], 4000, 5000) with { AccessibleWorkplace = true },
            Vacancy("suits-hearing", 300, 0, Courier, [], 4000, 5000) with { SuitsDisabilities = ["hearing"] },
            Vacancy("not-assessed", 400, 0, Courier, [], 4000, 5000),
        };
        var index = MatchIndex.Build(vacancies, [], Catalogue, Plane);

        var physical = index.ForSeeker(Seeker(0, 0, [Courier], [], 3000, 5000) with { Disability = "physical", TargetGroups = [TargetGroup.Disabled] }, 10, Today);
        physical.Select(m => Name(m.Id)).ShouldBe(["suits-physical", "barrier-free"]);
        physical[0].Reasons.Select(r => r.Zh).ShouldContain("适合肢体残疾");
        physical[0].Reasons.Select(r => r.Zh).ShouldContain("重点群体：残疾人");
        physical[1].Reasons.Select(r => r.Zh).ShouldContain("无障碍工作场所");

        index.ForSeeker(Seeker(0, 0, [Courier], [], 3000, 5000) with { Disability = "hearing" }, 10, Today).Select(m => Name(m.Id)).ShouldBe(["suits-hearing"]);
        index.ForSeeker(Seeker(0, 0, [Courier], [], 3000, 5000), 10, Today).Count.ShouldBe(4);
    }

    [Fact]
    public void Schedules_and_day_rates_are_weighed_the_way_a_seeker_would()
    {
        var index = MatchIndex.Build(
            [
                Vacancy("full-time", 100, 0, Courier, [], 3800, 4200),
                Vacancy("gig", 200, 0, Courier, [], 150, 200) with { Schedule = WorkSchedule.Gig, WageMinMonthly = Wages.Monthly(150, WageUnit.Day), WageMaxMonthly = Wages.Monthly(200, WageUnit.Day) },
            ],
            [], Catalogue, Plane);

        // 180 a day is 3,915 a month at 21.75 paid days: within the full-time range, above the gig's minimum of 3,263.
        var daily = Seeker(0, 0, [Courier], [], Wages.Monthly(180, WageUnit.Day), 5000);
        var both = index.ForSeeker(daily, 10, Today);
        both.Single(m => Name(m.Id) == "full-time").Reasons.Select(r => r.Zh).ShouldContain("薪资可议");
        both.Single(m => Name(m.Id) == "gig").Reasons.Select(r => r.Zh).ShouldContain("薪资可议");

        index.ForSeeker(daily with { Schedules = [WorkSchedule.Gig, WorkSchedule.PartTime] }, 10, Today).Select(m => Name(m.Id)).ShouldBe(["gig"]);
    }

    [Fact]
    public void A_vacancys_candidates_are_the_seekers_who_would_travel_that_far_priority_groups_first_and_only_in_scope()
    {
        var vacancy = Vacancy("post", 0, 0, Courier, ["驾驶"], 4000, 5000);
        var index = MatchIndex.Build(
            [vacancy],
            [
                Seeker(0, 1000, [Courier], ["驾驶"], 4000, 5000) with { Id = Id("near"), RegionCode = "430211001001" }, // 35 + 25 + 16 + 10 = 86
                Seeker(0, -1000, [Courier], ["驾驶"], 4000, 5000) with { Id = Id("returnee"), RegionCode = "430211001001", TargetGroups = [TargetGroup.Returnee] }, // 96
                Seeker(20_000, 0, [Courier], ["驾驶"], 4000, 40_000) with { Id = Id("far-but-willing"), RegionCode = "430211001002" }, // 35 + 25 + 10 + 10 = 80
                Seeker(3000, 0, [Courier], ["驾驶"], 4000, 2000) with { Id = Id("near-but-unwilling"), RegionCode = "430211001001" },
                Seeker(0, 500, [Courier], ["驾驶"], 6000, 5000) with { Id = Id("wants-more"), RegionCode = "430211001001" },
                Seeker(0, 500, [Courier], ["驾驶"], 4000, 5000) with { Id = Id("elsewhere"), RegionCode = "430203001001" },
            ],
            Catalogue, Plane);

        var candidates = index.ForVacancy(vacancy, 10, region => region.StartsWith("430211", StringComparison.Ordinal));

        candidates.Select(m => Name(m.Id)).ShouldBe(["returnee", "near", "far-but-willing"]);
        candidates.Select(m => m.Score).ShouldBe([96, 86, 80]);
        candidates[0].Reasons.Select(r => r.Zh).ShouldBe(["首选职业", "技能匹配 1/1", "1.0 公里", "薪资符合", "重点群体：返乡农民工"]);
        index.ForVacancy(vacancy, 10, _ => true).Select(m => Name(m.Id)).ShouldContain("elsewhere");
    }

    [Fact]
    public void Shortfalls_in_education_and_experience_lower_the_score_and_say_so()
    {
        var index = MatchIndex.Build([Vacancy("asks", 0, 0, Courier, [], 4000, 5000) with { Education = Education.Senior, ExperienceYears = 2 }], [], Catalogue, Plane);

        var match = index.ForSeeker(Seeker(0, 0, [Courier], [], 4000, 5000) with { Education = Education.Junior, ExperienceYears = 1 }, 5, Today).Single();

        match.Score.ShouldBe(35 + 12.5 + 20 + 10 - 10 - 5);
        match.Reasons.Select(r => r.Zh).ShouldBe(["首选职业", "0 米", "薪资符合", "学历低于要求", "经验不足"]);
    }

    [Fact]
    public void A_short_list_is_the_head_of_the_full_ranking_however_the_search_is_cut_short()
    {
        var random = new Random(7);
        string[] skills = ["驾驶", "分拣", "搬运", "烹饪", "焊接", "电工"];
        string[] Some(string[] from) => [.. from.Where(_ => random.NextDouble() < 0.4)];
        var vacancies = Enumerable.Range(0, 400).Select(i => Vacancy($"v{i}", random.Next(-8000, 8000), random.Next(-8000, 8000), Catalogue[random.Next(Catalogue.Length)], Some(skills), 3000 + random.Next(20) * 100, 5500)).ToList();
        var seekers = Enumerable.Range(0, 400).Select(i => Seeker(random.Next(-8000, 8000), random.Next(-8000, 8000), [Catalogue[random.Next(Catalogue.Length)]], Some(skills), 3000 + random.Next(20) * 100, random.Next(1, 12) * 1000)
            with { TargetGroups = random.NextDouble() < 0.3 ? [TargetGroup.Graduate] : [] }).ToList();
        var index = MatchIndex.Build(vacancies, seekers, Catalogue, Plane);

        foreach (var seeker in seekers.Take(40))
        {
            var all = index.ForSeeker(seeker, 1000, Today);
            index.ForSeeker(seeker, 5, Today).Select(m => (m.Id, m.Score)).ShouldBe(all.Take(5).Select(m => (m.Id, m.Score)));
        }

        foreach (var vacancy in vacancies.Take(40))
        {
            var all = index.ForVacancy(vacancy, 1000, _ => true);
            index.ForVacancy(vacancy, 5, _ => true).Select(m => (m.Id, m.Score)).ShouldBe(all.Take(5).Select(m => (m.Id, m.Score)));
        }
    }

    [Fact]
    public void An_empty_index_matches_nobody()
    {
        var index = MatchIndex.Build([], [], [], Plane);
        index.ForSeeker(Seeker(0, 0, [Courier], [], 1, 5000), 20, Today).ShouldBeEmpty();
        index.ForVacancy(Vacancy("x", 0, 0, "9-99-99-99", ["焊接"], 1, 2), 20, _ => true).ShouldBeEmpty();
    }

    private static (double Longitude, double Latitude) At(double east, double north) =>
        (Plane.OriginLongitude + (east / (111_320 * Math.Cos(Plane.OriginLatitude * Math.PI / 180))), Plane.OriginLatitude + (north / 110_574));

    private static VacancyFacts Vacancy(string name, double east, double north, string occupation, string[] skills, int min, int max)
    {
        var (lon, lat) = At(east, north);
        return new(Id(name), lon, lat, occupation, skills, min, max, WorkSchedule.FullTime, [], false, Education.Any, 0, Today.AddDays(20));
    }

    private static SeekerFacts Seeker(double east, double north, string[] occupations, string[] skills, int expected, int commute)
    {
        var (lon, lat) = At(east, north);
        return new(Guid.NewGuid(), "430211001001", lon, lat, occupations, skills, expected, commute, [], null, [], Education.Senior, 3);
    }

    private static readonly Dictionary<Guid, string> Names = [];

    private static Guid Id(string name)
    {
        lock (Names)
        {
            var id = Names.FirstOrDefault(n => n.Value == name).Key;
            if (id == Guid.Empty)
            {
                id = Guid.NewGuid();
                Names[id] = name;
            }

            return id;
        }
    }

    private static string Name(Guid id)
    {
        lock (Names)
        {
            return Names[id];
        }
    }
}
