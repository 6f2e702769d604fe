using Doorstep.Hosting;

namespace Doorstep.Web;

/// <summary>
/// Migrates the database and seeds the demo district before the server takes requests; a
/// hosted service so the same start-up runs under the test host too.
/// </summary>
internal sealed class DatabaseStartup(IServiceProvider services, IHostEnvironment environment, ILogger<DatabaseStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await DatabaseSetup.MigrateAsync(services, cancellationToken);
        var accounts = await DatabaseSetup.SeedDemoIfWantedAsync(services, environment.IsDevelopment(), cancellationToken);
        if (accounts is not null)
        {
            log.LogWarning("演示数据已生成 / demo district seeded. Demo accounts:\n{Accounts}",
                string.Join('\n', accounts.Select(a => $"  {a.User,-14} {a.Password,-14} {a.Role,-22} {a.Name}")));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
