using Doorstep.Employment.Coverage;

namespace Doorstep.Employment.Tests;

/// <summary>Coverage and greedy placement on small hand-made layouts, in metres.</summary>
public sealed class CoverageMathTests
{
    [Fact]
    public void A_resident_is_covered_when_a_station_is_within_the_radius_including_on_it()
    {
        var stations = new PointGrid([0f, 5000f], [0f, 0f], 600f);

        var covered = CoverageMath.Covered([0f, 599f, 600f, 601f, 4500f, 3000f, -424f], [0f, 0f, 0f, 0f, 0f, 0f, 424f], stations, 600f);

        covered.ShouldBe([true, true, true, false, true, false, true]);
    }

    [Fact]
    public void No_station_covers_nobody()
    {
        CoverageMath.Covered([0f, 1f], [0f, 1f], new PointGrid([], [], 600f), 600f).ShouldBe([false, false]);
        CoverageMath.Covered([], [], new PointGrid([0f], [0f], 600f), 600f).ShouldBeEmpty();
    }

    [Fact]
    public void Cells_do_not_hide_neighbours_across_a_cell_boundary()
    {
        // Cells are 600 m wide; these two are in different cells and 2 m apart.
        var stations = new PointGrid([599f], [-1f], 600f);

        CoverageMath.Covered([601f], [1f], stations, 600f).ShouldBe([true]);
    }

    [Fact]
    public void Over_a_province_the_cells_widen_and_still_find_every_neighbour()
    {
        // 3,000 km across with a 600 m radius would be 25 million cells; the grid widens them instead.
        var stations = new PointGrid([0f, 3_000_000f, 1_500_000f], [0f, 3_000_000f, 1_500_000f], 600f);

        CoverageMath.Covered([100f, 2_999_500f, 1_500_600f, 1_500_700f], [0f, 3_000_000f, 1_500_000f, 1_500_000f], stations, 600f)
            .ShouldBe([true, true, true, false]);
    }

    [Fact]
    public void Placement_takes_the_biggest_cluster_first_and_does_not_count_residents_twice()
    {
        // Cluster A: 5 residents round (0, 0); cluster B: 3 round (2000, 0); one straggler at (1000, 0).
        float[] x = [0, 10, -10, 0, 0, 2000, 2010, 1990, 1000];
        float[] y = [0, 0, 0, 10, -10, 0, 0, 0, 0];
        var uncovered = new PointGrid(x, y, 600f);

        // Candidates: on A, on A again (a duplicate centre), on B, on the straggler.
        var placed = CoverageMath.Place(uncovered, [0, 5, 2000, 1000], [0, 0, 0, 0], 600f, 3);

        placed.ShouldBe([new PlacedSite(0, 5), new PlacedSite(2, 3), new PlacedSite(3, 1)]);
    }

    [Fact]
    public void Placement_stops_when_nobody_is_left_to_cover()
    {
        var uncovered = new PointGrid([0f], [0f], 600f);

        CoverageMath.Place(uncovered, [0f, 10f, 5000f], [0f, 0f, 0f], 600f, 5).ShouldBe([new PlacedSite(0, 1)]);
    }

    [Fact]
    public void Lazy_greedy_picks_what_a_full_recount_would()
    {
        var random = new Random(7);
        var residents = 3000;
        var x = Enumerable.Range(0, residents).Select(_ => (float)(random.NextDouble() * 8000)).ToArray();
        var y = Enumerable.Range(0, residents).Select(_ => (float)(random.NextDouble() * 8000)).ToArray();
        var cx = Enumerable.Range(0, 200).Select(_ => (float)(random.NextDouble() * 8000)).ToArray();
        var cy = Enumerable.Range(0, 200).Select(_ => (float)(random.NextDouble() * 8000)).ToArray();

        var placed = CoverageMath.Place(new PointGrid(x, y, 640f), cx, cy, 640f, 8);

        // The plain greedy: recount every candidate against what is still uncovered, every round.
        var taken = new bool[residents];
        foreach (var site in placed)
        {
            var best = Enumerable.Range(0, cx.Length)
                .Select(c => (c, gain: Enumerable.Range(0, residents).Count(r => !taken[r] && Within(x[r], y[r], cx[c], cy[c], 640f))))
                .OrderByDescending(t => t.gain).ThenBy(t => t.c).First();
            site.ShouldBe(new PlacedSite(best.c, best.gain));
            for (var r = 0; r < residents; r++)
            {
                taken[r] |= Within(x[r], y[r], cx[best.c], cy[best.c], 640f);
            }
        }
    }

    [Fact]
    public void The_radius_discounts_walking_for_detours()
    {
        new ReachSettings().RadiusMetres().ShouldBe(800 / 1.3, 0.001);
        new ReachSettings { WalkingMetresPerMinute = 80, DetourFactor = 1 }.RadiusMetres(15).ShouldBe(1200);
    }

    [Fact]
    public void The_local_plane_measures_like_the_haversine_distance()
    {
        var plane = new LocalPlane(113.13, 27.83);
        var (ax, ay) = plane.ToMetres(113.10, 27.80);
        var (bx, by) = plane.ToMetres(113.16, 27.86);
        var flat = Math.Sqrt(Math.Pow(bx - ax, 2) + Math.Pow(by - ay, 2));
        var round = new Kernel.GeoPoint(113.10, 27.80).DistanceTo(new Kernel.GeoPoint(113.16, 27.86));

        Math.Abs(flat - round).ShouldBeLessThan(round * 0.005);
    }

    private static bool Within(float x, float y, float cx, float cy, float radius) => (x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius;
}
