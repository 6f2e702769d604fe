using Doorstep.Employment.Coverage;

namespace Doorstep.Employment.Matching;

/// <summary>
/// Points in fixed square cells laid out as one dense table (a counting sort), so the points
/// within any radius are found by scanning the block of cells that covers the circle. Unlike the
/// coverage grid, whose cells are as wide as its single radius, this one answers every seeker's
/// own commute distance.
/// </summary>
public sealed class CellIndex
{
    private const long MaxCells = 4_000_000;

    private readonly float cell;
    private readonly int minCx;
    private readonly int minCy;
    private readonly int width;
    private readonly int height;
    private readonly int[] starts;
    private readonly int[] order;
    private readonly float[] x;
    private readonly float[] y;

    /// <param name="members">The positions in <paramref name="x"/> and <paramref name="y"/> to index; the rest are left out.</param>
    public CellIndex(float[] x, float[] y, IReadOnlyList<int> members, float cellSize)
    {
        this.x = x;
        this.y = y;
        if (members.Count == 0)
        {
            cell = cellSize;
            starts = [0, 0];
            order = [];
            width = height = 1;
            return;
        }

        float minX = float.MaxValue, maxX = float.MinValue, minY = float.MaxValue, maxY = float.MinValue;
        foreach (var i in members)
        {
            (minX, maxX, minY, maxY) = (Math.Min(minX, x[i]), Math.Max(maxX, x[i]), Math.Min(minY, y[i]), Math.Max(maxY, y[i]));
        }

        // A sparse set (one trade's seekers) gets coarser cells: about two cells a point at most.
        var extent = Math.Max(maxX - minX, maxY - minY);
        cell = Math.Max(cellSize, extent / (float)Math.Sqrt(Math.Min(MaxCells, (2L * members.Count) + 1)));
        minCx = Cell(minX);
        minCy = Cell(minY);
        width = Cell(maxX) - minCx + 1;
        height = Cell(maxY) - minCy + 1;
        var cellOf = new int[members.Count];
        for (var k = 0; k < members.Count; k++)
        {
            var i = members[k];
            cellOf[k] = ((Cell(y[i]) - minCy) * width) + (Cell(x[i]) - minCx);
        }

        (starts, order) = CellBuckets.Sort(cellOf, width * height, members);
    }

    /// <summary>Calls <paramref name="visit"/> with each indexed point within <paramref name="radius"/> of (px, py) and its squared distance.</summary>
    public void Within<TVisitor>(float px, float py, float radius, ref TVisitor visitor)
        where TVisitor : struct, IPointVisitor
    {
        var r2 = radius * radius;
        int fromCol = Math.Max(0, Cell(px - radius) - minCx), toCol = Math.Min(width - 1, Cell(px + radius) - minCx);
        int fromRow = Math.Max(0, Cell(py - radius) - minCy), toRow = Math.Min(height - 1, Cell(py + radius) - minCy);
        if (fromCol > toCol)
        {
            return;
        }

        for (var row = fromRow; row <= toRow; row++)
        {
            var from = starts[(row * width) + fromCol];
            var to = starts[(row * width) + toCol + 1];
            for (var k = from; k < to; k++)
            {
                var p = order[k];
                float dx = x[p] - px, dy = y[p] - py;
                var d2 = (dx * dx) + (dy * dy);
                if (d2 <= r2)
                {
                    visitor.Visit(p, d2);
                }
            }
        }
    }

    private int Cell(float v) => (int)MathF.Floor(v / cell);
}

/// <summary>Receives the points a <see cref="CellIndex"/> finds; a struct so the scan is not a delegate call per point.</summary>
public interface IPointVisitor
{
    void Visit(int point, float squaredDistance);
}
