using Doorstep.Platform.Modules;
using static Doorstep.Platform.Security.Roles;

namespace Doorstep.Platform.WorkItems;

/// <summary>The work-item engine's permissions; a type may name stricter ones of its module's.</summary>
public static class WorkItemPermissions
{
    public const string Read = "workitems.read";
    public const string Report = "workitems.report";
    public const string Dispatch = "workitems.dispatch";
    public const string Handle = "workitems.handle";
    public const string Verify = "workitems.verify";
    public const string Approve = "workitems.approve";
    public const string Configure = "workitems.configure";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Read, new("查看工单", "View work items"), DistrictOfficer, FamilyDoctor, GridMember, FireInspector, Deputy),
        new(Report, new("上报工单", "Report work items"), DistrictOfficer, FamilyDoctor, GridMember, FireInspector, Deputy),
        new(Dispatch, new("受理、派遣和结案", "Open, dispatch and close work items"), DistrictOfficer),
        new(Handle, new("签收和处置工单", "Accept and handle work items"), DistrictOfficer, FamilyDoctor, GridMember, FireInspector),
        new(Verify, new("现场核查", "Verify on site"), DistrictOfficer, GridMember, FireInspector),
        new(Approve, new("审批退回、延期和挂账", "Approve returns, extensions and backlog"), DistrictOfficer),
        new(Configure, new("设置办理时限和派遣规则", "Set time limits and dispatch rules"), DistrictOfficer),
    ];
}
