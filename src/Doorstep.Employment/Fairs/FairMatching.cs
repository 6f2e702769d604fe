using Doorstep.Employment.Matching;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;
using Doorstep.Kernel;
using Doorstep.Platform.Ui;

namespace Doorstep.Employment.Fairs;

/// <summary>
/// What on-site matching knows of a visitor: the occupations they named (the walk-in's wish, then
/// the seeker record's), and, when a seeker record is linked, their skills, schooling, experience
/// and expected pay. <see cref="DeclaredDisabled"/> is a visitor who ticked 残疾人 without a
/// registry certificate: any post assessed as suitable for some disability is offered.
/// </summary>
public sealed record VisitorFacts(
    IReadOnlyList<string> Occupations, IReadOnlyList<string> Skills, Education? Education, int? ExperienceYears, int ExpectedMonthly, int CommuteMeters,
    GeoPoint? Origin, string? Disability, bool DeclaredDisabled, IReadOnlyList<TargetGroup> TargetGroups);

/// <summary>A vacancy of the fair ranked for a visitor, with the reasons in the words of two-way matching.</summary>
public sealed record FairMatch(Guid VacancyId, double Score, IReadOnlyList<Text> Reasons);

/// <summary>
/// Ranks the fair's own vacancies for one visitor with the module's scoring (<see cref="Assessment"/>):
/// the same points and the same reasons as two-way matching, but every post of the fair is on the
/// table — the visitor is already there, so distance and pay only rank, they do not exclude. A
/// disabled visitor sees only the posts that suit their disability (or a barrier-free workplace
/// for a physical one), as matching does.
/// </summary>
public static class FairMatching
{
    private static readonly Text Unmeasured = new("0 米", "0 m");

    public static IReadOnlyList<FairMatch> Rank(VisitorFacts visitor, IReadOnlyList<VacancyFacts> vacancies, IReadOnlyList<TargetGroup> fairGroups)
    {
        var priority = visitor.TargetGroups.Where(g => fairGroups.Count == 0 || fairGroups.Contains(g)).ToList();
        var groups = priority.Concat(visitor.TargetGroups.Except(priority)).ToList();
        var disabled = visitor.Disability is not null || visitor.DeclaredDisabled;
        return [.. vacancies
            .Select(v => (Vacancy: v, Fit: Suits(visitor, v)))
            .Where(x => x.Fit.Suits)
            .Select(x =>
            {
                var v = x.Vacancy;
                var distance = visitor.Origin is { } origin ? (float)origin.DistanceTo(new GeoPoint(v.Longitude, v.Latitude)) : 0f;
                var a = new Assessment(
                    true, Fit(v.OccupationCode, visitor.Occupations), Hits(v.Skills, visitor.Skills), v.Skills.Count, distance,
                    visitor.ExpectedMonthly == 0 || v.WageMinMonthly >= visitor.ExpectedMonthly, disabled, x.Fit.AccessibleOnly, priority.Count > 0,
                    visitor.Education is { } education && education < v.Education, visitor.ExperienceYears is { } years && years < v.ExperienceYears);
                var reasons = a.Reasons(visitor.Disability, groups).Where(r => visitor.Origin is not null || r != Unmeasured).ToList();
                if (visitor.Disability is null && visitor.DeclaredDisabled)
                {
                    reasons.Add(x.Fit.AccessibleOnly ? new("无障碍工作场所", "barrier-free workplace") : new("适合残疾人", "suits disabled people"));
                }

                return new FairMatch(v.Id, Math.Round(a.Score(visitor.Origin is null ? 0 : visitor.CommuteMeters), 1), reasons);
            })
            .OrderByDescending(m => m.Score).ThenBy(m => m.VacancyId)];
    }

    /// <summary>How the vacancy's occupation meets the named ones: 职业分类大典 codes read 4-02-07-01, so 小类 is the first 7 characters and 中类 the first 4.</summary>
    public static OccupationFit Fit(string code, IReadOnlyList<string> wanted)
    {
        if (wanted.Count == 0)
        {
            return OccupationFit.None;
        }

        if (wanted[0] == code)
        {
            return OccupationFit.FirstChoice;
        }

        if (wanted.Contains(code))
        {
            return OccupationFit.Desired;
        }

        if (wanted.Any(w => Same(w, code, 7)))
        {
            return OccupationFit.SameMinorGroup;
        }

        return wanted.Any(w => Same(w, code, 4)) ? OccupationFit.SameMediumGroup : OccupationFit.None;
    }

    private static bool Same(string a, string b, int length) => a.Length >= length && b.Length >= length && string.CompareOrdinal(a, 0, b, 0, length) == 0;

    private static int Hits(IReadOnlyList<string> asked, IReadOnlyList<string> held) =>
        asked.Count(s => held.Any(h => string.Equals(h.Trim(), s.Trim(), StringComparison.OrdinalIgnoreCase)));

    private static (bool Suits, bool AccessibleOnly) Suits(VisitorFacts visitor, VacancyFacts v)
    {
        if (visitor.Disability is { } code)
        {
            if (v.SuitsDisabilities.Contains(code))
            {
                return (true, false);
            }

            return code == "physical" && v.AccessibleWorkplace ? (true, true) : (false, false);
        }

        return visitor.DeclaredDisabled ? (v.SuitsDisabilities.Count > 0 || v.AccessibleWorkplace, v.SuitsDisabilities.Count == 0) : (true, false);
    }
}
