using Doorstep.Platform;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Employment.Walls;

/// <summary>The walls' settings, service and scheduler; the scheduler only where this process runs background jobs.</summary>
internal static class WallServices
{
    public static IServiceCollection AddWalls(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("Employment:Walls").Get<WallSettings>() ?? new WallSettings();
        services.AddSingleton(settings).AddScoped<WallService>();
        if (settings.Scheduled && DoorstepSettings.From(configuration).Scheduler)
        {
            services.AddHostedService<WallScheduler>();
        }

        return services;
    }
}
