using Doorstep.Care.Appeals;
using Doorstep.Care.Disability;
using Doorstep.Care.Events;
using Doorstep.Care.Households;
using Doorstep.Care.ModelWorkers;
using Doorstep.Care.Photos;
using Doorstep.Care.Plans;
using Doorstep.Care.Stock;
using Doorstep.Care.Visits;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Modules;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Care;

/// <summary>The care module (关爱): needy households, relief goods per region, deputies' outreach visits and festival visit plans, appeals, model workers and craftsmen, disabled people's services, community events and the photos of its records.</summary>
public sealed class CareModule() : DoorstepModule("care", new("关爱", "Care"), 70, new("关爱服务阵地", "Care service points"))
{
    public override IReadOnlyList<OrganisationKindDefinition> OrganisationKinds { get; } =
    [
        new("relief-station", new("救助站", "Relief station")),
        new("elderly-care-centre", new("日间照料中心", "Elderly day-care centre")),
        new("disability-service-centre", new("残疾人服务中心", "Disability service centre")),
    ];

    public override IReadOnlyList<WorkItemTypeDefinition> WorkItemTypes { get; } = [AppealWorkItems.Appeal];

    public override IReadOnlyList<PermissionDefinition> Permissions => CarePermissions.All;

    public override IReadOnlyList<TableImport> Imports { get; } =
    [
        new("model-workers", new("劳模工匠", "model workers"), "/care/model-workers", CarePermissions.Write, ModelWorkerImporter.Columns, ModelWorkerImporter.RequiredColumns, ModelWorkerImporter.Notes, (s, file, all, actor, ct) => s.GetRequiredService<ModelWorkerImporter>().ImportAsync(file, all, actor, ct)),
        new("households", new("困难家庭", "needy households"), "/care/households", CarePermissions.Write, HouseholdImporter.Columns, HouseholdImporter.RequiredColumns, HouseholdImporter.Notes, (s, file, all, actor, ct) => s.GetRequiredService<HouseholdImporter>().ImportAsync(file, all, actor, ct)),
        new(DisabilityServiceImporter.Key, new("残疾人服务记录", "disability service records"), "/care/disability/services", CarePermissions.Write, DisabilityServiceImporter.Columns, DisabilityServiceImporter.RequiredColumns, DisabilityServiceImporter.Notes,
            (s, file, all, actor, ct) => s.GetRequiredService<DisabilityServiceImporter>().ImportAsync(file, all, actor, ct)),
        EventSignUpImporter.Import,
    ];

    public override IReadOnlyList<NavEntry> Navigation =>
    [
        .. base.Navigation,
        new(new("困难家庭", "Needy households"), "/care/households", CarePermissions.Read, 71, Title),
        new(new("走访慰问", "Visits"), "/care/visits", CarePermissions.Read, 72, Title),
        new(new("走访计划", "Visit plans"), "/care/plans", CarePermissions.Read, 73, Title),
        new(new("救助物资", "Relief goods"), "/care/stock", CarePermissions.Read, 74, Title),
        new(new("群众诉求", "Appeals"), "/care/appeals", CarePermissions.Read, 75, Title),
        new(new("诉求办理情况", "Appeal figures"), "/care/appeals/figures", CarePermissions.Read, 76, Title),
        new(new("劳模工匠", "Model workers"), "/care/model-workers", CarePermissions.Read, 77, Title),
        new(new("残疾人服务", "Disability services"), "/care/disability", CarePermissions.Read, 78, Title),
        new(new("社区活动", "Community events"), "/care/events", CarePermissions.Read, 79, Title),
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(configuration.GetSection("Care:Households").Get<HouseholdSettings>() ?? new HouseholdSettings())
            .AddSingleton(configuration.GetSection("Care:Visits").Get<VisitSettings>() ?? new VisitSettings())
            .AddSingleton(configuration.GetSection("Care:ModelWorkers").Get<ModelWorkerSettings>() ?? new ModelWorkerSettings())
            .AddSingleton(configuration.GetSection("Care:Disability").Get<DisabilitySettings>() ?? new DisabilitySettings())
            .AddSingleton(configuration.GetSection("Care:Photos").Get<CarePhotoSettings>() ?? new CarePhotoSettings())
            .AddScoped<CareWorkers>()
            .AddScoped<HouseholdService>()
            .AddScoped<HouseholdImporter>()
            .AddScoped<StockService>()
            .AddScoped<VisitService>()
            .AddScoped<PlanService>()
            .AddScoped<AppealService>()
            .AddScoped<ModelWorkerService>()
            .AddScoped<ActivityService>()
            .AddScoped<CompetitionService>()
            .AddScoped<ModelWorkerImporter>()
            .AddScoped<CertificateService>()
            .AddScoped<ServiceRecordService>()
            .AddScoped<TargetService>()
            .AddScoped<DisabilityServiceImporter>()
            .AddScoped<CarePhotoService>()
            .AddScoped<EventService>()
            .AddScoped<EventSignUpService>()
            .AddScoped<EventRoster>()
            .AddScoped<EventSignUpImporter>()
            .AddScoped<ICarePhotoOwner, EventPhotoOwner>()
            .AddScoped<ICarePhotoOwner, VisitPhotoOwner>();

    public override void ConfigureModel(ModelBuilder model)
    {
        HouseholdModel.Configure(model);
        StockModel.Configure(model);
        VisitModel.Configure(model);
        PlanModel.Configure(model);
        AppealModel.Configure(model);
        ModelWorkerModel.Configure(model);
        DisabilityModel.Configure(model);
        CarePhotoModel.Configure(model);
        EventModel.Configure(model);
    }

    public override void MapApi(IEndpointRouteBuilder api) => api.MapCareApi();

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
        await OutreachDemo.SeedAsync(context, cancellationToken);
        await AppealDemo.SeedAsync(context, cancellationToken);
        await ModelWorkerDemo.SeedAsync(context, cancellationToken);
        await DisabilityDemo.SeedAsync(context, cancellationToken);
        await EventDemo.SeedAsync(context, cancellationToken);
    }
}
