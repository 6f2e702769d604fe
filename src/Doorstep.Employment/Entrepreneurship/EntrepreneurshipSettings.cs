using Doorstep.Employment.Seekers;

namespace Doorstep.Employment.Entrepreneurship;

/// <summary>
/// The local rules of startup guarantee loans (创业担保贷款) and the one-off startup subsidy
/// (一次性创业补贴), from the section Employment:Entrepreneurship. The defaults are the current
/// national rules; places still on the 2020 rules set IndividualLoanCap 200000 and
/// BusinessLoanCap 3000000.
/// </summary>
public sealed class EntrepreneurshipSettings
{
    /// <summary>个人创业担保贷款 cap in yuan.</summary>
    public int IndividualLoanCap { get; set; } = 300_000;

    /// <summary>Longest term of an individual or partnership loan, in months.</summary>
    public int IndividualLoanMaxMonths { get; set; } = 36;

    /// <summary>A partnership borrows up to this share of its members' individual caps (1.1 = 110%).</summary>
    public decimal PartnershipCapFactor { get; set; } = 1.1m;

    /// <summary>小微企业创业担保贷款 cap in yuan.</summary>
    public int BusinessLoanCap { get; set; } = 4_000_000;

    /// <summary>Longest term of a small-business loan, in months.</summary>
    public int BusinessLoanMaxMonths { get; set; } = 24;

    /// <summary>New jobs a small business must have created to borrow; 0 where the local rules ask for none.</summary>
    public int BusinessMinJobsCreated { get; set; }

    /// <summary>一次性创业补贴 in yuan.</summary>
    public int SubsidyAmount { get; set; } = 5_000;

    /// <summary>The window of normal operation (正常经营) the subsidy asks for, in whole months.</summary>
    public int SubsidyMinMonths { get; set; } = 6;

    public int SubsidyMaxMonths { get; set; } = 12;

    /// <summary>The groups the subsidy is for.</summary>
    public List<TargetGroup> SubsidyGroups { get; set; } = [TargetGroup.Graduate, TargetGroup.EmploymentDifficulty, TargetGroup.PovertyRelieved, TargetGroup.Returnee];
}
