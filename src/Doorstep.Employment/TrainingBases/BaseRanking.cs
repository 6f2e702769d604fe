namespace Doorstep.Employment.TrainingBases;

/// <summary>An application in review or accredited, with its experts' scores.</summary>
public sealed record RankCandidate(Guid Id, string InstitutionName, IReadOnlyList<int> Scores, int AnnualPersonTimes, DateTime SubmittedAt, ApplicationStatus Status);

/// <summary>A place in the ranking; <see cref="Rank"/> is null until enough experts have scored.</summary>
public sealed record RankedApplication(
    int? Rank, Guid Id, string InstitutionName, decimal? Average, int ScoreCount, int? LowestScore, bool WithinQuota, ApplicationStatus Status);

/// <summary>
/// 评审排名. By the experts' average score (to two decimals), highest first. Ties go, in turn, to the
/// higher lowest score (the experts agree more), the more annual training person-times (the larger
/// base), and the earlier submission. Applications with fewer scores than required are listed after
/// the ranked ones, unranked. The first <c>quota</c> ranked places are within the quota.
/// </summary>
public static class BaseRanking
{
    public static IReadOnlyList<RankedApplication> Rank(IEnumerable<RankCandidate> candidates, int quota, int minScores)
    {
        var all = candidates.ToList();
        var ranked = all.Where(c => c.Scores.Count >= minScores)
            .OrderByDescending(Average)
            .ThenByDescending(c => c.Scores.Min())
            .ThenByDescending(c => c.AnnualPersonTimes)
            .ThenBy(c => c.SubmittedAt)
            .ThenBy(c => c.Id)
            .Select((c, i) => new RankedApplication(i + 1, c.Id, c.InstitutionName, Average(c), c.Scores.Count, c.Scores.Min(), i < quota, c.Status));
        var waiting = all.Where(c => c.Scores.Count < minScores)
            .OrderByDescending(c => c.Scores.Count).ThenBy(c => c.SubmittedAt)
            .Select(c => new RankedApplication(null, c.Id, c.InstitutionName, c.Scores.Count == 0 ? null : Average(c), c.Scores.Count, c.Scores.Count == 0 ? null : c.Scores.Min(), false, c.Status));
        return [.. ranked, .. waiting];
    }

    private static decimal Average(RankCandidate c) => Math.Round((decimal)c.Scores.Sum() / c.Scores.Count, 2, MidpointRounding.AwayFromZero);
}
