using Doorstep.Care.Households;
using Doorstep.Care.Visits;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Doorstep.Platform.WorkItems;
using Doorstep.Platform.WorkItems.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Appeals;

/// <summary>
/// Appeals heard on 白关镇 deputy 杨凌波's visits (OutreachDemo) and at the town's liaison station,
/// and calls and station visits in 雷打石镇: some still open, some closed and rated, one backlogged,
/// each recorded through the appeal service with its work item and walked on by the real engine.
/// </summary>
internal static class AppealDemo
{
    private const string Station = "白关镇人大代表联络站";

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var now = context.Now;
        var town = await context.OrganisationIdAsync(DemoDistrict.LeidashiGovernment, ct);
        var station = await context.OrganisationIdAsync(Station, ct);

        await AppealAsync(context, now.AddDays(-6), "officer",
            new AppealInput("help", "phone", "general", "村道路灯不亮\n霞石村3组至村部的村道有4盏路灯不亮，老人晚上出行不便。", AppellantName: "谭大爷", AppellantPhone: "13907330215", Region: "430211101201003"),
            [new(WorkItemActions.DispatchTo, "officer", now.AddDays(-6).AddHours(1), new TransitionInput { AssignUser = "grid" })],
            ct);

        await AppealAsync(context, now.AddDays(-10), "officer",
            new AppealInput("complaint", "phone", "utilities", "集镇街停水\n集镇街自来水停水一天未恢复。", AppellantName: "李师傅", AppellantPhone: "13787012533", Region: "430211101202002"),
            [
                new(WorkItemActions.DispatchTo, "officer", now.AddDays(-10).AddMinutes(20), new TransitionInput { UnitId = town }),
                new(WorkItemActions.Accept, "officer", now.AddDays(-10).AddHours(1), new TransitionInput()),
                new(WorkItemActions.Handle, "officer", now.AddDays(-10).AddHours(9), new TransitionInput { Note = "协调水厂抢修爆管，当晚恢复供水" }),
                new(WorkItemActions.Verify, "officer", now.AddDays(-9), new TransitionInput { Passed = true }),
                new(WorkItemActions.Close, "officer", now.AddDays(-9).AddHours(1), new TransitionInput()),
                new(WorkItemActions.Evaluate, "officer", now.AddDays(-8), new TransitionInput { Satisfaction = Satisfaction.Satisfied, Note = "电话回访，群众表示满意" }),
            ],
            ct);

        var zhou = await HouseholdAsync(context, "周淑珍", ct);
        await AppealAsync(context, now.AddDays(-20), "grid",
            new AppealInput("help", "station", "complex", "住房墙体开裂，申请危房改造。低保户，儿子在外打零工，无力自行维修。", Person: zhou.Person, Household: zhou.Household),
            [
                new(WorkItemActions.DispatchTo, "officer", now.AddDays(-20).AddHours(2), new TransitionInput { UnitId = town }),
                new(WorkItemActions.Accept, "officer", now.AddDays(-19), new TransitionInput()),
                new(WorkItemActions.RequestBacklog, "officer", now.AddDays(-10), new TransitionInput { Note = "需列入明年危房改造计划，资金待下达" }),
                new(WorkItemActions.Decide, "officer", now.AddDays(-9), new TransitionInput { Approve = true, Note = "同意挂账，明年一季度优先安排" }),
            ],
            ct);

        var liu = await HouseholdAsync(context, "刘桂英", ct);
        await AppealAsync(context, now.AddDays(-10), "deputy",
            new AppealInput("help", null, "utilities", "电热毯和卧室插座线路老化，冬天怕冷，请村里帮忙检修。", Person: liu.Person, Visit: liu.Visit),
            [
                new(WorkItemActions.DispatchTo, "officer", now.AddDays(-10).AddHours(1), new TransitionInput { UnitId = station }),
                new(WorkItemActions.Accept, "officer", now.AddDays(-10).AddHours(2), new TransitionInput()),
                new(WorkItemActions.Handle, "officer", now.AddDays(-10).AddHours(8), new TransitionInput { Note = "联系村电工上门更换插座和线路，送新电热毯一床" }),
                new(WorkItemActions.Verify, "officer", now.AddDays(-9), new TransitionInput { Passed = true, Note = "代表回访查看，线路已更换" }),
                new(WorkItemActions.Close, "officer", now.AddDays(-9).AddHours(1), new TransitionInput()),
                new(WorkItemActions.Evaluate, "officer", now.AddDays(-8), new TransitionInput { Satisfaction = Satisfaction.Satisfied, Note = "老人说屋里暖和多了" }),
            ],
            ct);

