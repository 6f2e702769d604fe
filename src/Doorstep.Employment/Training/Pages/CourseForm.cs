using System.Globalization;
using Doorstep.Employment.Vacancies;
using Microsoft.AspNetCore.Http;

namespace Doorstep.Employment.Training.Pages;

/// <summary>The course form as posted: text as typed, so a refused value is shown back as it was.</summary>
public sealed class CourseForm
{
    public string? ProviderId { get; set; }
    public string? Title { get; set; }
    public string Mode { get; set; } = "order-based";
    public string? OccupationCode { get; set; }
    public string? Hours { get; set; }
    public string? SubsidyPerPerson { get; set; }
    public string? Capacity { get; set; }
    public string? StartsOn { get; set; }
    public string? EndsOn { get; set; }
    public string? RegionCode { get; set; }

    public static CourseForm Read(IFormCollection f) => new()
    {
        ProviderId = f["providerId"], Title = f["title"], Mode = f["mode"].ToString() is { Length: > 0 } mode ? mode : "order-based", OccupationCode = f["occupationCode"],
        Hours = f["hours"], SubsidyPerPerson = f["subsidyPerPerson"], Capacity = f["capacity"], StartsOn = f["startsOn"], EndsOn = f["endsOn"], RegionCode = f["regionCode"],
    };

    public static CourseForm From(CourseView c) => new()
    {
        ProviderId = c.ProviderId.ToString(), Title = c.Title, Mode = VacancyTerms.Name(c.Mode), OccupationCode = c.OccupationCode, Hours = Text(c.Hours),
        SubsidyPerPerson = Text(c.SubsidyPerPerson), Capacity = Text(c.Capacity), StartsOn = Iso(c.StartsOn), EndsOn = Iso(c.EndsOn), RegionCode = c.RegionCode,
    };

    public CourseInput ToInput() => new(
        Guid.TryParse(ProviderId, out var provider) ? provider : null, Title, VacancyTerms.TryParse<CourseMode>(Mode, out var mode) ? mode : null, OccupationCode,
        Int(Hours), Int(SubsidyPerPerson), Int(Capacity), Day(StartsOn), Day(EndsOn), RegionCode);

    public static DateOnly? Day(string? text) => DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var day) ? day : null;

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
