using Doorstep.Employment.Employers;
using Doorstep.Kernel;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Employment.TrainingBases;

/// <summary>
/// The 2026 call of the demo district, closed and decided: the seed's three accredited bases
/// (湖南省商业技师学院, 湖南航空技师学院, 湖南汽车工程职业学院), a fourth ranked beyond the quota,
/// and one that failed the check. Submitted, scored and accredited through the service on the
/// dates they happened, so the refusals a real call makes apply to the demo too.
/// </summary>
internal static class TrainingBaseDemo
{
    private const int Year = 2026;

    private static readonly (string Name, string Org, string Region, string Address, string Contact, string Phone, int Annual, int Subsidised, int Total,
        (string, EmployerSize)[] Partners, string[] Programmes, string? SharedBase, decimal Local, string[] Industries, int[] Scores)[] Applicants =
    [
        ("湖南汽车工程职业学院", "43057021", "430211002002", "天元区栗雨街道九郎山职教科创城", "龙建华", "13907336601", 2_860, 1_420, 15_600,
            [("株洲齿轮有限责任公司", EmployerSize.Large), ("北汽福田汽车股份有限公司株洲分公司", EmployerSize.Large), ("株洲天元精工汽车零部件有限公司", EmployerSize.Medium), ("湘瓷新材料科技有限公司", EmployerSize.Small)],
            ["新能源汽车装调与检测", "智能网联汽车测试", "汽车零部件数控加工"], "与株洲齿轮共建新能源汽车传动系统实训中心，年接纳实训1200人次", 78.5m, ["新能源汽车", "智能制造"], [92, 90, 94]),
        ("湖南航空技师学院", "43057022", "430211002002", "天元区栗雨街道九郎山职教科创城", "易卫东", "13807336602", 2_140, 1_060, 9_800,
            [("中国航发湖南动力机械研究所", EmployerSize.Large), ("中国航发南方工业有限公司", EmployerSize.Large), ("栗雨电子科技有限公司", EmployerSize.Large)],
            ["航空发动机装配调试", "航空器维修"], "与中国航发南方工业共建航空发动机装配实训基地", 81m, ["航空动力"], [91, 89, 90]),
        ("湖南省商业技师学院", "43057023", "430211002001", "天元区泰山街道泰山西路", "刘湘萍", "13973306603", 1_860, 920, 12_300,
            [("株洲千金药业股份有限公司", EmployerSize.Large), ("湖南株百商业有限公司", EmployerSize.Large), ("株洲芦淞服饰产业集团有限公司", EmployerSize.Medium)],
            ["服装设计与电商直播", "中式烹调师（湘菜）"], "与芦淞服饰产业集团共建服饰设计与直播电商实训中心", 86m, ["服饰", "现代商贸"], [88, 87, 90]),
        ("株洲九郎山职业技能培训学校", "53057024", "430211002002", "天元区栗雨街道九郎山物流园旁", "彭志刚", "15873326604", 1_240, 640, 3_450,
            [("九郎山物流园仓储有限公司", EmployerSize.Medium), ("天元区安达保安服务有限公司", EmployerSize.Medium), ("株洲天元精工汽车零部件有限公司", EmployerSize.Medium)],
            ["工业机器人操作与运维", "叉车司机"], "与天元精工共建工业机器人实训室", 72m, ["智能制造"], [80, 78, 83]),
        ("嵩山街道阳光职业培训学校", "53057025", "430211001001", "天元区嵩山街道康华社区商业街8号", "何丽", "13975306605", 980, 520, 3_100,
            [("康华家政服务有限公司", EmployerSize.Small), ("栗雨电子科技有限公司", EmployerSize.Large), ("九郎山物流园仓储有限公司", EmployerSize.Medium)],
            ["家政服务员", "养老护理员"], "与康华家政共建家政实训室", 84m, ["家政服务", "电子信息"], []),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var services = context.Service<IServiceProvider>();
        var clock = new DemoClock { Utc = new DateTime(Year, 2, 20, 2, 0, 0, DateTimeKind.Utc) };
        var calls = ActivatorUtilities.CreateInstance<TrainingBaseCallService>(services, clock);
        var bases = ActivatorUtilities.CreateInstance<BaseApplicationService>(services, clock);
        var review = ActivatorUtilities.CreateInstance<BaseReviewService>(services, clock, calls, bases);
        var call = await calls.CreateCallAsync(
            new CallInput(Year, DemoDistrict.Tianyuan, new DateOnly(Year, 3, 2), new DateOnly(Year, 4, 30), 3, 500_000, null), Actor.System("officer"), ct);
        var callId = call.Value?.Id ?? throw new InvalidOperationException($"Demo training-base call: {call.Errors}");

        var jobs = Actor.System("jobs");
        var ids = new List<(Guid Id, int[] Scores)>();
        var day = 0;
        foreach (var a in Applicants)
        {
            clock.Utc = new DateTime(Year, 4, 6 + day++, 2, 0, 0, DateTimeKind.Utc);
            var input = new ApplicationInput(
                callId, a.Name, CreditCode.Complete(a.Org[0] == '4' ? "12" : "52", "430211", a.Org), "湖南省株洲市" + a.Address, a.Region, a.Contact, a.Phone,
                a.Annual, a.Subsidised, a.Total, [.. a.Partners.Select(p => new PartnerInput(p.Item1, p.Item2))], a.Programmes, a.SharedBase is not null, a.SharedBase,
                a.Local, a.Industries, new Dictionary<string, string>
                {
                    [BaseCheck.PersonTimes] = $"{Year - 1}年度培训花名册及结业证书台账（{a.Annual}人次）",
                    [BaseCheck.Subsidised] = "人社部门补贴性培训审核拨付文件",
                    [BaseCheck.Partners] = "校企合作协议（三年期）",
                    [BaseCheck.LocalEmployment] = "毕业生就业去向统计表（社保参保记录核验）",
                });
            var submitted = await bases.SubmitAsync(input, jobs, ct);
            ids.Add((submitted.Value?.Id ?? throw new InvalidOperationException($"Demo application {a.Name}: {submitted.Errors}"), a.Scores));
        }

        clock.Utc = new DateTime(Year, 5, 18, 2, 0, 0, DateTimeKind.Utc);
        string[] experts = ["王建军", "陈立新", "李淑华"];
        string[] comments = ["校企合作紧密，实训条件好", "培训规模大，本地就业率高", "对接产业需求准确"];
        foreach (var (id, scores) in ids)
        {
            for (var i = 0; i < scores.Length; i++)
            {
                var scored = await review.ScoreAsync(id, new ScoreInput(experts[i], scores[i], comments[i]), jobs, ct);
                _ = scored.Value ?? throw new InvalidOperationException($"Demo score: {scored.Errors}");
            }
        }

        clock.Utc = new DateTime(Year, 5, 26, 2, 0, 0, DateTimeKind.Utc);
        foreach (var (id, _) in ids.Take(3))
        {
            clock.Utc = clock.Utc.AddMinutes(10);
            var accredited = await review.AccreditAsync(id, Actor.System("officer"), ct);
            _ = accredited.Value ?? throw new InvalidOperationException($"Demo accreditation: {accredited.Errors}");
        }
    }
}
