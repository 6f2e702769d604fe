using Doorstep.Employment.Employers;

namespace Doorstep.Employment.TrainingBases;

/// <summary>A partner enterprise as entered.</summary>
public sealed record PartnerInput(string? Name, EmployerSize? Size);

/// <summary>The figures the criteria are judged on; a figure not given fails its criterion rather than the request.</summary>
public sealed record BaseFigures(
    int? AnnualPersonTimes, int? SubsidisedPersonTimes, int? TotalTrained, IReadOnlyList<PartnerInput> Partners, IReadOnlyList<string> Programmes,
    bool SharedBase, decimal? LocalEmploymentPercent, IReadOnlyList<string> IndustriesServed, IReadOnlyDictionary<string, string> Evidence);

/// <summary>One criterion judged: its stable key, the requirement, whether it is met, the figures in words, and the applicant's evidence.</summary>
public sealed record BaseCriterion(string Rule, string Requirement, bool Met, string Message, string? Evidence);

public sealed record FailedRule(string Rule, string Message);

/// <summary>The check as the API gives it: eligible, and every criterion not met with its reason.</summary>
public sealed record CheckReply(bool Eligible, IReadOnlyList<FailedRule> Failed);

/// <summary>
/// The accreditation criteria (认定条件) applied to an application's figures. Pure: the same
/// figures and settings give the same verdict, so the form, the API and the stored verdict agree.
/// </summary>
public static class BaseCheck
{
    public const string PersonTimes = "training.person-times";
    public const string Subsidised = "training.subsidised";
    public const string TotalTrained = "training.total-trained";
    public const string Partners = "partners.large-medium";
    public const string Programmes = "programmes.co-designed";
    public const string SharedBase = "programmes.shared-base";
    public const string LocalEmployment = "graduates.local-employment";
    public const string Pillar = "industries.pillar";

    /// <summary>The criteria in the order the rules list them.</summary>
    public static readonly IReadOnlyList<string> Rules = [PersonTimes, Subsidised, TotalTrained, Partners, Programmes, SharedBase, LocalEmployment, Pillar];

    public static IReadOnlyList<BaseCriterion> Evaluate(BaseFigures f, TrainingBaseSettings s, IReadOnlyList<string> pillars)
    {
        var results = new List<BaseCriterion>
        {
            AtLeast(PersonTimes, f, f.AnnualPersonTimes, s.MinAnnualPersonTimes, "年培训", "人次"),
            AtLeast(Subsidised, f, f.SubsidisedPersonTimes, s.MinSubsidisedPersonTimes, "其中政府补贴性培训", "人次"),
            AtLeast(TotalTrained, f, f.TotalTrained, s.MinTotalTrained, "累计培养技能人才", "人"),
        };

        var largeOrMedium = f.Partners.Where(p => p.Size is EmployerSize.Large or EmployerSize.Medium && !string.IsNullOrWhiteSpace(p.Name)).Select(p => p.Name!.Trim()).Distinct().ToList();
        var named = largeOrMedium.Count == 0 ? "" : $"（{string.Join("、", largeOrMedium)}）";
        results.Add(new(
            Partners, $"与不少于 {s.MinLargeOrMediumPartners} 家大中型企业建立稳定合作关系", largeOrMedium.Count >= s.MinLargeOrMediumPartners,
            largeOrMedium.Count >= s.MinLargeOrMediumPartners
                ? $"稳定合作的大中型企业 {largeOrMedium.Count} 家{named}"
                : $"稳定合作的大中型企业 {largeOrMedium.Count} 家{named}，少于 {s.MinLargeOrMediumPartners} 家",
            Note(f, Partners)));

        var programmes = f.Programmes.Count;
        results.Add(new(
            Programmes, $"与合作企业共同开发培训项目不少于 {s.MinCoDesignedProgrammes} 个", programmes >= s.MinCoDesignedProgrammes,
            programmes >= s.MinCoDesignedProgrammes
                ? $"共同开发培训项目 {programmes} 个（{string.Join("、", f.Programmes)}）"
                : $"共同开发培训项目 {programmes} 个，少于 {s.MinCoDesignedProgrammes} 个",
            Note(f, Programmes)));

        var sharedMet = f.SharedBase || !s.RequireSharedBase;
        results.Add(new(
            SharedBase, "与合作企业共建共享实训基地", sharedMet,
            f.SharedBase ? "已与合作企业共建共享实训基地" : sharedMet ? "未共建共享实训基地（本地不作要求）" : "未与合作企业共建共享实训基地",
            Note(f, SharedBase)));

        results.Add(f.LocalEmploymentPercent is not { } rate
            ? new(LocalEmployment, $"毕业生本地就业率不低于 {s.MinLocalEmploymentPercent:0.##}%", false, "未填写毕业生本地就业率", Note(f, LocalEmployment))
            : new(
                LocalEmployment, $"毕业生本地就业率不低于 {s.MinLocalEmploymentPercent:0.##}%", rate >= s.MinLocalEmploymentPercent,
                rate >= s.MinLocalEmploymentPercent ? $"毕业生本地就业率 {rate:0.##}%" : $"毕业生本地就业率 {rate:0.##}%，低于 {s.MinLocalEmploymentPercent:0.##}%",
                Note(f, LocalEmployment)));

        var aligned = f.IndustriesServed.Where(i => pillars.Any(p => i.Contains(p, StringComparison.Ordinal) || p.Contains(i, StringComparison.Ordinal))).ToList();
        results.Add(new(
            Pillar, $"服务本市支柱产业（{string.Join("、", pillars)}）", aligned.Count > 0,
            f.IndustriesServed.Count == 0 ? "未填写服务产业"
                : aligned.Count > 0 ? $"服务支柱产业：{string.Join("、", aligned)}"
                : $"服务产业（{string.Join("、", f.IndustriesServed)}）不属于本市支柱产业",
            Note(f, Pillar)));
        return results;
    }

    public static CheckReply Reply(IReadOnlyList<BaseCriterion> results) =>
        new(results.All(r => r.Met), [.. results.Where(r => !r.Met).Select(r => new FailedRule(r.Rule, r.Message))]);

    private static BaseCriterion AtLeast(string rule, BaseFigures f, int? value, int floor, string what, string unit) =>
        value is not { } given
            ? new(rule, $"{what}不少于 {floor} {unit}", false, $"未填写{what}{unit}", Note(f, rule))
            : new(rule, $"{what}不少于 {floor} {unit}", given >= floor, given >= floor ? $"{what} {given} {unit}" : $"{what} {given} {unit}，少于 {floor} {unit}", Note(f, rule));

    private static string? Note(BaseFigures f, string rule) => f.Evidence.TryGetValue(rule, out var note) && !string.IsNullOrWhiteSpace(note) ? note.Trim() : null;
}
