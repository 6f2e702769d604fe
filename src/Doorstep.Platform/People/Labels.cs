using Doorstep.Platform.Ui;

namespace Doorstep.Platform.People;

/// <summary>How the registry's categories read on screen.</summary>
public static class Labels
{
    public static readonly IReadOnlyList<(DisabilityCategory Value, Text Name)> DisabilityCategories =
    [
        (DisabilityCategory.Visual, new("视力残疾", "Visual")),
        (DisabilityCategory.Hearing, new("听力残疾", "Hearing")),
        (DisabilityCategory.Speech, new("言语残疾", "Speech")),
        (DisabilityCategory.Physical, new("肢体残疾", "Physical")),
        (DisabilityCategory.Intellectual, new("智力残疾", "Intellectual")),
        (DisabilityCategory.Mental, new("精神残疾", "Mental")),
        (DisabilityCategory.Multiple, new("多重残疾", "Multiple")),
    ];

    public static readonly IReadOnlyList<(HardshipStatus Value, Text Name)> HardshipKinds =
    [
        (HardshipStatus.SubsistenceAllowance, new("低保", "Subsistence allowance")),
        (HardshipStatus.ExtremePoverty, new("特困", "Extreme poverty")),
        (HardshipStatus.LowIncome, new("低收入", "Low income")),
        (HardshipStatus.ElderlyAlone, new("独居老人", "Elderly living alone")),
    ];

    public static Text Of(Kernel.Sex sex) => sex == Kernel.Sex.Male ? new("男", "Male") : new("女", "Female");

    public static string Disability(DisabilityCategory category) =>
        DisabilityCategories.First(d => d.Value == category).Name.ToString();

    public static string Hardship(HardshipStatus status) => status == HardshipStatus.None
        ? Tr.T("无", "None")
        : string.Join("、", HardshipKinds.Where(h => status.HasFlag(h.Value)).Select(h => h.Name.ToString()));

    public static IEnumerable<string> Flags(PersonView person)
    {
        if (person.Returnee)
        {
            yield return Tr.T("返乡人员", "Returnee");
        }

        if (person.PovertyRelieved)
        {
            yield return Tr.T("脱贫人口", "Poverty-relieved");
        }
    }
}
