namespace Doorstep.Employment.Coverage;

/// <summary>Points grouped by cell with a counting sort, so each cell's points are one range of a single index array.</summary>
internal static class CellBuckets
{
    /// <param name="cellOf">The cell of each point, 0 to <paramref name="cells"/> − 1.</param>
    /// <param name="points">What to store for each point; by default its position in <paramref name="cellOf"/>.</param>
    /// <returns>Cell c's points are <c>Order[Starts[c]..Starts[c + 1]]</c>.</returns>
    public static (int[] Starts, int[] Order) Sort(int[] cellOf, int cells, IReadOnlyList<int>? points = null)
    {
        var starts = new int[cells + 1];
        foreach (var c in cellOf)
        {
            starts[c + 1]++;
        }

        for (var c = 1; c < starts.Length; c++)
        {
            starts[c] += starts[c - 1];
        }

        var order = new int[cellOf.Length];
        var next = starts[..^1];
        for (var k = 0; k < cellOf.Length; k++)
        {
            order[next[cellOf[k]]++] = points is null ? k : points[k];
        }

        return (starts, order);
    }
}
