using Doorstep.Platform.Modules;
using static Doorstep.Platform.Security.Roles;

namespace Doorstep.Safety.Venues;

/// <summary>Grid members and fire inspectors keep the venue registry; the district officer and the brigade set the kinds' limits.</summary>
public static class SafetyPermissions
{
    public const string Read = "safety.read";
    public const string Write = "safety.write";
    public const string Configure = "safety.configure";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Read, new("查看场所和消防排查", "View venues and fire inspections"), FireInspector, GridMember, DistrictOfficer),
        new(Write, new("登记场所信息", "Keep venue profiles"), FireInspector, GridMember),
        new(Configure, new("设置场所类别和规模上限", "Set venue kinds and size limits"), FireInspector, DistrictOfficer),
    ];
}
