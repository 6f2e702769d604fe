using Doorstep.Kernel;
using Doorstep.Platform.Demo;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Disability;

/// <summary>
/// The year's 残疾人民生实事 in miniature: a dozen certificate holders of 天元区 and 芦淞区 (ten
/// registered here, so the story stands in a district without residents, and two of 白关镇's
/// needy families), services of every project in every state, and this year's targets of both
/// districts.
/// </summary>
internal static class DisabilityDemo
{
    private sealed record Holder(string Name, string Region, bool Male, int Age, DisabilityCategory Category, int Grade, HardshipStatus Hardship = HardshipStatus.None, string? Home = null);

    private sealed record Service(string Holder, ServiceKind Kind, ServiceStatus Status, int AppliedDaysAgo, string Request, string? Outcome = null, decimal? Amount = null);

    private static readonly Holder[] Holders =
    [
        new("易小宇", "430211001002003", true, 8, DisabilityCategory.Intellectual, 2, Home: "天台山庄7栋"),
        new("彭思琪", "430211002001001", false, 5, DisabilityCategory.Hearing, 1, Home: "湘水湾5栋"),
        new("周建军", "430211001003003", true, 45, DisabilityCategory.Physical, 3, HardshipStatus.LowIncome, "嵩山路社区12栋"),
        new("李春兰", "430211001002001", false, 62, DisabilityCategory.Visual, 1, Home: "天台山庄2栋"),
        new("胡国庆", "430211101201003", true, 38, DisabilityCategory.Physical, 4, Home: "霞石村5组11号"),
        new("邓美华", "430211101202001", false, 51, DisabilityCategory.Mental, 2, Home: "雷打石村2组7号"),
        new("刘晓东", "430211002002001", true, 30, DisabilityCategory.Speech, 3, Home: "栗雨新城8栋"),
        new("谭桂芝", "430211102201001", false, 70, DisabilityCategory.Multiple, 1, HardshipStatus.ExtremePoverty, "群丰村4组3号"),
        new("罗子涵", "430203101202002", true, 11, DisabilityCategory.Mental, 2, Home: "丫江桥村6组2号"),
        new("陈秀英", "430203001001001", false, 56, DisabilityCategory.Visual, 2, Home: "建宁公寓1栋"),
    ];

    /// <summary>Two of 白关镇's needy families already in the registry (<see cref="Visits.OutreachDemo"/>).</summary>
    private static readonly string[] Registered = ["王小军", "谭满生"];

    private static readonly Service[] Services =
    [
        new("易小宇", ServiceKind.ChildRehabilitation, ServiceStatus.Delivered, 120, "智力障碍康复训练", "定点机构康复训练一年（每周5次）", 24000),
        new("彭思琪", ServiceKind.ChildRehabilitation, ServiceStatus.Approved, 40, "人工耳蜗植入及术后言语康复"),
        new("周建军", ServiceKind.AccessibilityRetrofit, ServiceStatus.Delivered, 90, "卫生间扶手、入户坡道", "安装卫生间扶手2处、入户坡道1处、蹲便改坐便", 6500),
        new("周建军", ServiceKind.AssistiveDevice, ServiceStatus.Delivered, 100, "轮椅", "适配手动轮椅1台", 1200),
        new("李春兰", ServiceKind.AssistiveDevice, ServiceStatus.Delivered, 75, "盲杖、读屏手机", "配发盲杖1根、读屏手机1部", 1800),
        new("胡国庆", ServiceKind.VocationalTraining, ServiceStatus.Applied, 6, "报名电商直播培训班"),
        new("邓美华", ServiceKind.LegalAid, ServiceStatus.Delivered, 50, "监护权纠纷，请求法律援助", "指派律师代理诉讼，已结案"),
        new("刘晓东", ServiceKind.LegalAid, ServiceStatus.Rejected, 30, "邻里噪音纠纷", "经审查不属于法律援助事项范围，已引导至社区人民调解"),
        new("刘晓东", ServiceKind.VocationalTraining, ServiceStatus.Delivered, 80, "面点制作培训", "参加面点师培训30天，取得初级证书"),
        new("谭桂芝", ServiceKind.AccessibilityRetrofit, ServiceStatus.Approved, 20, "卧室至厨房地面找平、加装扶手"),
        new("罗子涵", ServiceKind.ChildRehabilitation, ServiceStatus.Applied, 4, "精神发育迟滞康复训练"),
        new("陈秀英", ServiceKind.AssistiveDevice, ServiceStatus.Approved, 15, "助视器"),
        new("王小军", ServiceKind.VocationalTraining, ServiceStatus.Delivered, 60, "家电维修培训", "参加家电维修培训45天，已在镇上修理店就业", 0),
        new("王小军", ServiceKind.AssistiveDevice, ServiceStatus.Applied, 3, "假肢更换"),
        new("谭满生", ServiceKind.AccessibilityRetrofit, ServiceStatus.Delivered, 70, "入户台阶改坡道、床边扶手", "改造入户坡道1处、加装床边扶手", 4200),
    ];

