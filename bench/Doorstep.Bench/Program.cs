using BenchmarkDotNet.Running;
using Doorstep.Bench;

// As the CLI runs, whose import the figures are for.
Doorstep.Hosting.SqliteThreading.UseMultiThread();

// generate | import | micro | work-items | health | people-list | coverage | matching — see docs/benchmarks.md and bench/run-import-bench.sh.
var command = args.Length > 0 ? args[0] : "";
var options = new Args(args.Skip(1).ToArray());
switch (command)
{
    case "generate":
        PeopleCsvGenerator.Write(options.Required("--out"), options.Int("--rows", 1_000_000), options.Int("--bad-every", 0));
        return 0;
    case "import":
        return await ImportRun.RunAsync(options);
    case "work-items":
        return await WorkItemsRun.RunAsync(options);
    case "health":
        return await HealthIndicatorsRun.RunAsync(options);
    case "people-list":
        return await PeopleListRun.RunAsync(options);
    case "coverage":
        return CoverageRun.Run(options);
    case "matching":
        return MatchingRun.Run(options);
    case "micro":
        // In process: a generated benchmark project would not build under this repository's
        // central package management and warnings-as-errors.
        BenchmarkSwitcher.FromAssembly(typeof(HotPathBenchmarks).Assembly).Run([.. args.Skip(1), "--inProcess"]);
        return 0;
    default:
        Console.Error.WriteLine("""
            usage: Doorstep.Bench generate --rows N --out FILE [--bad-every K]
                   Doorstep.Bench import --file FILE [--provider sqlite|postgres] [--pg CONN] [--data DIR]
                                         [--on-duplicate skip|update] [--all-or-nothing] [--scope PREFIX]
                                         [--preload FILE] [--report FILE]
                   Doorstep.Bench micro [BenchmarkDotNet arguments]
                   Doorstep.Bench work-items [--items N] [--provider sqlite|postgres] [--pg CONN]
                   Doorstep.Bench health [--people N] [--provider sqlite|postgres] [--pg CONN]
                   Doorstep.Bench people-list --file FILE [--provider sqlite|postgres] [--pg CONN]
                   Doorstep.Bench coverage [--residents N] [--stations N] [--candidates N] [--sites K] [--repeats N]
                   Doorstep.Bench matching [--vacancies N] [--seekers N] [--queries N]
            """);
        return 2;
}
