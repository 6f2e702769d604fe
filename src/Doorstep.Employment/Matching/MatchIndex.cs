using Doorstep.Employment.Coverage;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Ui;

namespace Doorstep.Employment.Matching;

/// <summary>One ranked result: the vacancy or seeker, its score, how far, and why.</summary>
public sealed record Match(Guid Id, double Score, int DistanceMeters, IReadOnlyList<Text> Reasons);

/// <summary>
/// Open vacancies and seeking job seekers held in memory as columns, so matching either way is a
/// scan of the points within reach rather than a database query. Strings (occupations, skills)
/// are numbered once when the index is built and compared as integers afterwards. Seekers sit in
/// bands by how far they will travel, each band with cells sized to its distance, so the seekers
/// who would travel to a vacancy are found without scanning those who would not.
/// </summary>
public sealed class MatchIndex
{
    /// <summary>The upper commute distance of each band of seekers, in metres.</summary>
    private static readonly int[] Bands = [1_000, 2_000, 3_000, 5_000, 8_000, 12_000, 20_000, 30_000, 50_000, 100_000];

    private const float VacancyCell = 1_000;

    private readonly LocalPlane plane;
    private readonly Terms terms = new();
    private readonly Table vacancies;
    private readonly Table seekers;
    private readonly Guid[] vacancyIds;
    private readonly int[] wageMin;
    private readonly int[] wageMax;
    private readonly byte[] schedule;
    private readonly ushort[] suits;
    private readonly int[] expires;
    private readonly Guid[] seekerIds;
    private readonly string[] seekerRegions;
    private readonly int[] expected;
    private readonly float[] commute;
    private readonly byte[] schedules;
    private readonly byte[] disability;
    private readonly byte[] groups;
    private readonly TargetGroup[] firstGroup;
    private readonly CellIndex vacancyCells;
    private readonly Dictionary<int, CellIndex>[] vacancyCellsByTier;
    private readonly (float Radius, CellIndex Cells)[] seekerBands;
    private readonly Dictionary<int, (float Radius, CellIndex Cells)[]>[] seekerBandsByTier;

    /// <summary>
    /// The passes of a search, nearest trade first: the same occupation, the same 小类, the same
    /// 中类, then the rest. Each pass looks only at pairs whose occupations fit at its tier, and a
    /// pass is skipped once the list's worst score is above the most its tier could score.
    /// </summary>
    private static readonly Tier[] Tiers =
    [
        new(OccupationFit.Desired, OccupationFit.FirstChoice),
        new(OccupationFit.SameMinorGroup, OccupationFit.SameMinorGroup),
        new(OccupationFit.SameMediumGroup, OccupationFit.SameMediumGroup),
        new(OccupationFit.None, OccupationFit.None),
    ];

    private static readonly Tier AnyFit = new(OccupationFit.None, OccupationFit.FirstChoice);

