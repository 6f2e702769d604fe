using Doorstep.Platform.Demo;
using Doorstep.Platform.WorkItems.Lifecycle;

namespace Doorstep.Health.Referrals;

/// <summary>A referral the family doctor has not yet followed up.</summary>
internal static class ReferralDemo
{
    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var now = context.Now;
        await context.WorkItemAsync(
            new NewWorkItem
            {
                TypeCode = ReferralWorkItems.Referral.Code, Category = "uncontrolled", Title = "高血压连续两次控制不满意转诊",
                Description = "连续两次随访血压 ≥160/100 mmHg，已转诊至区人民医院心内科。", RegionCode = "430211001001002",
                Address = "天元区嵩山街道康华小区", Open = true,
            },
            "doctor", now.AddDays(-16),
            [
                new(WorkItemActions.DispatchTo, "officer", now.AddDays(-16).AddHours(1), new TransitionInput { AssignUser = "doctor" }),
                new(WorkItemActions.Accept, "doctor", now.AddDays(-16).AddHours(2), new TransitionInput()),
            ],
            ct);
    }
}
