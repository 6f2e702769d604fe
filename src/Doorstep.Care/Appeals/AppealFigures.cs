using Doorstep.Platform.WorkItems;

namespace Doorstep.Care.Appeals;

/// <summary>
/// The appeal figures (诉求办理指标) of a set of appeals, from the state of their work items:
/// <list type="bullet">
/// <item>received (受理) — the appeals;</item>
/// <item>responded (响应) — their work item was accepted (签收) or went further: in hand, handled,
/// verified, closed, rated, or backlogged after acceptance;</item>
/// <item>resolved (办结) — closed or rated;</item>
/// <item>rated (已回访评价) — called back and rated; an unsatisfied rating blamed on the handler
/// sends the item back for rework, which clears the rating, so it counts again only when re-rated;</item>
/// <item>satisfied (满意) — rated satisfied or basically satisfied.</item>
/// </list>
/// Rates are fractions of one, rounded half away from zero to four places (0.6667 = 66.67%), and
/// 0 when there is nothing to divide by: response and resolution over received, satisfaction over rated.
/// </summary>
public sealed record AppealFigures(int Received, int Responded, int Resolved, int Satisfied, int Rated)
{
    public const int RateDecimals = 4;

    public static readonly AppealFigures None = new(0, 0, 0, 0, 0);

    /// <summary>响应率 = responded ÷ received.</summary>
    public decimal ResponseRate => Rate(Responded, Received);

    /// <summary>办结率 = resolved ÷ received.</summary>
    public decimal ResolutionRate => Rate(Resolved, Received);

    /// <summary>满意率 = satisfied ÷ rated.</summary>
    public decimal SatisfactionRate => Rate(Satisfied, Rated);

    public static decimal Rate(int part, int whole) =>
        whole <= 0 ? 0m : Math.Round((decimal)part / whole, RateDecimals, MidpointRounding.AwayFromZero);

    public static bool IsResponded(WorkItemStatus status) => status is WorkItemStatus.Accepted or WorkItemStatus.Handled or WorkItemStatus.Verified
        or WorkItemStatus.Closed or WorkItemStatus.Evaluated or WorkItemStatus.Backlogged;

    public static bool IsResolved(WorkItemStatus status) => status is WorkItemStatus.Closed or WorkItemStatus.Evaluated;

    public static bool IsRated(WorkItemStatus status, Satisfaction? satisfaction) => status == WorkItemStatus.Evaluated && satisfaction is not null;

    public static bool IsSatisfied(WorkItemStatus status, Satisfaction? satisfaction) =>
        IsRated(status, satisfaction) && satisfaction is Satisfaction.Satisfied or Satisfaction.BasicallySatisfied;

    /// <summary>Counts appeals given as (state of the work item, how many appeals are in that state).</summary>
    public static AppealFigures Tally(IEnumerable<(WorkItemStatus Status, Satisfaction? Satisfaction, int Count)> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        int received = 0, responded = 0, resolved = 0, satisfied = 0, rated = 0;
        foreach (var (status, satisfaction, count) in states)
        {
            received += count;
            responded += IsResponded(status) ? count : 0;
            resolved += IsResolved(status) ? count : 0;
            rated += IsRated(status, satisfaction) ? count : 0;
            satisfied += IsSatisfied(status, satisfaction) ? count : 0;
        }

        return new(received, responded, resolved, satisfied, rated);
    }
}