    private MatchIndex(IReadOnlyList<VacancyFacts> open, IReadOnlyList<SeekerFacts> seeking, IEnumerable<string> catalogue, LocalPlane plane)
    {
        this.plane = plane;
        foreach (var code in catalogue)
        {
            terms.Occupation(code);
        }

        vacancies = new Table(open.Count);
        vacancyIds = new Guid[open.Count];
        wageMin = new int[open.Count];
        wageMax = new int[open.Count];
        schedule = new byte[open.Count];
        suits = new ushort[open.Count];
        expires = new int[open.Count];
        for (var i = 0; i < open.Count; i++)
        {
            var v = open[i];
            vacancyIds[i] = v.Id;
            vacancies.Add(i, plane.ToMetres(v.Longitude, v.Latitude), [terms.Occupation(v.OccupationCode)], terms.Skills(v.Skills), v.Education, v.ExperienceYears);
            (wageMin[i], wageMax[i], schedule[i], suits[i], expires[i]) = (v.WageMinMonthly, v.WageMaxMonthly, (byte)v.Schedule, SuitsMask(v), v.ExpiresOn.DayNumber);
        }

        seekers = new Table(seeking.Count);
        seekerIds = new Guid[seeking.Count];
        seekerRegions = new string[seeking.Count];
        expected = new int[seeking.Count];
        commute = new float[seeking.Count];
        schedules = new byte[seeking.Count];
        disability = new byte[seeking.Count];
        groups = new byte[seeking.Count];
        firstGroup = new TargetGroup[seeking.Count];
        var banded = Bands.Select(_ => new List<int>()).ToArray();
        var bandedByTier = new[] { new Dictionary<int, List<int>[]>(), new Dictionary<int, List<int>[]>(), new Dictionary<int, List<int>[]>() };
        for (var i = 0; i < seeking.Count; i++)
        {
            var s = seeking[i];
            seekerIds[i] = s.Id;
            seekerRegions[i] = s.RegionCode;
            var desired = terms.Occupations(s.DesiredOccupations);
            seekers.Add(i, plane.ToMetres(s.Longitude, s.Latitude), desired, terms.Skills(s.Skills), s.Education, s.ExperienceYears);
            (expected[i], commute[i], schedules[i], disability[i]) = (s.ExpectedMonthly, s.MaxCommuteMeters, ScheduleMask(s.Schedules), DisabilityBit(s.Disability));
            (groups[i], firstGroup[i]) = (GroupMask(s.TargetGroups), s.TargetGroups.Count > 0 ? s.TargetGroups[0] : default);
            banded[BandOf(s.MaxCommuteMeters)].Add(i);
            for (var t = 0; t < bandedByTier.Length; t++)
            {
                foreach (var key in Keys(desired, t))
                {
                    (bandedByTier[t].TryGetValue(key, out var lists) ? lists : bandedByTier[t][key] = [.. Bands.Select(_ => new List<int>())])[BandOf(s.MaxCommuteMeters)].Add(i);
                }
            }
        }

        vacancyCells = new CellIndex(vacancies.X, vacancies.Y, Enumerable.Range(0, open.Count).ToArray(), VacancyCell);
        vacancyCellsByTier = [.. Enumerable.Range(0, bandedByTier.Length).Select(t => Enumerable.Range(0, open.Count).GroupBy(v => terms.Key(vacancies.Occupations(v)[0], t))
            .Where(g => g.Key >= 0).ToDictionary(g => g.Key, g => new CellIndex(vacancies.X, vacancies.Y, g.ToArray(), VacancyCell)))];
        seekerBands = SeekerBands(banded);
        seekerBandsByTier = [.. bandedByTier.Select(tier => tier.ToDictionary(g => g.Key, g => SeekerBands(g.Value)))];
    }

    public int Vacancies => vacancyIds.Length;

    private (float Radius, CellIndex Cells)[] SeekerBands(List<int>[] banded) =>
        [.. Bands.Select((radius, b) => ((float)radius, new CellIndex(seekers.X, seekers.Y, banded[b], Math.Max(250f, radius / 8f))))];

    /// <summary>The occupations' keys at a tier (the occupation, its 小类 or its 中类), each once.</summary>
    private HashSet<int> Keys(ReadOnlySpan<int> occupations, int tier)
    {
        var found = new HashSet<int>();
        foreach (var o in occupations)
        {
            if (terms.Key(o, tier) is var key and >= 0)
            {
                found.Add(key);
            }
        }

        return found;
    }

    public int Seekers => seekerIds.Length;

