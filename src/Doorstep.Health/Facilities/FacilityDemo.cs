using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;

namespace Doorstep.Health.Facilities;

/// <summary>Health profiles for the demo district's centres and clinics.</summary>
internal static class FacilityDemo
{
    private static readonly (string Name, string Hours, string[] Services, int? Beds, int Doctors, int Nurses, string Phone)[] Profiles =
    [
        ("天元区嵩山街道社区卫生服务中心", "周一至周日 08:00–17:30，急诊24小时", ["general", "tcm", "rehabilitation", "vaccination", "maternal-child", "chronic", "emergency", "pharmacy", "lab", "imaging"], 20, 18, 22, "0731-22851120"),
        ("天元区雷打石镇卫生院", "周一至周日 08:00–17:30，急诊24小时", ["general", "tcm", "vaccination", "maternal-child", "chronic", "emergency", "inpatient", "pharmacy", "lab", "imaging"], 40, 12, 16, "0731-22718120"),
        ("霞石村卫生室", "周一至周六 08:00–12:00、14:30–17:30", ["general", "chronic", "pharmacy"], null, 2, 1, "0731-22716033"),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var facilities = context.Service<FacilityDirectory>();
        foreach (var p in Profiles)
        {
            var id = await context.OrganisationIdAsync(p.Name, ct);
            var errors = await facilities.SaveProfileAsync(id, new FacilityProfileInput(p.Hours, p.Services, p.Beds, p.Doctors, p.Nurses, p.Phone), Actor.System("demo"), ct);
            if (!errors.IsEmpty)
            {
                throw new InvalidOperationException($"Demo facility {p.Name}: {errors}");
            }
        }
    }
}
