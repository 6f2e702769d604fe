using System.Globalization;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Imports;
using Microsoft.AspNetCore.Http;

namespace Doorstep.Employment.Fairs.Pages;

/// <summary>The fair form as posted: text as typed, so a refused value is shown back as it was.</summary>
public sealed class FairForm
{
    public string? Title { get; set; }
    public string Kind { get; set; } = "regular";
    public string? Date { get; set; }
    public string StartsAt { get; set; } = "09:00";
    public string EndsAt { get; set; } = "12:00";
    public string? Address { get; set; }
    public string? RegionCode { get; set; }
    public string? Longitude { get; set; }
    public string? Latitude { get; set; }
    public string? Organisers { get; set; }
    public HashSet<string> TargetGroups { get; set; } = [];
    public string? Note { get; set; }

    public static FairForm Read(IFormCollection f) => new()
    {
        Title = f["title"], Kind = f["kind"].ToString(), Date = f["date"], StartsAt = f["startsAt"].ToString(), EndsAt = f["endsAt"].ToString(), Address = f["address"],
        RegionCode = f["regionCode"], Longitude = f["longitude"], Latitude = f["latitude"], Organisers = f["organisers"],
        TargetGroups = f["targetGroups"].OfType<string>().ToHashSet(), Note = f["note"],
    };

    public static FairForm From(FairView f) => new()
    {
        Title = f.Title, Kind = VacancyTerms.Name(f.Kind), Date = f.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StartsAt = f.StartsAt.ToString("HH:mm", CultureInfo.InvariantCulture),
        EndsAt = f.EndsAt.ToString("HH:mm", CultureInfo.InvariantCulture), Address = f.Address, RegionCode = f.RegionCode,
        Longitude = f.Longitude?.ToString("R", CultureInfo.InvariantCulture), Latitude = f.Latitude?.ToString("R", CultureInfo.InvariantCulture),
        Organisers = string.Join("、", f.Organisers), TargetGroups = [.. f.TargetGroups.Select(VacancyTerms.Name)], Note = f.Note,
    };

    public FairInput ToInput() => new(
        Title, VacancyTerms.TryParse<FairKind>(Kind, out var kind) ? kind : null,
        DateOnly.TryParse(Date, CultureInfo.InvariantCulture, out var date) ? date : null, StartsAt, EndsAt, Address, RegionCode,
        Double(Longitude), Double(Latitude), CellText.List(Organisers),
        [.. TargetGroups.Select(n => VacancyTerms.TryParse<TargetGroup>(n, out var g) ? (TargetGroup?)g : null).OfType<TargetGroup>()], Note);

    private static double? Double(string? text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
