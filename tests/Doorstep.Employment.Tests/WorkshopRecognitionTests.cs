using Doorstep.Employment.Workshops;

namespace Doorstep.Employment.Tests;

/// <summary>The workshop recognition criteria, each at its boundary, on the Hunan defaults.</summary>
public sealed class WorkshopRecognitionTests
{
    private static readonly DateOnly Today = new(2024, 6, 3);
    private static readonly WorkshopSettings Hunan = new();

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Basic_recognition_needs_five_poverty_relieved_people(int people, bool met)
    {
        var check = Recognition.Check(Workers(people, months: 1, annualIncome: 6_000), Today, Hunan);

        check.Basic.Met.ShouldBe(met);
        var criterion = check.Basic.Criteria.Single(c => c.Rule == Recognition.BasicPeople);
        criterion.Actual.ShouldBe(people);
        criterion.Required.ShouldBe(5);
        criterion.Reason.ShouldBe(met ? null : "吸纳脱贫劳动力 4 人，少于 5 人");
    }

    [Fact]
    public void Only_poverty_relieved_people_still_working_count()
    {
        var workers = Workers(5, months: 8, annualIncome: 20_000).ToList();
        workers[0] = workers[0] with { PovertyRelieved = false };
        workers[1] = workers[1] with { LeftOn = Today.AddDays(-1) };
        workers[2] = workers[2] with { HiredOn = Today.AddDays(1) };

        Recognition.Check(workers, Today, Hunan).Basic.Criteria[0].Actual.ShouldBe(2);
        Recognition.Check(Workers(5, months: 8, annualIncome: 20_000).Select(w => w with { LeftOn = Today }), Today, Hunan).Basic.Met.ShouldBeTrue();
    }

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    public void A_model_workshop_needs_thirty_people(int people, bool met)
    {
        var check = Recognition.Check(Workers(people, months: 6, annualIncome: 11_000), Today, Hunan);

        check.Model.Met.ShouldBe(met);
        check.Model.Criteria.Single(c => c.Rule == Recognition.ModelPeople).Reason.ShouldBe(met ? null : "吸纳脱贫劳动力 29 人，少于 30 人");
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void A_model_workshops_people_are_employed_six_months(int months, bool met)
    {
        var check = Recognition.Check(Workers(30, months, annualIncome: 11_000), Today, Hunan);

        check.Model.Met.ShouldBe(met);
        check.Model.Criteria.Single(c => c.Rule == Recognition.ModelPeople).Met.ShouldBeTrue();
        var tenure = check.Model.Criteria.Single(c => c.Rule == Recognition.ModelMonths);
        tenure.Met.ShouldBe(met);
        tenure.Actual.ShouldBe(met ? 30 : 0);
        tenure.Reason.ShouldBe(met ? null : "稳定就业 6 个月以上的脱贫劳动力 0 人，少于 30 人");
    }

    [Theory]
    [InlineData(10_999, false)]
    [InlineData(11_000, true)]
    public void A_model_workshops_people_earn_eleven_thousand_a_year(int annualIncome, bool met)
    {
        var check = Recognition.Check(Workers(30, months: 6, annualIncome), Today, Hunan);

        check.Model.Met.ShouldBe(met);
        check.Model.Criteria.Single(c => c.Rule == Recognition.ModelMonths).Met.ShouldBeTrue();
        var income = check.Model.Criteria.Single(c => c.Rule == Recognition.ModelIncome);
        income.Met.ShouldBe(met);
        income.Reason.ShouldBe(met ? null : "稳定就业 6 个月以上且年收入达到 11000 元的脱贫劳动力 0 人，少于 30 人");
    }

    [Fact]
    public void The_criteria_come_from_the_settings()
    {
        var stricter = new WorkshopSettings { RecognitionMinPeople = 10, ModelMinPeople = 40, ModelMinMonths = 12, ModelMinAnnualIncome = 15_000 };
        var check = Recognition.Check(Workers(9, months: 12, annualIncome: 15_000), Today, stricter);

        check.Basic.Criteria[0].Reason.ShouldBe("吸纳脱贫劳动力 9 人，少于 10 人");
        check.Model.Criteria.Select(c => c.Required).ShouldBe([40, 40, 40]);
        check.Model.Criteria[1].Name.ShouldBe("稳定就业12个月以上不少于40人");
    }

    [Theory]
    [InlineData("2024-01-03", "2024-06-02", 4)]
    [InlineData("2024-01-03", "2024-06-03", 5)]
    [InlineData("2023-12-03", "2024-06-03", 6)]
    [InlineData("2024-01-31", "2024-02-29", 1)]
    [InlineData("2024-06-03", "2024-06-03", 0)]
    public void Months_employed_are_whole_months(string hired, string asOf, int months) =>
        Recognition.MonthsEmployed(DateOnly.Parse(hired), null, DateOnly.Parse(asOf)).ShouldBe(months);

    [Fact]
    public void Months_employed_stop_at_leaving_and_a_monthly_income_counts_twelve_times()
    {
        Recognition.MonthsEmployed(new(2023, 1, 10), new(2023, 4, 10), Today).ShouldBe(3);
        Recognition.AnnualIncome(917, IncomePeriod.Month).ShouldBe(11_004);
        Recognition.AnnualIncome(11_000, IncomePeriod.Year).ShouldBe(11_000);
    }

    private static IEnumerable<WorkerFacts> Workers(int count, int months, int annualIncome) =>
        Enumerable.Range(0, count).Select(_ => new WorkerFacts(Today.AddMonths(-months), null, annualIncome, PovertyRelieved: true));
}
