using Doorstep.Platform.Demo;
using Doorstep.Platform.Modules;
using Doorstep.Platform.WorkItems.Types;
using Doorstep.Safety.Campaigns;
using Doorstep.Safety.Checklists;
using Doorstep.Safety.Figures;
using Doorstep.Safety.Hazards;
using Doorstep.Safety.Imports;
using Doorstep.Safety.Inspections;
using Doorstep.Safety.Inspectors;
using Doorstep.Safety.Training;
using Doorstep.Safety.Venues;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Safety;

/// <summary>The fire safety module (消防排查): venues and their kinds' size limits, checklists, campaigns, inspections, hazards followed to closure, and complaints.</summary>
public sealed class SafetyModule() : DoorstepModule("safety", new("消防排查", "Fire safety"), 60, new("九小场所及重点场所", "Small and key venues"))
{
    public override IReadOnlyList<OrganisationKindDefinition> OrganisationKinds { get; } =
    [
        new("small-shop", new("小商店", "Small shop")),
        new("small-restaurant", new("小餐饮", "Small restaurant")),
        new("small-hotel", new("小旅馆", "Small hotel")),
        new("small-entertainment", new("小歌舞娱乐场所", "Small entertainment venue")),
        new("small-internet-cafe", new("小网吧", "Small internet café")),
        new("small-beauty-bath", new("小美容洗浴场所", "Small beauty or bath venue")),
        new("small-school", new("小学校（幼儿园）", "Small school or kindergarten")),
        new("small-clinic", new("小医院（诊所）", "Small clinic")),
        new("small-workshop", new("小生产加工企业", "Small workshop")),
        new("petrol-station", new("加油站", "Petrol station")),
        new("lpg-dealer", new("液化气经销店", "LPG dealer")),
        new("fireworks-seller", new("烟花爆竹经营店", "Fireworks seller")),
    ];

    public override IReadOnlyList<WorkItemTypeDefinition> WorkItemTypes { get; } = [SafetyWorkItems.Hazard, SafetyWorkItems.Complaint];

    public override IReadOnlyList<PermissionDefinition> Permissions => SafetyPermissions.All;

    public override IReadOnlyList<NavEntry> Navigation =>
    [
        .. base.Navigation,
        new(new("场所档案", "Venues"), "/safety/venues", SafetyPermissions.Read, 61, Title),
        new(new("现场检查", "Inspect"), "/safety/inspect", SafetyPermissions.Write, 62, Title),
        new(new("专项检查", "Campaigns"), "/safety/campaigns", SafetyPermissions.Read, 63, Title),
        new(new("火灾隐患", "Hazards"), "/safety/hazards", SafetyPermissions.Read, 64, Title),
        new(new("检查表", "Checklists"), "/safety/checklists", SafetyPermissions.Read, 65, Title),
        new(new("消防培训", "Training"), "/safety/training", SafetyPermissions.Read, 66, Title),
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<VenueService>()
            .AddScoped<VenueImporter>()
            .AddScoped<TrainingService>()
            .AddScoped<ChecklistService>()
            .AddScoped<InspectorDirectory>()
            .AddScoped<CampaignService>()
            .AddScoped<InspectionService>()
            .AddScoped<InspectionQueries>()
            .AddScoped<HazardService>()
            .AddScoped<SafetyFigures>();

    public override void ConfigureModel(ModelBuilder model) => SafetyModel.Configure(model);

    public override void MapApi(IEndpointRouteBuilder api) => api.MapSafetyApi();

    protected override IReadOnlyList<DemoPlace> DemoPlaces { get; } =
    [
        new("雷打石镇霞石村便民超市", "small-shop", "430211101201", "天元区雷打石镇霞石村2组"),
        new("雷打石镇湘味土菜馆", "small-restaurant", "430211101202", "天元区雷打石镇雷打石村5组"),
        new("雷打石镇悦来旅社", "small-hotel", "430211101202", "天元区雷打石镇集镇街12号"),
        new("雷打石加油站", "petrol-station", "430211101203", "天元区雷打石镇双石村S211旁"),
        new("雷打石镇液化气经销店", "lpg-dealer", "430211101202", "天元区雷打石镇集镇街30号"),
        new("雷打石镇鸿运烟花爆竹店", "fireworks-seller", "430211101201", "天元区雷打石镇霞石村1组"),
        new("霞石村星星幼儿园", "small-school", "430211101201", "天元区雷打石镇霞石村村部旁"),
        new("嵩山街道康华网吧", "small-internet-cafe", "430211001001", "天元区嵩山街道康华小区商业街"),
        new("白关镇丝瓜加工作坊", "small-workshop", "430203101201", "芦淞区白关镇白关村6组"),
        new("霞石村金穗超市", "small-shop", "430211101201001", "天元区雷打石镇霞石村3组"),
        new("霞石村老王副食店", "small-shop", "430211101201002", "天元区雷打石镇霞石村7组"),
        new("霞石村荷塘农家乐", "small-restaurant", "430211101201003", "天元区雷打石镇霞石村9组"),
        new("霞石村刘记米粉店", "small-restaurant", "430211101201001", "天元区雷打石镇霞石村4组"),
        new("霞石村阿芳理发店", "small-beauty-bath", "430211101201002", "天元区雷打石镇霞石村6组"),
        new("霞石村康宁诊所", "small-clinic", "430211101201003", "天元区雷打石镇霞石村村部对面"),
        new("霞石村竹木加工厂", "small-workshop", "430211101201003", "天元区雷打石镇霞石村11组"),
        new("集镇好又多超市", "small-shop", "430211101202001", "天元区雷打石镇集镇街8号"),
        new("集镇大碗面馆", "small-restaurant", "430211101202001", "天元区雷打石镇集镇街16号"),
        new("集镇蓝天网吧", "small-internet-cafe", "430211101202002", "天元区雷打石镇集镇街21号二楼"),
        new("集镇金色年华KTV", "small-entertainment", "430211101202002", "天元区雷打石镇集镇街25号二楼"),
        new("集镇丽人美容院", "small-beauty-bath", "430211101202003", "天元区雷打石镇集镇街33号"),
        new("集镇仁和诊所", "small-clinic", "430211101202003", "天元区雷打石镇集镇街40号"),
        new("集镇小天鹅幼儿园", "small-school", "430211101202001", "天元区雷打石镇集镇街52号"),
        new("雷打石村建材店", "small-shop", "430211101202002", "天元区雷打石镇雷打石村8组"),
        new("双石村便民店", "small-shop", "430211101203001", "天元区雷打石镇双石村1组"),
        new("双石村柴火饭庄", "small-restaurant", "430211101203002", "天元区雷打石镇双石村S211旁"),
        new("双石村石材加工厂", "small-workshop", "430211101203003", "天元区雷打石镇双石村10组"),
        new("双石村卫生室", "small-clinic", "430211101203001", "天元区雷打石镇双石村村部"),
        new("双石村五金店", "small-shop", "430211101203002", "天元区雷打石镇双石村3组"),
        new("双石村烟花爆竹零售点", "fireworks-seller", "430211101203003", "天元区雷打石镇双石村5组"),
    ];

    public override async Task SeedDemoAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        await base.SeedDemoAsync(context, cancellationToken);
        await context.Db.SaveChangesAsync(cancellationToken);
        await VenueDemo.SeedAsync(context, cancellationToken);
        await HazardDemo.SeedAsync(context, cancellationToken);
        await CampaignDemo.SeedAsync(context, cancellationToken);
        await TrainingDemo.SeedAsync(context, cancellationToken);
    }
}
