using Doorstep.Kernel;
using Doorstep.Platform.Demo;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.ModelWorkers;

/// <summary>
/// 25 model workers and craftsmen of 天元区 and 芦淞区 (registered here, so the story stands in a
/// district without residents), with their honours and a few in hardship — among them 张明华
/// of 丫江桥村, whose family the outreach demo already looks after; the new-year gathering with free
/// health checks all 25 attended, a recuperation stay, hardship aid in 白关镇, and last year's
/// skills competition with its winners.
/// </summary>
internal static class ModelWorkerDemo
{
    private sealed record Craftsman(string Name, bool Male, int Age, string Grid, string Employer, string Trade, (string Kind, int Year, string By)[] Honours, string? Hardship = null);

    private const string Acftu = "中华全国总工会";
    private const string StateCouncil = "国务院";
    private const string Hunan = "湖南省人民政府";
    private const string HunanUnion = "湖南省总工会";
    private const string City = "株洲市人民政府";
    private const string CityUnion = "株洲市总工会";
    private const string Tianyuan = "天元区人民政府";
    private const string Lusong = "芦淞区人民政府";

    private static readonly Craftsman[] Craftsmen =
    [
        new("易冬生", true, 52, "430211001002003", "中车株洲电力机车有限公司", "焊工", [("national-may-day-medal", 2016, Acftu), ("provincial-model-worker", 2012, Hunan)]),
        new("罗建勋", true, 47, "430211001003003", "中国航发南方工业有限公司", "数控车工", [("national-model-worker", 2020, StateCouncil), ("provincial-craftsman", 2018, HunanUnion)]),
        new("刘丽娟", false, 45, "430211001002001", "株洲市中心医院", "护士", [("provincial-may-day-medal", 2020, HunanUnion), ("city-model-worker", 2017, City)]),
        new("谭志勇", true, 50, "430211001002002", "国网株洲供电公司", "电工", [("provincial-model-worker", 2015, Hunan), ("city-craftsman", 2021, CityUnion)]),
        new("彭小兰", false, 56, "430211001003001", "天元区环境卫生服务中心", "环卫工", [("city-model-worker", 2017, City), ("district-model-worker", 2014, Tianyuan)], "丈夫患尿毒症长期透析，家庭负债"),
        new("陈卫东", true, 49, "430211001003002", "株洲市公交集团", "公交司机", [("provincial-may-day-medal", 2019, HunanUnion)]),
        new("周海燕", false, 39, "430211002001001", "中车株洲电机有限公司", "电机装配工", [("city-craftsman", 2022, CityUnion), ("city-may-day-medal", 2020, CityUnion)]),
        new("黄国强", true, 58, "430211002001002", "株洲硬质合金集团有限公司", "硬质合金烧结工", [("national-may-day-medal", 2011, Acftu), ("provincial-model-worker", 2007, Hunan)]),
        new("李湘平", true, 44, "430211002002001", "株洲时代新材料科技股份有限公司", "高分子材料技师", [("provincial-craftsman", 2021, HunanUnion), ("city-model-worker", 2019, City)]),
        new("邓美玲", false, 42, "430211002002002", "天元区人民医院", "护士长", [("city-model-worker", 2022, City)]),
        new("胡桂香", false, 53, "430211101201003", "雷打石镇中心小学", "乡村教师", [("provincial-model-worker", 2020, Hunan), ("district-model-worker", 2016, Tianyuan)]),
        new("胡永红", true, 48, "430211101202001", "天元区农业技术推广中心", "农技员", [("city-model-worker", 2018, City)]),
        new("肖德明", true, 61, "430211101203001", "雷打石镇双石村", "种粮大户", [("district-model-worker", 2013, Tianyuan)], "妻子中风卧床，本人腰椎病无法下田"),
        new("汤建军", true, 46, "430211102201001", "株洲千金药业股份有限公司", "制药工", [("city-craftsman", 2023, CityUnion)]),
        new("钟亚平", false, 37, "430211102202001", "中国邮政集团株洲市分公司", "乡村投递员", [("provincial-may-day-medal", 2023, HunanUnion)]),
        new("文志刚", true, 55, "430211103201001", "中建五局第三建设有限公司", "钢筋工", [("city-model-worker", 2012, City), ("city-may-day-medal", 2010, CityUnion)]),
        new("贺雪梅", false, 41, "430211001002002", "株洲市燃气集团", "燃气巡检工", [("district-model-worker", 2024, Tianyuan)]),
        new("宋红军", true, 43, "430211002001003", "株洲冶炼集团股份有限公司", "冶炼工", [("provincial-craftsman", 2022, HunanUnion)]),
        new("吴芳", false, 35, "430203001001001", "芦淞服装市场 湘绣坊", "服装制版师", [("city-craftsman", 2024, CityUnion)]),
        new("王志华", true, 51, "430203001001002", "株洲市自来水公司", "供水管道工", [("city-model-worker", 2016, City)]),
        new("杨春林", true, 57, "430203101201003", "白关镇丝瓜种植专业合作社", "丝瓜种植能手", [("provincial-model-worker", 2010, Hunan), ("district-model-worker", 2008, Lusong)]),
        new("刘秀英", false, 59, "430203101202002", "白关镇中心卫生院", "乡村医生", [("city-model-worker", 2014, City)], "独自抚养患病孙子，退休金微薄"),
        new("邹建平", true, 45, "430203101203003", "株洲电力机车广缘科技公司", "电气钳工", [("city-may-day-medal", 2021, CityUnion)]),
        new("龙慧", false, 33, "430203101201002", "芦淞区白关镇人民政府", "农技员", [("district-model-worker", 2025, Lusong)]),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var today = ShanghaiTime.Today(context.Service<TimeProvider>());
        var workers = context.Service<ModelWorkerService>();
        var officer = Actor.System("officer");
        var ids = new List<Guid>();
        for (var i = 0; i < Craftsmen.Length; i++)
        {
            var c = Craftsmen[i];
            var person = await PersonAsync(context, c, i + 1, today, ct);
            var created = await workers.CreateAsync(
                new ModelWorkerInput(person, null, c.Employer, c.Trade, c.Hardship is not null, c.Hardship, null, [.. c.Honours.Select(h => new HonourInput(h.Kind, h.Year, h.By))]),
                officer, ct);
            Check(created.Errors);
            ids.Add(created.Value!.Id);
        }

        // The outreach demo's 张明华 of 丫江桥村, a former city model worker whose illness left the family in hardship.
        var zhang = await context.Db.People.Where(p => p.Name == "张明华" && p.RegionCode.StartsWith("430203101202")).Select(p => p.Id).SingleAsync(ct);
        var old = await workers.CreateAsync(new ModelWorkerInput(zhang, null, "株洲冶炼厂（已退休）", "铅锌冶炼工", true, "患肺病住院，医药费负担重",
            "白关镇困难家庭，联系人杨凌波", [new("city-model-worker", 1998, City)]), officer, ct);
        Check(old.Errors);
        ids.Add(old.Value!.Id);

        var activities = context.Service<ActivityService>();
        var gathering = await activities.CreateAsync(new ActivityInput(
            "gathering", $"{today.AddDays(-20).Year}年劳模工匠座谈会暨免费体检", today.AddDays(-20), "天元区职工服务中心三楼会议室", "天元区总工会、芦淞区总工会",
            DemoDistrict.Tianyuan, "座谈后在株洲市中心医院体检中心免费体检，体检报告由工会送达本人", ids), officer, ct);
        Check(gathering.Errors);
        var recuperation = await activities.CreateAsync(new ActivityInput(
            "recuperation", "劳模工匠炎陵神农谷疗休养", today.AddDays(-150), "炎陵县神农谷国家森林公园职工疗休养基地", "株洲市总工会",
            DemoDistrict.Tianyuan, "5天4晚", [ids[0], ids[1], ids[7], ids[10], ids[15]]), officer, ct);
        Check(recuperation.Errors);
        var aid = await activities.CreateAsync(new ActivityInput(
            "hardship-aid", "困难劳模春节慰问", today.AddDays(-9), "白关镇", "芦淞区总工会",
            DemoDistrict.Baiguan, "每户慰问金1000元", [ids[21], ids[^1]]), Actor.System("deputy"), ct);
        Check(aid.Errors);

        var competitions = context.Service<CompetitionService>();
        var contest = await competitions.CreateAsync(new CompetitionInput(
            $"{today.Year - 1}年“技能天元”职工职业技能竞赛", today.Year - 1, "天元区总工会、天元区人力资源和社会保障局", "焊工、数控车工、电工", DemoDistrict.Tianyuan,
            [
                new(ids[0], Prize: "焊工组 一等奖"),
                new(null, "唐子豪", "中车株洲电力机车有限公司", "焊工组 二等奖"),
                new(ids[1], Prize: "数控车工组 一等奖"),
                new(null, "曾思远", "湖南工业大学实训中心", "数控车工组 三等奖"),
                new(ids[3], Prize: "电工组 一等奖"),
            ]), officer, ct);
        Check(contest.Errors);
    }

