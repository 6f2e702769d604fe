using System.Diagnostics;
using System.Text.Json;
using Doorstep.Hosting;
using Doorstep.Platform;
using Doorstep.Platform.Data;
using Doorstep.Platform.Imports;
using Doorstep.Platform.People.Import;
using Doorstep.Platform.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Doorstep.Bench;

/// <summary>
/// Times one people import into a fresh database, as the CLI would run it. Run it once per
/// process: the peak working set it reports is the process's, so it is only the import's then.
/// </summary>
internal static class ImportRun
{
    internal const string DefaultPostgres = "Host=127.0.0.1;Port=55433;Username=postgres";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(Args args)
    {
        var file = Path.GetFullPath(args.Required("--file"));
        var provider = args.Get("--provider") ?? "sqlite";
        var temporary = args.Get("--data") is null;
        var data = Path.GetFullPath(args.Get("--data") ?? Path.Combine(Path.GetTempPath(), "doorstep-bench", Guid.NewGuid().ToString("N")));
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        var postgres = provider == "postgres" ? await FreshDatabaseAsync(args.Get("--pg") ?? DefaultPostgres) : null;
        await using var services = BuildServices(data, postgres, SystemScope.Instance);
        await DatabaseSetup.MigrateAsync(services);
        await SeedRegionsAsync(services);

        var options = new PeopleImportOptions(
            args.Get("--on-duplicate") == "update" ? DuplicatePolicy.Update : DuplicatePolicy.Skip,
            args.Flag("--all-or-nothing"));
        if (args.Get("--preload") is { } preload)
        {
            await ImportAsync(services, preload, options with { OnDuplicate = DuplicatePolicy.Skip });
        }

        // A narrower scope (a district officer's) applies to the timed import only, so that people
        // preloaded outside it exercise the "registered elsewhere" rejection.
        await using var importing = args.Get("--scope") is { } prefix ? BuildServices(data, postgres, new RegionScope([prefix])) : null;
        GC.Collect();
        var before = Environment.WorkingSet;
        using var memory = new MemorySampler();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var pausedBefore = GC.GetTotalPauseDuration();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var lastBatch = new LastReport(clock);
        var report = await ImportAsync(importing ?? services, file, options, lastBatch);
        clock.Stop();
        memory.Stop();

        var process = Process.GetCurrentProcess();
        var rows = report.Total;
        Console.WriteLine($"provider        {provider}");
        Console.WriteLine($"rows            {rows:N0} (imported {report.Imported:N0}, updated {report.Updated:N0}, duplicates {report.Duplicates:N0}, rejected {report.Rejected:N0})");
        Console.WriteLine($"seconds         {clock.Elapsed.TotalSeconds:F2}");
        Console.WriteLine($"rows/s          {rows / clock.Elapsed.TotalSeconds:N0}");
        Console.WriteLine($"last batch at   {lastBatch.At.TotalSeconds:F2} s (then {(clock.Elapsed - lastBatch.At).TotalSeconds:F2} s to rebuild deferred indexes and commit)");
        Console.WriteLine($"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB (before import {before / 1048576.0:F0} MB, sampled peak {memory.PeakWorkingSet / 1048576.0:F0} MB)");
        Console.WriteLine($"peak GC heap    {memory.PeakHeap / 1048576.0:F0} MB");
        Console.WriteLine($"CPU             {(process.TotalProcessorTime - cpuBefore).TotalSeconds:F1} s (this process; a database server's is not counted)");
        Console.WriteLine($"allocated       {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0:N0} MB, GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {(GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds:F1} s");
        if (args.Get("--report") is { } reportFile)
        {
            await File.WriteAllTextAsync(reportFile, JsonSerializer.Serialize(report, Json));
        }

        if (temporary)
        {
            // A million-row database is over half a gigabyte; don't leave one behind per run.
            await services.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }

        return 0;
    }

    internal static async Task<ImportReport> ImportAsync(ServiceProvider services, string path, PeopleImportOptions options, IProgress<int>? progress = null)
    {
        await using var scope = services.CreateAsyncScope();
        using var table = TabularFile.Open(path);
        return await scope.ServiceProvider.GetRequiredService<PeopleImporter>().ImportAsync(table, options, Actor.System("bench"), progress);
    }

    /// <summary>When the importer last reported progress: after its last batch was written, before the indexes are rebuilt.</summary>
    private sealed class LastReport(Stopwatch clock) : IProgress<int>
    {
        public TimeSpan At { get; private set; }

        public void Report(int value) => At = clock.Elapsed;
    }

    // The CLI's composition (CliHost.BuildServices) with the scope and database chosen here; EF's
    // log is off because on a fresh database it reports the missing migrations table as an error.
    internal static ServiceProvider BuildServices(string data, string? postgres, IDataScope scope)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DOORSTEP_DATA"] = data,
            ["DOORSTEP_DB"] = postgres,
            ["DOORSTEP_DEMO"] = "false",
        }).Build();
        var settings = DoorstepSettings.From(configuration);
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None));
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(data, "keys", "dataprotection"))).SetApplicationName("Doorstep");
        services.AddDoorstepCore(configuration, settings);
        services.AddSingleton(scope);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    internal static async Task SeedRegionsAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        db.Regions.AddRange(BenchRegions.All());
        await db.SaveChangesAsync();
    }

    internal static async Task<string> FreshDatabaseAsync(string server)
    {
        const string name = "doorstep_bench";
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
