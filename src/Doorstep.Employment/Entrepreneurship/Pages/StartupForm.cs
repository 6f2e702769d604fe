using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Imports;
using Microsoft.AspNetCore.Http;

namespace Doorstep.Employment.Entrepreneurship.Pages;

/// <summary>The application form as posted, text as typed, so a refused value is shown back as it was.</summary>
public sealed class StartupForm
{
    public string Kind { get; set; } = "individual";
    public string? BusinessName { get; set; }
    public string? CreditCode { get; set; }
    public string? Amount { get; set; }
    public string? TermMonths { get; set; }
    /// <summary>The other partners' ID numbers, one a line.</summary>
    public string? Partners { get; set; }
    public HashSet<string> TargetGroups { get; set; } = [];
    public bool FirstTimeFounder { get; set; }
    public string? OperatingSince { get; set; }
    public string? JobsCreated { get; set; }
    public string? Note { get; set; }

    public static StartupForm Read(IFormCollection f) => new()
    {
        Kind = f["kind"].ToString() is { Length: > 0 } kind ? kind : "individual", BusinessName = f["businessName"], CreditCode = f["creditCode"],
        Amount = f["amount"], TermMonths = f["termMonths"], Partners = f["partners"], TargetGroups = f["targetGroups"].OfType<string>().ToHashSet(),
        FirstTimeFounder = f["firstTimeFounder"] == "true", OperatingSince = f["operatingSince"], JobsCreated = f["jobsCreated"], Note = f["note"],
    };

    public StartupInput ToInput(Guid personId) => new(
        VacancyTerms.TryParse<StartupKind>(Kind, out var kind) ? kind : null, personId, null, BusinessName, Blank(CreditCode), Int(Amount), Int(TermMonths), null,
        [.. TargetGroups.Select(g => VacancyTerms.TryParse<TargetGroup>(g, out var group) ? group : (TargetGroup?)null).OfType<TargetGroup>()],
        FirstTimeFounder, CellText.TryDate(OperatingSince, out var since) ? since : null, null, Int(JobsCreated), Blank(Note), StartupPartnerRules.Split(Partners));

    /// <summary>The form filled with an application to correct it; partners stay as they are unless listed again.</summary>
    public static StartupForm From(StartupView a) => new()
    {
        Kind = VacancyTerms.Name(a.Kind), BusinessName = a.BusinessName, CreditCode = a.CreditCode, Amount = Text(a.Amount), TermMonths = a.TermMonths is { } term ? Text(term) : null,
        TargetGroups = [.. a.TargetGroups.Select(g => VacancyTerms.Name(g))], FirstTimeFounder = a.FirstTimeFounder,
        OperatingSince = a.OperatingSince?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), JobsCreated = Text(a.JobsCreated), Note = a.Note,
    };

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int? Int(string? text) => CellText.TryInt(text, out var value) ? value : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
