using System.Globalization;
using Doorstep.Employment.Employers;
using Doorstep.Platform.Imports;
using Microsoft.AspNetCore.Http;

namespace Doorstep.Employment.TrainingBases.Pages;

/// <summary>The application form as posted, text as typed so a refused value comes back as it was.</summary>
public sealed class ApplicationForm
{
    /// <summary>Partner rows on the form; the API takes up to <see cref="BaseApplicationService.MaxPartners"/>.</summary>
    public const int PartnerRows = 6;

    public string? InstitutionName { get; set; }
    public string? CreditCode { get; set; }
    public string? Address { get; set; }
    public string? RegionCode { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? AnnualPersonTimes { get; set; }
    public string? SubsidisedPersonTimes { get; set; }
    public string? TotalTrained { get; set; }
    public string?[] PartnerNames { get; set; } = new string?[PartnerRows];
    public string?[] PartnerSizes { get; set; } = new string?[PartnerRows];
    public string? Programmes { get; set; }
    public bool SharedBase { get; set; }
    public string? SharedBaseDescription { get; set; }
    public string? LocalEmploymentPercent { get; set; }
    public HashSet<string> Pillars { get; set; } = [];
    public string? OtherIndustries { get; set; }
    public Dictionary<string, string?> Evidence { get; set; } = [];

    public static ApplicationForm Read(IFormCollection f) => new()
    {
        InstitutionName = f["institutionName"], CreditCode = f["creditCode"], Address = f["address"], RegionCode = f["regionCode"],
        ContactName = f["contactName"], ContactPhone = f["contactPhone"], AnnualPersonTimes = f["annualPersonTimes"],
        SubsidisedPersonTimes = f["subsidisedPersonTimes"], TotalTrained = f["totalTrained"],
        PartnerNames = [.. Enumerable.Range(0, PartnerRows).Select(i => (string?)f[$"partner{i}"].ToString())],
        PartnerSizes = [.. Enumerable.Range(0, PartnerRows).Select(i => (string?)f[$"partnerSize{i}"].ToString())],
        Programmes = f["programmes"], SharedBase = f["sharedBase"] == "true", SharedBaseDescription = f["sharedBaseDescription"],
        LocalEmploymentPercent = f["localEmploymentPercent"], Pillars = f["pillars"].OfType<string>().ToHashSet(), OtherIndustries = f["otherIndustries"],
        Evidence = BaseCheck.Rules.ToDictionary(r => r, r => (string?)f[$"evidence.{r}"].ToString()),
    };

    /// <summary>Programmes one per line (names may contain commas); industries ticked plus any typed.</summary>
    public ApplicationInput ToInput(Guid? callId) => new(
        callId, InstitutionName, CreditCode, Address, RegionCode, ContactName, ContactPhone, Int(AnnualPersonTimes), Int(SubsidisedPersonTimes), Int(TotalTrained),
        [.. Enumerable.Range(0, PartnerRows).Select(i => new PartnerInput(PartnerNames[i], Enum.TryParse<EmployerSize>(PartnerSizes[i], out var size) ? size : null))],
        [.. (Programmes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], SharedBase, SharedBaseDescription,
        decimal.TryParse(LocalEmploymentPercent, NumberStyles.Number, CultureInfo.InvariantCulture, out var rate) ? rate : null,
        [.. Pillars, .. CellText.List(OtherIndustries)], Evidence.Where(e => !string.IsNullOrWhiteSpace(e.Value)).ToDictionary(e => e.Key, e => e.Value!));

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
