using Doorstep.Employment.Seekers;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Matching;

/// <summary>
/// A month of the specialists' work on the demo seekers: each of the first twenty-four seekers
/// still looking is put forward for their best match, and the referrals have got as far as
/// people's do — some not yet called, some interviewed, a few hired, a few turned down.
/// </summary>
internal static class ReferralDemo
{
    private static readonly (string? Stage, string? Note)[][] Journeys =
    [
        [],
        [("contacted", null)],
        [("contacted", null), ("interviewed", "约周三上午面试")],
        [("contacted", null), ("interviewed", null), ("hired", "下周一到岗，试用期一个月")],
        [("contacted", null), ("declined", "嫌通勤远，暂不考虑")],
        [("contacted", null), ("interviewed", null), ("declined", "用人单位要求有相关证书")],
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var matching = context.Service<MatchService>();
        var referrals = context.Service<ReferralService>();
        var jobs = Actor.System("jobs");
        var seeking = await context.Db.Set<Seeker>().AsNoTracking().Where(s => s.Status == SeekerStatus.Seeking).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Select(s => s.Id).Take(24).ToListAsync(ct);
        for (var i = 0; i < seeking.Count; i++)
        {
            if (await matching.ForSeekerAsync(seeking[i], 1, ct) is not [var best, ..])
            {
                continue;
            }

            var referral = await referrals.RecommendAsync(new ReferralInput(seeking[i], best.VacancyId, null), jobs, ct);
            var id = referral.Value?.Id ?? throw new InvalidOperationException($"Demo referral: {referral.Errors}");
            foreach (var (stage, note) in Journeys[i % Journeys.Length])
            {
                await referrals.AdvanceAsync(id, new ReferralStep(stage, note), jobs, ct);
            }
        }
    }
}
