using System.Globalization;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Imports;
using Microsoft.AspNetCore.Http;

namespace Doorstep.Employment.Seekers.Pages;

/// <summary>The seeker form as posted: text as typed, so a refused value is shown back as it was. Shared by the new and the detail page.</summary>
public sealed class SeekerForm
{
    /// <summary>Three wishes are as many as a phone form should ask for; the API takes up to five.</summary>
    public const int Wishes = 3;

    public string?[] Occupations { get; set; } = new string?[Wishes];
    public string? ExpectedWage { get; set; }
    public string WageUnit { get; set; } = "month";
    public string MaxCommuteMeters { get; set; } = SeekerService.DefaultCommuteMeters.ToString(CultureInfo.InvariantCulture);
    public HashSet<string> Schedules { get; set; } = [];
    public HashSet<string> TargetGroups { get; set; } = [];
    public string? Skills { get; set; }
    public string Education { get; set; } = "any";
    public string? ExperienceYears { get; set; } = "0";
    public string? AvailableFrom { get; set; }
    public string? Longitude { get; set; }
    public string? Latitude { get; set; }
    public bool PublicWallConsent { get; set; }
    public string? Note { get; set; }

    /// <summary>The commute choices offered, in metres; the API takes any distance in range.</summary>
    public static readonly int[] Commutes = [1_000, 2_000, 3_000, 5_000, 10_000, 20_000, 50_000];

    public static SeekerForm Read(IFormCollection f) => new()
    {
        Occupations = [.. Enumerable.Range(0, Wishes).Select(i => (string?)f[$"occupation{i}"].ToString())],
        ExpectedWage = f["expectedWage"], WageUnit = f["wageUnit"].ToString() is { Length: > 0 } unit ? unit : "month",
        MaxCommuteMeters = f["maxCommuteMeters"].ToString(), Schedules = f["schedules"].OfType<string>().ToHashSet(),
        TargetGroups = f["targetGroups"].OfType<string>().ToHashSet(), Skills = f["skills"],
        Education = f["education"].ToString() is { Length: > 0 } education ? education : "any", ExperienceYears = f["experienceYears"],
        AvailableFrom = f["availableFrom"], Longitude = f["longitude"], Latitude = f["latitude"], PublicWallConsent = f["publicWallConsent"] == "true", Note = f["note"],
    };

    public static SeekerForm From(SeekerView s) => new()
    {
        Occupations = [.. Enumerable.Range(0, Wishes).Select(i => i < s.DesiredOccupations.Count ? s.DesiredOccupations[i] : null)],
        ExpectedWage = Text(s.ExpectedWage), WageUnit = VacancyTerms.Name(s.WageUnit), MaxCommuteMeters = Text(s.MaxCommuteMeters),
        Schedules = [.. s.Schedules.Select(VacancyTerms.Name)], TargetGroups = [.. s.TargetGroups.Select(VacancyTerms.Name)], Skills = string.Join("、", s.Skills),
        Education = VacancyTerms.Name(s.Education), ExperienceYears = Text(s.ExperienceYears), AvailableFrom = s.AvailableFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Longitude = s.Longitude.ToString("R", CultureInfo.InvariantCulture), Latitude = s.Latitude.ToString("R", CultureInfo.InvariantCulture),
        PublicWallConsent = s.PublicWallConsent, Note = s.Note,
    };

    public SeekerInput ToInput(Guid? personId) => new(
        personId, null, [.. Occupations.OfType<string>()], Int(ExpectedWage), VacancyTerms.TryParse<WageUnit>(WageUnit, out var unit) ? unit : null,
        Int(MaxCommuteMeters), [.. Parse<WorkSchedule>(Schedules)], Double(Longitude), Double(Latitude), CellText.List(Skills),
        VacancyTerms.TryParse<Education>(Education, out var education) ? education : null, Int(ExperienceYears),
        DateOnly.TryParse(AvailableFrom, CultureInfo.InvariantCulture, out var available) ? available : null, [.. Parse<TargetGroup>(TargetGroups)],
        PublicWallConsent, Note);

    private static IEnumerable<T> Parse<T>(IEnumerable<string> names)
        where T : struct, Enum =>
        names.Select(n => VacancyTerms.TryParse<T>(n, out var value) ? (T?)value : null).OfType<T>();

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static double? Double(string? text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