    private static readonly (string District, (ServiceKind Kind, int Count)[] Targets)[] Targets =
    [
        (DemoDistrict.Tianyuan, [(ServiceKind.AssistiveDevice, 40), (ServiceKind.AccessibilityRetrofit, 25), (ServiceKind.ChildRehabilitation, 15), (ServiceKind.VocationalTraining, 60), (ServiceKind.LegalAid, 20)]),
        (DemoDistrict.Lusong, [(ServiceKind.AssistiveDevice, 30), (ServiceKind.AccessibilityRetrofit, 20), (ServiceKind.ChildRehabilitation, 10), (ServiceKind.VocationalTraining, 50), (ServiceKind.LegalAid, 15)]),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var today = ShanghaiTime.Today(context.Service<TimeProvider>());
        var officer = Actor.System("officer");
        var protector = context.Service<FieldProtector>();
        var certificates = context.Service<CertificateService>();
        var ids = new Dictionary<string, Guid>();
        var serial = 0;
        foreach (var holder in Holders)
        {
            serial++;
            var (personId, idNumber) = await RegisterAsync(context, holder, serial, today, ct);
            var issued = today.AddYears(-Math.Min(holder.Age - 1, 3)).AddDays(-20 * serial);
            ids[holder.Name] = await CertificateAsync(certificates, personId, idNumber, holder.Category, holder.Grade, issued, officer, ct);
        }

        foreach (var name in Registered)
        {
            var person = await context.Db.People.IgnoreQueryFilters().AsNoTracking().FirstAsync(p => p.Name == name && p.DisabilityCategory != null, ct);
            ids[name] = await CertificateAsync(certificates, person.Id, protector.Unprotect(person.IdNumberCipher), person.DisabilityCategory!.Value, person.DisabilityGrade ?? 2, today.AddYears(-4), officer, ct);
        }

        // Every step falls in this year, so the figures show the story even on the 2nd of January.
        var newYear = new DateOnly(today.Year, 1, 1);
        DateOnly Day(int daysAgo) => today.AddDays(-daysAgo) < newYear ? newYear : today.AddDays(-daysAgo);
        var services = context.Service<ServiceRecordService>();
        foreach (var s in Services)
        {
            var decided = Day(Math.Max(0, s.AppliedDaysAgo - 7));
            var delivered = Day(Math.Max(0, s.AppliedDaysAgo - 30));
            var outcome = await services.RecordAsync(
                new ServiceInput(ids[s.Holder], null, DisabilityTerms.KindCode(s.Kind), Day(s.AppliedDaysAgo), s.Request),
                s.Status,
                new DecisionInput(s.Status != ServiceStatus.Rejected, decided, s.Status == ServiceStatus.Rejected ? s.Outcome : null),
                new DeliveryInput(delivered, s.Outcome, s.Amount),
                officer, ct);
            Check(s.Holder, outcome.Errors);
        }

        var targets = context.Service<TargetService>();
        foreach (var (district, kinds) in Targets)
        {
            foreach (var (kind, count) in kinds)
            {
                Check(district, (await targets.SetAsync(new TargetInput(district, today.Year, DisabilityTerms.KindCode(kind), count), officer, ct)).Errors);
            }
        }
    }

    private static async Task<(Guid Person, string IdNumber)> RegisterAsync(DemoSeedContext context, Holder holder, int serial, DateOnly today, CancellationToken ct)
    {
        var people = context.Service<PersonService>();
        var village = context.Region(holder.Region[..12]);
        var town = context.Region(holder.Region[..9] + "000");
        var county = context.Region(holder.Region[..6] + "000000");
        var birth = today.AddYears(-holder.Age).AddDays(-29 * serial);
        for (var sequence = 300 + serial * 10 + (holder.Male ? 1 : 2); ; sequence += 2)
        {
            var idNumber = CitizenId.Create(holder.Region[..6], birth, sequence);
            var outcome = await people.CreateAsync(new PersonInput
            {
                Name = holder.Name,
                IdNumber = idNumber,
                Address = $"湖南省株洲市{county.Name}{town.Name}{village.Name}{holder.Home}",
                RegionCode = holder.Region,
                DisabilityCategory = holder.Category,
                DisabilityGrade = holder.Grade,
                Hardship = holder.Hardship,
            }, Actor.System("officer"), ct);
            if (outcome.Succeeded)
            {
                return (outcome.Value!.Id, idNumber);
            }

            // Only a clash with a generated resident's ID number is worth another try.
            if (outcome.Errors.For("idNumber") is null)
            {
                throw new InvalidOperationException($"Disability demo: {holder.Name}: {outcome.Errors}");
            }
        }
    }

    private static async Task<Guid> CertificateAsync(CertificateService certificates, Guid person, string idNumber, DisabilityCategory category, int grade, DateOnly issued, Actor actor, CancellationToken ct)
    {
        var outcome = await certificates.CreateAsync(
            new CertificateInput(PersonId: person, Number: $"{idNumber}{(int)category}{grade}", Category: ((int)category).ToString(System.Globalization.CultureInfo.InvariantCulture), Grade: grade, IssuedOn: issued, ValidUntil: issued.AddYears(10)),
            actor, ct);
        Check(idNumber[..6], outcome.Errors);
        return outcome.Value!.Id;
    }

    private static void Check(string what, FieldErrors errors)
    {
        if (!errors.IsEmpty)
        {
            throw new InvalidOperationException($"Disability demo: {what}: {errors}");
        }
    }
}
