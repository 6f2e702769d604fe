using System.Reflection;
using System.Text.Json.Serialization;
using Doorstep.Platform.Ui;

namespace Doorstep.Employment.Vacancies;

/// <summary>The names of a vacancy's terms in both languages, shared by pages and the export.</summary>
public static class VacancyTerms
{
    /// <summary>The disability categories of GB/T 26341-2010, by code.</summary>
    public static readonly IReadOnlyList<(string Code, Text Name)> DisabilityCategories =
    [
        ("visual", new("视力残疾", "Visual")),
        ("hearing", new("听力残疾", "Hearing")),
        ("speech", new("言语残疾", "Speech")),
        ("physical", new("肢体残疾", "Physical")),
        ("intellectual", new("智力残疾", "Intellectual")),
        ("mental", new("精神残疾", "Mental")),
        ("multiple", new("多重残疾", "Multiple")),
    ];

    public static Text Status(VacancyStatus status) => status switch
    {
        VacancyStatus.Published => new("招聘中", "Published"),
        VacancyStatus.Held => new("待审核", "Held for review"),
        VacancyStatus.Closed => new("已关闭", "Closed"),
        _ => new("已过期", "Expired"),
    };

    public static Text Schedule(WorkSchedule schedule) => schedule switch
    {
        WorkSchedule.FullTime => new("全职", "Full-time"),
        WorkSchedule.PartTime => new("兼职", "Part-time"),
        _ => new("零工", "Gig"),
    };

    public static Text Education(Education education) => education switch
    {
        Vacancies.Education.Any => new("不限", "Any"),
        Vacancies.Education.Junior => new("初中及以上", "Junior secondary"),
        Vacancies.Education.Senior => new("高中/中专及以上", "Senior secondary"),
        Vacancies.Education.College => new("大专及以上", "College"),
        _ => new("本科及以上", "Bachelor"),
    };

    public static Text Disability(string code)
    {
        foreach (var (known, name) in DisabilityCategories)
        {
            if (known == code)
            {
                return name;
            }
        }

        return new(code, code);
    }

    /// <summary>A value by its JSON name (full-time) as query strings and forms send it.</summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        foreach (var field in typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (string.Equals(field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name, text, StringComparison.OrdinalIgnoreCase))
            {
                value = (T)field.GetValue(null)!;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The JSON name of a value, for links and forms.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? value.ToString();

    /// <summary>3000–4500元/月, 150元/天.</summary>
    public static Text Wage(int min, int max, WageUnit unit)
    {
        var range = min == max ? $"{min}" : $"{min}–{max}";
        return unit == WageUnit.Month ? new($"{range}元/月", $"¥{range}/month") : new($"{range}元/天", $"¥{range}/day");
    }
}
