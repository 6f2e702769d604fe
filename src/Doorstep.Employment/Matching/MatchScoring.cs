using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Ui;

namespace Doorstep.Employment.Matching;

/// <summary>How closely a vacancy's occupation meets what a seeker wants.</summary>
public enum OccupationFit
{
    None,

    /// <summary>Same 中类 (e.g. 4-02), another trade in the same line of work.</summary>
    SameMediumGroup,

    /// <summary>Same 小类 (e.g. 4-02-07), a neighbouring job.</summary>
    SameMinorGroup,

    Desired,

    /// <summary>The seeker's first choice.</summary>
    FirstChoice,
}

/// <summary>
/// One vacancy weighed against one seeker: whether the hard constraints hold and, if so, what
/// each part of the score came to. The ranking and the reasons a specialist reads are both made
/// from this, so the explanation is always the arithmetic that ranked the result.
/// </summary>
public readonly record struct Assessment(
    bool Eligible, OccupationFit Occupation, int SkillHits, int SkillsAsked, float Distance, bool WageAboveFloor, bool SuitsDisability,
    bool AccessibleOnly, bool Priority, bool BelowEducation, bool ShortOfExperience)
{
    /// <summary>What nearness is worth: all of it at the door, none at the edge of the seeker's commute.</summary>
    public const float NearnessWeight = 20;

    public static Assessment Ineligible => default;

    /// <summary>0–100: occupation 35, skills 25, nearness 20 (within the seeker's own commute), pay 10, priority group 10, less shortfalls.</summary>
    public float Score(float commute)
    {
        float occupation = Occupation switch
        {
            OccupationFit.FirstChoice => 35,
            OccupationFit.Desired => 30,
            OccupationFit.SameMinorGroup => 20,
            OccupationFit.SameMediumGroup => 10,
            _ => 0,
        };

        // A vacancy that names no skills neither rewards nor penalises: half marks.
        var skills = SkillsAsked == 0 ? 12.5f : 25f * SkillHits / SkillsAsked;
        var nearness = commute <= 0 ? NearnessWeight : NearnessWeight * (1 - Math.Min(1f, Distance / commute));
        var pay = WageAboveFloor ? 10f : 5f;
        var priority = Priority ? 10f : 0f;
        var shortfall = (BelowEducation ? 10f : 0f) + (ShortOfExperience ? 5f : 0f);
        return Math.Max(0, occupation + skills + nearness + pay + priority - shortfall);
    }

    /// <summary>The reasons in the order a specialist reads them: "意向职业 · 技能匹配 3/4 · 1.2 公里 · 薪资符合".</summary>
    public IReadOnlyList<Text> Reasons(string? disability, IReadOnlyList<TargetGroup> groups)
    {
        var reasons = new List<Text>();
        switch (Occupation)
        {
            case OccupationFit.FirstChoice:
                reasons.Add(new("首选职业", "first-choice occupation"));
                break;
            case OccupationFit.Desired:
                reasons.Add(new("意向职业", "desired occupation"));
                break;
            case OccupationFit.SameMinorGroup:
                reasons.Add(new("相近职业", "related occupation"));
                break;
            case OccupationFit.SameMediumGroup:
                reasons.Add(new("同类职业", "same line of work"));
                break;
        }

        if (SkillsAsked > 0)
        {
            reasons.Add(SkillHits > 0
                ? new($"技能匹配 {SkillHits}/{SkillsAsked}", $"skills {SkillHits}/{SkillsAsked}")
                : new($"技能不符 0/{SkillsAsked}", $"no skill asked 0/{SkillsAsked}"));
        }

        reasons.Add(Distance < 1000
            ? new($"{Math.Round(Distance / 10) * 10:0} 米", $"{Math.Round(Distance / 10) * 10:0} m")
            : new($"{Distance / 1000:0.0} 公里", $"{Distance / 1000:0.0} km"));
        reasons.Add(WageAboveFloor ? new("薪资符合", "pay fits") : new("薪资可议", "pay negotiable"));
        if (disability is not null)
        {
            reasons.Add(AccessibleOnly ? new("无障碍工作场所", "barrier-free workplace") : new($"适合{VacancyTerms.Disability(disability).Zh}", $"suits {VacancyTerms.Disability(disability).En.ToLowerInvariant()} disability"));
        }

        if (Priority && groups.Count > 0)
        {
            var group = SeekerTerms.Group(groups[0]);
            reasons.Add(new($"重点群体：{group.Zh}", $"priority group: {group.En.ToLowerInvariant()}"));
        }

        if (BelowEducation)
        {
            reasons.Add(new("学历低于要求", "below the education asked"));
        }

        if (ShortOfExperience)
        {
            reasons.Add(new("经验不足", "less experience than asked"));
        }

        return reasons;
    }
}
