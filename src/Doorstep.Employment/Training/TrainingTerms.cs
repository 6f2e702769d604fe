using Doorstep.Employment.LabourBrands;
using Doorstep.Platform.Ui;

namespace Doorstep.Employment.Training;

/// <summary>The names officers read for the training and brand terms.</summary>
public static class TrainingTerms
{
    public static Text Mode(CourseMode mode) => mode == CourseMode.OrderBased ? new("订单式", "Order-based") : new("定向", "Directed");

    public static Text Status(EnrolmentStatus status) => status switch
    {
        EnrolmentStatus.Enrolled => new("在训", "In training"),
        EnrolmentStatus.Completed => new("已结业", "Completed"),
        _ => new("已退学", "Withdrawn"),
    };

    public static string Badge(EnrolmentStatus status) => status switch
    {
        EnrolmentStatus.Enrolled => "text-bg-primary",
        EnrolmentStatus.Completed => "text-bg-success",
        _ => "text-bg-secondary",
    };

    public static Text Certificate(CertificateKind kind) =>
        kind == CertificateKind.SkillLevel ? new("职业技能等级证书", "Skill level certificate") : new("专项职业能力证书", "Special ability certificate");

    /// <summary>职业技能等级证书 四级（中级工）, or 专项职业能力证书.</summary>
    public static Text Certificate(CertificateKind kind, int? level) =>
        kind == CertificateKind.SkillLevel && level is { } l
            ? new($"{Certificate(kind).Zh} {TrainingRules.LevelName(l).Zh}", $"{Certificate(kind).En}, {TrainingRules.LevelName(l).En}")
            : Certificate(kind);

    public static Text Level(BrandLevel level) => level switch
    {
        BrandLevel.Provincial => new("省级", "Provincial"),
        BrandLevel.City => new("市级", "City"),
        _ => new("县级", "County"),
    };

    public static string Yuan(long amount) => amount.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) + Tr.T("元", " yuan");
}
