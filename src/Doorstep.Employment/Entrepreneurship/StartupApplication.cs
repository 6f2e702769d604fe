using System.Text.Json.Serialization;
using Doorstep.Employment.Seekers;
using Doorstep.Platform.Data;

namespace Doorstep.Employment.Entrepreneurship;

/// <summary>
/// 创业担保贷款 or 一次性创业补贴 application: a registry person founding a business, what they ask
/// for and the facts the eligibility rules read, moving forward only from submitted through checked
/// to approved or rejected (or withdrawn before a decision); an approved loan records what the bank
/// issued, a subsidy when it was paid.
/// </summary>
public sealed class StartupApplication : IRegional
{
    public Guid Id { get; set; }

    public StartupKind Kind { get; set; }

    /// <summary>The applicant (for a business, its founder or legal representative) in the registry.</summary>
    public Guid PersonId { get; set; }

    /// <summary>The applicant's region, copied for scope and the figures.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The business's name (个体户字号 or 企业名称).</summary>
    public required string BusinessName { get; set; }

    /// <summary>统一社会信用代码; required for a small-business loan.</summary>
    public string? CreditCode { get; set; }

    /// <summary>Amount asked for, in whole yuan.</summary>
    public int Amount { get; set; }

    /// <summary>Loan term in months; null for a subsidy.</summary>
    public int? TermMonths { get; set; }

    /// <summary>Partners in a partnership (合伙创业), the applicant included: 1 + <see cref="PartnerIds"/>; 1 otherwise.</summary>
    public int Members { get; set; } = 1;

    /// <summary>The other partners of a partnership in the registry, the applicant not among them.</summary>
    public List<Guid> PartnerIds { get; set; } = [];

    public List<TargetGroup> TargetGroups { get; set; } = [];

    /// <summary>首次创业.</summary>
    public bool FirstTimeFounder { get; set; }

    /// <summary>Registered or in normal operation since (登记注册/正常经营之日).</summary>
    public DateOnly? OperatingSince { get; set; }

    /// <summary>带动就业: jobs the business created.</summary>
    public int JobsCreated { get; set; }

    public StartupStage Stage { get; set; }

    /// <summary>The date the rules were applied to: months in operation are counted up to it.</summary>
    public DateOnly SubmittedOn { get; set; }

    public string? CheckedBy { get; set; }

    public DateTime? CheckedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? RejectionReason { get; set; }

    public string? WithdrawnBy { get; set; }

    public DateTime? WithdrawnAt { get; set; }

    /// <summary>撤回理由: why the applicant or the station took the application back.</summary>
    public string? WithdrawalReason { get; set; }

    /// <summary>放款金额: what the bank lent, in yuan.</summary>
    public int? IssuedAmount { get; set; }

    public DateOnly? IssuedOn { get; set; }

    /// <summary>补贴发放日期.</summary>
    public DateOnly? PaidOn { get; set; }

    public string? Note { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public enum StartupKind
{
    /// <summary>个人创业担保贷款.</summary>
    [JsonStringEnumMemberName("individual")]
    Individual,

    /// <summary>合伙创业担保贷款.</summary>
    [JsonStringEnumMemberName("partnership")]
    Partnership,

    /// <summary>小微企业创业担保贷款.</summary>
    [JsonStringEnumMemberName("small-business")]
    SmallBusiness,

    /// <summary>一次性创业补贴.</summary>
    [JsonStringEnumMemberName("subsidy")]
    Subsidy,
}

public enum StartupStage
{
    /// <summary>已受理.</summary>
    [JsonStringEnumMemberName("submitted")]
    Submitted,

    /// <summary>已初审: a specialist checked the papers.</summary>
    [JsonStringEnumMemberName("checked")]
    Checked,

    [JsonStringEnumMemberName("approved")]
    Approved,

    [JsonStringEnumMemberName("rejected")]
    Rejected,

    /// <summary>已撤回: taken back before a decision; not counted anywhere.</summary>
    [JsonStringEnumMemberName("withdrawn")]
    Withdrawn,
}
