using Doorstep.Platform.People;
using Doorstep.Platform.Ui;

namespace Doorstep.Health.Contracts;

/// <summary>
/// 重点人群. Some follow from data the platform already holds (age from the ID number, chronic
/// enrolments, disability, hardship); the rest only the doctor knows and ticks.
/// </summary>
public static class KeyPopulation
{
    public const string Elderly = "elderly";
    public const string Child = "child";
    public const string Pregnant = "pregnant";
    public const string Hypertension = "hypertension";
    public const string Diabetes = "diabetes";
    public const string Tuberculosis = "tuberculosis";
    public const string MentalIllness = "mental-illness";
    public const string Disabled = "disabled";
    public const string LowIncome = "low-income";
    public const string Bereaved = "bereaved";

    public sealed record Definition(string Code, Text Name, bool Derived);

    public static readonly IReadOnlyList<Definition> All =
    [
        new(Elderly, new("65岁及以上老年人", "Aged 65+"), true),
        new(Child, new("0～6岁儿童", "Children 0–6"), true),
        new(Pregnant, new("孕产妇", "Pregnant or postpartum"), false),
        new(Hypertension, new("高血压患者", "Hypertension"), true),
        new(Diabetes, new("2型糖尿病患者", "Type 2 diabetes"), true),
        new(Tuberculosis, new("肺结核患者", "Tuberculosis"), false),
        new(MentalIllness, new("严重精神障碍患者", "Severe mental illness"), false),
        new(Disabled, new("残疾人", "Disabled"), true),
        new(LowIncome, new("低保、特困等困难人员", "Low-income or extreme poverty"), true),
        new(Bereaved, new("计划生育特殊家庭", "Families who lost their only child"), false),
    ];

    public static Text NameOf(string code) => All.FirstOrDefault(d => d.Code == code)?.Name ?? new(code, code);

    public static bool IsKnown(string code) => All.Any(d => d.Code == code);

    /// <summary>Age in whole years on a date.</summary>
    public static int Age(DateOnly birth, DateOnly on) => on.Year - birth.Year - (on < birth.AddYears(on.Year - birth.Year) ? 1 : 0);

    /// <summary>The groups a resident belongs to by the records, on a date.</summary>
    public static List<string> Derive(Person person, IEnumerable<Visits.ChronicDisease> enrolled, DateOnly on)
    {
        var codes = new List<string>();
        var age = Age(person.BirthDate, on);
        if (age >= 65)
        {
            codes.Add(Elderly);
        }

        if (age <= 6)
        {
            codes.Add(Child);
        }

        foreach (var disease in enrolled.Distinct())
        {
            codes.Add(disease == Visits.ChronicDisease.Hypertension ? Hypertension : Diabetes);
        }

        if (person.DisabilityCategory is not null)
        {
            codes.Add(Disabled);
        }

        if ((person.Hardship & (HardshipStatus.SubsistenceAllowance | HardshipStatus.ExtremePoverty | HardshipStatus.LowIncome)) != 0)
        {
            codes.Add(LowIncome);
        }

        return codes;
    }

    /// <summary>Codes in the catalogue's order, without repeats.</summary>
    public static string Join(IEnumerable<string> codes)
    {
        var set = codes.ToHashSet(StringComparer.Ordinal);
        return string.Join(',', All.Select(d => d.Code).Where(set.Contains));
    }

    public static IReadOnlyList<string> Split(string? codes) =>
        string.IsNullOrEmpty(codes) ? [] : codes.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
