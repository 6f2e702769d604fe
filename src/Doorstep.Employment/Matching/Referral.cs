using System.Text.Json.Serialization;
using Doorstep.Platform.Data;

namespace Doorstep.Employment.Matching;

/// <summary>
/// 推荐记录: one seeker put forward for one vacancy and how it went. The score and reasons are
/// kept as they were when recommended, so the record explains itself after the vacancy changes.
/// </summary>
public sealed class Referral : IRegional
{
    public Guid Id { get; set; }

    public Guid SeekerId { get; set; }

    public Guid VacancyId { get; set; }

    /// <summary>The seeker's region: the specialists who serve the seeker follow the referral.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The vacancy's occupation and region, copied so the figures group without a join.</summary>
    public required string OccupationCode { get; set; }

    public required string VacancyRegionCode { get; set; }

    public ReferralStage Stage { get; set; }

    public double Score { get; set; }

    public List<string> Reasons { get; set; } = [];

    public DateTime RecommendedAt { get; set; }

    public DateTime? ContactedAt { get; set; }

    public DateTime? InterviewedAt { get; set; }

    /// <summary>When it ended in a hire or a refusal.</summary>
    public DateTime? ClosedAt { get; set; }

    /// <summary>Why it was declined, or what was agreed.</summary>
    public string? Note { get; set; }

    public required string CreatedBy { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>推荐 → 联系 → 面试 → 录用 / 未录用.</summary>
public enum ReferralStage
{
    [JsonStringEnumMemberName("recommended")]
    Recommended,

    [JsonStringEnumMemberName("contacted")]
    Contacted,

    [JsonStringEnumMemberName("interviewed")]
    Interviewed,

    [JsonStringEnumMemberName("hired")]
    Hired,

    [JsonStringEnumMemberName("declined")]
    Declined,
}
