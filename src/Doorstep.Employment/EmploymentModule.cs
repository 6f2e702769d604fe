using Doorstep.Employment.Coverage;
using Doorstep.Employment.Employers;
using Doorstep.Employment.Entrepreneurship;
using Doorstep.Employment.Fairs;
using Doorstep.Employment.Figures;
using Doorstep.Employment.Gigs;
using Doorstep.Employment.Imports;
using Doorstep.Employment.LabourBrands;
using Doorstep.Employment.Matching;
using Doorstep.Employment.Occupations;
using Doorstep.Employment.PublicJobs;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Stations;
using Doorstep.Employment.Training;
using Doorstep.Employment.TrainingBases;
using Doorstep.Employment.Vacancies;
using Doorstep.Employment.Walls;
using Doorstep.Employment.Workshops;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Employment;

/// <summary>The employment module (就业创业): its kinds of place, the occupational catalogue, employers with the disability quota, vacancies with the discrimination check, job seekers, two-way matching with referrals and figures, the 10-minute service circle, station profiles and the public job map; and the programmes: job fairs, gig work, weekly walls, assistance workshops, subsidised training and labour brands, returnee entrepreneurship and training-base accreditation.</summary>
public sealed class EmploymentModule() : DoorstepModule("employment", new("就业创业", "Employment"), 50, new("就业服务站点", "Employment service points"))
{
    public override IReadOnlyList<OrganisationKindDefinition> OrganisationKinds { get; } =
    [
        new("employment-station", new("就业服务站", "Employment service station")),
        new("gig-station", new("零工驿站", "Gig work station")),
        new("gig-market", new("零工市场", "Gig market")),
        new("training-institution", new("培训机构", "Training institution")),
    ];

    public override IReadOnlyList<PermissionDefinition> Permissions => EmploymentPermissions.All;

    public override IReadOnlyList<TableImport> Imports => EmploymentImports.All;

    public override IReadOnlyList<NavEntry> Navigation =>
    [
        .. base.Navigation,
        new(new("岗位", "Vacancies"), "/employment/vacancies", EmploymentPermissions.Read, 51, Title),
        new(new("采集岗位", "Collect a vacancy"), "/employment/vacancies/new", EmploymentPermissions.Write, 52, Title),
        new(new("待审核岗位", "Vacancies to review"), "/employment/vacancies/review", EmploymentPermissions.Review, 53, Title),
        new(new("求职者", "Job seekers"), "/employment/seekers", EmploymentPermissions.Read, 54, Title),
        new(new("登记求职者", "Record a job seeker"), "/employment/seekers/new", EmploymentPermissions.Write, 55, Title),
        new(new("用人单位", "Employers"), "/employment/employers", EmploymentPermissions.Read, 56, Title),
        new(new("职业分类", "Occupations"), "/employment/occupations", EmploymentPermissions.Read, 57, Title),
        new(new("10分钟就业服务圈", "10-minute service circle"), "/employment/coverage", EmploymentPermissions.Read, 58, Title),
        new(new("服务站点", "Service stations"), "/employment/stations", EmploymentPermissions.Read, 59, Title),
        new(new("就业统计", "Employment figures"), "/employment/figures", EmploymentPermissions.Read, 60, Title),
        new(new("招聘会", "Job fairs"), "/employment/fairs", EmploymentPermissions.Read, 61, Title),
        new(new("零工", "Gig work"), "/employment/gigs", EmploymentPermissions.Read, 62, Title),
        new(new("零工人员签到", "Gig workers"), "/employment/gigs/workers", EmploymentPermissions.Read, 63, Title),
        new(new("用工墙·求职墙", "Weekly walls"), "/employment/walls", EmploymentPermissions.Read, 64, Title),
        new(new("帮扶车间", "Assistance workshops"), "/employment/workshops", EmploymentPermissions.Read, 65, Title),
        new(new("技能培训", "Skills training"), "/employment/training", EmploymentPermissions.Read, 66, Title),
        new(new("劳务品牌", "Labour brands"), "/employment/labour-brands", EmploymentPermissions.Read, 67, Title),
        new(new("创业服务", "Entrepreneurship"), "/employment/entrepreneurship", EmploymentPermissions.Read, 68, Title),
        new(new("孵化基地", "Incubation bases"), "/employment/entrepreneurship/bases", EmploymentPermissions.Read, 69, Title),
        new(new("培训基地认定", "Training-base accreditation"), "/employment/training-bases", EmploymentPermissions.Read, 70, Title),
        new(new("家门口招聘", "Jobs near me"), "/jobs", NavEntry.Public, 6),
        new(new("就业服务站点", "Employment stations"), "/jobs/stations", NavEntry.Public, 7),
        new(new("每周用工墙", "Weekly job walls"), "/jobs/walls", NavEntry.Public, 8),
        new(new("零工市场", "Gig markets"), "/jobs/gigs", NavEntry.Public, 9),
    ];

