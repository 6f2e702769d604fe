using Doorstep.Platform.Modules;
using Doorstep.Platform.Ui;
using static Doorstep.Platform.Security.Roles;

namespace Doorstep.Platform.Security;

/// <summary>The platform's own permissions. Modules declare theirs through the module contract.</summary>
public static class Permissions
{
    public const string DashboardView = "dashboard.view";
    public const string PeopleRead = "people.read";
    public const string PeopleWrite = "people.write";
    public const string PeopleReveal = "people.reveal";
    public const string PeopleImport = "people.import";
    public const string PeopleExport = "people.export";
    public const string OrganisationsRead = "organisations.read";
    public const string OrganisationsWrite = "organisations.write";
    public const string RegionsRead = "regions.read";
    public const string RegionsWrite = "regions.write";
    public const string UsersManage = "users.manage";
    public const string AuditRead = "audit.read";

    public static readonly IReadOnlyList<PermissionDefinition> Platform =
    [
        new(DashboardView, new("查看工作台", "View dashboard"), DistrictOfficer, FamilyDoctor, EmploymentSpecialist, GridMember, FireInspector, Deputy, SystemAdmin),
        new(PeopleRead, new("查看居民", "View residents"), DistrictOfficer, FamilyDoctor, EmploymentSpecialist, GridMember, Deputy),
        new(PeopleWrite, new("登记和修改居民", "Register and edit residents"), DistrictOfficer, FamilyDoctor, EmploymentSpecialist, GridMember),
        new(PeopleReveal, new("查看完整身份证号和电话", "Reveal full ID numbers and phones"), DistrictOfficer, FamilyDoctor),
        new(PeopleImport, new("导入居民", "Import residents"), DistrictOfficer),
        new(PeopleExport, new("导出居民", "Export residents"), DistrictOfficer),
        new(OrganisationsRead, new("查看组织与场所", "View organisations and places"), DistrictOfficer, FamilyDoctor, EmploymentSpecialist, GridMember, FireInspector, Deputy),
        new(OrganisationsWrite, new("登记和修改组织与场所", "Register and edit organisations"), DistrictOfficer, EmploymentSpecialist, GridMember, FireInspector),
        new(RegionsRead, new("查看行政区划", "View regions"), DistrictOfficer, FamilyDoctor, EmploymentSpecialist, GridMember, FireInspector, Deputy, SystemAdmin, SecurityAdmin),
        new(RegionsWrite, new("维护行政区划和网格", "Maintain regions and grids"), SystemAdmin),
        new(UsersManage, new("管理用户、角色和范围", "Manage users, roles and scopes"), SecurityAdmin),
        new(AuditRead, new("查看审计日志", "Read the audit log"), AuditAdmin),
    ];
}

/// <summary>Every permission of the platform and its modules, and which roles hold it.</summary>
public sealed class PermissionCatalog
{
    public PermissionCatalog(IEnumerable<IDoorstepModule> modules)
    {
        All = Permissions.Platform.Concat(WorkItems.WorkItemPermissions.All).Concat(modules.SelectMany(m => m.Permissions)).ToList();
    }

    public IReadOnlyList<PermissionDefinition> All { get; }

    public IEnumerable<string> ForRoles(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet(StringComparer.Ordinal);
        return All.Where(p => p.GrantedTo.Any(set.Contains)).Select(p => p.Code).Distinct();
    }

    public Text NameOf(string code) => All.FirstOrDefault(p => p.Code == code)?.Name ?? new Text(code, code);
}
