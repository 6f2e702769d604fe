using Doorstep.Care.Appeals;
using Doorstep.Platform.WorkItems;
using static Doorstep.Platform.WorkItems.WorkItemStatus;

namespace Doorstep.Care.Tests;

/// <summary>What counts as responded, resolved and satisfied, and the rates at their boundaries.</summary>
public sealed class AppealFigureRuleTests
{
    [Fact]
    public void With_nothing_received_every_rate_is_zero()
    {
        var figures = AppealFigures.Tally([]);

        figures.ShouldBe(new AppealFigures(0, 0, 0, 0, 0));
        (figures.ResponseRate, figures.ResolutionRate, figures.SatisfactionRate).ShouldBe((0m, 0m, 0m));
    }

    [Fact]
    public void Received_but_nothing_rated_yet_gives_a_satisfaction_rate_of_zero_not_a_division_by_zero()
    {
        var figures = AppealFigures.Tally([(Accepted, null, 2)]);

        (figures.Received, figures.Responded, figures.Rated).ShouldBe((2, 2, 0));
        figures.ResponseRate.ShouldBe(1m);
        figures.SatisfactionRate.ShouldBe(0m);
    }

    [Fact]
    public void All_rated_satisfied_is_one_hundred_percent_everywhere()
    {
        var figures = AppealFigures.Tally([(Evaluated, Satisfaction.Satisfied, 3)]);

        figures.ShouldBe(new AppealFigures(3, 3, 3, 3, 3));
        (figures.ResponseRate, figures.ResolutionRate, figures.SatisfactionRate).ShouldBe((1m, 1m, 1m));
    }

    [Fact]
    public void Basically_satisfied_counts_as_satisfied_and_unsatisfied_does_not()
    {
        var figures = AppealFigures.Tally([(Evaluated, Satisfaction.BasicallySatisfied, 1), (Evaluated, Satisfaction.Unsatisfied, 1)]);

        (figures.Rated, figures.Satisfied).ShouldBe((2, 1));
        figures.SatisfactionRate.ShouldBe(0.5m);
    }

    [Fact]
    public void An_unsatisfied_rating_sent_back_for_rework_is_responded_but_neither_resolved_nor_rated_until_rated_again()
    {
        // The engine puts a reworked item back in hand and clears its rating.
        var reworked = AppealFigures.Tally([(Accepted, null, 1)]);
        (reworked.Responded, reworked.Resolved, reworked.Rated, reworked.Satisfied).ShouldBe((1, 0, 0, 0));

        var ratedAgain = AppealFigures.Tally([(Evaluated, Satisfaction.Satisfied, 1)]);
        (ratedAgain.Resolved, ratedAgain.Rated, ratedAgain.Satisfied).ShouldBe((1, 1, 1));
    }

    [Theory]
    [InlineData(Opened, false, false)]
    [InlineData(Dispatched, false, false)]
    [InlineData(Accepted, true, false)]
    [InlineData(Handled, true, false)]
    [InlineData(Verified, true, false)]
    [InlineData(Closed, true, true)]
    [InlineData(Evaluated, true, true)]
    [InlineData(Backlogged, true, false)]
    [InlineData(Cancelled, false, false)]
    public void Responded_starts_at_acceptance_and_resolved_at_closing(WorkItemStatus status, bool responded, bool resolved)
    {
        AppealFigures.IsResponded(status).ShouldBe(responded);
        AppealFigures.IsResolved(status).ShouldBe(resolved);
    }

    [Fact]
    public void A_closed_item_awaiting_its_callback_is_resolved_but_not_yet_rated()
    {
        var figures = AppealFigures.Tally([(Closed, null, 1)]);

        (figures.Resolved, figures.Rated, figures.SatisfactionRate).ShouldBe((1, 0, 0m));
    }

    [Theory]
    [InlineData(2, 3, "0.6667")]
    [InlineData(1, 3, "0.3333")]
    [InlineData(1, 8, "0.125")]
    [InlineData(1, 20000, "0.0001")]
    [InlineData(1, 30000, "0")]
    public void Rates_are_fractions_rounded_half_away_from_zero_to_four_places(int part, int whole, string expected) =>
        AppealFigures.Rate(part, whole).ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
}