        var wang = await HouseholdAsync(context, "王建国", ct);
        await AppealAsync(context, now.AddDays(-8), "deputy",
            new AppealInput("enquiry", null, "general", "儿子王小军肢体残疾，想学手艺，询问残疾人职业培训怎么报名。", Person: wang.Person, Visit: wang.Visit),
            [
                new(WorkItemActions.DispatchTo, "officer", now.AddDays(-8).AddHours(2), new TransitionInput { UnitId = station }),
                new(WorkItemActions.Accept, "officer", now.AddDays(-7), new TransitionInput()),
                new(WorkItemActions.Handle, "officer", now.AddDays(-5), new TransitionInput { Note = "已告知区残联电商和面点培训的报名时间和材料，帮其报上面点班" }),
                new(WorkItemActions.Verify, "officer", now.AddDays(-4), new TransitionInput { Passed = true }),
                new(WorkItemActions.Close, "officer", now.AddDays(-4).AddHours(1), new TransitionInput()),
                new(WorkItemActions.Evaluate, "officer", now.AddDays(-3), new TransitionInput { Satisfaction = Satisfaction.BasicallySatisfied, Note = "希望培训地点离家近一些" }),
            ],
            ct);

        var zhang = await HouseholdAsync(context, "张明华", ct);
        await AppealAsync(context, now.AddDays(-6), "deputy",
            new AppealInput("complaint", null, "general", "住院费用报销慢，出院两个月还没到账。", Person: zhang.Person, Visit: zhang.Visit),
            [],
            ct);

        var chen = await HouseholdAsync(context, "陈德厚", ct);
        await AppealAsync(context, now.AddDays(-3), "deputy",
            new AppealInput("help", null, "general", "独居，耳背，希望网格员每周上门看一次。", Person: chen.Person, Visit: chen.Visit),
            [],
            ct);

        await AppealAsync(context, now.AddDays(-2), "deputy",
            new AppealInput("suggestion", "station", "complex", "建议在白关村3组路口增设公交候车亭，老人赶集等车没地方遮雨。", AppellantName: "彭师傅", AppellantPhone: "13974112306", Region: DemoDistrict.BaiguanVillage),
            [
                new(WorkItemActions.DispatchTo, "officer", now.AddDays(-2).AddHours(3), new TransitionInput { UnitId = station }),
                new(WorkItemActions.Accept, "officer", now.AddDays(-1), new TransitionInput { Note = "已联系镇交通办现场查看" }),
            ],
            ct);
    }

    /// <summary>Records the appeal at <paramref name="receivedAt"/> by <paramref name="receiver"/>, then takes its work item through the steps.</summary>
    private static async Task AppealAsync(DemoSeedContext context, DateTime receivedAt, string receiver, AppealInput input, IReadOnlyList<DemoStep> steps, CancellationToken ct)
    {
        var clock = new DemoClock { Utc = receivedAt };
        var engine = context.Engine(clock);
        var appeals = context.At<AppealService>(clock, engine);
        var created = await appeals.CreateAsync(input, Actor.System(receiver), ct);
        var row = created.Value ?? throw new InvalidOperationException($"Care demo appeal {input.Content}: {created.Errors}");
        var version = (await engine.GetAsync(row.WorkItemId, ct))!.Version;
        foreach (var step in steps)
        {
            clock.Utc = step.At;
            var outcome = await engine.ApplyAsync(row.WorkItemId, step.Action, step.Input with { Version = version }, [], Actor.System(step.User), ct);
            version = outcome.Item?.Version ?? throw new InvalidOperationException($"Care demo appeal {input.Content}, {step.Action}: {outcome.Errors}");
        }
    }

    /// <summary>The OutreachDemo household a member heads, that member, and the latest visit to it.</summary>
    private static async Task<(Guid Household, Guid Person, Guid? Visit)> HouseholdAsync(DemoSeedContext context, string member, CancellationToken ct)
    {
        var db = context.Db;
        var inCare = db.Set<NeedyHousehold>();
        var person = await db.People.AsNoTracking().Where(p => p.Name == member && inCare.Any(h => h.HouseholdId == p.HouseholdId)).Select(p => new { p.Id, p.HouseholdId }).FirstAsync(ct);
        var needy = await db.Set<NeedyHousehold>().AsNoTracking().Where(h => h.HouseholdId == person.HouseholdId).Select(h => h.Id).FirstAsync(ct);
        var visit = await db.Set<Visit>().AsNoTracking().Where(v => v.NeedyHouseholdId == needy).OrderByDescending(v => v.VisitedOn).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(ct);
        return (needy, person.Id, visit);
    }
}
