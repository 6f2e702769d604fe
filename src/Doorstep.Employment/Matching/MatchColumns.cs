using Doorstep.Employment.Vacancies;

namespace Doorstep.Employment.Matching;

/// <summary>The columns both sides of a match share: position, occupations and skills as numbers, education and experience.</summary>
internal sealed class Table(int count)
{
    private readonly int[] occupationStarts = new int[count + 1];
    private readonly int[] skillStarts = new int[count + 1];
    private readonly List<int> occupationList = [];
    private readonly List<int> skillList = [];
    private int[] occupations = [];
    private int[] skills = [];

    public float[] X { get; } = new float[count];

    public float[] Y { get; } = new float[count];

    public Education[] Education { get; } = new Education[count];

    public byte[] Experience { get; } = new byte[count];

    public long Bytes => (count * (4L + 4 + 4 + 1 + 4 + 4)) + (4L * (occupations.Length + skills.Length));

    /// <summary>Rows are added in order, 0 to count − 1; the last one seals the lists into arrays.</summary>
    public void Add(int row, (float X, float Y) at, int[] rowOccupations, int[] rowSkills, Education education, int experience)
    {
        (X[row], Y[row], Education[row], Experience[row]) = (at.X, at.Y, education, (byte)Math.Clamp(experience, 0, 255));
        occupationList.AddRange(rowOccupations);
        skillList.AddRange(rowSkills);
        occupationStarts[row + 1] = occupationList.Count;
        skillStarts[row + 1] = skillList.Count;
        if (row == count - 1)
        {
            (occupations, skills) = ([.. occupationList], [.. skillList]);
            occupationList.Clear();
            skillList.Clear();
        }
    }

    public ReadOnlySpan<int> Occupations(int row) => occupations.AsSpan(occupationStarts[row], occupationStarts[row + 1] - occupationStarts[row]);

    public ReadOnlySpan<int> Skills(int row) => skills.AsSpan(skillStarts[row], skillStarts[row + 1] - skillStarts[row]);
}

/// <summary>
/// Occupation codes and skills numbered once. Every occupation knows its 小类 and 中类 (the
/// code's first three and two parts), so "a related job" is two integer comparisons.
/// </summary>
internal sealed class Terms
{
    private readonly Dictionary<string, int> occupationIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> groupIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> skillIds = new(StringComparer.Ordinal);
    private readonly List<int> minorOf = [];
    private readonly List<int> mediumOf = [];

    public int Occupation(string code)
    {
        if (occupationIds.TryGetValue(code, out var id))
        {
            return id;
        }

        id = occupationIds.Count;
        occupationIds.Add(code, id);
        var parts = code.Split('-');
        minorOf.Add(parts.Length >= 3 ? Group(string.Join('-', parts[..3])) : -1);
        mediumOf.Add(parts.Length >= 2 ? Group(string.Join('-', parts[..2])) : -1);
        return id;
    }

    /// <summary>The occupation's key at a search tier: 0 the occupation itself, 1 its 小类, 2 its 中类; −1 where there is none.</summary>
    public int Key(int occupation, int tier) => occupation < 0 ? -1 : tier switch
    {
        0 => occupation,
        1 => minorOf[occupation],
        _ => mediumOf[occupation],
    };

    public int[] Occupations(IReadOnlyList<string> codes) => [.. codes.Select(Occupation)];

    public int[] Skills(IReadOnlyList<string> names) => [.. names.Select(n => Normal(n)).Distinct().Select(n =>
    {
        if (!skillIds.TryGetValue(n, out var id))
        {
            id = skillIds.Count;
            skillIds.Add(n, id);
        }

        return id;
    })];

    /// <summary>Numbers for a query's own terms without adding to the tables, which queries only read; a term the index never saw is −1 and meets nothing.</summary>
    public int[] Known(IReadOnlyList<string> values, bool occupations) =>
        [.. values.Select(v => occupations ? occupationIds.GetValueOrDefault(v, -1) : skillIds.GetValueOrDefault(Normal(v), -1))];

    /// <summary>The best fit of a vacancy's occupation among a seeker's wishes, in their order.</summary>
    public OccupationFit Fit(int occupation, ReadOnlySpan<int> desired)
    {
        if (occupation < 0)
        {
            return OccupationFit.None;
        }

        var best = OccupationFit.None;
        for (var k = 0; k < desired.Length; k++)
        {
            var d = desired[k];
            var fit = d < 0 ? OccupationFit.None
                : d == occupation ? (k == 0 ? OccupationFit.FirstChoice : OccupationFit.Desired)
                : minorOf[d] >= 0 && minorOf[d] == minorOf[occupation] ? OccupationFit.SameMinorGroup
                : mediumOf[d] >= 0 && mediumOf[d] == mediumOf[occupation] ? OccupationFit.SameMediumGroup
                : OccupationFit.None;
            best = fit > best ? fit : best;
        }

        return best;
    }

    private static string Normal(string skill) => skill.Trim().ToLowerInvariant();

    private int Group(string prefix)
    {
        if (!groupIds.TryGetValue(prefix, out var id))
        {
            id = groupIds.Count;
            groupIds.Add(prefix, id);
        }

        return id;
    }
}

/// <summary>The best K results so far, kept sorted: best score first, then nearer, then the earlier row.</summary>
internal sealed class TopList(int size)
{
    private readonly (int Point, float Score, float SquaredDistance)[] items = new (int, float, float)[Math.Max(1, size)];
    private int count;

    /// <summary>The score a newcomer must reach to enter: the last one's once the list is full.</summary>
    public float Floor => count == items.Length ? items[count - 1].Score : float.MinValue;

    public void Offer(int point, float score, float squaredDistance)
    {
        if (count == items.Length && !Better(score, squaredDistance, point, items[count - 1]))
        {
            return;
        }

        var at = count < items.Length ? count++ : count - 1;
        while (at > 0 && Better(score, squaredDistance, point, items[at - 1]))
        {
            items[at] = items[at - 1];
            at--;
        }

        items[at] = (point, score, squaredDistance);
    }

    public IEnumerable<(int Point, float Score, float SquaredDistance)> Ranked() => items.Take(count);

    private static bool Better(float score, float d2, int point, (int Point, float Score, float SquaredDistance) other) =>
        score > other.Score || (score == other.Score && (d2 < other.SquaredDistance || (d2 == other.SquaredDistance && point < other.Point)));
}
