using Doorstep.Platform.Demo;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.Security;

namespace Doorstep.Employment.Stations;

/// <summary>
/// Two 社区就业服务角 besides the module's places, and a profile for every demo station: stations
/// keep office hours, the gig station and market open every day from six for the morning hiring.
/// Most villages still have no station, so the coverage map shows its gaps.
/// </summary>
internal static class StationDemo
{
    private const string Weekdays = "周一至周五 8:30—12:00，14:30—17:30";

    // Placed a fixed step from the community's centre, so adding them leaves the demo's random positions as they were.
    private static readonly (string Name, string Region, string Address)[] Corners =
    [
        ("天台社区就业服务角", "430211001002", "天元区嵩山街道天台社区居委会一楼"),
        ("群丰村就业服务角", "430211102201", "天元区群丰镇群丰村党群服务中心"),
    ];

    private static readonly (string Name, string Hours, bool Weekends, string[] Services, string Phone, string? Note)[] Profiles =
    [
        ("康华社区“家门口”就业服务站", Weekdays, false,
            ["job-posting", "job-matching", "career-guidance", "skills-training", "policy-advice", "unemployment-registration", "disability-employment"],
            "0731-22830516", "每周三上午为就业服务日，用人单位现场招聘"),
        ("霞石村就业服务角", Weekdays, false, ["job-posting", "job-matching", "policy-advice"], "0731-22716088", "农忙时节可先电话预约"),
        ("泰山街道零工驿站", "每天 6:00—18:00", true, ["gig-matching", "job-posting", "skills-training", "policy-advice"], "0731-28551266", "早上6点到9点零工对接最集中"),
        ("芦淞区中心商圈零工之家", "每天 6:00—19:00", true, ["gig-matching", "job-posting", "job-matching", "career-guidance"], "0731-28223377", "服装、物流日结用工多"),
        ("白关镇就业服务站", Weekdays, false,
            ["job-posting", "job-matching", "policy-advice", "unemployment-registration", "entrepreneurship", "skills-training"], "0731-28661095", null),
        ("天台社区就业服务角", "周一至周五 9:00—11:30，15:00—17:00", false, ["job-posting", "job-matching", "disability-employment", "policy-advice"], "0731-22839021", null),
        ("群丰村就业服务角", Weekdays, false, ["job-posting", "job-matching", "gig-matching", "policy-advice"], "0731-22781135", null),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var organisations = context.Service<OrganisationService>();
        var stations = context.Service<StationService>();
        var actor = Actor.System("jobs");
        foreach (var (name, region, address) in Corners)
        {
            var centre = context.Region(region);
            var place = await organisations.SaveAsync(null, new OrganisationInput
            {
                Name = name, Kind = "employment-station", Address = "湖南省株洲市" + address, RegionCode = region,
                Longitude = centre.Longitude + 0.0012, Latitude = centre.Latitude + 0.0008,
            }, actor, ct);
            _ = place.Value ?? throw new InvalidOperationException($"Demo station {name}: {place.Errors}");
        }

        foreach (var (name, hours, weekends, services, phone, note) in Profiles)
        {
            var id = await context.OrganisationIdAsync(name, ct);
            var saved = await stations.SaveAsync(id, new StationInput(hours, weekends, services, phone, note), actor, ct);
            _ = saved.Value ?? throw new InvalidOperationException($"Demo station {name}: {saved.Errors}");
        }
    }
}
