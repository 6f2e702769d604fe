using Doorstep.Platform.Demo;
using Doorstep.Platform.Modules;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Health;

/// <summary>The family doctors module (家医). Its features arrive folder by folder; today it brings its kinds of place and their demo data.</summary>
public sealed class HealthModule : IDoorstepModule
{
    private static readonly OrganisationKindDefinition[] Kinds =
    [
        new("community-health-centre", new("社区卫生服务中心", "Community health centre")),
        new("township-health-centre", new("乡镇卫生院", "Township health centre")),
        new("village-clinic", new("村卫生室", "Village clinic")),
        new("community-health-station", new("社区卫生服务站", "Community health station")),
    ];

    private static readonly (string Name, string Kind, string Region, string Address)[] DemoPlaces =
    [
        ("天元区嵩山街道社区卫生服务中心", "community-health-centre", "430211001001", "天元区嵩山街道康华路18号"),
        ("天元区雷打石镇卫生院", "township-health-centre", "430211101202", "天元区雷打石镇雷打石村1组"),
        ("霞石村卫生室", "village-clinic", "430211101201", "天元区雷打石镇霞石村村部"),
        ("天元区群丰镇卫生院", "township-health-centre", "430211102201", "天元区群丰镇群丰村2组"),
        ("天元区三门镇卫生院", "township-health-centre", "430211103201", "天元区三门镇三门村4组"),
        ("泰山街道湘水社区卫生服务站", "community-health-station", "430211002001", "天元区泰山街道湘水社区"),
        ("芦淞区白关镇卫生院", "township-health-centre", "430203101201", "芦淞区白关镇白关村"),
        ("建宁街道社区卫生服务中心", "community-health-centre", "430203001001", "芦淞区建宁街道建宁社区"),
    ];

    public string Key => "health";

    public Text Title => new("家医", "Family doctors");

    public IReadOnlyList<PermissionDefinition> Permissions => [];

    public IReadOnlyList<NavEntry> Navigation => [new(Title, "/modules/" + Key, Platform.Security.Permissions.OrganisationsRead, 40)];

    public IReadOnlyList<OrganisationKindDefinition> OrganisationKinds => Kinds;

    public IReadOnlyList<DashboardIndicator> Indicators =>
    [
        new(new("基层医疗机构", "Primary care facilities"), Platform.Security.Permissions.OrganisationsRead, "/modules/health",
            (db, ct) => { var codes = Kinds.Select(k => k.Code).ToList(); return db.Organisations.LongCountAsync(o => codes.Contains(o.Kind), ct); }),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void ConfigureModel(ModelBuilder model)
    {
    }

    public void MapApi(IEndpointRouteBuilder api)
    {
    }

    public Task SeedDemoAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        foreach (var (name, kind, region, address) in DemoPlaces)
        {
            var (longitude, latitude) = context.Near(context.Region(region), 500);
            context.Db.Organisations.Add(new Organisation
            {
                Id = Guid.CreateVersion7(),
                Name = name,
                Kind = kind,
                Address = "湖南省株洲市" + address,
                RegionCode = region,
                Longitude = longitude,
                Latitude = latitude,
                CreatedAt = context.Now,
                UpdatedAt = context.Now,
            });
        }

        return Task.CompletedTask;
    }
}
