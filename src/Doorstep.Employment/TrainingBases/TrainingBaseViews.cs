using Doorstep.Employment.Employers;

namespace Doorstep.Employment.TrainingBases;

public sealed record CallInput(int? Year, string? RegionCode, DateOnly? OpensOn, DateOnly? ClosesOn, int? Quota, int? SubsidyYuan, IReadOnlyList<string>? PillarIndustries);

/// <summary>A call with how far it has come: applications, those that passed the check, those accredited; and when and why it was cancelled, if it was.</summary>
public sealed record CallView(
    Guid Id, int Year, string RegionCode, string RegionName, DateOnly OpensOn, DateOnly ClosesOn, int Quota, int SubsidyYuan, IReadOnlyList<string> PillarIndustries,
    bool Open, int Applications, int Eligible, int Accredited, DateTime? CancelledAt = null, string? CancelReason = null);

/// <summary>Why a call is cancelled (撤销原因).</summary>
public sealed record CancelInput(string? Reason);

/// <summary>
/// An application as entered. Evidence is keyed by the check's rule keys (training.person-times …).
/// </summary>
public sealed record ApplicationInput(
    Guid? CallId = null, string? InstitutionName = null, string? CreditCode = null, string? Address = null, string? RegionCode = null,
    string? ContactName = null, string? ContactPhone = null, int? AnnualPersonTimes = null, int? SubsidisedPersonTimes = null, int? TotalTrained = null,
    IReadOnlyList<PartnerInput>? Partners = null, IReadOnlyList<string>? Programmes = null, bool? SharedBase = null, string? SharedBaseDescription = null,
    decimal? LocalEmploymentPercent = null, IReadOnlyList<string>? IndustriesServed = null, IReadOnlyDictionary<string, string>? Evidence = null);

public sealed record PartnerView(string Name, EmployerSize Size);

public sealed record ScoreView(Guid Id, string Expert, int Score, string? Comment, string RecordedBy, DateTime RecordedAt);

/// <summary>An application with its criteria judged (met or not, with the evidence), its experts' scores and their average.</summary>
public sealed record ApplicationView(
    Guid Id, Guid CallId, int Year, string RegionCode, string RegionName, string InstitutionName, string CreditCode, string Address, string ContactName,
    string? ContactPhone, int AnnualPersonTimes, int SubsidisedPersonTimes, int TotalTrained, IReadOnlyList<PartnerView> Partners, IReadOnlyList<string> Programmes,
    bool SharedBase, string? SharedBaseDescription, decimal LocalEmploymentPercent, IReadOnlyList<string> IndustriesServed, ApplicationStatus Status,
    IReadOnlyList<BaseCriterion> Criteria, IReadOnlyList<ScoreView> Scores, decimal? AverageScore, int? SubsidyYuan, DateTime? AccreditedAt,
    string? AccreditedBy, string CreatedBy, DateTime CreatedAt);

/// <summary>Filters of the application list; sort is <c>submitted</c> (newest first, the default), <c>name</c>, <c>person-times</c> or <c>score</c> (highest average first).</summary>
public sealed record ApplicationQuery(int? Year = null, Guid? CallId = null, ApplicationStatus? Status = null, string? Q = null, string? Sort = null, int Page = 1, int PageSize = 20);

public sealed record ScoreInput(string? Expert, int? Score, string? Comment);

public sealed record RankingView(CallView Call, int MinExpertScores, IReadOnlyList<RankedApplication> Rows);

/// <summary>An accredited base (认定的高技能人才培训基地): what the public list shows, plus the subsidy.</summary>
public sealed record AccreditedBase(Guid Id, int Year, string InstitutionName, string RegionName, string Address, IReadOnlyList<string> IndustriesServed, int SubsidyYuan, DateTime AccreditedAt);
