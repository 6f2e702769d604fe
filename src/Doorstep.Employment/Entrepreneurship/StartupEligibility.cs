using System.Globalization;
using System.Text.Json.Serialization;
using Doorstep.Employment.Seekers;

namespace Doorstep.Employment.Entrepreneurship;

/// <summary>The facts the rules read: what is asked for and what the applicant and business are.</summary>
public sealed record StartupFacts(
    StartupKind Kind, int Amount, int? TermMonths = null, int Members = 1, IReadOnlyCollection<TargetGroup>? TargetGroups = null,
    bool FirstTimeFounder = false, int? MonthsInOperation = null, int JobsCreated = 0);

/// <summary>One condition not met: a stable key (loan.amount-cap) and the reason in Chinese with the figures; the field it concerns, for forms.</summary>
public sealed record EligibilityFailure(string Rule, string Message, [property: JsonIgnore] string Field);

/// <summary>The answer of the check: eligible, or every condition that failed.</summary>
public sealed record EligibilityResult(bool Eligible, IReadOnlyList<EligibilityFailure> Failed);

/// <summary>
/// The eligibility rules of startup guarantee loans and the one-off subsidy (domain-rules,
/// "Employment"), with the figures from <see cref="EntrepreneurshipSettings"/>. Every condition is
/// evaluated, so an applicant learns everything to put right at once.
/// </summary>
public static class StartupEligibility
{
    public static EligibilityResult Evaluate(StartupFacts facts, EntrepreneurshipSettings rules)
    {
        var failed = new List<EligibilityFailure>();
        void Fail(string rule, string field, string message) => failed.Add(new(rule, message, field));

        switch (facts.Kind)
        {
            case StartupKind.Individual:
                if (facts.Amount > rules.IndividualLoanCap)
                {
                    Fail("loan.amount-cap", "amount", $"个人创业担保贷款最高 {Yuan(rules.IndividualLoanCap)}，申请 {Yuan(facts.Amount)}");
                }

                CheckTerm(facts, rules.IndividualLoanMaxMonths, "loan.term", "个人创业担保贷款", Fail);
                break;

            case StartupKind.Partnership:
                if (facts.Members < 2)
                {
                    Fail("partnership.members", "members", $"合伙创业至少 2 名合伙人，填写 {facts.Members} 人");
                }
                else if (facts.Amount > PartnershipCap(facts.Members, rules))
                {
                    Fail("partnership.amount-cap", "amount",
                        $"合伙创业担保贷款最高为 {facts.Members} 名合伙人个人额度（每人 {Yuan(rules.IndividualLoanCap)}）的 {rules.PartnershipCapFactor * 100:0.##}%，即 {Yuan(PartnershipCap(facts.Members, rules))}，申请 {Yuan(facts.Amount)}");
                }

                CheckTerm(facts, rules.IndividualLoanMaxMonths, "loan.term", "合伙创业担保贷款", Fail);
                break;

            case StartupKind.SmallBusiness:
                if (facts.Amount > rules.BusinessLoanCap)
                {
                    Fail("business.amount-cap", "amount", $"小微企业创业担保贷款最高 {Yuan(rules.BusinessLoanCap)}，申请 {Yuan(facts.Amount)}");
                }

                CheckTerm(facts, rules.BusinessLoanMaxMonths, "business.term", "小微企业创业担保贷款", Fail);
                if (facts.JobsCreated < rules.BusinessMinJobsCreated)
                {
                    Fail("business.jobs-created", "jobsCreated", $"小微企业申请创业担保贷款须新增就业岗位至少 {rules.BusinessMinJobsCreated} 个，填写 {facts.JobsCreated} 个");
                }

                break;

            case StartupKind.Subsidy:
                if (facts.Amount > rules.SubsidyAmount)
                {
                    Fail("subsidy.amount", "amount", $"一次性创业补贴为 {Yuan(rules.SubsidyAmount)}，申请 {Yuan(facts.Amount)}");
                }

                if (!facts.FirstTimeFounder)
                {
                    Fail("subsidy.first-time", "firstTimeFounder", "一次性创业补贴限首次创业，申请人不是首次创业");
                }

                if (facts.MonthsInOperation is not { } months)
                {
                    Fail("subsidy.months-in-operation", "operatingSince", $"一次性创业补贴须正常经营 {rules.SubsidyMinMonths}～{rules.SubsidyMaxMonths} 个月，未填写登记注册（经营）日期");
                }
                else if (months < rules.SubsidyMinMonths || months > rules.SubsidyMaxMonths)
                {
                    Fail("subsidy.months-in-operation", "operatingSince", $"一次性创业补贴须正常经营 {rules.SubsidyMinMonths}～{rules.SubsidyMaxMonths} 个月，已经营 {months} 个月");
                }

                if (!(facts.TargetGroups ?? []).Any(rules.SubsidyGroups.Contains))
                {
                    Fail("subsidy.target-group", "targetGroups",
                        $"一次性创业补贴限{string.Join("、", rules.SubsidyGroups.Select(g => SeekerTerms.Group(g).Zh))}，申请人不属于其中任何一类");
                }

                break;
        }

        return new EligibilityResult(failed.Count == 0, failed);
    }

    /// <summary>Members × individual cap × factor, in whole yuan (2 × 300,000 × 1.1 = 660,000).</summary>
    public static int PartnershipCap(int members, EntrepreneurshipSettings rules) =>
        (int)Math.Min(int.MaxValue, Math.Floor(members * (decimal)rules.IndividualLoanCap * rules.PartnershipCapFactor));

    /// <summary>Whole months from <paramref name="since"/> to <paramref name="on"/>: 3 March to 2 September is 5, to 3 September 6.</summary>
    public static int MonthsBetween(DateOnly since, DateOnly on)
    {
        var months = (on.Year - since.Year) * 12 + on.Month - since.Month;
        return on.Day < since.Day ? months - 1 : months;
    }

    /// <summary>30 万元 for round ten-thousands, 300,001 元 otherwise.</summary>
    public static string Yuan(long amount) =>
        amount % 10_000 == 0 && amount != 0
            ? string.Create(CultureInfo.InvariantCulture, $"{amount / 10_000} 万元")
            : string.Create(CultureInfo.InvariantCulture, $"{amount:N0} 元");

    private static void CheckTerm(StartupFacts facts, int maxMonths, string rule, string what, Action<string, string, string> fail)
    {
        if (facts.TermMonths is { } term && term > maxMonths)
        {
            fail(rule, "termMonths", $"{what}期限最长 {maxMonths} 个月，申请 {term} 个月");
        }
    }
}
