using Doorstep.Employment.Vacancies;
using Doorstep.Platform.People;
using Doorstep.Platform.Ui;

namespace Doorstep.Employment.Seekers;

/// <summary>The names of a seeker's terms in both languages, shared by pages, the export and the import.</summary>
public static class SeekerTerms
{
    public static Text Status(SeekerStatus status) => status switch
    {
        SeekerStatus.Seeking => new("求职中", "Seeking"),
        SeekerStatus.Employed => new("已就业", "Employed"),
        _ => new("暂停求职", "Paused"),
    };

    /// <summary>The status badge's colour class.</summary>
    public static string Badge(SeekerStatus status) => status switch
    {
        SeekerStatus.Seeking => "text-bg-primary",
        SeekerStatus.Employed => "text-bg-success",
        _ => "text-bg-secondary",
    };

    public static Text Group(TargetGroup group) => group switch
    {
        TargetGroup.Returnee => new("返乡农民工", "Returnee migrant worker"),
        TargetGroup.PovertyRelieved => new("脱贫劳动力", "Poverty-relieved labour"),
        TargetGroup.Disabled => new("残疾人", "Disabled"),
        TargetGroup.Graduate => new("高校毕业生", "Graduate"),
        _ => new("就业困难人员", "Employment difficulty"),
    };

    /// <summary>A seeker's own schooling, where a vacancy states the least it asks.</summary>
    public static Text Education(Education education) => education switch
    {
        Vacancies.Education.Any => new("小学及以下", "Primary or less"),
        Vacancies.Education.Junior => new("初中", "Junior secondary"),
        Vacancies.Education.Senior => new("高中/中专", "Senior secondary"),
        Vacancies.Education.College => new("大专", "College"),
        _ => new("本科及以上", "Bachelor or higher"),
    };

    /// <summary>The registry's category as the code vacancies use; the enum names are the GB/T 26341 category names, lower-cased.</summary>
    public static string? DisabilityCode(DisabilityCategory? category) => category?.ToString().ToLowerInvariant();

    /// <summary>5公里, 800米.</summary>
    public static Text Commute(int metres) =>
        metres >= 1000 && metres % 100 == 0
            ? new($"{metres / 1000.0:0.#}公里", $"{metres / 1000.0:0.#} km")
            : new($"{metres}米", $"{metres} m");
}
