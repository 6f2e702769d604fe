using Doorstep.Platform.Ui;

namespace Doorstep.Platform.Security;

/// <summary>
/// The roles, by the identifiers the CLI and API use. The three administrators are separate,
/// as 等保 level 3 asks: none of them can do another's work.
/// </summary>
public static class Roles
{
    public const string SystemAdmin = "system-admin";
    public const string SecurityAdmin = "security-admin";
    public const string AuditAdmin = "audit-admin";
    public const string DistrictOfficer = "district-officer";
    public const string FamilyDoctor = "family-doctor";
    public const string EmploymentSpecialist = "employment-specialist";
    public const string GridMember = "grid-member";
    public const string FireInspector = "fire-inspector";
    public const string Deputy = "deputy";

    public static readonly IReadOnlyList<RoleDefinition> All =
    [
        new(SystemAdmin, new("系统管理员", "System administrator"), IsAdmin: true),
        new(SecurityAdmin, new("安全管理员", "Security administrator"), IsAdmin: true),
        new(AuditAdmin, new("审计管理员", "Audit administrator"), IsAdmin: true),
        new(DistrictOfficer, new("区级业务科室", "District officer"), IsAdmin: false),
        new(FamilyDoctor, new("家庭医生", "Family doctor"), IsAdmin: false),
        new(EmploymentSpecialist, new("就业服务专员", "Employment specialist"), IsAdmin: false),
        new(GridMember, new("网格员", "Grid member"), IsAdmin: false),
        new(FireInspector, new("消防检查员", "Fire inspector"), IsAdmin: false),
        new(Deputy, new("人大代表", "People's Congress deputy"), IsAdmin: false),
    ];

    public static readonly IReadOnlyList<string> Business =
        [DistrictOfficer, FamilyDoctor, EmploymentSpecialist, GridMember, FireInspector, Deputy];

    public static RoleDefinition? Find(string code) => All.FirstOrDefault(r => r.Code == code);
}

public sealed record RoleDefinition(string Code, Text Name, bool IsAdmin);
