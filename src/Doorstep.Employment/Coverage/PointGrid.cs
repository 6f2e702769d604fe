namespace Doorstep.Employment.Coverage;

/// <summary>
/// Points bucketed into square cells at least as wide as the reach radius, laid out as one dense
/// table over the points' extent (a counting sort: each cell's points are a range of one index
/// array), so everything within the radius of a spot lies in the 3 × 3 cells around it and a
/// cell is found by arithmetic. A million points take about 12 MB.
/// </summary>
public sealed class PointGrid
{
    /// <summary>Cells are widened beyond the radius rather than letting a province-wide table grow past this.</summary>
    private const long MaxCells = 16_000_000;

    private static readonly (int Dx, int Dy)[] Neighbourhood = [(0, 0), (-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (1, -1), (-1, 1), (1, 1)];

    private readonly float cell;
    private readonly int minCx;
    private readonly int minCy;
    private readonly int width;
    private readonly int height;
    private readonly int[] starts;
    private readonly int[] order;

    public PointGrid(float[] x, float[] y, float minimumCellSize)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        X = x;
        Y = y;
        if (x.Length == 0)
        {
            cell = minimumCellSize;
            starts = [0, 0];
            order = [];
            width = height = 1;
            return;
        }

        var (minX, maxX, minY, maxY) = (x.Min(), x.Max(), y.Min(), y.Max());
        var extent = Math.Max(maxX - minX, maxY - minY);
        cell = Math.Max(minimumCellSize, extent / (float)Math.Sqrt(MaxCells));
        minCx = Cell(minX);
        minCy = Cell(minY);
        width = Cell(maxX) - minCx + 1;
        height = Cell(maxY) - minCy + 1;

        var cellOf = new int[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            cellOf[i] = ((Cell(y[i]) - minCy) * width) + (Cell(x[i]) - minCx);
        }

        (starts, order) = CellBuckets.Sort(cellOf, width * height);
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
        foreach (var (dx, dy) in Neighbourhood)
        {
            if (Range(cx + dx, cy + dy) is not var (from, to))
            {
                continue;
            }

            for (var k = from; k < to; k++)
            {
                var p = order[k];
                float ex = X[p] - x, ey = Y[p] - y;
                if ((ex * ex) + (ey * ey) <= r2)
                {
                    visit(p);
                }
            }
        }
    }

    /// <summary>Whether any point lies within <paramref name="radius"/> of (x, y); the spot's own cell is looked at first.</summary>
    public bool Any(float x, float y, float radius)
    {
        var r2 = radius * radius;
        int cx = Cell(x), cy = Cell(y);
        foreach (var (dx, dy) in Neighbourhood)
        {
            if (Range(cx + dx, cy + dy) is not var (from, to))
            {
                continue;
            }

            for (var k = from; k < to; k++)
            {
                var p = order[k];
                float ex = X[p] - x, ey = Y[p] - y;
                if ((ex * ex) + (ey * ey) <= r2)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private (int From, int To)? Range(int cx, int cy)
    {
        var col = cx - minCx;
        var row = cy - minCy;
        if (col < 0 || row < 0 || col >= width || row >= height)
        {
            return null;
        }

        var index = (row * width) + col;
        return (starts[index], starts[index + 1]);
    }

    private int Cell(float v) => (int)MathF.Floor(v / cell);
}
