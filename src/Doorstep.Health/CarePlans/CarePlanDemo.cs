using Doorstep.Health.Visits;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.CarePlans;

/// <summary>
/// 陈容医生's weekly rehabilitation check-ins for three older residents of 康华社区 after a stroke:
/// two kept up, one not seen for three weeks.
/// </summary>
internal static class CarePlanDemo
{
    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var plans = context.Service<CarePlans>();
        var doctor = Actor.System("doctor");
        var today = DateOnly.FromDateTime(context.Now.AddHours(8));
        var oldest = today.AddYears(-70);
        var people = await context.Db.People.AsNoTracking().Where(p => p.RegionCode.StartsWith(DemoDistrict.Kanghua) && p.BirthDate <= oldest)
            .OrderBy(p => p.Id).Select(p => p.Id).Take(3).ToListAsync(ct);
        for (var i = 0; i < people.Count; i++)
        {
            var outcome = await plans.CreateAsync(new CarePlanInput(people[i], "脑卒中后康复训练", "目标：独立行走50米、自行进食。措施：每周上门指导肢体功能训练、中医推拿，监测血压。", 7, today.AddDays(-56), null, "doctor"), doctor, ct);
            var plan = outcome.Value ?? throw new InvalidOperationException($"Demo care plan: {outcome.Errors}");
            var lastWeek = i == 2 ? 5 : 8;
            for (var week = 1; week <= lastWeek; week++)
            {
                await plans.CheckInAsync(plan.Id, new CheckInInput(plan.StartsOn.AddDays(7 * week), VisitKind.Home, week % 2 == 0 ? "上门康复训练 40 分钟，步行距离较上周增加" : "中医推拿，血压平稳"), doctor, ct);
            }
        }
    }
}
