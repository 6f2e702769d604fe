using System.Diagnostics;
using System.Globalization;
using Doorstep.Employment.Coverage;

namespace Doorstep.Bench;

/// <summary>
/// The 10-minute circle's two computations on a synthetic county of 60 × 60 km: residents
/// clustered round towns and villages (70%) and scattered (30%), stations near the clusters,
/// candidate sites at community and grid centres. Prints the median of repeated runs and the
/// memory of the points and their indexes, at the sizes given and at a tenth and a hundredth of them.
/// </summary>
internal static class CoverageRun
{
    internal const float Side = 60_000;

    public static int Run(Args options)
    {
        var residents = options.Int("--residents", 1_000_000);
        var stations = options.Int("--stations", 5_000);
        var candidates = options.Int("--candidates", 10_000);
        var sites = options.Int("--sites", 10);
        var repeats = options.Int("--repeats", 5);
        var radius = (float)new ReachSettings().RadiusMetres();
        Console.WriteLine($"radius {radius:0} m, {sites} sites, median of {repeats} runs");
        Console.WriteLine("residents\tstations\tcandidates\tmemory MB\tcover ms\tcovered %\tplace ms\tgained");
        foreach (var scale in new[] { 100, 10, 1 })
        {
            Once(residents / scale, Math.Max(1, stations / scale), Math.Max(1, candidates / scale), sites, radius, repeats);
        }

        return 0;
    }

    private static void Once(int residents, int stations, int candidates, int sites, float radius, int repeats)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var random = new Random(20240203);
        var centres = Enumerable.Range(0, Math.Max(20, candidates / 4)).Select(_ => (X: (float)random.NextDouble() * Side, Y: (float)random.NextDouble() * Side)).ToArray();
        var (rx, ry) = Scatter(random, residents, centres, 800);
        var (sx, sy) = Scatter(random, stations, centres, 400);
        var (cx, cy) = Scatter(random, candidates, centres, 1500);

        var stationGrid = new PointGrid(sx, sy, radius);
        var residentGrid = new PointGrid(rx, ry, radius);
        var index = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(stationGrid);

        var coverTimes = new List<double>();
        bool[] covered = [];
        for (var i = 0; i < repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            covered = CoverageMath.Covered(rx, ry, new PointGrid(sx, sy, radius), radius);
            coverTimes.Add(clock.Elapsed.TotalMilliseconds);
        }

        var uncovered = Enumerable.Range(0, residents).Where(i => !covered[i]).ToArray();
        var placeTimes = new List<double>();
        var gained = 0;
        for (var i = 0; i < repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            var grid = new PointGrid([.. uncovered.Select(u => rx[u])], [.. uncovered.Select(u => ry[u])], radius);
            gained = CoverageMath.Place(grid, cx, cy, radius, sites).Sum(s => s.Gain);
            placeTimes.Add(clock.Elapsed.TotalMilliseconds);
        }

        GC.KeepAlive(residentGrid);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{residents}\t{stations}\t{candidates}\t{index / 1024.0 / 1024:0.0}\t{Median(coverTimes):0.0}\t{100.0 * covered.Count(c => c) / residents:0.0}\t{Median(placeTimes):0.0}\t{gained}"));
    }

    internal static (float[] X, float[] Y) Scatter(Random random, int count, (float X, float Y)[] centres, double spread)
    {
        var x = new float[count];
        var y = new float[count];
        for (var i = 0; i < count; i++)
        {
            if (random.NextDouble() < 0.7)
            {
                var c = centres[random.Next(centres.Length)];
                x[i] = Math.Clamp(c.X + (float)(Gaussian(random) * spread), 0, Side);
                y[i] = Math.Clamp(c.Y + (float)(Gaussian(random) * spread), 0, Side);
            }
            else
            {
                x[i] = (float)random.NextDouble() * Side;
                y[i] = (float)random.NextDouble() * Side;
            }
        }

        return (x, y);
    }

    private static double Gaussian(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    internal static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
