using System.Diagnostics;
using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.People.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Bench;

/// <summary>
/// Times the people list (居民列表) over a registry imported from a file: the pages a district
/// officer and a grid member open, in each order the page offers, and a search by name.
/// </summary>
internal static class PeopleListRun
{
    public static async Task<int> RunAsync(Args args)
    {
        var file = args.Required("--file");
        var provider = args.Get("--provider") ?? "sqlite";
        var (services, data, postgres) = await ReadTiming.FreshAsync(args);
        await using var owned = services;

        var watch = Stopwatch.StartNew();
        var report = await ImportRun.ImportAsync(services, file, new PeopleImportOptions());
        Console.WriteLine($"{provider}: {report.Imported:N0} people imported in {watch.Elapsed.TotalSeconds:F1} s");

        // A district officer sees the whole district; a grid member one village.
        await using var district = ImportRun.BuildServices(data, postgres, new RegionScope([RegionCode.Parse("430211000000").Prefix]));
        await using var village = ImportRun.BuildServices(data, postgres, new RegionScope([RegionCode.Parse("430211101201").Prefix]));
        await ReadTiming.TimeAsync("newest first, page 1 (officer)", district, sp => Search(sp, new PeopleQuery()));
        await ReadTiming.TimeAsync("newest first, page 100 (officer)", district, sp => Search(sp, new PeopleQuery(Page: 100)));
        await ReadTiming.TimeAsync("newest first, page 1 (grid member)", village, sp => Search(sp, new PeopleQuery()));
        await ReadTiming.TimeAsync("by name, page 1 (officer)", district, sp => Search(sp, new PeopleQuery(Sort: "name")));
        await ReadTiming.TimeAsync("oldest first, page 1 (officer)", district, sp => Search(sp, new PeopleQuery(Sort: "age")));
        await ReadTiming.TimeAsync("name contains 桂, page 1 (officer)", district, sp => Search(sp, new PeopleQuery(Q: "桂")));
        Directory.Delete(data, recursive: true);
        return 0;
    }

    private static Task<Page<PersonView>> Search(IServiceProvider services, PeopleQuery query) =>
        services.GetRequiredService<PersonService>().SearchAsync(query);
}
