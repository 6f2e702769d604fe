using Doorstep.Platform.Demo;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.Security;

namespace Doorstep.Employment.Employers;

/// <summary>Employers of the demo district: factories of the 栗雨 industrial park, shops and restaurants of 嵩山街道, and 雷打石镇's firms; some short of the quota.</summary>
internal static class EmployerDemo
{
    public static readonly IReadOnlyList<(string Name, string Region, string Address, EmployerInput Profile)> Employers =
    [
        ("株洲天元精工汽车零部件有限公司", "430211002002", "天元区栗雨工业园长江南路18号", new("汽车零部件制造", EmployerSize.Medium, 420, 5, 1, "谭建国", "13907331188")),
        ("栗雨电子科技有限公司", "430211002002", "天元区栗雨工业园黄河南路66号", new("电子元器件制造", EmployerSize.Large, 1200, 8, 3, "刘晓燕", "13807332266")),
        ("湘瓷新材料科技有限公司", "430211002002", "天元区栗雨工业园珠江南路9号", new("新材料", EmployerSize.Small, 160, 3, 0, "周志明", "13973310021")),
        ("九郎山物流园仓储有限公司", "430211002002", "天元区栗雨街道九郎山物流园", new("仓储物流", EmployerSize.Medium, 260, 0, 0, "李卫", "15873320099")),
        ("天元区安达保安服务有限公司", "430211002001", "天元区泰山街道湘水社区泰山路88号", new("保安服务", EmployerSize.Medium, 300, 2, 0, "邓勇", "13786335577")),
        ("康华家政服务有限公司", "430211001001", "天元区嵩山街道康华小区商业街3号", new("家政服务", EmployerSize.Small, 45, 1, 0, "何丽", "13975306688")),
        ("嵩山街道湘厨酒家", "430211001002", "天元区嵩山街道天台山庄东门", new("餐饮", EmployerSize.Small, 28, 0, 0, "罗平", "13317335511")),
        ("嵩山花园惠民超市", "430211001003", "天元区嵩山街道嵩山花园1栋", new("零售", EmployerSize.Micro, 12, 1, 0, "彭芳", "18973300123")),
        ("康华快递驿站", "430211001001", "天元区嵩山街道康华小区北门", new("快递", EmployerSize.Micro, 8, 0, 0, "黄涛", "17773301234")),
        ("雷打石镇石峰建材有限公司", "430211101202", "天元区雷打石镇雷打石村8组", new("建材", EmployerSize.Small, 60, 0, 0, "易志强", "13973309988")),
        ("霞石村乡村振兴服饰车间", "430211101201", "天元区雷打石镇霞石村村部旁", new("服装加工", EmployerSize.Micro, 35, 2, 0, "杨秀英", "15197302277")),
        ("雷打石镇颐养院", "430211101203", "天元区雷打石镇双石村1组", new("养老服务", EmployerSize.Small, 30, 1, 1, "胡桂兰", "13607334455")),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var organisations = context.Service<OrganisationService>();
        var employers = context.Service<EmployerService>();
        var actor = Actor.System("jobs");
        foreach (var (name, region, address, profile) in Employers)
        {
            var (longitude, latitude) = context.Near(context.Region(region), 500);
            var place = await organisations.SaveAsync(null, new OrganisationInput
            {
                Name = name, Kind = "enterprise", Address = "湖南省株洲市" + address, RegionCode = region, Longitude = longitude, Latitude = latitude,
            }, actor, ct);
            _ = place.Value ?? throw new InvalidOperationException($"Demo employer {name}: {place.Errors}");
            var saved = await employers.SaveAsync(place.Value.Id, profile, actor, ct);
            _ = saved.Value ?? throw new InvalidOperationException($"Demo employer {name}: {saved.Errors}");
        }
    }
}
