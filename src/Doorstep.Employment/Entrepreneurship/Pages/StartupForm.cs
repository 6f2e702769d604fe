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
    public string? Members { get; set; }
    public HashSet<string> TargetGroups { get; set; } = [];
    public bool FirstTimeFounder { get; set; }
    public string? OperatingSince { get; set; }
    public string? JobsCreated { get; set; }
    public string? Note { get; set; }

    public static StartupForm Read(IFormCollection f) => new()
    {
        Kind = f["kind"].ToString() is { Length: > 0 } kind ? kind : "individual", BusinessName = f["businessName"], CreditCode = f["creditCode"],
        Amount = f["amount"], TermMonths = f["termMonths"], Members = f["members"], TargetGroups = f["targetGroups"].OfType<string>().ToHashSet(),
        FirstTimeFounder = f["firstTimeFounder"] == "true", OperatingSince = f["operatingSince"], JobsCreated = f["jobsCreated"], Note = f["note"],
    };

    public StartupInput ToInput(Guid personId) => new(
        VacancyTerms.TryParse<StartupKind>(Kind, out var kind) ? kind : null, personId, null, BusinessName, Blank(CreditCode), Int(Amount), Int(TermMonths), Int(Members),
        [.. TargetGroups.Select(g => VacancyTerms.TryParse<TargetGroup>(g, out var group) ? group : (TargetGroup?)null).OfType<TargetGroup>()],
        FirstTimeFounder, CellText.TryDate(OperatingSince, out var since) ? since : null, null, Int(JobsCreated), Blank(Note));

    private static int? Int(string? text) => CellText.TryInt(text, out var value) ? value : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
