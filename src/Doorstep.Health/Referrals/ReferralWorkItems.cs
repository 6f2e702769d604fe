using Doorstep.Kernel;
using Doorstep.Platform.WorkItems.Types;

namespace Doorstep.Health.Referrals;

/// <summary>The health module's work items: referrals followed up within two weeks.</summary>
public static class ReferralWorkItems
{
    /// <summary>转诊随访: the family doctor checks within two weeks that the referred patient was seen.</summary>
    public static readonly WorkItemTypeDefinition Referral = new(
        "health.referral",
        new("转诊随访", "Referral follow-up"),
        [
            new("urgent", new("紧急转诊", "Urgent referral"), TimeLimit.CalendarDays(14)),
            new("uncontrolled", new("连续两次控制不满意", "Twice uncontrolled"), TimeLimit.CalendarDays(14)),
        ])
    {
        VerifyOnSite = false,
    };
}
