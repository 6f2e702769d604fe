using Doorstep.Employment.Employers;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;

namespace Doorstep.Employment.Vacancies;

/// <summary>
/// About sixty vacancies the demo employers posted over the last six weeks — some now expired,
/// some suiting disabled people, gig work at the markets — and a few the check held: one cleared
/// by the officer, one rejected, the rest waiting in the review queue.
/// </summary>
internal static class VacancyDemo
{
    private sealed record Post(
        int Employer, string Title, string Occupation, int Headcount, int Min, int Max, string[] Skills, string? Requirements = null,
        WorkSchedule Schedule = WorkSchedule.FullTime, WageUnit Unit = WageUnit.Month, Education Education = Education.Any, int Experience = 0,
        string[]? Suits = null, bool Accessible = false);

    // Employer indexes into EmployerDemo.Employers.
    private const int Parts = 0, Electronics = 1, Ceramics = 2, Logistics = 3, Security = 4, Housekeeping = 5, Restaurant = 6, Market = 7, Courier = 8, Building = 9, Sewing = 10, CareHome = 11;

    private static readonly Post[] Posts =
    [
        new(Parts, "汽车零部件装配工", "6-22-02-01", 30, 4500, 6500, ["流水线装配", "看懂作业指导书"], "身体健康，能适应两班倒，提供食宿", Suits: ["hearing", "speech"]),
        new(Parts, "焊工（二保焊）", "6-18-02-04", 8, 6000, 9000, ["二氧化碳保护焊", "看懂图纸"], "持焊工特种作业操作证，1年以上经验", Education: Education.Junior, Experience: 1),
        new(Parts, "设备维修电工", "6-31-01-03", 3, 6500, 9000, ["PLC", "低压电工证"], "持低压电工作业证，熟悉数控设备", Education: Education.Senior, Experience: 3),
        new(Parts, "仓库管理员", "4-02-06-01", 2, 4500, 5500, ["ERP系统", "Excel"], "熟悉出入库流程", Education: Education.Senior, Experience: 1, Suits: ["physical"], Accessible: true),
        new(Parts, "普工", "6-22-02-01", 20, 4200, 6000, ["流水线作业"], "限男性，18-40岁，能吃苦耐劳"),
        new(Electronics, "电子装配工", "6-22-02-01", 50, 4200, 5800, ["焊锡", "目检"], "男女不限，16-45岁，视力良好，长白班", Suits: ["hearing", "speech", "physical"], Accessible: true),
        new(Electronics, "质检员", "6-22-02-01", 6, 4500, 6000, ["来料检验", "卡尺千分尺"], "高中以上学历，细心负责", Education: Education.Senior, Suits: ["hearing", "physical"], Accessible: true),
        new(Electronics, "物料理货员", "4-02-06-02", 10, 4300, 5200, ["扫码枪", "盘点"], null, Suits: ["hearing", "speech"], Accessible: true),
        new(Electronics, "厂区电工", "6-31-01-03", 4, 6000, 8500, ["高低压配电", "电工证"], "持电工作业证，能值夜班", Education: Education.Senior, Experience: 2),
        new(Electronics, "流水线普工", "6-22-02-01", 40, 4200, 5600, ["流水线作业"], "女性优先，已婚已育，手脚麻利"),
        new(Ceramics, "窑炉电工", "6-31-01-03", 2, 6000, 8000, ["电工证", "窑炉设备"], "持证上岗，2年以上工厂电工经验", Experience: 2),
        new(Ceramics, "包装工", "4-02-06-02", 8, 4000, 5000, ["包装打包"], "计件工资，多劳多得", Suits: ["hearing", "speech", "intellectual"]),
        new(Ceramics, "厂区货车司机", "4-02-02-02", 2, 6500, 8000, ["B2驾照", "熟悉株洲路况"], "持B2以上驾照，3年驾龄", Experience: 3),
        new(Logistics, "仓储管理员", "4-02-06-01", 5, 4800, 6000, ["WMS系统", "叉车证优先"], "熟悉仓储作业流程", Education: Education.Senior, Experience: 1),
        new(Logistics, "装卸搬运工", "4-02-05-01", 20, 5000, 7500, ["搬运"], "计件，身体健康"),
        new(Logistics, "快件分拣员", "4-02-07-09", 30, 4500, 6000, ["扫码", "分拣"], "夜班补贴，包住", Suits: ["hearing", "speech"]),
        new(Logistics, "货运司机（4.2米）", "4-02-02-02", 6, 7000, 10000, ["C1驾照", "新能源货车"], "持C1以上驾照", Experience: 2),
        new(Security, "小区保安员", "4-07-05-01", 15, 3200, 4000, ["巡逻", "消防控制室"], "持保安员证优先，年龄55岁以下"),
        new(Security, "工业园保安", "4-07-05-01", 10, 3500, 4200, ["门岗管理", "监控"], "本地户口优先，限男，退伍军人优先"),
        new(Security, "监控室值班员", "4-07-05-01", 4, 3600, 4300, ["监控系统", "消防设施操作员证"], "持消防设施操作员证", Suits: ["physical"], Accessible: true),
        new(Housekeeping, "家政服务员", "4-10-01-06", 12, 4500, 7000, ["保洁收纳", "做饭"], "经过家政培训优先，住家或钟点均可"),
        new(Housekeeping, "育婴员", "4-10-01-02", 6, 6000, 9000, ["婴儿护理", "育婴员证"], "持育婴员证，有带娃经验，入职体检不含乙肝项目", Experience: 1),
        new(Housekeeping, "钟点工", "4-10-01-06", 10, 25, 35, ["保洁"], "按小时计酬，就近派单", WorkSchedule.PartTime, WageUnit.Day),
        new(Restaurant, "中式烹调师（湘菜）", "4-03-02-01", 2, 6000, 9000, ["湘菜", "炒锅"], "3年以上湘菜炒锅经验", Experience: 3),
        new(Restaurant, "餐厅服务员", "4-03-02-05", 6, 3300, 4200, ["点菜", "传菜"], "包吃住，月休4天"),
        new(Restaurant, "传菜员（周末兼职）", "4-03-02-05", 3, 100, 130, ["传菜"], "周末两天，包午晚餐", WorkSchedule.PartTime, WageUnit.Day),
        new(Restaurant, "后厨帮工", "4-03-02-05", 2, 3200, 3800, ["切配", "洗碗"], "乙肝携带者勿扰，身体健康"),
        new(Market, "超市营业员", "4-01-02-03", 3, 3200, 3800, ["收银", "理货"], "有收银经验优先", Suits: ["hearing", "speech", "physical"], Accessible: true),
        new(Market, "生鲜理货员", "4-02-06-02", 2, 3300, 3900, ["生鲜陈列"], "早班6点到岗"),
        new(Courier, "快递员（康华片区）", "4-02-07-08", 3, 5000, 8000, ["电动车驾驶", "快递APP"], "熟悉康华小区及周边"),
        new(Courier, "驿站理货员", "4-02-07-09", 2, 3000, 3600, ["扫码入库", "取件"], "细心，会用智能手机", Suits: ["hearing", "speech", "physical"], Accessible: true),
        new(Building, "砌筑工", "6-29-01-01", 6, 280, 350, ["砌砖", "抹灰"], "按天结算", WorkSchedule.Gig, WageUnit.Day, Experience: 2),
        new(Building, "钢筋工", "6-29-01-04", 5, 300, 380, ["钢筋绑扎"], "按天结算", WorkSchedule.Gig, WageUnit.Day, Experience: 1),
        new(Building, "建材店营业员", "4-01-02-03", 1, 3500, 4500, ["建材知识", "开单"], "会开车优先"),
        new(Sewing, "缝纫工", "6-05-01-03", 15, 3500, 5500, ["平车", "包缝机"], "帮扶车间，时间灵活，可带孩子上下学", Suits: ["hearing", "speech", "physical"], Accessible: true),
        new(Sewing, "居家手工编织", "6-05-01-03", 20, 60, 120, ["编织"], "领料回家做，计件结算", WorkSchedule.PartTime, WageUnit.Day, Suits: ["hearing", "speech", "physical", "visual"]),
        new(CareHome, "养老护理员", "4-10-01-05", 6, 3800, 5200, ["失能照护", "养老护理员证"], "持养老护理员证优先，提供免费培训"),
        new(CareHome, "养老院厨师", "4-03-02-01", 1, 3800, 4500, ["大锅菜", "营养配餐"], "有食堂经验"),
        new(CareHome, "夜班护理员", "4-10-01-05", 2, 4200, 5500, ["夜间巡视", "应急处置"], "未婚，女性优先"),
        new(CareHome, "电工（兼职维修）", "6-31-01-03", 1, 150, 200, ["水电维修", "电工证"], "每周两天", WorkSchedule.PartTime, WageUnit.Day, Experience: 2),
    ];

