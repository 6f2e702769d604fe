using Doorstep.Platform.Demo;
using Doorstep.Platform.WorkItems.Lifecycle;

namespace Doorstep.Safety.Hazards;

/// <summary>Hazards found before the Spring Festival in 雷打石镇, in every state of the loop.</summary>
internal static class HazardDemo
{
    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var now = context.Now;
        var committee = await context.OrganisationIdAsync(DemoDistrict.XiashiCommittee, ct);
        var brigade = await context.OrganisationIdAsync(DemoDistrict.FireBrigade, ct);

        await context.WorkItemAsync(
            new NewWorkItem
            {
                TypeCode = SafetyWorkItems.Hazard.Code, Category = "general", Title = "便民超市疏散通道堆放货物",
                Description = "超市后门疏散通道堆放纸箱和饮料，通道宽度不足0.8米。", RegionCode = "430211101201001",
                Address = "天元区雷打石镇霞石村2组 霞石村便民超市", Open = true,
            },
            "fire", now.AddDays(-6),
            [
                new(WorkItemActions.DispatchTo, "officer", now.AddDays(-6).AddHours(1), new TransitionInput { UnitId = committee }),
                new(WorkItemActions.Accept, "grid", now.AddDays(-5), new TransitionInput { Note = "已与店主联系，约定清理时间" }),
            ],
            ct);

        await context.WorkItemAsync(
            new NewWorkItem
            {
                TypeCode = SafetyWorkItems.Hazard.Code, Category = "general", Title = "烟花爆竹店内电动自行车充电",
                Description = "店内营业区停放电动自行车并拉线充电，与烟花爆竹同处一室。", RegionCode = "430211101201002",
                Address = "天元区雷打石镇霞石村1组 鸿运烟花爆竹店", Open = true,
                DueDate = DateOnly.FromDateTime(now.AddDays(-3)),
            },
            "fire", now.AddDays(-12),
            [
                new(WorkItemActions.DispatchTo, "officer", now.AddDays(-12).AddHours(2), new TransitionInput { AssignUser = "grid" }),
                new(WorkItemActions.Accept, "grid", now.AddDays(-11), new TransitionInput()),
            ],
            ct);

        await context.WorkItemAsync(
            new NewWorkItem
            {
                TypeCode = SafetyWorkItems.Hazard.Code, Category = "general", Title = "旅社灭火器压力不足",
                Description = "二楼走廊2具ABC干粉灭火器压力表指针在红区。", RegionCode = "430211101202001",
                Address = "天元区雷打石镇集镇街12号 悦来旅社", Open = true,
            },
            "fire", now.AddDays(-15),
            [
                new(WorkItemActions.DispatchTo, "officer", now.AddDays(-15).AddHours(1), new TransitionInput { UnitId = brigade }),
                new(WorkItemActions.Accept, "fire", now.AddDays(-15).AddHours(3), new TransitionInput()),
                new(WorkItemActions.Handle, "fire", now.AddDays(-13), new TransitionInput { Note = "店主已更换2具4kg灭火器，并签收整改通知书" }),
                new(WorkItemActions.Verify, "officer", now.AddDays(-12), new TransitionInput { Passed = true, Note = "现场复查，灭火器压力正常" }),
                new(WorkItemActions.Close, "officer", now.AddDays(-12).AddHours(1), new TransitionInput()),
            ],
            ct);

        await context.WorkItemAsync(
            new NewWorkItem
            {
                TypeCode = SafetyWorkItems.Complaint.Code, Category = "blocked-exit", Title = "网吧安全出口上锁",
                Description = "群众电话反映康华网吧营业时安全出口上锁。", RegionCode = "430211001001001",
                Address = "天元区嵩山街道康华小区商业街 康华网吧", ContactName = "刘女士", ContactPhone = "13873312468",
            },
            "officer", now.AddHours(-3), [], ct);
    }
}
