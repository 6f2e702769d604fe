using Doorstep.Platform.Demo;
using Doorstep.Platform.WorkItems;
using Doorstep.Platform.WorkItems.Lifecycle;

namespace Doorstep.Care.Appeals;

/// <summary>Appeals heard on deputies' visits and at the stations of 雷打石镇.</summary>
internal static class AppealDemo
{
    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var now = context.Now;
        var town = await context.OrganisationIdAsync(DemoDistrict.LeidashiGovernment, ct);

        await context.WorkItemAsync(
            new NewWorkItem
            {
                TypeCode = AppealWorkItems.Appeal.Code, Category = "general", Title = "村道路灯不亮",
                Description = "霞石村3组至村部的村道有4盏路灯不亮，老人晚上出行不便。", RegionCode = "430211101201003",
                Address = "天元区雷打石镇霞石村3组", ContactName = "谭大爷", ContactPhone = "13907330215", Open = true,
            },
            "officer", now.AddDays(-6),
            [
                new(WorkItemActions.DispatchTo, "officer", now.AddDays(-6).AddHours(1), new TransitionInput { AssignUser = "grid" }),
            ],
            ct);

        await context.WorkItemAsync(
            new NewWorkItem
            {
                TypeCode = AppealWorkItems.Appeal.Code, Category = "utilities", Title = "集镇街停水",
                Description = "集镇街自来水停水一天未恢复。", RegionCode = "430211101202002",
                Address = "天元区雷打石镇集镇街", ContactName = "李师傅", ContactPhone = "13787012533", Open = true,
            },
            "officer", now.AddDays(-10),
            [
                new(WorkItemActions.DispatchTo, "officer", now.AddDays(-10).AddMinutes(20), new TransitionInput { UnitId = town }),
                new(WorkItemActions.Accept, "officer", now.AddDays(-10).AddHours(1), new TransitionInput()),
                new(WorkItemActions.Handle, "officer", now.AddDays(-10).AddHours(9), new TransitionInput { Note = "协调水厂抢修爆管，当晚恢复供水" }),
                new(WorkItemActions.Verify, "officer", now.AddDays(-9), new TransitionInput { Passed = true }),
                new(WorkItemActions.Close, "officer", now.AddDays(-9).AddHours(1), new TransitionInput()),
                new(WorkItemActions.Evaluate, "officer", now.AddDays(-8), new TransitionInput { Satisfaction = Satisfaction.Satisfied, Note = "电话回访，群众表示满意" }),
            ],
            ct);

        await context.WorkItemAsync(
            new NewWorkItem
            {
                TypeCode = AppealWorkItems.Appeal.Code, Category = "complex", Title = "困难户危房改造申请",
                Description = "低保户反映住房墙体开裂，申请危房改造。", RegionCode = "430211101201002",
                Address = "天元区雷打石镇霞石村1组", ContactName = "周奶奶", Open = true,
            },
            "deputy", now.AddDays(-20),
            [
                new(WorkItemActions.DispatchTo, "officer", now.AddDays(-20).AddHours(2), new TransitionInput { UnitId = town }),
                new(WorkItemActions.Accept, "officer", now.AddDays(-19), new TransitionInput()),
                new(WorkItemActions.RequestBacklog, "officer", now.AddDays(-10), new TransitionInput { Note = "需列入明年危房改造计划，资金待下达" }),
                new(WorkItemActions.Decide, "officer", now.AddDays(-9), new TransitionInput { Approve = true, Note = "同意挂账，明年一季度优先安排" }),
            ],
            ct);
    }
}
