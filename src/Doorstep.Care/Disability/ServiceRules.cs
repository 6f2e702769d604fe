using Doorstep.Platform.People;
using Doorstep.Platform.Validation;

namespace Doorstep.Care.Disability;

/// <summary>
/// Who may have which project, and how a service record moves: 申请 → 批准 or 驳回 (with a
/// reason) → 已落实 (with the day and what was delivered); never back, never skipping approval.
/// </summary>
public static class ServiceRules
{
    public const decimal MaxAmount = 1_000_000m;

    public const int MaxText = 500;

    /// <summary>The registry's marks of a poor household; living alone is not poverty.</summary>
    public const HardshipStatus Poor = HardshipStatus.SubsistenceAllowance | HardshipStatus.ExtremePoverty | HardshipStatus.LowIncome;

    public static string? AppliedOnProblem(DateOnly? appliedOn, DateOnly today) => appliedOn switch
    {
        null => "请填写申请日期",
        { } d when d > today => "申请日期不能晚于今天",
        _ => null,
    };

    /// <summary>A record needs a certificate that was issued and still valid on the day of application.</summary>
    public static string? CertificateProblem(DateOnly issuedOn, DateOnly validUntil, DateOnly appliedOn) =>
        appliedOn < issuedOn ? $"申请日期早于残疾人证发证日期（{Iso(issuedOn)}）"
        : appliedOn > validUntil ? $"残疾人证已于{Iso(validUntil)}过期，请先换领新证"
        : null;

    /// <summary>儿童康复救助: younger than the limit on the day of application.</summary>
    public static string? ChildProblem(int ageOnApplication, int ageLimit) =>
        ageOnApplication < ageLimit ? null : $"儿童康复救助只面向申请时未满{ageLimit}周岁的儿童，持证人申请时已{ageOnApplication}周岁";

    /// <summary>无障碍改造: a needy household of care, or a poor one by the registry's marks.</summary>
    public static string? RetrofitProblem(bool needyHousehold, HardshipStatus hardship) =>
        needyHousehold || (hardship & Poor) != 0
            ? null
            : "无障碍改造只面向困难残疾人家庭：持证人所在户未登记为困难家庭，居民档案中也没有低保、特困或低收入标记";

    /// <summary>Approve or reject an application: only from 申请, on a day between the application and today; a rejection says why.</summary>
    public static void Decide(ServiceStatus current, bool approve, DateOnly? on, string? reason, DateOnly appliedOn, DateOnly today, FieldErrors errors)
    {
        if (current != ServiceStatus.Applied)
        {
            errors.Add("status", $"该记录已{Done(current)}，不能再{(approve ? "批准" : "驳回")}");
            return;
        }

        CheckDay(on, appliedOn, "申请日期", today, "decidedOn", approve ? "批准日期" : "驳回日期", errors);
        if (!approve && string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("reason", "驳回须写明原因");
        }

        if (reason?.Trim().Length > MaxText)
        {
            errors.Add("reason", $"原因不超过{MaxText}字");
        }
    }

    /// <summary>Record the delivery: only once approved, on a day between the approval and today, saying what was delivered; the amount is optional.</summary>
    public static void Deliver(ServiceStatus current, DateOnly? on, string? delivered, decimal? amount, DateOnly decidedOn, DateOnly today, FieldErrors errors)
    {
        if (current != ServiceStatus.Approved)
        {
            errors.Add("status", current == ServiceStatus.Applied ? "该申请尚未批准，批准后才能落实" : $"该记录已{Done(current)}，不能再落实");
            return;
        }

        CheckDay(on, decidedOn, "批准日期", today, "deliveredOn", "落实日期", errors);
        if (string.IsNullOrWhiteSpace(delivered))
        {
            errors.Add("delivered", "请填写落实内容");
        }
        else if (delivered.Trim().Length > MaxText)
        {
            errors.Add("delivered", $"落实内容不超过{MaxText}字");
        }

        if (amount is < 0 or > MaxAmount || (amount is { } a && decimal.Round(a, 2) != a))
        {
            errors.Add("amount", $"金额应为0～{MaxAmount:0}元，最多两位小数");
        }
    }

    private static void CheckDay(DateOnly? on, DateOnly earliest, string earliestName, DateOnly today, string field, string name, FieldErrors errors)
    {
        if (on is not { } day)
        {
            errors.Add(field, $"请填写{name}");
        }
        else if (day > today)
        {
            errors.Add(field, $"{name}不能晚于今天");
        }
        else if (day < earliest)
        {
            errors.Add(field, $"{name}不能早于{earliestName}（{Iso(earliest)}）");
        }
    }

    private static string Done(ServiceStatus status) => status switch
    {
        ServiceStatus.Approved => "批准",
        ServiceStatus.Rejected => "驳回",
        ServiceStatus.Delivered => "落实",
        _ => "申请",
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
