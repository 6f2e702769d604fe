using System.Collections.Concurrent;

namespace Doorstep.Employment.Coverage;

/// <summary>A candidate site the greedy placement chose, in order, with the residents it newly brings within reach.</summary>
public sealed record PlacedSite(int Candidate, int Gain);

/// <summary>
/// The two computations behind the 10-minute circle, on points in metres: which residents have a
/// station within reach, and where K new stations would bring the most uncovered residents in.
/// </summary>
public static class CoverageMath
{
    /// <summary>For each resident, whether a station lies within the radius.</summary>
    public static bool[] Covered(float[] residentX, float[] residentY, PointGrid stations, float radius)
    {
        ArgumentNullException.ThrowIfNull(residentX);
        ArgumentNullException.ThrowIfNull(residentY);
        ArgumentNullException.ThrowIfNull(stations);
        var covered = new bool[residentX.Length];
        if (stations.Count == 0 || residentX.Length == 0)
        {
            return covered;
        }

        // Ranges rather than single residents: a delegate call per resident would cost more than the look-up.
        Parallel.ForEach(Partitioner.Create(0, residentX.Length, 16_384), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                covered[i] = stations.Any(residentX[i], residentY[i], radius);
            }
        });
        return covered;
    }

    /// <summary>
    /// Picks up to <paramref name="k"/> candidates greedily, each the one that brings the most
    /// still-uncovered residents within reach. A candidate's gain only shrinks as others are
    /// chosen, so gains are recounted lazily: only when a candidate reaches the top of the queue.
    /// Greedy choice is within 1 − 1/e of the best possible cover.
    /// </summary>
    public static List<PlacedSite> Place(PointGrid uncovered, float[] candidateX, float[] candidateY, float radius, int k)
    {
        ArgumentNullException.ThrowIfNull(uncovered);
        ArgumentNullException.ThrowIfNull(candidateX);
        ArgumentNullException.ThrowIfNull(candidateY);
        var reach = new int[candidateX.Length][];
        Parallel.For(0, candidateX.Length, c =>
        {
            var found = new List<int>();
            uncovered.Within(candidateX[c], candidateY[c], radius, found.Add);
            reach[c] = [.. found];
        });

        var taken = new bool[uncovered.Count];
        var queue = new PriorityQueue<int, (int Gain, int Index)>(Comparer<(int Gain, int Index)>.Create((a, b) => b.Gain != a.Gain ? b.Gain.CompareTo(a.Gain) : a.Index.CompareTo(b.Index)));
        for (var c = 0; c < reach.Length; c++)
        {
            if (reach[c].Length > 0)
            {
                queue.Enqueue(c, (reach[c].Length, c));
            }
        }

        var chosen = new List<PlacedSite>();
        while (chosen.Count < k && queue.TryDequeue(out var candidate, out _))
        {
            var gain = 0;
            foreach (var r in reach[candidate])
            {
                if (!taken[r])
                {
                    gain++;
                }
            }

            if (gain == 0)
            {
                continue;
            }

            if (queue.TryPeek(out _, out var next) && (next.Gain > gain || (next.Gain == gain && next.Index < candidate)))
            {
                queue.Enqueue(candidate, (gain, candidate));
                continue;
            }

            foreach (var r in reach[candidate])
            {
                taken[r] = true;
            }

            chosen.Add(new PlacedSite(candidate, gain));
        }

        return chosen;
    }
}
