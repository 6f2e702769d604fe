using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Checks;

/// <summary>Six in ten of the elderly of 嵩山街道 and 霞石村 have had this year's check; the rest make the list to call in.</summary>
internal static class CheckDemo
{
    private static readonly (string Region, string Doctor)[] Practices =
    [
        (DemoDistrict.Songshan[..9], "doctor"),
        (DemoDistrict.Xiashi, "villagedoctor"),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var checks = context.Service<ElderlyChecks>();
        var random = context.Random;
        var today = DateOnly.FromDateTime(context.Now.AddHours(8));
        var bornBy = new DateOnly(today.Year - ElderlyChecks.ElderlyAge, 12, 31);
        foreach (var (region, doctor) in Practices)
        {
            var elders = await context.Db.People.AsNoTracking().Where(p => p.RegionCode.StartsWith(region) && p.BirthDate <= bornBy).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
            foreach (var person in elders.Where(_ => random.NextDouble() < 0.6))
            {
                var abnormal = random.NextDouble() < 0.2;
                var outcome = await checks.RecordAsync(new CheckInput(
                    person,
                    new DateOnly(today.Year, 1, 1).AddDays(random.Next(0, today.DayOfYear)),
                    ["lifestyle", "self-care", "physical", "blood", "urine", "liver", "kidney", "glucose", "lipids", "ecg", "ultrasound", "tcm", "guidance"],
                    new Dictionary<string, string> { ["physical"] = abnormal ? "血压 152/94 mmHg，心率 82 次/分" : "未见明显异常", ["tcm"] = "气虚质" },
                    abnormal ? "血压偏高，建议复查并纳入高血压管理评估" : "未见明显异常",
                    "低盐饮食，适量运动，按时服药",
                    abnormal), Actor.System(doctor), ct);
                _ = outcome.Value ?? throw new InvalidOperationException($"Demo check {person}: {outcome.Errors}");
            }
        }
    }
}
