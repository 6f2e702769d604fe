using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Doorstep.Platform.WorkItems.Notifications;

/// <summary>Runs the deadline watch and the outbox every minute while the web host is up.</summary>
public sealed partial class WorkItemScheduler(IServiceScopeFactory scopes, ILogger<WorkItemScheduler> logger, TimeProvider clock) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var (reminders, escalations) = await scope.ServiceProvider.GetRequiredService<DeadlineWatch>().RunOnceAsync(stoppingToken);
                var sent = await scope.ServiceProvider.GetRequiredService<OutboxSender>().RunOnceAsync(stoppingToken);
                if (reminders + escalations + sent > 0)
                {
                    LogRun(reminders, escalations, sent);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be busy or restarting; the next tick tries again.
                LogFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Work items: {Reminders} reminders, {Escalations} escalations, {Sent} messages sent")]
    private partial void LogRun(int reminders, int escalations, int sent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work-item scheduler run failed")]
    private partial void LogFailed(Exception e);
}
