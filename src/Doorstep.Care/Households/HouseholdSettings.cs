namespace Doorstep.Care.Households;

/// <summary>困难类别: code and the name shown and printed.</summary>
public sealed record HardshipCategory(string Code, string Name);

/// <summary>
/// The hardship categories, from Care:Households:Categories when set there (a list of Code and
/// Name), else the five of domain-rules.
/// </summary>
public sealed class HouseholdSettings
{
    public static readonly IReadOnlyList<HardshipCategory> Defaults =
    [
        new("subsistence", "低保户"),
        new("extreme-poverty", "特困供养"),
        new("disabled", "残疾人家庭"),
        new("elderly-alone", "独居老人"),
        new("model-worker", "困难劳模家庭"),
    ];

    public List<HardshipCategory>? Categories { get; set; }

    public IReadOnlyList<HardshipCategory> All => Categories is { Count: > 0 } set ? set : Defaults;

    public string NameOf(string code) => All.FirstOrDefault(c => c.Code == code)?.Name ?? code;
}
