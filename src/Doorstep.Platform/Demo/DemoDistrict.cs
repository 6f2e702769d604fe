using Doorstep.Kernel;

namespace Doorstep.Platform.Demo;

/// <summary>
/// The demo district, modelled on the places in the Zhuzhou Daily page: Tianyuan district
/// (嵩山街道 with 康华社区, 雷打石镇 with 霞石村, ...) and Lusong district (白关镇).
/// </summary>
public static class DemoDistrict
{
    public const string Hunan = "430000000000";
    public const string Zhuzhou = "430200000000";
    public const string Tianyuan = "430211000000";
    public const string Lusong = "430203000000";
    public const string Songshan = "430211001000";
    public const string Kanghua = "430211001001";
    public const string Leidashi = "430211101000";
    public const string Xiashi = "430211101201";
    public const string Baiguan = "430203101000";
    public const string BaiguanVillage = "430203101201";

    /// <summary>Units that handle work items in the demo district.</summary>
    public const string XiashiCommittee = "株洲市天元区雷打石镇霞石村村民委员会";
    public const string FireBrigade = "株洲市天元区消防救援大队";
    public const string LeidashiGovernment = "株洲市天元区雷打石镇人民政府";

    /// <summary>Code, name, centre (longitude, latitude).</summary>
    public static readonly IReadOnlyList<(string Code, string Name, double Lon, double Lat)> Regions =
    [
        (Hunan, "湖南省", 112.98, 28.11),
        (Zhuzhou, "株洲市", 113.13, 27.83),
        (Tianyuan, "天元区", 113.08, 27.83),
        (Songshan, "嵩山街道", 113.095, 27.835),
        (Kanghua, "康华社区", 113.098, 27.838),
        ("430211001002", "天台社区", 113.090, 27.832),
        ("430211001003", "嵩山社区", 113.101, 27.829),
        ("430211002000", "泰山街道", 113.110, 27.850),
        ("430211002001", "湘水社区", 113.112, 27.853),
        ("430211002002", "栗雨社区", 113.104, 27.846),
        (Leidashi, "雷打石镇", 113.02, 27.74),
        (Xiashi, "霞石村", 113.015, 27.745),
        ("430211101202", "雷打石村", 113.025, 27.738),
        ("430211101203", "双石村", 113.031, 27.731),
        ("430211102000", "群丰镇", 113.05, 27.78),
        ("430211102201", "群丰村", 113.052, 27.782),
        ("430211102202", "杨家桥村", 113.061, 27.776),
        ("430211103000", "三门镇", 112.98, 27.70),
        ("430211103201", "三门村", 112.982, 27.703),
        (Lusong, "芦淞区", 113.155, 27.785),
        ("430203001000", "建宁街道", 113.150, 27.810),
        ("430203001001", "建宁社区", 113.152, 27.812),
        (Baiguan, "白关镇", 113.21, 27.74),
        (BaiguanVillage, "白关村", 113.212, 27.742),
        ("430203101202", "丫江桥村", 113.225, 27.733),
        ("430203101203", "长塘村", 113.203, 27.751),
    ];

    public static readonly string[] GridNames = ["第一网格", "第二网格", "第三网格"];

    /// <summary>Where the demo residents were born: Zhuzhou's counties and a few from elsewhere in Hunan.</summary>
    public static readonly string[] BirthPlaces = ["430211", "430211", "430211", "430203", "430203", "430202", "430204", "430221", "430223", "430281", "430102", "430521", "431002"];

    public static readonly string Surnames =
        "李王张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";

    public static readonly string GivenMale = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳志建国兵文亮晓东海峰云";

    public static readonly string GivenFemale = "芳娜敏静丽艳娟霞秀英华慧巧美兰婷雪琴云莲真环红玉萍燕玲桂珍凤洁梅琳素莉容颖倩";

    public static readonly string[] Estates = ["康华小区", "天台山庄", "嵩山花园", "湘水湾", "栗雨新城", "泰山苑", "建宁公寓", "白关新村"];

    public static RegionCode Code(string code) => RegionCode.Parse(code);
}
