using System.Diagnostics;
using System.Globalization;
using Doorstep.Employment.Coverage;
using Doorstep.Employment.Matching;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;

namespace Doorstep.Bench;

/// <summary>
/// Two-way matching on a synthetic county of 60 × 60 km: vacancies and seekers clustered round
/// towns like the residents of the coverage run, 80 occupations in 8 medium groups, a vocabulary
/// of 300 skills, commutes from 2 to 30 km. Prints the index's build time and memory, and the
/// median and 95th percentile of top-K queries for random seekers and vacancies, at the sizes
/// given and at a tenth and a hundredth of them.
/// </summary>
internal static class MatchingRun
{
    private static readonly LocalPlane Plane = new(113.13, 27.83);
    private static readonly DateOnly Today = new(2024, 2, 3);
    private static readonly int[] Commutes = [2_000, 3_000, 5_000, 5_000, 8_000, 10_000, 15_000, 30_000];

    public static int Run(Args options)
    {
        var vacancies = options.Int("--vacancies", 200_000);
        var seekers = options.Int("--seekers", 500_000);
        var queries = options.Int("--queries", 2_000);
        Console.WriteLine($"top-20 vacancies per seeker, top-50 seekers per vacancy, {queries} queries each");
        Console.WriteLine("vacancies\tseekers\tbuild ms\tmemory MB\tseeker median ms\tseeker p95 ms\tvacancy median ms\tvacancy p95 ms\tmean results");
        foreach (var scale in new[] { 100, 10, 1 })
        {
            Once(vacancies / scale, seekers / scale, queries);
        }

        return 0;
    }

    private static void Once(int vacancyCount, int seekerCount, int queries)
    {
        var random = new Random(20240203);
        var occupations = Enumerable.Range(0, 80).Select(i => $"{4 + (i / 40)}-{(i / 10 % 8) + 1:00}-{(i % 10) + 1:00}-{(i % 3) + 1:00}").ToArray();
        var skills = Enumerable.Range(0, 300).Select(i => $"技能{i}").ToArray();

        // Skills cluster by trade as they do in life: each occupation has its own few, drawn from the shared vocabulary.
        var tradeSkills = occupations.ToDictionary(o => o, _ => Pick(random, skills, 6));
        var centres = Enumerable.Range(0, 600).Select(_ => (X: (float)random.NextDouble() * CoverageRun.Side, Y: (float)random.NextDouble() * CoverageRun.Side)).ToArray();
        var (vx, vy) = CoverageRun.Scatter(random, vacancyCount, centres, 1500);
        var (sx, sy) = CoverageRun.Scatter(random, seekerCount, centres, 1000);
        var open = Enumerable.Range(0, vacancyCount).Select(i =>
        {
            var (lon, lat) = LonLat(vx[i], vy[i]);
            var min = 2500 + (random.Next(40) * 100);
            var occupation = occupations[random.Next(occupations.Length)];
            return new VacancyFacts(
                Guid.NewGuid(), lon, lat, occupation, Pick(random, tradeSkills[occupation], random.Next(0, 5)), min, min + (random.Next(1, 20) * 100),
                (WorkSchedule)random.Next(3), random.NextDouble() < 0.1 ? ["physical", "hearing"] : [], random.NextDouble() < 0.2, (Education)random.Next(4), random.Next(4), Today.AddDays(random.Next(-3, 30)));
        }).ToList();
        var seeking = Enumerable.Range(0, seekerCount).Select(i =>
        {
            var (lon, lat) = LonLat(sx[i], sy[i]);
            var disabled = random.NextDouble() < 0.03;
            var wanted = Pick(random, occupations, random.Next(1, 4));
            return new SeekerFacts(
                Guid.NewGuid(), $"4302110{random.Next(10):00}{random.Next(100):000}", lon, lat, wanted, Pick(random, [.. wanted.SelectMany(w => tradeSkills[w])], random.Next(1, 6)),
                2500 + (random.Next(30) * 100), Commutes[random.Next(Commutes.Length)], random.NextDouble() < 0.7 ? [] : [(WorkSchedule)random.Next(3)],
                disabled ? "physical" : null, disabled ? [TargetGroup.Disabled] : random.NextDouble() < 0.2 ? [(TargetGroup)random.Next(5)] : [], (Education)random.Next(5), random.Next(10));
        }).ToList();

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var index = MatchIndex.Build(open, seeking, occupations, Plane);
        var build = clock.Elapsed.TotalMilliseconds;
        var memory = GC.GetTotalMemory(forceFullCollection: true) - before;

        var results = 0L;
        var seekerTimes = Time(queries, q =>
        {
            var s = seeking[random.Next(seeking.Count)];
            results += index.ForSeeker(s, 20, Today).Count;
        });
        var vacancyTimes = Time(queries, q =>
        {
            var v = open[random.Next(open.Count)];
            results += index.ForVacancy(v, 50, region => region.StartsWith("4302", StringComparison.Ordinal)).Count;
        });

        GC.KeepAlive(index);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{vacancyCount}\t{seekerCount}\t{build:0}\t{memory / 1024.0 / 1024:0.0}\t{CoverageRun.Median(seekerTimes):0.000}\t{Percentile(seekerTimes, 0.95):0.000}\t{CoverageRun.Median(vacancyTimes):0.000}\t{Percentile(vacancyTimes, 0.95):0.000}\t{results / (2.0 * queries):0.0}"));
    }

    private static List<double> Time(int queries, Action<int> query)
    {
        for (var q = 0; q < Math.Min(50, queries); q++)
        {
            query(q);
        }

        var times = new List<double>(queries);
        for (var q = 0; q < queries; q++)
        {
            var clock = Stopwatch.StartNew();
            query(q);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static string[] Pick(Random random, string[] from, int count) => [.. Enumerable.Range(0, count).Select(_ => from[random.Next(from.Length)]).Distinct()];

    private static (double Longitude, double Latitude) LonLat(float x, float y) =>
        (Plane.OriginLongitude + (x / (111_320 * Math.Cos(Plane.OriginLatitude * Math.PI / 180))), Plane.OriginLatitude + (y / 110_574));

    private static double Percentile(List<double> values, double p) => values.Order().ElementAt((int)(values.Count * p));
}
