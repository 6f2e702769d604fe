using Doorstep.Platform.Modules;
using static Doorstep.Platform.Security.Roles;

namespace Doorstep.Care;

/// <summary>
/// Deputies, grid members and the district officer look after needy households and visit them;
/// relief goods are booked in and out by the officer and the deputies' liaison stations.
/// Doctors and employment specialists hold none of these: hardship is not their business.
/// </summary>
public static class CarePermissions
{
    public const string Read = "care.read";
    public const string Write = "care.write";
    public const string Stock = "care.stock";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Read, new("查看困难家庭和走访", "View needy households and visits"), DistrictOfficer, GridMember, Deputy),
        new(Write, new("登记困难家庭、走访和走访计划", "Keep needy households, visits and visit plans"), DistrictOfficer, GridMember, Deputy),
        new(Stock, new("救助物资入库和出库", "Book relief goods in and out"), DistrictOfficer, Deputy),
    ];
}
