using Doorstep.Care.Appeals;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Modules;
using Doorstep.Platform.WorkItems.Types;

namespace Doorstep.Care;

/// <summary>The care module (关爱). Its features arrive folder by folder; today it brings its kinds of place and their demo data.</summary>
public sealed class CareModule() : DoorstepModule("care", new("关爱", "Care"), 70, new("关爱服务阵地", "Care service points"))
{
    public override IReadOnlyList<OrganisationKindDefinition> OrganisationKinds { get; } =
    [
        new("relief-station", new("救助站", "Relief station")),
        new("elderly-care-centre", new("日间照料中心", "Elderly day-care centre")),
        new("disability-service-centre", new("残疾人服务中心", "Disability service centre")),
    ];

    public override IReadOnlyList<WorkItemTypeDefinition> WorkItemTypes { get; } = [AppealWorkItems.Appeal];

    protected override IReadOnlyList<DemoPlace> DemoPlaces { get; } =
    [
        new("白关镇人大代表联络站", "relief-station", "430203101201", "芦淞区白关镇政府二楼"),
        new("康华社区日间照料中心", "elderly-care-centre", "430211001001", "天元区嵩山街道康华小区9栋"),
        new("天元区残疾人综合服务中心", "disability-service-centre", "430211002001", "天元区泰山路残联大楼"),
    ];

    public override async Task SeedDemoAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        await base.SeedDemoAsync(context, cancellationToken);
        await context.Db.SaveChangesAsync(cancellationToken);
        await AppealDemo.SeedAsync(context, cancellationToken);
    }
}
