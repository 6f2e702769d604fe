using Doorstep.Platform.Demo;
using Doorstep.Platform.Modules;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Employment;

/// <summary>The employment module (就业创业). Its features arrive folder by folder; today it brings its kinds of place and their demo data.</summary>
public sealed class EmploymentModule : IDoorstepModule
{
    private static readonly OrganisationKindDefinition[] Kinds =
    [
        new("employment-station", new("就业服务站", "Employment service station")),
        new("gig-station", new("零工驿站", "Gig work station")),
        new("gig-market", new("零工市场", "Gig market")),
        new("training-institution", new("培训机构", "Training institution")),
    ];

    private static readonly (string Name, string Kind, string Region, string Address)[] DemoPlaces =
    [
        ("康华社区“家门口”就业服务站", "employment-station", "430211001001", "天元区嵩山街道康华社区党群服务中心一楼"),
        ("霞石村就业服务角", "employment-station", "430211101201", "天元区雷打石镇霞石村村部"),
        ("泰山街道零工驿站", "gig-station", "430211002001", "天元区泰山街道湘水社区"),
        ("芦淞区中心商圈零工之家", "gig-market", "430203001001", "芦淞区建宁街道中心商圈"),
        ("白关镇就业服务站", "employment-station", "430203101201", "芦淞区白关镇政府一楼"),
        ("九郎山职教科创城培训中心", "training-institution", "430211002002", "天元区栗雨街道九郎山"),
    ];

    public string Key => "employment";

    public Text Title => new("就业创业", "Employment");

    public IReadOnlyList<PermissionDefinition> Permissions => [];

    public IReadOnlyList<NavEntry> Navigation => [new(Title, "/modules/" + Key, Platform.Security.Permissions.OrganisationsRead, 50)];

    public IReadOnlyList<OrganisationKindDefinition> OrganisationKinds => Kinds;

    public IReadOnlyList<DashboardIndicator> Indicators =>
    [
        new(new("就业服务站点", "Employment service points"), Platform.Security.Permissions.OrganisationsRead, "/modules/employment",
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
