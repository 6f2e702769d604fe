using Doorstep.Kernel;
using Doorstep.Safety.Hazards;

namespace Doorstep.Safety.Tests;

/// <summary>Re-inspection is due within 3 working days of the deadline or of the owner's earlier request, across holidays.</summary>
public sealed class ReinspectionRuleTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.ChinaDefault;

    [Theory]
    // Spring Festival 2024: 9 Feb works, 10–17 Feb off, Sunday 18 Feb a make-up working day.
    [InlineData("2024-02-08", null, "2024-02-19")]
    [InlineData("2024-02-08", "2024-02-06", "2024-02-09")]
    [InlineData("2024-02-08", "2024-02-12", "2024-02-19")]
    // National Day 2024: 1–7 Oct off.
    [InlineData("2024-09-30", null, "2024-10-10")]
    // A plain week: Friday's deadline is re-inspected by Wednesday.
    [InlineData("2024-03-15", null, "2024-03-20")]
    public void Due_counts_working_days_from_the_earlier_of_deadline_and_request(string deadline, string? requested, string expected)
    {
        var due = ReinspectionRule.Due(Calendar, DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), requested is null ? null : DateOnly.Parse(requested, System.Globalization.CultureInfo.InvariantCulture));

        due.ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }
}
