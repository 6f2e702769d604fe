using Doorstep.Care.Households;
using Doorstep.Care.Plans;
using Doorstep.Care.Stock;
using Doorstep.Kernel;
using Doorstep.Platform.Demo;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;

namespace Doorstep.Care.Visits;

/// <summary>
/// 白关镇's Spring Festival 送温暖 in miniature: the town's needy households (registered here with
/// their members, so the story stands even in a district without residents), rice, oil, milk and
/// fruit booked into the town's stock, a festival plan for deputy 杨凌波, and the visits made so
/// far, each taking its goods from the stock; and two households of 霞石村 in the grid member's care.
/// </summary>
internal static class OutreachDemo
{
    private sealed record Member(string Name, string Relation, bool Male, int Age, DisabilityCategory? Disability = null);

    private sealed record Family(string Grid, string Home, string[] Categories, string Responsible, string? Note, Member[] Members);

    private static readonly Family[] Families =
    [
        new("430203101201001", "白关村2组15号", ["elderly-alone", "extreme-poverty"], "deputy", "老伴去世多年，子女在外地，患高血压", [new("刘桂英", "户主", false, 81)]),
        new("430203101201002", "白关村6组8号", ["subsistence", "disabled"], "deputy", "儿子肢体残疾，靠务农和低保生活", [new("王建国", "户主", true, 58), new("李秀兰", "配偶", false, 55), new("王小军", "子女", true, 29, DisabilityCategory.Physical)]),
        new("430203101202001", "丫江桥村3组21号", ["elderly-alone"], "deputy", null, [new("陈德厚", "户主", true, 84)]),
        new("430203101202003", "丫江桥村9组4号", ["model-worker"], "deputy", "原株洲市劳动模范，患病后家庭困难", [new("张明华", "户主", true, 66), new("彭玉梅", "配偶", false, 63)]),
        new("430203101203002", "长塘村5组12号", ["subsistence"], "deputy", "单亲母亲，女儿读初中", [new("罗秋菊", "户主", false, 44), new("罗欣怡", "子女", false, 14)]),
        new("430203101203001", "长塘村1组30号", ["extreme-poverty", "disabled"], "deputy", null, [new("谭满生", "户主", true, 71, DisabilityCategory.Physical)]),
        new("430211101201001", "霞石村3组6号", ["subsistence"], "grid", null, [new("周淑珍", "户主", false, 67), new("胡志强", "子女", true, 40)]),
        new("430211101201002", "霞石村7组19号", ["elderly-alone"], "grid", "独居，耳背，上门时要大声说话", [new("胡德全", "户主", true, 86)]),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var today = ShanghaiTime.Today(context.Service<TimeProvider>());
        var ids = new List<Guid>();
        for (var i = 0; i < Families.Length; i++)
        {
            ids.Add(await FamilyAsync(context, Families[i], i + 1, today, ct));
        }

        var stock = context.Service<StockService>();
        var officer = Actor.System("officer");
        (string Item, string Region, int Quantity, string Note)[] arrivals =
        [
            ("rice", DemoDistrict.Baiguan, 40, "芦淞区人大常委会统一采购 10kg装"),
            ("oil", DemoDistrict.Baiguan, 30, "芦淞区人大常委会统一采购 5L装"),
            ("milk", DemoDistrict.Baiguan, 30, "株洲市白关丝瓜农业专业合作社捐赠"),
            ("fruit", DemoDistrict.Baiguan, 20, "白关镇爱心商户捐赠 脐橙"),
            ("rice", DemoDistrict.Leidashi, 20, "天元区民政局下拨"),
            ("oil", DemoDistrict.Leidashi, 20, "天元区民政局下拨"),
        ];
        foreach (var (item, region, quantity, note) in arrivals)
        {
            Check((await stock.StockInAsync(new MovementInput(item, region, quantity, note), officer, ct)).Errors);
        }

        var plans = context.Service<PlanService>();
        var plan = await plans.CreateAsync(new PlanInput($"{today.AddDays(20).Year}年春节送温暖", DemoDistrict.Baiguan, today.AddDays(-12), today.AddDays(20)), Actor.System("deputy"), ct);
        Check(plan.Errors);

        var visits = context.Service<VisitService>();
        (int Family, int DaysAgo, string User, decimal Money, string Heard, (string, int)[] Goods)[] made =
        [
            (4, 75, "deputy", 300, "中秋走访。女儿学习成绩好，希望了解助学政策。", [("rice", 1), ("oil", 1)]),
            (0, 10, "deputy", 500, "老人身体尚好，冬天怕冷，希望村里帮忙检修电热毯线路。", [("rice", 1), ("oil", 1), ("milk", 1), ("fruit", 1)]),
            (1, 8, "deputy", 500, "儿子想学手艺，询问残疾人职业培训报名办法。", [("rice", 2), ("oil", 1), ("milk", 1)]),
            (3, 6, "deputy", 800, "张师傅谈起当年劳模事迹，反映住院报销慢，已记下转镇里。", [("rice", 1), ("oil", 1), ("milk", 1), ("fruit", 1)]),
            (2, 3, "deputy", 500, "老人耳背，独居，请网格员每周上门看一次。", [("rice", 1), ("milk", 1), ("fruit", 1)]),
            (6, 5, "grid", 300, "低保年审材料已帮忙准备。", [("rice", 1), ("oil", 1)]),
        ];
        foreach (var (family, daysAgo, user, money, heard, goods) in made)
        {
            var outcome = await visits.RecordAsync(
                new VisitInput(ids[family], today.AddDays(-daysAgo), null, [.. goods.Select(g => new GoodsLine(g.Item1, g.Item2))], money, heard),
                Actor.System(user), ct);
            Check(outcome.Errors);
        }
    }

    private static async Task<Guid> FamilyAsync(DemoSeedContext context, Family family, int serial, DateOnly today, CancellationToken ct)
    {
        var people = context.Service<PersonService>();
        var number = $"{family.Grid}K{serial:00}";
        var town = context.Region(family.Grid[..9] + "000");
        var county = context.Region(family.Grid[..6] + "000000");
        var address = $"湖南省株洲市{county.Name}{town.Name}{family.Home}";
        foreach (var member in family.Members)
        {
            var birth = today.AddYears(-member.Age).AddDays(-37 * serial - member.Age);
            for (var sequence = 100 + serial * 10 + (member.Male ? 1 : 2); ; sequence += 2)
            {
                var input = new PersonInput
                {
                    Name = member.Name,
                    IdNumber = CitizenId.Create(family.Grid[..6], birth, sequence),
                    Address = address,
                    RegionCode = family.Grid,
                    DisabilityCategory = member.Disability,
                    DisabilityGrade = member.Disability is null ? null : 2,
                    HouseholdNumber = number,
                    HouseholdRelation = member.Relation,
                };
                var outcome = await people.CreateAsync(input, Actor.System("officer"), ct);
                if (outcome.Succeeded)
                {
                    break;
                }

                // Only a clash with a generated resident's ID number is worth another try.
                if (outcome.Errors.For("idNumber") is null)
                {
                    throw new InvalidOperationException($"Care demo: {member.Name}: {outcome.Errors}");
                }
            }
        }

        var households = context.Service<HouseholdService>();
        var created = await households.CreateAsync(new HouseholdInput(null, number, family.Categories, family.Responsible, family.Note), Actor.System("officer"), ct);
        Check(created.Errors);
        return created.Value!.Id;
    }

    private static void Check(Platform.Validation.FieldErrors errors)
    {
        if (!errors.IsEmpty)
        {
            throw new InvalidOperationException($"Care demo: {errors}");
        }
    }
}
