using Doorstep.Employment.Vacancies;
using Microsoft.AspNetCore.Http;

namespace Doorstep.Employment.LabourBrands.Pages;

/// <summary>The brand form as posted, shared by the list (new brand) and the detail page (correction).</summary>
public sealed class BrandForm
{
    public string? Name { get; set; }
    public string Level { get; set; } = "county";
    public string? OccupationCode { get; set; }
    public string? RegionCode { get; set; }
    public string? Description { get; set; }

    public static BrandForm Read(IFormCollection f) => new()
    {
        Name = f["name"], Level = f["level"].ToString() is { Length: > 0 } level ? level : "county", OccupationCode = f["occupationCode"], RegionCode = f["regionCode"],
        Description = f["description"],
    };

    public static BrandForm From(LabourBrandView b) => new()
    {
        Name = b.Name, Level = VacancyTerms.Name(b.Level), OccupationCode = b.OccupationCode, RegionCode = b.RegionCode, Description = b.Description,
    };

    public LabourBrandInput ToInput() =>
        new(Name, VacancyTerms.TryParse<BrandLevel>(Level, out var level) ? level : null, OccupationCode, RegionCode, Description);
}
