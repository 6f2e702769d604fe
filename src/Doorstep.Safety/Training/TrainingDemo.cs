using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;

namespace Doorstep.Safety.Training;

/// <summary>Sessions the town and its villages held, as the news page tells of them, and one planned.</summary>
internal static class TrainingDemo
{
    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var training = context.Service<TrainingService>();
        var planned = DateOnly.FromDateTime(context.Now).AddDays(20);
        TrainingInput[] sessions =
        [
            new(new DateOnly(2024, 1, 20), DemoDistrict.Xiashi, "霞石村村部", "春节前九小场所负责人消防培训", ["消防法规", "灭火器使用", "用火用电用气安全"],
                "雷打石镇人民政府", "周奕江", 48, ["small-shop", "small-restaurant", "small-hotel"], "节前走访后集中培训，现场演示灭火器使用"),
            new(new DateOnly(2024, 1, 26), DemoDistrict.Leidashi, "雷打石镇政府大院", "烟花爆竹经营安全培训", ["消防法规", "初起火灾扑救", "烟花爆竹储存"],
                "株洲市天元区消防救援大队", "周奕江", 15, ["fireworks-seller"], null),
            new(new DateOnly(2024, 3, 12), "430211101202", "雷打石村老年活动中心", "电动自行车安全进村入户", ["电动自行车安全", "疏散逃生"],
                "雷打石镇人民政府", "李卫东", 62, [], "村民自愿参加"),
            new(new DateOnly(2024, 6, 5), "430211101203", "雷打石加油站", "加油站初起火灾扑救演练", ["初起火灾扑救", "灭火器使用", "疏散逃生"],
                "株洲市天元区消防救援大队", "周奕江", 12, ["petrol-station"], null),
            new(planned, DemoDistrict.Xiashi, "霞石村星星幼儿园", "幼儿园教职工消防演练", ["疏散逃生", "灭火器使用"],
                "霞石村村民委员会", "杨浩博", 20, ["small-school"], "计划中"),
        ];
        foreach (var session in sessions)
        {
            var outcome = await training.CreateAsync(session, Actor.System("fire"), ct);
            _ = outcome.Value ?? throw new InvalidOperationException($"Demo training {session.Title}: {outcome.Errors}");
        }
    }
}
