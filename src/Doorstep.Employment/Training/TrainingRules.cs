using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;

namespace Doorstep.Employment.Training;

/// <summary>
/// The steps of a trainee, each allowed once and only after the one before: enrol while places
/// remain; complete on or after the course's last day; certify and record the job only after
/// completing, never dated before it; withdraw only while still in training. Pure, so each
/// boundary is tested without a database.
/// </summary>
public static class TrainingRules
{
    public const int HighestLevel = 1;
    public const int LowestLevel = 5;

    /// <summary>The refusal when no place is left, else null.</summary>
    public static string? Capacity(int enrolled, int capacity) =>
        enrolled < capacity ? null : $"该培训班计划招收{capacity}人，已报名{enrolled}人，名额已满，不能再报名";

    public static void Completion(FieldErrors errors, EnrolmentStatus status, DateOnly? on, DateOnly courseEndsOn, DateOnly today)
    {
        if (status != EnrolmentStatus.Enrolled)
        {
            errors.Add("status", status == EnrolmentStatus.Completed ? "已登记结业，不能重复登记" : "已退学，不能登记结业");
            return;
        }

        if (on is not { } day)
        {
            errors.Add("completedOn", "请填写结业日期");
        }
        else if (day < courseEndsOn)
        {
            errors.Add("completedOn", $"结业日期{Tr.Date(day)}早于培训班结束日期{Tr.Date(courseEndsOn)}：培训结束后才能结业");
        }
        else if (day > today)
        {
            errors.Add("completedOn", $"结业日期{Tr.Date(day)}晚于今天");
        }
    }

    public static void Certificate(
        FieldErrors errors, EnrolmentStatus status, DateOnly? completedOn, bool certified, CertificateKind? kind, int? level, string? number, DateOnly? on, DateOnly today)
    {
        if (status != EnrolmentStatus.Completed || completedOn is not { } completed)
        {
            errors.Add("status", status == EnrolmentStatus.Withdrawn ? "已退学，不能登记证书" : "尚未结业，结业后才能登记证书");
            return;
        }

        if (certified)
        {
            errors.Add("status", "已登记证书，不能重复登记");
            return;
        }

        if (kind is not { } k || !Enum.IsDefined(k))
        {
            errors.Add("certificateKind", "请选择证书类别：skill-level（职业技能等级证书）或 special-ability（专项职业能力证书）");
        }
        else if (k == CertificateKind.SkillLevel && level is not (>= HighestLevel and <= LowestLevel))
        {
            errors.Add("certificateLevel", "职业技能等级证书请选择等级：五级（初级工）到一级（高级技师），填5～1");
        }
        else if (k == CertificateKind.SpecialAbility && level is not null)
        {
            errors.Add("certificateLevel", "专项职业能力证书不分等级，请不要填写等级");
        }

        var text = number?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add("certificateNumber", "请填写证书编号");
        }
        else if (text.Length > EnrolmentService.MaxCertificateNumber)
        {
            errors.Add("certificateNumber", $"证书编号不超过{EnrolmentService.MaxCertificateNumber}个字符");
        }

        CheckDate(errors, "certifiedOn", "发证日期", on, completed, today);
    }

    public static void Employment(FieldErrors errors, EnrolmentStatus status, DateOnly? completedOn, bool employed, DateOnly? on, string? employer, DateOnly today)
    {
        if (status != EnrolmentStatus.Completed || completedOn is not { } completed)
        {
            errors.Add("status", status == EnrolmentStatus.Withdrawn ? "已退学，不能登记培训后就业" : "尚未结业，结业后才能登记培训后就业");
            return;
        }

        if (employed)
        {
            errors.Add("status", "已登记培训后就业，不能重复登记");
            return;
        }

        var name = employer?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add("employerName", "请填写就业单位名称");
        }
        else if (name.Length > EnrolmentService.MaxEmployerName)
        {
            errors.Add("employerName", $"就业单位名称不超过{EnrolmentService.MaxEmployerName}字");
        }

        CheckDate(errors, "employedOn", "就业日期", on, completed, today);
    }

    public static void Withdrawal(FieldErrors errors, EnrolmentStatus status, string? reason)
    {
        if (status != EnrolmentStatus.Enrolled)
        {
            errors.Add("status", status == EnrolmentStatus.Completed ? "已结业，不能退学" : "已退学");
            return;
        }

        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add("note", "请写明退学原因");
        }
        else if (text.Length > 500)
        {
            errors.Add("note", "退学原因不超过500字");
        }
    }

    /// <summary>五级（初级工）… 一级（高级技师）.</summary>
    public static Text LevelName(int level) => level switch
    {
        5 => new("五级（初级工）", "Level 5 (junior)"),
        4 => new("四级（中级工）", "Level 4 (intermediate)"),
        3 => new("三级（高级工）", "Level 3 (senior)"),
        2 => new("二级（技师）", "Level 2 (technician)"),
        1 => new("一级（高级技师）", "Level 1 (senior technician)"),
        _ => new($"{level}级", $"Level {level}"),
    };

    private static void CheckDate(FieldErrors errors, string field, string what, DateOnly? on, DateOnly completed, DateOnly today)
    {
        if (on is not { } day)
        {
            errors.Add(field, $"请填写{what}");
        }
        else if (day < completed)
        {
            errors.Add(field, $"{what}{Tr.Date(day)}早于结业日期{Tr.Date(completed)}");
        }
        else if (day > today)
        {
            errors.Add(field, $"{what}{Tr.Date(day)}晚于今天");
        }
    }
}
