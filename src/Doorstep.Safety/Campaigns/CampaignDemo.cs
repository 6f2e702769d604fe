using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Safety.Checklists;
using Doorstep.Safety.Hazards;
using Doorstep.Safety.Inspections;
using Doorstep.Safety.Inspectors;
using Doorstep.Safety.Venues;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Safety.Campaigns;

/// <summary>
/// 雷打石镇's pre-Spring-Festival campaign of 2024, played through the real services on a clock set
/// to January 2024: every venue inspected, failures fixed on the spot, and hazards that ended in
/// every state — closed, rectified awaiting closure, awaiting re-inspection, overdue, and a major
/// hazard under a long deadline after its expert review. A winter campaign of this year has begun.
/// </summary>
internal static class CampaignDemo
{
    private const string Leidashi = "430211101000";
    private const string Xiashi = "430211101201";

    /// <summary>Venue, checklist text it fails on, fixed on the spot, where, and the deadline (days after the inspection).</summary>
    private static readonly (string Venue, string Item, bool Fixed, string? Location, int? Days)[] Failures =
    [
        ("雷打石镇霞石村便民超市", "安全出口、疏散通道", true, "后门通道", null),
        ("雷打石镇霞石村便民超市", "配置灭火器", false, "收银台旁", 7),
        ("雷打石镇湘味土菜馆", "排油烟罩", false, "后厨灶台上方", 10),
        ("雷打石镇湘味土菜馆", "电动自行车", true, "大堂", null),
        ("雷打石镇悦来旅社", "人员住宿", false, "一楼仓库隔间", 1200),
        ("雷打石镇悦来旅社", "疏散示意图", true, "二至四楼客房", null),
        ("雷打石加油站", "静电接地", false, "卸油口", 5),
        ("雷打石镇液化气经销店", "可燃气体报警", false, "钢瓶存放间", 10),
        ("雷打石镇鸿运烟花爆竹店", "电动自行车", true, "店内", null),
        ("雷打石镇鸿运烟花爆竹店", "专店专营", false, "店铺二楼住房", 15),
        ("集镇蓝天网吧", "应急照明", false, "二楼楼梯间", 7),
        ("集镇金色年华KTV", "防盗网", false, "二楼包厢外窗", 10),
        ("双石村柴火饭庄", "燃气管道", false, "后厨", 7),
        ("霞石村金穗超市", "私拉乱接", true, "门口冰柜插座", null),
        ("集镇丽人美容院", "会报警", true, null, null),
        ("霞石村竹木加工厂", "电动自行车", true, "车间门口", null),
        ("双石村石材加工厂", "私拉乱接", true, "切割机电源", null),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var clock = new DemoClock { Utc = Utc(2024, 1, 8, 9) };
        var campaigns = context.At<CampaignService>(clock);
        var created = await campaigns.CreateAsync(
            new("2024年春节前九小场所及重点场所消防安全检查", new(2024, 1, 10), new(2024, 2, 8), [Leidashi], [], ["天元区消防救援大队", "雷打石派出所", "雷打石镇人民政府"]),
            Actor.System("fire"),
            ct);
        var campaign = created.Value ?? throw new InvalidOperationException($"Demo campaign: {created.Errors}");
        var venues = await campaigns.VenuesAsync(campaign.Id, ct: ct);
        foreach (var village in venues.GroupBy(v => v.RegionCode[..12]))
        {
            var pair = village.Key == Xiashi ? new[] { "fire", "grid" } : ["fire", "gridchief"];
            var assigned = await campaigns.AssignAsync(campaign.Id, new([.. village.Select(v => v.VenueId)], pair), Actor.System("fire"), ct);
            if (!assigned.Succeeded)
            {
                throw new InvalidOperationException($"Demo campaign, assigning {village.Key}: {assigned.Errors}");
            }
        }

        var inspections = context.At<InspectionService>(clock, context.Engine(clock), campaigns);
        var checklists = context.Service<ChecklistService>();
        var hazards = new Dictionary<string, HazardCreated>();
        var day = 0;
        foreach (var venue in venues)
        {
            clock.Utc = Utc(2024, 1, 10 + day++ % 18, 9 + day % 6);
            var checklist = await checklists.CurrentAsync(venue.Kind, ct) ?? throw new InvalidOperationException($"No checklist for {venue.Kind}");
            var failures = Failures.Where(f => f.Venue == venue.Name).ToList();
            var items = checklist.Items.Select(item =>
            {
                var failure = failures.FirstOrDefault(f => item.Text.Contains(f.Item, StringComparison.Ordinal));
                return failure.Venue is null
                    ? new ItemResultInput(item.Id, "pass")
                    : new ItemResultInput(item.Id, "fail", failure.Fixed, failure.Location, DueDate: failure.Days is { } days ? DateOnly.FromDateTime(clock.Utc).AddDays(days) : null);
            }).ToList();
            var inspectors = venue.RegionCode.StartsWith(Xiashi, StringComparison.Ordinal) ? new[] { "fire", "grid" } : ["fire", "gridchief"];
            var recorded = await inspections.RecordAsync(
                new InspectionInput { CampaignId = campaign.Id, VenueId = venue.VenueId, Inspectors = inspectors, Items = items, Longitude = venue.Longitude, Latitude = venue.Latitude },
                [],
                Actor.System("fire"),
                ct);
            var result = recorded.Value ?? throw new InvalidOperationException($"Demo inspection of {venue.Name}: {recorded.Errors}");
            foreach (var hazard in result.Hazards)
            {
                hazards[venue.Name] = hazard;
            }
        }

        var loop = context.At<HazardService>(clock, context.Engine(clock));
        async Task Step(DateTime at, Func<Task<Platform.Validation.Outcome<HazardView>>> step, string what)
        {
            clock.Utc = at;
            var outcome = await step();
            _ = outcome.Value ?? throw new InvalidOperationException($"Demo hazard, {what}: {outcome.Errors}");
        }

        Guid Of(string venue) => hazards[venue].HazardId;
        var fire = Actor.System("fire");
        var officer = Actor.System("officer");

        // Closed: fixed, asked for re-inspection, passed, closed.
        foreach (var (venue, pair) in new[] { ("雷打石镇霞石村便民超市", new[] { "fire", "grid" }), ("雷打石镇湘味土菜馆", ["fire", "gridchief"]), ("双石村柴火饭庄", ["fire", "gridchief"]) })
        {
            var found = hazards[venue].DueDate;
            await Step(Utc(found.AddDays(-2), 10), () => loop.RequestReinspectionAsync(Of(venue), new(null, "已整改完毕"), fire, ct), $"{venue} request");
            await Step(Utc(found.AddDays(-1), 15), () => loop.ReinspectAsync(Of(venue), new(null, pair, true, "现场复查，已按要求整改"), [], fire, ct), $"{venue} re-inspect");
            await Step(Utc(found, 9), () => loop.CloseAsync(Of(venue), "复查合格，销案", officer, ct), $"{venue} close");
        }

        // Closed after a failed first re-inspection.
        var cafe = hazards["集镇蓝天网吧"].DueDate;
        await Step(Utc(cafe.AddDays(-3), 10), () => loop.RequestReinspectionAsync(Of("集镇蓝天网吧"), new(null, "已更换应急照明灯"), fire, ct), "cafe request");
        await Step(Utc(cafe.AddDays(-2), 16), () => loop.ReinspectAsync(Of("集镇蓝天网吧"), new(null, ["fire", "gridchief"], false, "二楼楼梯间仍有1盏应急灯不亮"), [], fire, ct), "cafe fail");
        await Step(Utc(cafe, 10), () => loop.RequestReinspectionAsync(Of("集镇蓝天网吧"), new(null, "已全部更换"), fire, ct), "cafe request again");
        await Step(Utc(cafe.AddDays(1), 15), () => loop.ReinspectAsync(Of("集镇蓝天网吧"), new(null, ["fire", "gridchief"], true, "应急照明全部正常"), [], fire, ct), "cafe pass");
        await Step(Utc(cafe.AddDays(2), 9), () => loop.CloseAsync(Of("集镇蓝天网吧"), null, officer, ct), "cafe close");

        // Rectified, waiting to be closed.
        var station = hazards["雷打石加油站"].DueDate;
        await Step(Utc(station, 11), () => loop.ReinspectAsync(Of("雷打石加油站"), new(null, ["fire", "gridchief"], true, "静电接地已修复，检测报告在有效期内"), [], fire, ct), "station pass");

        // Awaiting re-inspection.
        var lpg = hazards["雷打石镇液化气经销店"].DueDate;
        await Step(Utc(lpg.AddDays(-1), 10), () => loop.RequestReinspectionAsync(Of("雷打石镇液化气经销店"), new(null, "已安装可燃气体报警器"), fire, ct), "lpg request");

        // A major hazard under an expert review, with a long deadline for the building work.
        await Step(Utc(2024, 1, 26, 10), () => loop.ReviewAsync(Of("雷打石镇悦来旅社"), new(new(2024, 1, 26), ReviewMethod.ExpertPanel, ["谭建华", "李卫东", "周敏", "陈志强", "刘洋", "黄海燕", "易国庆"], 6, true, "经营与住宿“三合一”，住宿部分与经营区域未进行防火分隔，依据GB 35181判定为重大火灾隐患"), fire, ct), "inn review");

        // The winter campaign now under way.
        var now = context.Now;
        var today = DateOnly.FromDateTime(ShanghaiTime.ToLocal(now));
        clock.Utc = now.AddDays(-1);
        var winter = await campaigns.CreateAsync(
            new($"{today.Year}年冬春火灾防控九小场所检查", today.AddDays(-14), today.AddDays(75), [Xiashi], [], ["天元区消防救援大队", "雷打石镇人民政府", "霞石村村民委员会"]),
            Actor.System("fire"),
            ct);
        _ = winter.Value ?? throw new InvalidOperationException($"Demo winter campaign: {winter.Errors}");
    }

    private static DateTime Utc(int year, int month, int day, int beijingHour) => new DateTime(year, month, day, beijingHour, 0, 0, DateTimeKind.Utc).AddHours(-8);

    private static DateTime Utc(DateOnly day, int beijingHour) => Utc(day.Year, day.Month, day.Day, beijingHour);
}
