using Doorstep.Platform.People;
using Doorstep.Platform.Ui;

namespace Doorstep.Care.Disability;

/// <summary>民生实事 projects for disabled people (domain-rules, "Care and appeals").</summary>
public enum ServiceKind
{
    /// <summary>辅助器具适配.</summary>
    AssistiveDevice = 1,

    /// <summary>无障碍改造, only for poor disabled households.</summary>
    AccessibilityRetrofit = 2,

    /// <summary>儿童康复救助, only for children under the configured age at application.</summary>
    ChildRehabilitation = 3,

    /// <summary>职业技能培训.</summary>
    VocationalTraining = 4,

    /// <summary>法律援助.</summary>
    LegalAid = 5,
}

/// <summary>Where a service record stands; it only moves forward.</summary>
public enum ServiceStatus
{
    /// <summary>申请.</summary>
    Applied = 1,

    /// <summary>批准.</summary>
    Approved = 2,

    /// <summary>驳回, with its reason; the end.</summary>
    Rejected = 3,

    /// <summary>已落实, with the date and what was delivered; the end.</summary>
    Delivered = 4,
}

/// <summary>How categories, grades, projects and states read, in Chinese for rules and imports and in the UI language on screen.</summary>
public static class DisabilityTerms
{
    public static readonly IReadOnlyList<(ServiceKind Value, string Code, Text Name)> Kinds =
    [
        (ServiceKind.AssistiveDevice, "assistive-device", new("辅助器具适配", "Assistive-device fitting")),
        (ServiceKind.AccessibilityRetrofit, "accessibility-retrofit", new("无障碍改造", "Accessibility retrofit")),
        (ServiceKind.ChildRehabilitation, "child-rehabilitation", new("儿童康复救助", "Child rehabilitation aid")),
        (ServiceKind.VocationalTraining, "vocational-training", new("职业技能培训", "Vocational training")),
        (ServiceKind.LegalAid, "legal-aid", new("法律援助", "Legal aid")),
    ];

    public static readonly IReadOnlyList<(ServiceStatus Value, string Code, Text Name)> Statuses =
    [
        (ServiceStatus.Applied, "applied", new("申请", "Applied")),
        (ServiceStatus.Approved, "approved", new("批准", "Approved")),
        (ServiceStatus.Rejected, "rejected", new("驳回", "Rejected")),
        (ServiceStatus.Delivered, "delivered", new("已落实", "Delivered")),
    ];

    public static readonly IReadOnlyList<int> Grades = [1, 2, 3, 4];

    public static string CategoryName(DisabilityCategory category) => Labels.DisabilityCategories.First(c => c.Value == category).Name.Zh;

    public static Text Category(DisabilityCategory category) => Labels.DisabilityCategories.First(c => c.Value == category).Name;

    public static string GradeName(int grade) => grade switch { 1 => "一级", 2 => "二级", 3 => "三级", 4 => "四级", _ => $"{grade}级" };

    public static Text Grade(int grade) => new(GradeName(grade), $"Grade {grade}");

    public static Text Kind(ServiceKind kind) => Kinds.First(k => k.Value == kind).Name;

    public static string KindCode(ServiceKind kind) => Kinds.First(k => k.Value == kind).Code;

    public static Text Status(ServiceStatus status) => Statuses.First(s => s.Value == status).Name;

    public static string StatusCode(ServiceStatus status) => Statuses.First(s => s.Value == status).Code;

    /// <summary>A project by its code, its Chinese name or its English name.</summary>
    public static ServiceKind? FindKind(string? text)
    {
        var t = text?.Trim();
        return string.IsNullOrEmpty(t) ? null
            : Kinds.Where(k => k.Code == t || k.Name.Zh == t || string.Equals(k.Name.En, t, StringComparison.OrdinalIgnoreCase)).Select(k => (ServiceKind?)k.Value).FirstOrDefault();
    }

    /// <summary>A state by its code or name; 已批准 and 落实 are read as the import's officers write them.</summary>
    public static ServiceStatus? FindStatus(string? text)
    {
        var t = text?.Trim();
        return t switch
        {
            null or "" => null,
            "已批准" or "同意" => ServiceStatus.Approved,
            "已驳回" or "不予批准" => ServiceStatus.Rejected,
            "落实" or "已完成" => ServiceStatus.Delivered,
            "已申请" or "待审批" => ServiceStatus.Applied,
            _ => Statuses.Where(s => s.Code == t || s.Name.Zh == t || string.Equals(s.Name.En, t, StringComparison.OrdinalIgnoreCase)).Select(s => (ServiceStatus?)s.Value).FirstOrDefault(),
        };
    }

    public static DisabilityCategory? FindCategory(string? text)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }

        if (int.TryParse(t, out var n) && n is >= 1 and <= 7)
        {
            return (DisabilityCategory)n;
        }

        return Labels.DisabilityCategories.Where(c => c.Name.Zh == t || c.Name.Zh == t + "残疾" || string.Equals(c.Value.ToString(), t, StringComparison.OrdinalIgnoreCase))
            .Select(c => (DisabilityCategory?)c.Value).FirstOrDefault();
    }
}