    public override void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(configuration.GetSection("Employment").Get<EmploymentSettings>() ?? new EmploymentSettings())
            .AddScoped<OccupationService>()
            .AddScoped<OccupationImporter>()
            .AddScoped<EmployerService>()
            .AddScoped<VacancyService>()
            .AddScoped<SeekerService>()
            .AddScoped<SeekerImporter>()
            .AddScoped<VacancyImporter>()
            .AddSingleton(configuration.GetSection("Employment:Reach").Get<ReachSettings>() ?? new ReachSettings())
            .AddScoped<CoverageService>()
            .AddSingleton<MatchIndexHolder>()
            .AddScoped<MatchService>()
            .AddScoped<ReferralService>()
            .AddScoped<EmploymentFigures>()
            .AddScoped<StationService>()
            .AddScoped<PublicJobService>()
            .AddSingleton(configuration.GetSection("Employment:TrainingBases").Get<TrainingBaseSettings>() ?? new TrainingBaseSettings())
            .AddScoped<TrainingBaseCallService>()
            .AddScoped<BaseApplicationService>()
            .AddScoped<BaseReviewService>()
            .AddScoped<BaseApplicationImporter>()
            .AddSingleton(configuration.GetSection("Employment:Workshops").Get<WorkshopSettings>() ?? new WorkshopSettings())
            .AddScoped<WorkshopService>()
            .AddScoped<WorkshopWorkerService>()
            .AddScoped<WorkshopDesignationService>()
            .AddScoped<WorkshopFigures>()
            .AddScoped<WorkshopWorkerImporter>()
            .AddSingleton(configuration.GetSection("Employment:Entrepreneurship").Get<EntrepreneurshipSettings>() ?? new EntrepreneurshipSettings())
            .AddScoped<StartupApplicationService>()
            .AddScoped<StartupReviewService>()
            .AddScoped<IncubationService>()
            .AddScoped<StartupTrainingService>()
            .AddScoped<EntrepreneurshipFigures>()
            .AddScoped<StartupImporter>()
            .AddScoped<FairService>()
            .AddScoped<FairVisitorService>()
            .AddScoped<FairVisitorImporter>()
            .AddWalls(configuration)
            .AddSingleton(configuration.GetSection("Employment:Gigs").Get<GigSettings>() ?? new GigSettings())
            .AddScoped<GigCategoryService>()
            .AddScoped<GigLookups>()
            .AddScoped<GigJobService>()
            .AddScoped<GigWorkerService>()
            .AddScoped<GigAssignmentService>()
            .AddScoped<GigMatchService>()
            .AddScoped<GigBoardService>()
            .AddSingleton(configuration.GetSection("Employment:Training").Get<TrainingSettings>() ?? new TrainingSettings())
            .AddScoped<CourseService>()
            .AddScoped<EnrolmentService>()
            .AddScoped<EnrolmentImporter>()
            .AddScoped<TrainingFigures>()
            .AddScoped<LabourBrandService>();

    public override void ConfigureModel(ModelBuilder model)
    {
        OccupationModel.Configure(model);
        VacancyModel.Configure(model);
        SeekerModel.Configure(model);
        TrainingBaseModel.Configure(model);
        WorkshopModel.Configure(model);
        EntrepreneurshipModel.Configure(model);
        FairModel.Configure(model);
        WallModel.Configure(model);
        GigModel.Configure(model);
        TrainingModel.Configure(model);
    }

    public override void MapApi(IEndpointRouteBuilder api) => api.MapEmploymentApi();

    protected override IReadOnlyList<DemoPlace> DemoPlaces { get; } =
    [
        new("康华社区“家门口”就业服务站", "employment-station", "430211001001", "天元区嵩山街道康华社区党群服务中心一楼"),
        new("霞石村就业服务角", "employment-station", "430211101201", "天元区雷打石镇霞石村村部"),
        new("泰山街道零工驿站", "gig-station", "430211002001", "天元区泰山街道湘水社区"),
        new("芦淞区中心商圈零工之家", "gig-market", "430203001001", "芦淞区建宁街道中心商圈"),
        new("白关镇就业服务站", "employment-station", "430203101201", "芦淞区白关镇政府一楼"),
        new("九郎山职教科创城培训中心", "training-institution", "430211002002", "天元区栗雨街道九郎山"),
    ];

    public override async Task SeedDemoAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        await base.SeedDemoAsync(context, cancellationToken);
        await context.Db.SaveChangesAsync(cancellationToken);
        await EmployerDemo.SeedAsync(context, cancellationToken);
        await VacancyDemo.SeedAsync(context, cancellationToken);
        await StationDemo.SeedAsync(context, cancellationToken);
        await SeekerDemo.SeedAsync(context, cancellationToken);
        await ReferralDemo.SeedAsync(context, cancellationToken);
        await TrainingBaseDemo.SeedAsync(context, cancellationToken);
        await WorkshopDemo.SeedAsync(context, cancellationToken);
        await EntrepreneurshipDemo.SeedAsync(context, cancellationToken);
        await FairDemo.SeedAsync(context, cancellationToken);
        await GigDemo.SeedAsync(context, cancellationToken);
        await TrainingDemo.SeedAsync(context, cancellationToken);
        await WallDemo.SeedAsync(context, cancellationToken);
    }
}
