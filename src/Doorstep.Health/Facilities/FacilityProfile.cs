using Doorstep.Platform.Data;

namespace Doorstep.Health.Facilities;

/// <summary>
/// 机构健康档案: what a clinic is beyond its name and address — its regular hours, the services it
/// offers, beds and staff — kept by the module beside the platform's organisation.
/// </summary>
public sealed class FacilityProfile : IRegional
{
    public Guid OrganisationId { get; set; }

    public required string RegionCode { get; set; }

    /// <summary>Regular opening hours as the clinic posts them, e.g. 周一至周日 08:00–17:30.</summary>
    public string? Hours { get; set; }

    /// <summary>Service codes, comma-separated, in <see cref="FacilityServices.All"/> order.</summary>
    public required string Services { get; set; }

    public int? Beds { get; set; }

    public int? Doctors { get; set; }

    public int? Nurses { get; set; }

    public string? Phone { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>The services a primary-care facility may offer.</summary>
public static class FacilityServices
{
    public static readonly IReadOnlyList<(string Code, Platform.Ui.Text Name)> All =
    [
        ("general", new("全科门诊", "General practice")),
        ("tcm", new("中医", "Traditional Chinese medicine")),
        ("rehabilitation", new("康复", "Rehabilitation")),
        ("vaccination", new("预防接种", "Vaccination")),
        ("maternal-child", new("妇幼保健", "Maternal and child health")),
        ("chronic", new("慢病管理", "Chronic disease care")),
        ("emergency", new("急诊急救", "Emergency care")),
        ("inpatient", new("住院", "Inpatient beds")),
        ("pharmacy", new("药房", "Pharmacy")),
        ("lab", new("检验", "Laboratory")),
        ("imaging", new("影像（B超、DR）", "Imaging")),
    ];

    public static string NameOf(string code) => All.FirstOrDefault(s => s.Code == code).Name.ToString() is { Length: > 0 } name ? name : code;
}

public sealed record FacilityProfileInput(string? Hours, IReadOnlyList<string>? Services, int? Beds, int? Doctors, int? Nurses, string? Phone);

/// <summary>A facility with its profile (empty when none is kept yet), its teams and its staff accounts.</summary>
public sealed record FacilityView(Guid Id, string Name, string Kind, string RegionCode, string? Address, string? Hours, IReadOnlyList<string> Services, int? Beds, int? Doctors, int? Nurses, string? Phone, int Teams, int Accounts);
