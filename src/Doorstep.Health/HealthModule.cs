using Doorstep.Health.Referrals;
using Doorstep.Health.Visits;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Modules;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Health;

/// <summary>The family doctors module (家医): teams and contracts, visits and chronic-disease follow-up, referrals as work items, holiday duty rosters.</summary>
public sealed class HealthModule() : DoorstepModule("health", new("家医", "Family doctors"), 40, new("基层医疗机构", "Primary care facilities"))
{
    public override IReadOnlyList<OrganisationKindDefinition> OrganisationKinds { get; } =
    [
        new("community-health-centre", new("社区卫生服务中心", "Community health centre")),
        new("township-health-centre", new("乡镇卫生院", "Township health centre")),
        new("village-clinic", new("村卫生室", "Village clinic")),
        new("community-health-station", new("社区卫生服务站", "Community health station")),
    ];

    public override IReadOnlyList<WorkItemTypeDefinition> WorkItemTypes { get; } = [ReferralWorkItems.Referral];

    public override IReadOnlyList<PermissionDefinition> Permissions => HealthPermissions.All;

    public override IReadOnlyList<NavEntry> Navigation =>
    [
        .. base.Navigation,
        new(new("慢病随访", "Follow-ups"), "/health/follow-ups", HealthPermissions.Read, 41, Title),
        new(new("值班表", "Duty roster"), "/health/duty", HealthPermissions.Read, 42, Title),
        new(new("家医签约", "Contracts"), "/health/contracts", HealthPermissions.Read, 40, Title),
        new(new("家医团队", "Teams"), "/health/teams", HealthPermissions.Read, 43, Title),
        new(new("机构档案", "Facilities"), "/health/facilities", HealthPermissions.Read, 47, Title),
        new(new("健康管理计划", "Care plans"), "/health/care-plans", HealthPermissions.Read, 42, Title),
        new(new("老年人体检", "Elderly checks"), "/health/checks", HealthPermissions.Read, 44, Title),
        new(new("家医指标", "Indicators"), "/health/indicators", HealthPermissions.Read, 45, Title),
        new(new("导入签约和随访", "Import"), "/health/import", HealthPermissions.Write, 46, Title),
        new(new("今天哪里能看病", "Clinics open today"), "/clinics", NavEntry.Public, 5),
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<VisitService>();
        services.AddScoped<FollowUps>();
        services.AddScoped<Duty.DutyRoster>();
        services.AddScoped<Facilities.FacilityDirectory>();
        services.AddScoped<Teams.TeamService>();
        services.AddScoped<Contracts.PackageCatalogue>();
        services.AddScoped<Contracts.ContractService>();
        services.AddScoped<Contracts.ContractExporter>();
        services.AddScoped<Contracts.ServiceDeliveries>();
        services.AddScoped<Checks.ElderlyChecks>();
        services.AddScoped<CarePlans.CarePlans>();
        services.AddScoped<Imports.HealthImporter>();
        services.AddScoped<Indicators.HealthIndicators>();
        services.AddSingleton(configuration.GetSection("Health:Indicators").Get<Indicators.IndicatorSettings>() ?? new Indicators.IndicatorSettings());
    }

    public override void ConfigureModel(ModelBuilder model) => HealthModel.Configure(model);

    public override void MapApi(IEndpointRouteBuilder api) => api.MapHealthApi();

    protected override IReadOnlyList<DemoPlace> DemoPlaces { get; } =
    [
        new("天元区嵩山街道社区卫生服务中心", "community-health-centre", "430211001001", "天元区嵩山街道康华路18号"),
        new("天元区雷打石镇卫生院", "township-health-centre", "430211101202", "天元区雷打石镇雷打石村1组"),
        new("霞石村卫生室", "village-clinic", "430211101201", "天元区雷打石镇霞石村村部"),
        new("天元区群丰镇卫生院", "township-health-centre", "430211102201", "天元区群丰镇群丰村2组"),
        new("天元区三门镇卫生院", "township-health-centre", "430211103201", "天元区三门镇三门村4组"),
        new("泰山街道湘水社区卫生服务站", "community-health-station", "430211002001", "天元区泰山街道湘水社区"),
        new("芦淞区白关镇卫生院", "township-health-centre", "430203101201", "芦淞区白关镇白关村"),
        new("建宁街道社区卫生服务中心", "community-health-centre", "430203001001", "芦淞区建宁街道建宁社区"),
    ];

    public override async Task SeedDemoAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        await base.SeedDemoAsync(context, cancellationToken);
        await context.Db.SaveChangesAsync(cancellationToken);
        await ReferralDemo.SeedAsync(context, cancellationToken);
        await VisitDemo.SeedAsync(context, cancellationToken);
        await Duty.DutyDemo.SeedAsync(context, cancellationToken);
        await Facilities.FacilityDemo.SeedAsync(context, cancellationToken);
        await Contracts.ContractDemo.SeedAsync(context, cancellationToken);
        await Checks.CheckDemo.SeedAsync(context, cancellationToken);
        await CarePlans.CarePlanDemo.SeedAsync(context, cancellationToken);
    }
}
