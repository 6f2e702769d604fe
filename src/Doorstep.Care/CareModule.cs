using Doorstep.Platform.Demo;
using Doorstep.Platform.Modules;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Care;

/// <summary>The care module (关爱). Its features arrive folder by folder; today it brings its kinds of place and their demo data.</summary>
public sealed class CareModule : IDoorstepModule
{
    private static readonly OrganisationKindDefinition[] Kinds =
    [
        new("relief-station", new("救助站", "Relief station")),
        new("elderly-care-centre", new("日间照料中心", "Elderly day-care centre")),
        new("disability-service-centre", new("残疾人服务中心", "Disability service centre")),
    ];

    private static readonly (string Name, string Kind, string Region, string Address)[] DemoPlaces =
    [
        ("白关镇人大代表联络站", "relief-station", "430203101201", "芦淞区白关镇政府二楼"),
        ("康华社区日间照料中心", "elderly-care-centre", "430211001001", "天元区嵩山街道康华小区9栋"),
        ("天元区残疾人综合服务中心", "disability-service-centre", "430211002001", "天元区泰山路残联大楼"),
    ];

    public string Key => "care";

    public Text Title => new("关爱", "Care");

    public IReadOnlyList<PermissionDefinition> Permissions => [];

    public IReadOnlyList<NavEntry> Navigation => [new(Title, "/modules/" + Key, Platform.Security.Permissions.OrganisationsRead, 70)];

    public IReadOnlyList<OrganisationKindDefinition> OrganisationKinds => Kinds;

    public IReadOnlyList<DashboardIndicator> Indicators =>
    [
        new(new("关爱服务阵地", "Care service points"), Platform.Security.Permissions.OrganisationsRead, "/modules/care",
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