    /// <summary>Day work the gig station and market post every few days.</summary>
    private static readonly Post[] Gigs =
    [
        new(Logistics, "日结装卸工", "4-02-05-01", 10, 180, 260, ["装卸"], "当天结算，工具自备", WorkSchedule.Gig, WageUnit.Day),
        new(Building, "装修小工", "6-29-04-01", 4, 200, 260, ["搬运", "清理"], "日结", WorkSchedule.Gig, WageUnit.Day),
        new(Restaurant, "宴席临时服务员", "4-03-02-05", 8, 120, 150, ["传菜", "摆台"], "周末婚宴，包餐", WorkSchedule.Gig, WageUnit.Day),
        new(Housekeeping, "开荒保洁", "4-10-01-06", 6, 200, 300, ["保洁"], "新房开荒，按天结算", WorkSchedule.Gig, WageUnit.Day),
        new(Parts, "临时搬运工", "4-02-05-01", 5, 180, 220, ["搬运"], "盘点期间临时用工", WorkSchedule.Gig, WageUnit.Day),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var vacancies = context.Service<VacancyService>();
        var today = DateOnly.FromDateTime(ShanghaiTime.ToLocal(context.Now));
        var employers = new Guid[EmployerDemo.Employers.Count];
        for (var i = 0; i < employers.Length; i++)
        {
            employers[i] = await context.OrganisationIdAsync(EmployerDemo.Employers[i].Name, ct);
        }

        var held = new List<VacancyView>();
        var posts = Posts.Select((p, i) => (Post: p, DaysAgo: i * 7 % 44))
            .Concat(Enumerable.Range(0, 20).Select(i => (Post: Gigs[i % Gigs.Length], DaysAgo: i * 2)));
        foreach (var (post, daysAgo) in posts)
        {
            var posted = today.AddDays(-daysAgo);
            var input = new VacancyInput(
                post.Title, employers[post.Employer], post.Occupation, post.Headcount, post.Min, post.Max, post.Unit, post.Schedule,
                Skills: post.Skills, Education: post.Education, ExperienceYears: post.Experience, Requirements: post.Requirements,
                SuitsDisabilities: post.Suits ?? [], AccessibleWorkplace: post.Accessible, PostedOn: posted,
                ExpiresOn: post.Schedule == WorkSchedule.Gig ? posted.AddDays(7) : null);
            var outcome = await vacancies.CreateAsync(input, Actor.System("jobs"), ct);
            var vacancy = outcome.Value ?? throw new InvalidOperationException($"Demo vacancy {post.Title}: {outcome.Errors}");
            if (vacancy.Status == VacancyStatus.Held)
            {
                held.Add(vacancy);
            }
        }

        // The officer cleared the nanny's post, whose check says it leaves hepatitis B out, and rejected the line workers'.
        var officer = new Actor("officer", new HashSet<string> { EmploymentPermissions.Review });
        var cleared = held.First(v => v.Title == "育婴员");
        await vacancies.ReviewAsync(cleared.Id, new ReviewInput("clear", "体检明确不含乙肝项目，不构成歧视"), officer, ct);
        var rejected = held.First(v => v.Title == "流水线普工");
        await vacancies.ReviewAsync(rejected.Id, new ReviewInput("reject", "“女性优先，已婚已育”违反《就业促进法》第二十七条，请用人单位修改后重新发布"), officer, ct);
    }
}