    private static async Task<Guid> PersonAsync(DemoSeedContext context, Craftsman c, int serial, DateOnly today, CancellationToken ct)
    {
        var people = context.Service<PersonService>();
        var town = context.Region(c.Grid[..9] + "000");
        var county = context.Region(c.Grid[..6] + "000000");
        var birth = today.AddYears(-c.Age).AddDays(-23 * serial);
        for (var sequence = 500 + serial * 10 + (c.Male ? 1 : 2); ; sequence += 2)
        {
            var outcome = await people.CreateAsync(new PersonInput
            {
                Name = c.Name,
                IdNumber = CitizenId.Create(c.Grid[..6], birth, sequence),
                Address = $"湖南省株洲市{county.Name}{town.Name}",
                RegionCode = c.Grid,
            }, Actor.System("officer"), ct);
            if (outcome.Succeeded)
            {
                return outcome.Value!.Id;
            }

            // Only a clash with a generated resident's ID number is worth another try.
            if (outcome.Errors.For("idNumber") is null)
            {
                throw new InvalidOperationException($"Model-worker demo: {c.Name}: {outcome.Errors}");
            }
        }
    }

    private static void Check(Platform.Validation.FieldErrors errors)
    {
        if (!errors.IsEmpty)
        {
            throw new InvalidOperationException($"Model-worker demo: {errors}");
        }
    }
}
