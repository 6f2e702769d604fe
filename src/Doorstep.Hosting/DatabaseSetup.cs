using Doorstep.Platform;
using Doorstep.Platform.Data;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Hosting;

/// <summary>Brings the database to the current schema and, in demo mode, fills the demo district.</summary>
public static class DatabaseSetup
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while an import writes; the setting stays with the file. A
            // new file gets 16 KB pages, a quarter as many as SQLite's default for the same rows:
            // an import writes, sorts and copies its pages through the log in fewer, larger steps.
            // An existing file keeps the page size it was made with.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA page_size=16384;", ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }

        await db.Database.MigrateAsync(ct);
        await scope.ServiceProvider.GetRequiredService<UserService>().EnsureRolesAsync(ct);
    }

    /// <summary>Seeds the demo district when demo mode is on and it is not there yet; returns the new accounts.</summary>
    public static async Task<IReadOnlyList<DemoAccount>?> SeedDemoIfWantedAsync(IServiceProvider services, bool isDevelopment, CancellationToken ct = default)
    {
        var settings = services.GetRequiredService<DoorstepSettings>();
        if (!(settings.Demo ?? isDevelopment))
        {
            return null;
        }

        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct: ct);
    }
}
