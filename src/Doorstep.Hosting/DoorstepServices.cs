using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Modules;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.People;
using Doorstep.Platform.People.Import;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Users;
using Doorstep.Platform.WorkItems;
using Doorstep.Platform.WorkItems.Deadlines;
using Doorstep.Platform.WorkItems.Dispatch;
using Doorstep.Platform.WorkItems.Kpis;
using Doorstep.Platform.WorkItems.Lifecycle;
using Doorstep.Platform.WorkItems.Notifications;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Hosting;

/// <summary>Registers what the web host and the CLI share: database, security, platform services, modules.</summary>
public static class DoorstepServices
{
    public static IServiceCollection AddDoorstepCore(this IServiceCollection services, IConfiguration configuration, DoorstepSettings settings)
    {
        var modules = DoorstepModules.All();
        services.AddSingleton(settings);
        services.AddSingleton<IEnumerable<IDoorstepModule>>(modules);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new FieldProtector(KeyRing.LoadOrCreate(settings.KeyFile)));
        services.AddSingleton<PermissionCatalog>();
        services.AddSingleton<OrganisationKinds>();

        Directory.CreateDirectory(settings.DataFolder);
        if (settings.PostgresConnection is { } pg)
        {
            services.AddDbContext<PostgresDoorstepDb>(o => o.UseNpgsql(pg, x => x.MigrationsHistoryTable("platform_migrations")));
            services.AddScoped<DoorstepDb>(sp => sp.GetRequiredService<PostgresDoorstepDb>());
        }
        else
        {
            services.AddDbContext<SqliteDoorstepDb>(o => o.UseSqlite($"Data Source={settings.SqlitePath};Default Timeout=30", x => x.MigrationsHistoryTable("platform_migrations")));
            services.AddScoped<DoorstepDb>(sp => sp.GetRequiredService<SqliteDoorstepDb>());
        }

        services.AddIdentityCore<DoorstepUser>(o =>
            {
                o.Password.RequiredLength = PasswordPolicy.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DoorstepDb>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddClaimsPrincipalFactory<DoorstepClaimsFactory>()
            .AddDefaultTokenProviders();

        services.AddScoped<AuditLog>();
        services.AddScoped<PersonService>();
        services.AddScoped<RegistryLookup>();
        services.AddScoped<PeopleImporter>();
        services.AddScoped<PeopleExporter>();
        services.AddScoped<RegionService>();
        services.AddScoped<RegionImporter>();
        services.AddScoped<Doorstep.Platform.Imports.RowImport>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<UserService>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<DemoSeeder>();

        services.AddSingleton(_ => WorkItemTypeCatalog.From(modules));
        services.AddSingleton(WorkingCalendar.ChinaDefault);
        services.AddSingleton<IOutboundChannel, LogOutboundChannel>();
        services.AddScoped<DeadlinePolicy>();
        services.AddScoped<TimeLimitSettings>();
        services.AddScoped<DispatchRules>();
        services.AddScoped<Notifier>();
        services.AddScoped<WorkItemJournal>();
        services.AddScoped<WorkItemNotices>();
        services.AddScoped<WorkItemDispatcher>();
        services.AddScoped<WorkItemTransitions>();
        services.AddScoped<WorkItemIntake>();
        services.AddScoped<WorkItemService>();
        services.AddScoped<WorkItemQueries>();
        services.AddScoped<WorkItemDirectory>();
        services.AddScoped<KpiService>();
        services.AddScoped<DeadlineWatch>();
        services.AddScoped<OutboxSender>();
        foreach (var module in modules)
        {
            module.AddServices(services, configuration);
        }

        return services;
    }
}
