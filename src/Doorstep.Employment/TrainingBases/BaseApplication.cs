using System.Text.Json.Serialization;
using Doorstep.Employment.Employers;
using Doorstep.Platform.Data;

namespace Doorstep.Employment.TrainingBases;

/// <summary>
/// 培训基地认定申报: an institution's application to a yearly call, carrying the criteria's figures
/// and the evidence for each. The check's verdict is kept with it: only an application that
/// passed goes to expert review.
/// </summary>
public sealed class BaseApplication : IRegional
{
    public Guid Id { get; set; }

    public Guid CallId { get; set; }

    /// <summary>The call's year, copied so one institution applies once a year.</summary>
    public int Year { get; set; }

    /// <summary>Where the institution is.</summary>
    public required string RegionCode { get; set; }

    public required string InstitutionName { get; set; }

    /// <summary>统一社会信用代码, canonical form.</summary>
    public required string CreditCode { get; set; }

    public required string Address { get; set; }

    public required string ContactName { get; set; }

    public string? ContactPhoneCipher { get; set; }

    public string? ContactPhoneMasked { get; set; }

    /// <summary>年培训人次.</summary>
    public int AnnualPersonTimes { get; set; }

    /// <summary>其中政府补贴性培训人次.</summary>
    public int SubsidisedPersonTimes { get; set; }

    /// <summary>累计培养技能人才 (people).</summary>
    public int TotalTrained { get; set; }

    /// <summary>合作企业.</summary>
    public List<PartnerEnterprise> Partners { get; set; } = [];

    /// <summary>与合作企业共同开发的培训项目, by name.</summary>
    public List<string> Programmes { get; set; } = [];

    /// <summary>共建共享实训基地.</summary>
    public bool SharedBase { get; set; }

    public string? SharedBaseDescription { get; set; }

    /// <summary>毕业生本地就业率, percent.</summary>
    public decimal LocalEmploymentPercent { get; set; }

    /// <summary>服务产业.</summary>
    public List<string> IndustriesServed { get; set; } = [];

    /// <summary>佐证材料说明, one per criterion key.</summary>
    public List<EvidenceNote> Evidence { get; set; } = [];

    public ApplicationStatus Status { get; set; }

    /// <summary>The criteria not met when submitted, as "rule: message" lines; empty when it passed.</summary>
    public List<string> FailedRules { get; set; } = [];

    public int? SubsidyYuan { get; set; }

    public DateTime? AccreditedAt { get; set; }

    public string? AccreditedBy { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A partner enterprise as the application names it.</summary>
public sealed class PartnerEnterprise
{
    public required string Name { get; set; }

    public EmployerSize Size { get; set; }
}

/// <summary>What the applicant offers as evidence for one criterion (rule key as in the check).</summary>
public sealed class EvidenceNote
{
    public required string Rule { get; set; }

    public required string Note { get; set; }
}

/// <summary>Where an application stands.</summary>
public enum ApplicationStatus
{
    /// <summary>未通过资格审查: a criterion is not met; kept with its reasons, not reviewed.</summary>
    [JsonStringEnumMemberName("ineligible")]
    Ineligible,

    /// <summary>专家评审中.</summary>
    [JsonStringEnumMemberName("review")]
    Review,

    /// <summary>已认定.</summary>
    [JsonStringEnumMemberName("accredited")]
    Accredited,
}

/// <summary>One expert's score of an application (专家评分), 0–100, with the expert's comment.</summary>
public sealed class ExpertScore : IRegional
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    /// <summary>The application's region, copied for scope.</summary>
    public required string RegionCode { get; set; }

    public required string Expert { get; set; }

    public int Score { get; set; }

    public string? Comment { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime RecordedAt { get; set; }
}
