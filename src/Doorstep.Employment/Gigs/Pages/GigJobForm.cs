using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Doorstep.Employment.Gigs.Pages;

/// <summary>The gig job form as posted, kept as typed so a refused value is shown back; shared by the new and the edit page.</summary>
public static class GigJobForm
{
    /// <summary>A blank form: today, one person, paid by the day.</summary>
    public static IFormCollection Blank(DateOnly today) =>
        new FormCollection(new Dictionary<string, StringValues> { ["startDate"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["peopleNeeded"] = "1" });

    /// <summary>The form filled from a job; the phone is left blank, since only its masked form is known and blank keeps it.</summary>
    public static IFormCollection From(GigJobView job) => new FormCollection(new Dictionary<string, StringValues>
    {
        ["title"] = job.Title, ["categoryId"] = job.CategoryId.ToString(), ["marketId"] = job.MarketId.ToString(),
        ["posterKind"] = job.PosterKind == GigPoster.Business ? "business" : "household", ["posterName"] = job.PosterName, ["regionCode"] = job.RegionCode,
        ["address"] = job.Address, ["startDate"] = Day(job.StartDate), ["endDate"] = job.EndDate == job.StartDate ? "" : Day(job.EndDate),
        ["startTime"] = job.StartTime?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "", ["endTime"] = job.EndTime?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "",
        ["pay"] = job.Pay.ToString(CultureInfo.InvariantCulture), ["payUnit"] = job.PayUnit == GigPayUnit.Job ? "job" : "day",
        ["peopleNeeded"] = job.PeopleNeeded.ToString(CultureInfo.InvariantCulture), ["description"] = job.Description ?? "",
    });

    public static GigJobInput Input(IFormCollection form) => new(
        form["title"], Guid.TryParse(form["categoryId"], out var category) ? category : null, form["posterKind"] == "business" ? GigPoster.Business : GigPoster.Household,
        form["posterName"], form["posterPhone"], form["address"], form["regionCode"], null, null,
        DateOnly.TryParse(form["startDate"], CultureInfo.InvariantCulture, out var start) ? start : null,
        DateOnly.TryParse(form["endDate"], CultureInfo.InvariantCulture, out var end) ? end : null,
        TimeOnly.TryParse(form["startTime"], CultureInfo.InvariantCulture, out var from) ? from : null,
        TimeOnly.TryParse(form["endTime"], CultureInfo.InvariantCulture, out var to) ? to : null,
        int.TryParse(form["pay"], out var pay) ? pay : null, form["payUnit"] == "job" ? GigPayUnit.Job : GigPayUnit.Day,
        int.TryParse(form["peopleNeeded"], out var people) ? people : null, Guid.TryParse(form["marketId"], out var market) ? market : null, form["description"]);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
