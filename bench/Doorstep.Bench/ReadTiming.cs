using System.Diagnostics;
using Doorstep.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Bench;

/// <summary>The set-up and the timing the read benchmarks share.</summary>
internal static class ReadTiming
{
    private const int Repeats = 5;

    /// <summary>A fresh database (SQLite in a temp folder, or a new PostgreSQL database) migrated and holding the demo region tree.</summary>
    public static async Task<(ServiceProvider Services, string Data, string? Postgres)> FreshAsync(Args args)
    {
        var provider = args.Get("--provider") ?? "sqlite";
        var data = Path.Combine(Path.GetTempPath(), "doorstep-bench", Guid.NewGuid().ToString("N"));
        var postgres = provider == "postgres" ? await ImportRun.FreshDatabaseAsync(args.Get("--pg") ?? ImportRun.DefaultPostgres) : null;
        var services = ImportRun.BuildServices(data, postgres, SystemScope.Instance);
        await Doorstep.Hosting.DatabaseSetup.MigrateAsync(services);
        await ImportRun.SeedRegionsAsync(services);
        return (services, data, postgres);
    }

    /// <summary>Median of five runs, each in a fresh scope as a request would be, after one warm-up.</summary>
    public static async Task TimeAsync<T>(string label, ServiceProvider services, Func<IServiceProvider, Task<T>> work)
    {
        var times = new List<double>();
        for (var i = 0; i <= Repeats; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            await work(scope.ServiceProvider);
            if (i > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine($"{label,-45} {times[times.Count / 2],9:F1} ms  (min {times[0]:F1}, max {times[^1]:F1})");
    }
}
