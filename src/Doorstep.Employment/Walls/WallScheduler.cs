using Doorstep.Platform.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Doorstep.Employment.Walls;

/// <summary>
/// Makes the week's walls once their time has come (Monday 06:00 Beijing unless configured),
/// looking every few minutes: only missing walls are made, so a restart, a host that was down
/// on Monday or a second host running the same job changes nothing already posted — the unique
/// station and week settles a race between two hosts.
/// </summary>
public sealed partial class WallScheduler(
    IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, WallSettings settings, TimeProvider clock, ILogger<WallScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not before the host has started: start-up migrates and seeds the database first.
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }

        using var timer = new PeriodicTimer(settings.CheckEvery, clock);
        do
        {
            try
            {
                if (WallWeek.IsDue(clock.GetUtcNow().UtcDateTime, settings))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var run = await scope.ServiceProvider.GetRequiredService<WallService>().GenerateMissingAsync(Actor.System("walls"), stoppingToken);
                    if (run.Count(WallService.Created) > 0)
                    {
                        LogRun(WallWeek.Iso(run.WeekStart), run.Count(WallService.Created));
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be busy or restarting; the next look tries again.
                LogFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly walls of the week of {Week}: {Created} made")]
    private partial void LogRun(string week, int created);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Weekly wall run failed")]
    private partial void LogFailed(Exception e);
}
