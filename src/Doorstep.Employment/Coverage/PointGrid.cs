namespace Doorstep.Employment.Coverage;

/// <summary>
/// Points bucketed into square cells as wide as the reach radius, stored as one sorted array of
/// point indices with each cell's range (no per-cell lists): everything within the radius of a
/// spot lies in the 3 × 3 cells around it. A million points take about 12 MB.
/// </summary>
public sealed class PointGrid
{
    private readonly float cell;
    private readonly long[] keys;
    private readonly int[] starts;
    private readonly int[] order;

    public PointGrid(float[] x, float[] y, float cellSize)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        cell = cellSize;
        X = x;
        Y = y;
        var pointKeys = new long[x.Length];
        order = new int[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            pointKeys[i] = Key(Cell(x[i]), Cell(y[i]));
            order[i] = i;
        }

        Array.Sort(pointKeys, order);
        var distinct = new List<long>();
        var firsts = new List<int>();
        for (var i = 0; i < pointKeys.Length; i++)
        {
            if (i == 0 || pointKeys[i] != pointKeys[i - 1])
            {
                distinct.Add(pointKeys[i]);
                firsts.Add(i);
            }
        }

        firsts.Add(pointKeys.Length);
        keys = [.. distinct];
        starts = [.. firsts];
    }

    public float[] X { get; }

    public float[] Y { get; }

    public int Count => X.Length;

    /// <summary>Calls <paramref name="visit"/> with every point within <paramref name="radius"/> of (x, y).</summary>
    public void Within(float x, float y, float radius, Action<int> visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var r2 = radius * radius;
        int cx = Cell(x), cy = Cell(y);
        for (var dx = -1; dx <= 1; dx++)
        {
            for (var dy = -1; dy <= 1; dy++)
            {
                var at = Array.BinarySearch(keys, Key(cx + dx, cy + dy));
                if (at < 0)
                {
                    continue;
                }

                for (var k = starts[at]; k < starts[at + 1]; k++)
                {
                    var p = order[k];
                    float ex = X[p] - x, ey = Y[p] - y;
                    if (ex * ex + ey * ey <= r2)
                    {
                        visit(p);
                    }
                }
            }
        }
    }

    /// <summary>Whether any point lies within <paramref name="radius"/> of (x, y).</summary>
    public bool Any(float x, float y, float radius)
    {
        var r2 = radius * radius;
        int cx = Cell(x), cy = Cell(y);
        for (var dx = -1; dx <= 1; dx++)
        {
            for (var dy = -1; dy <= 1; dy++)
            {
                var at = Array.BinarySearch(keys, Key(cx + dx, cy + dy));
                if (at < 0)
                {
                    continue;
                }

                for (var k = starts[at]; k < starts[at + 1]; k++)
                {
                    var p = order[k];
                    float ex = X[p] - x, ey = Y[p] - y;
                    if (ex * ex + ey * ey <= r2)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private int Cell(float v) => (int)MathF.Floor(v / cell);

    private static long Key(int cx, int cy) => ((long)cx << 32) ^ (uint)cy;
}
