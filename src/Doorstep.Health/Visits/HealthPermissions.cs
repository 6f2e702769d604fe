using Doorstep.Platform.Modules;
using static Doorstep.Platform.Security.Roles;

namespace Doorstep.Health.Visits;

/// <summary>Health data is for health roles: employment staff, grid members and deputies never see it.</summary>
public static class HealthPermissions
{
    public const string Read = "health.read";
    public const string Write = "health.write";
    public const string Roster = "health.roster";
    public const string Contract = "health.contract";
    public const string Teams = "health.teams";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Read, new("查看健康档案和随访", "View health records and visits"), FamilyDoctor, DistrictOfficer),
        new(Write, new("记录随访和慢病管理", "Record visits and chronic care"), FamilyDoctor),
        new(Roster, new("排节假日值班", "Set holiday duty rosters"), FamilyDoctor, DistrictOfficer),
        new(Contract, new("办理家庭医生签约", "Sign family-doctor contracts"), FamilyDoctor),
        new(Teams, new("管理家医团队和服务包", "Manage teams and service packages"), DistrictOfficer),
    ];
}
