using Doorstep.Platform.Modules;
using static Doorstep.Platform.Security.Roles;

namespace Doorstep.Employment;

/// <summary>Employment specialists keep vacancies and seekers; the district officer reviews held postings and reads everything.</summary>
public static class EmploymentPermissions
{
    public const string Read = "employment.read";
    public const string Write = "employment.write";
    public const string Review = "employment.review";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Read, new("查看就业服务信息", "View employment services"), EmploymentSpecialist, DistrictOfficer),
        new(Write, new("采集岗位和求职者", "Collect vacancies and job seekers"), EmploymentSpecialist),
        new(Review, new("审核疑似就业歧视的岗位", "Review vacancies held for discrimination"), DistrictOfficer),
    ];
}
