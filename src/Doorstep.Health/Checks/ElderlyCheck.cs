using Doorstep.Platform.Data;
using Doorstep.Platform.Ui;

namespace Doorstep.Health.Checks;

/// <summary>
/// 老年人健康管理: the yearly health check of a resident aged 65 or over. Which parts were done is
/// kept in clear for the coverage figures; what was found is sealed by the field protector.
/// </summary>
public sealed class ElderlyCheck : IRegional
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public required string RegionCode { get; set; }

    public DateOnly Date { get; set; }

    public int Year { get; set; }

    /// <summary>Part codes done, comma-separated, in <see cref="CheckParts.All"/> order.</summary>
    public required string Parts { get; set; }

    /// <summary>The findings per part, the conclusion and the guidance as JSON, sealed.</summary>
    public required string FindingsCipher { get; set; }

    /// <summary>Something was found that needs follow-up: lists show these first.</summary>
    public bool Abnormal { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime RecordedAt { get; set; }
}

/// <summary>The parts of the check the national standard lists.</summary>
public static class CheckParts
{
    public const string Tcm = "tcm";

    public static readonly IReadOnlyList<(string Code, Text Name)> All =
    [
        ("lifestyle", new("生活方式和健康状况评估", "Lifestyle and health assessment")),
        ("self-care", new("生活自理能力评估", "Self-care assessment")),
        ("physical", new("体格检查", "Physical exam")),
        ("blood", new("血常规", "Blood count")),
        ("urine", new("尿常规", "Urinalysis")),
        ("liver", new("肝功能", "Liver function")),
        ("kidney", new("肾功能", "Kidney function")),
        ("glucose", new("空腹血糖", "Fasting glucose")),
        ("lipids", new("血脂", "Blood lipids")),
        ("ecg", new("心电图", "ECG")),
        ("ultrasound", new("腹部B超", "Abdominal ultrasound")),
        (Tcm, new("中医体质辨识", "TCM constitution")),
        ("guidance", new("健康指导", "Health guidance")),
    ];

    public static Text NameOf(string code) => All.FirstOrDefault(p => p.Code == code).Name is { Zh: not null } name ? name : new(code, code);
}

/// <summary>What was found, as sealed JSON.</summary>
public sealed record CheckFindings(IReadOnlyDictionary<string, string> ByPart, string? Conclusion, string? Guidance);
