using System.Security.Cryptography;
using System.Text;
using Doorstep.Safety.Venues;
using static Doorstep.Safety.Checklists.HazardSeverity;

namespace Doorstep.Safety.Checklists;

/// <summary>
/// The checklists a new district starts with (version 1 of each kind): the typical checklist of
/// domain-rules for every venue, and the checks the key venues' own standards add. Ids are
/// derived from the kind and position so the seed is the same on every installation.
/// </summary>
public static class ChecklistDefaults
{
    private const string Equipment = "《中华人民共和国消防法》第十六条第一款第（二）项";
    private const string Training = "《中华人民共和国消防法》第十六条第一款第（五）、（六）项";
    private const string Exits = "《中华人民共和国消防法》第二十八条";
    private const string Wiring = "《中华人民共和国消防法》第二十七条";

    private static readonly Item[] Common =
    [
        new("配置灭火器，压力指针在绿区、在有效期内", Equipment, "按标准配置灭火器并每月检查，失效的立即更换", General, false),
        new("室内消火栓箱内水带、水枪齐全，出水正常", Equipment, "补齐水带、水枪，确保消火栓完好有效", General, false),
        new("应急照明灯完好有效", Equipment, "修复或更换应急照明灯", General, false),
        new("安全出口、疏散指示标志完好有效", Equipment, "修复或增设疏散指示标志", General, false),
        new("安装独立式感烟火灾探测报警器，工作正常", Equipment, "按每间不少于1只安装独立式感烟火灾探测报警器", General, false),
        new("员工会报警、会使用消防器材、会组织疏散、会扑救初起火灾", Training, "组织员工消防培训和演练，做到“四会”", General, true),
        new("经营场所内无人员住宿（无“三合一”）", "《中华人民共和国消防法》第十九条第二款", "住宿与经营、储存场所彻底分隔或搬离", Major, false),
        new("安全出口、疏散通道未锁闭、未堵塞", Exits, "立即清理通道、打开安全出口，保持畅通", General, true),
        new("室内未停放、未充电电动自行车", Exits, "将电动自行车移出室内，到集中充电点充电", General, true),
        new("外窗未设置影响逃生和灭火救援的防盗网、广告牌", Exits, "拆除防盗网或设置可从内部开启的逃生窗", General, false),
        new("未采用易燃可燃夹芯彩钢板搭建或分隔", "《建筑设计防火规范》GB 50016-2014（2018年版）第3.2.17条", "拆除易燃可燃彩钢板，改用不燃材料", Major, false),
        new("无违规用火、用电、用气，无私拉乱接电线", Wiring, "拆除私拉电线，由持证电工规范敷设", General, true),
    ];

    private static readonly Dictionary<string, Item[]> Extra = new()
    {
        ["small-restaurant"] =
        [
            new("厨房排油烟罩、烟道定期清洗，无积油", "《饮食建筑设计标准》JGJ 64-2017 第4.3.11条", "委托专业单位清洗油烟道，保留清洗记录", General, false),
            new("燃气管道、阀门无泄漏，安装燃气泄漏报警和自动切断装置", "《城镇燃气设计规范》GB 50028-2006（2020年版）第10.8.3条", "安装可燃气体报警器和紧急切断阀", General, false),
        ],
        ["small-hotel"] =
        [
            new("客房配置逃生用口罩（过滤式消防自救呼吸器）和手电筒", "《旅馆业治安管理办法》及当地消防安全标准", "每间客房配置过滤式自救呼吸器和手电筒", General, false),
            new("客房门后张贴疏散示意图", Equipment, "在每间客房门后张贴疏散示意图", General, true),
        ],
        ["small-school"] =
        [
            new("儿童活动场所未设在地下或四层及以上", "《建筑设计防火规范》GB 50016-2014（2018年版）第5.4.4条", "将儿童活动用房调整到一至三层", Major, false),
        ],
        ["small-workshop"] =
        [
            new("生产车间、仓库与员工宿舍不在同一建筑内", "《中华人民共和国消防法》第十九条第一款", "宿舍搬离生产、储存建筑", Major, false),
        ],
        ["petrol-station"] =
        [
            new("卸油、加油区静电接地和防雷设施完好，检测在有效期内", "《汽车加油加气加氢站技术标准》GB 50156-2021 第11.1节", "修复静电接地装置，委托检测并保留报告", Major, false),
            new("站内无吸烟、无明火，加油区严禁使用手机的标志齐全", "《中华人民共和国消防法》第二十一条", "设置警示标志，制止站内吸烟和使用明火", General, true),
        ],
        ["lpg-dealer"] =
        [
            new("钢瓶存放间通风良好，安装可燃气体报警装置", "《城镇燃气设计规范》GB 50028-2006（2020年版）第8.6节", "改善通风，安装可燃气体报警装置", Major, false),
            new("未存放超量、过期、未检验钢瓶", "《城镇燃气管理条例》第二十条", "清退超量、过期钢瓶，送检验机构检验", General, false),
        ],
        ["fireworks-seller"] =
        [
            new("专店专营，店铺不与居住场所设在同一建筑内", "《烟花爆竹安全管理条例》第十八条", "停止在居住建筑内经营烟花爆竹", Major, false),
            new("库存不超过许可限量，店内无试放、燃放", "《烟花爆竹经营许可实施办法》第十七条", "超量部分退回批发企业，禁止店内燃放", General, true),
        ],
    };

    public static readonly IReadOnlyList<Checklist> Checklists =
        [.. VenueKinds.Defaults.Select(k => new Checklist { Id = IdOf(k.Code, 0), Kind = k.Code, Version = 1, PublishedAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), PublishedBy = "system" })];

    public static readonly IReadOnlyList<ChecklistItem> Items =
    [
        .. VenueKinds.Defaults.SelectMany(k => Common.Concat(Extra.GetValueOrDefault(k.Code) ?? []).Select((item, i) => new ChecklistItem
        {
            Id = IdOf(k.Code, i + 1),
            ChecklistId = IdOf(k.Code, 0),
            Position = i + 1,
            Text = item.Text,
            Provision = item.Provision,
            Requirement = item.Requirement,
            Severity = item.Severity,
            FixableOnSpot = item.FixableOnSpot,
        })),
    ];

    private static Guid IdOf(string kind, int position) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"doorstep.safety.checklist:{kind}:{position}")).AsSpan(0, 16));

    private sealed record Item(string Text, string Provision, string Requirement, HazardSeverity Severity, bool FixableOnSpot);
}
