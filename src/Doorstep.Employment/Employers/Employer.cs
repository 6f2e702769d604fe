using System.Text.Json.Serialization;
using Doorstep.Platform.Data;

namespace Doorstep.Employment.Employers;

/// <summary>
/// 用人单位: the employment profile of a platform organisation — a factory in the industrial park,
/// a shop, a restaurant — with what the disability quota needs. The contact's phone is personal
/// data: sealed and masked like a resident's.
/// </summary>
public sealed class Employer : IRegional
{
    public Guid OrganisationId { get; set; }

    /// <summary>The organisation's region, copied for scope.</summary>
    public required string RegionCode { get; set; }

    /// <summary>所属行业, as the employer names it (汽车零部件制造, 餐饮 …).</summary>
    public required string Industry { get; set; }

    public EmployerSize Size { get; set; }

    /// <summary>在职职工人数.</summary>
    public int Staff { get; set; }

    /// <summary>安排的残疾人职工人数, all grades.</summary>
    public int DisabledStaff { get; set; }

    /// <summary>Of the disabled staff, those holding a grade 1 or 2 certificate (一、二级), who count twice.</summary>
    public int SevereDisabledStaff { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhoneCipher { get; set; }

    public string? ContactPhoneMasked { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>企业规模 (微型、小型、中型、大型).</summary>
public enum EmployerSize
{
    [JsonStringEnumMemberName("micro")]
    Micro,

    [JsonStringEnumMemberName("small")]
    Small,

    [JsonStringEnumMemberName("medium")]
    Medium,

    [JsonStringEnumMemberName("large")]
    Large,
}