    /// <param name="open">Published vacancies not yet expired.</param>
    /// <param name="seeking">Seekers whose status is seeking.</param>
    /// <param name="catalogue">Every occupation code on file, so a query's occupation is known even when no vacancy or seeker names it yet.</param>
    public static MatchIndex Build(IReadOnlyList<VacancyFacts> open, IReadOnlyList<SeekerFacts> seeking, IEnumerable<string> catalogue, LocalPlane plane)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(seeking);
        ArgumentNullException.ThrowIfNull(catalogue);
        return new(open, seeking, catalogue, plane);
    }

    /// <summary>The best open vacancies for a seeker, best first; the seeker need not be in the index (they may have just been recorded, or paused).</summary>
    public IReadOnlyList<Match> ForSeeker(SeekerFacts seeker, int top, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(seeker);
        var (x, y) = plane.ToMetres(seeker.Longitude, seeker.Latitude);
        var probe = new Probe(
            terms.Known(seeker.DesiredOccupations, occupations: true), terms.Known(seeker.Skills, occupations: false), seeker.Education, seeker.ExperienceYears,
            seeker.ExpectedMonthly, seeker.MaxCommuteMeters, ScheduleMask(seeker.Schedules), DisabilityBit(seeker.Disability), seeker.TargetGroups.Count > 0);
        var visitor = new SeekerVisitor(this, probe, today.DayNumber, new TopList(top));

        for (var t = 0; t < Tiers.Length && visitor.Best.Floor <= Tiers[t].Ceiling; t++)
        {
            visitor.Tier = Tiers[t];
            if (t == Tiers.Length - 1)
            {
                vacancyCells.Within(x, y, seeker.MaxCommuteMeters * Tiers[t].Reach(visitor.Best.Floor), ref visitor);
                break;
            }

            foreach (var key in Keys(probe.Occupations, t))
            {
                vacancyCellsByTier[t].GetValueOrDefault(key)?.Within(x, y, seeker.MaxCommuteMeters * Tiers[t].Reach(visitor.Best.Floor), ref visitor);
            }
        }
        return [.. visitor.Best.Ranked().Select(r =>
        {
            var a = AssessVacancy(r.Point, probe, MathF.Sqrt(r.SquaredDistance), today.DayNumber, float.MinValue, AnyFit);
            return new Match(vacancyIds[r.Point], Round(r.Score), (int)MathF.Round(MathF.Sqrt(r.SquaredDistance)), a.Reasons(seeker.Disability, seeker.TargetGroups));
        })];
    }

    /// <summary>The best seeking job seekers for a vacancy, best first, among those <paramref name="inScope"/> lets the caller see.</summary>
    public IReadOnlyList<Match> ForVacancy(VacancyFacts vacancy, int top, Func<string, bool> inScope)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        ArgumentNullException.ThrowIfNull(inScope);
        var (x, y) = plane.ToMetres(vacancy.Longitude, vacancy.Latitude);
        var probe = new Probe(terms.Known([vacancy.OccupationCode], occupations: true), terms.Known(vacancy.Skills, occupations: false), vacancy.Education, vacancy.ExperienceYears);
        var visitor = new VacancyVisitor(this, probe, vacancy, ScheduleBit(vacancy.Schedule), SuitsMask(vacancy), inScope, new TopList(top));
        for (var t = 0; t < Tiers.Length && visitor.Best.Floor <= Tiers[t].Ceiling; t++)
        {
            visitor.Tier = Tiers[t];
            var bands = t == Tiers.Length - 1 ? [seekerBands] : Keys(probe.Occupations, t).Select(key => seekerBandsByTier[t].GetValueOrDefault(key) ?? []);
            foreach (var (radius, cells) in bands.SelectMany(b => b))
            {
                if (Tiers[t].Reach(visitor.Best.Floor) is var reach and > 0)
                {
                    cells.Within(x, y, radius * reach, ref visitor);
                }
            }
        }

        return [.. visitor.Best.Ranked().Select(r =>
        {
            var a = visitor.Assess(r.Point, MathF.Sqrt(r.SquaredDistance), float.MinValue, AnyFit);
            var s = r.Point;
            return new Match(seekerIds[s], Round(r.Score), (int)MathF.Round(MathF.Sqrt(r.SquaredDistance)), a.Reasons(DisabilityCode(disability[s]), groups[s] == 0 ? [] : [firstGroup[s]]));
        })];
    }

    /// <summary>A rough count of the bytes the columns hold, for the benchmark's report.</summary>
    public long ApproximateBytes => vacancies.Bytes + seekers.Bytes + ((long)Vacancies * (16 + 4 + 4 + 1 + 2 + 4 + 4)) + ((long)Seekers * (16 + 8 + 4 + 4 + 1 + 1 + 1 + 4 + 4));

    private Assessment AssessVacancy(int v, in Probe seeker, float distance, int today, float floor, Tier tier)
    {
        if (distance > seeker.Commute || expires[v] < today || wageMax[v] < seeker.Expected
            || (seeker.Schedules != 0 && (seeker.Schedules & ScheduleBit((WorkSchedule)schedule[v])) == 0))
        {
            return Assessment.Ineligible;
        }

        var (fits, accessibleOnly) = Accessible(suits[v], seeker.Disability);
        return fits
            ? Assess(vacancies.Occupations(v), vacancies.Skills(v), vacancies.Education[v], vacancies.Experience[v], seeker.Occupations, seeker.Skills, seeker.Education, seeker.Experience,
                distance, wageMin[v] >= seeker.Expected, seeker.Disability != 0, accessibleOnly, seeker.Priority, seeker.Commute, floor, tier)
            : Assessment.Ineligible;
    }

    /// <summary>Whether the post suits the seeker's disability: the category is among those it suits, or a physically disabled seeker finds a barrier-free workplace.</summary>
    private static (bool Fits, bool AccessibleOnly) Accessible(ushort suits, byte disabilityBit)
    {
        if (disabilityBit == 0 || (suits & (1 << (disabilityBit - 1))) != 0)
        {
            return (true, false);
        }

        return disabilityBit == PhysicalBit && (suits & AccessibleFlag) != 0 ? (true, true) : (false, false);
    }

    /// <summary>
    /// Weighs one pair. Skills are compared last and only when the pair could still reach
    /// <paramref name="floor"/> (the worst score on a full top list) with every skill met: most
    /// pairs within reach are for other trades and fall out on that bound.
    /// </summary>
    private Assessment Assess(
        ReadOnlySpan<int> vacancyOccupation, ReadOnlySpan<int> vacancySkills, Education asked, int experienceAsked,
        ReadOnlySpan<int> desired, ReadOnlySpan<int> seekerSkills, Education education, int experience,
        float distance, bool wageAboveFloor, bool disabled, bool accessibleOnly, bool priority, float commute, float floor, Tier tier)
    {
        var fit = terms.Fit(vacancyOccupation[0], desired);
        if (!tier.Admits(fit))
        {
            return Assessment.Ineligible;
        }

        var best = new Assessment(true, fit, vacancySkills.Length, vacancySkills.Length, distance, wageAboveFloor, disabled, accessibleOnly, priority, education < asked, experience < experienceAsked);
        if (best.Score(commute) < floor)
        {
            return Assessment.Ineligible;
        }

        var hits = 0;
        foreach (var skill in vacancySkills)
        {
            if (skill >= 0 && seekerSkills.Contains(skill))
            {
                hits++;
            }
        }

        return best with { SkillHits = hits };
    }

    private const int PhysicalBit = 4;
    private const ushort AccessibleFlag = 1 << 15;

    private static ushort SuitsMask(VacancyFacts v)
    {
        var mask = v.AccessibleWorkplace ? AccessibleFlag : (ushort)0;
        foreach (var code in v.SuitsDisabilities)
        {
            var bit = DisabilityBit(code);
            if (bit != 0)
            {
                mask |= (ushort)(1 << (bit - 1));
            }
        }

        return mask;
    }

    /// <summary>1-based position of the category in <see cref="VacancyTerms.DisabilityCategories"/>; 0 for none.</summary>
    private static byte DisabilityBit(string? code)
    {
        if (code is null)
        {
            return 0;
        }

        for (var i = 0; i < VacancyTerms.DisabilityCategories.Count; i++)
        {
            if (VacancyTerms.DisabilityCategories[i].Code == code)
            {
                return (byte)(i + 1);
            }
        }

        return 0;
    }

    private static string? DisabilityCode(byte bit) => bit == 0 ? null : VacancyTerms.DisabilityCategories[bit - 1].Code;

    private static byte ScheduleBit(WorkSchedule schedule) => (byte)(1 << (int)schedule);

    private static byte ScheduleMask(IReadOnlyList<WorkSchedule> wanted)
    {
        byte mask = 0;
        foreach (var s in wanted)
        {
            mask |= ScheduleBit(s);
        }

        return mask;
    }

    private static byte GroupMask(IReadOnlyList<TargetGroup> wanted)
    {
        byte mask = 0;
        foreach (var g in wanted)
        {
            mask |= (byte)(1 << (int)g);
        }

        return mask;
    }

    private static int BandOf(int commute)
    {
        for (var b = 0; b < Bands.Length; b++)
        {
            if (commute <= Bands[b])
            {
                return b;
            }
        }

        return Bands.Length - 1;
    }

    private static double Round(float score) => Math.Round(score, 1);

    /// <summary>The occupation fits a pass admits, and the most a pair admitted can score.</summary>
    private readonly record struct Tier(OccupationFit Lowest, OccupationFit Highest)
    {
        public float Ceiling { get; } = new Assessment(true, Highest, 1, 1, 0, true, false, false, true, false, false).Score(1);

        public bool Admits(OccupationFit fit) => fit >= Lowest && fit <= Highest;

        /// <summary>
        /// How far out, as a share of a commute, a pair of this tier can still beat <paramref name="floor"/>:
        /// everything else at its best, nearness must make up the rest, and nearness falls with distance.
        /// Zero when even a pair at the door could not.
        /// </summary>
        public float Reach(float floor)
        {
            var needed = floor - (Ceiling - Assessment.NearnessWeight);
            return needed <= 0 ? 1 : needed > Assessment.NearnessWeight ? 0 : (1.0001f - (needed / Assessment.NearnessWeight));
        }
    }

    /// <summary>The side of a match given from outside the index, with its strings numbered; the seeker's terms are used only when the probe is a seeker.</summary>
    private readonly record struct Probe(
        int[] Occupations, int[] Skills, Education Education, int Experience, int Expected = 0, float Commute = 0, byte Schedules = 0, byte Disability = 0, bool Priority = false);

    private struct SeekerVisitor(MatchIndex index, Probe probe, int today, TopList best) : IPointVisitor
    {
        public readonly TopList Best => best;

        /// <summary>The pass under way: only vacancies whose occupation fits at this tier are weighed.</summary>
        public Tier Tier { get; set; }

        public readonly void Visit(int point, float squaredDistance)
        {
            var a = index.AssessVacancy(point, probe, MathF.Sqrt(squaredDistance), today, best.Floor, Tier);
            if (a.Eligible)
            {
                best.Offer(point, a.Score(probe.Commute), squaredDistance);
            }
        }
    }

    private struct VacancyVisitor(MatchIndex index, Probe probe, VacancyFacts vacancy, byte scheduleBit, ushort suits, Func<string, bool> inScope, TopList best) : IPointVisitor
    {
        public readonly TopList Best => best;

        /// <summary>The pass under way: only seekers whose wishes fit at this tier are weighed.</summary>
        public Tier Tier { get; set; }

        public readonly void Visit(int point, float squaredDistance)
        {
            var distance = MathF.Sqrt(squaredDistance);
            if (distance > index.commute[point])
            {
                return;
            }

            var a = Assess(point, distance, best.Floor, Tier);
            if (a.Eligible && inScope(index.seekerRegions[point]))
            {
                best.Offer(point, a.Score(index.commute[point]), squaredDistance);
            }
        }

        public readonly Assessment Assess(int s, float distance, float floor, Tier tier)
        {
            var x = index;
            if (vacancy.WageMaxMonthly < x.expected[s] || (x.schedules[s] != 0 && (x.schedules[s] & scheduleBit) == 0))
            {
                return Assessment.Ineligible;
            }

            var (fits, accessibleOnly) = Accessible(suits, x.disability[s]);
            return fits
                ? x.Assess(probe.Occupations, probe.Skills, probe.Education, probe.Experience, x.seekers.Occupations(s), x.seekers.Skills(s), x.seekers.Education[s], x.seekers.Experience[s],
                    distance, vacancy.WageMinMonthly >= x.expected[s], x.disability[s] != 0, accessibleOnly, x.groups[s] != 0, x.commute[s], floor, tier)
                : Assessment.Ineligible;
        }
    }
}
