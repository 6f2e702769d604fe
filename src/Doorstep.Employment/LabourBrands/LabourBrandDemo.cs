using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;

namespace Doorstep.Employment.LabourBrands;

/// <summary>Zhuzhou's labour brands: 醴陵陶瓷工匠 (provincial), 株洲月嫂 (city) and a county one, with a few demo residents as 月嫂 when there are residents.</summary>
internal static class LabourBrandDemo
{
    private static readonly (string Name, BrandLevel Level, string? Occupation, string Region, string Description)[] Brands =
    [
        ("醴陵陶瓷工匠", BrandLevel.Provincial, null, "430200000000", "醴陵釉下五彩瓷传承千年，陶瓷成型、彩绘、烧成工匠遍布全国陶瓷产区，为湖南省级劳务品牌。"),
        ("株洲月嫂", BrandLevel.City, "4-10-01-02", "430200000000", "经育婴员、母婴护理培训取证的株洲家政服务人员，服务长株潭及粤港澳大湾区家庭。"),
        ("天元家政", BrandLevel.County, "4-10-01-06", "430211000000", "天元区家政服务员培训就业品牌，依托社区就业服务站对接本地家庭。"),
    ];

    public static async Task SeedAsync(DemoSeedContext context, IReadOnlyList<Guid> yuesao, CancellationToken ct)
    {
        var brands = context.Service<LabourBrandService>();
        var jobs = Actor.System("jobs");
        foreach (var (name, level, occupation, region, description) in Brands)
        {
            var created = await brands.CreateAsync(new LabourBrandInput(name, level, occupation, region, description), jobs, ct);
            var brand = created.Value ?? throw new InvalidOperationException($"Demo brand {name}: {created.Errors}");
            if (level != BrandLevel.City)
            {
                continue;
            }

            foreach (var person in yuesao)
            {
                var added = await brands.AddWorkerAsync(brand.Id, new BrandWorkerInput(person), jobs, ct);
                _ = added.Value ?? throw new InvalidOperationException($"Demo brand worker: {added.Errors}");
            }
        }
    }
}
