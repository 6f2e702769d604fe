using System.Text;
using System.Text.RegularExpressions;

namespace Doorstep.Employment.Vacancies;

/// <summary>One requirement the check found: its kind and the words that said it.</summary>
public sealed record DiscriminationFinding(string Flag, string Phrase);

/// <summary>
/// 就业歧视筛查: the Employment Promotion Law forbids requirements on sex, ethnicity, origin,
/// religion, marriage or childbearing, and hepatitis-B status. The check reads the title,
/// requirements and skills as a specialist or employer wrote them and returns each requirement
/// with its words. Phrases that say the opposite (男女不限, 不限户籍, 乙肝疫苗接种 …) are taken
/// out first, so they can neither be flagged nor glue a flagged phrase together.
/// </summary>
public static partial class DiscriminationCheck
{
    public const string Sex = "sex";
    public const string Ethnicity = "ethnicity";
    public const string Origin = "origin";
    public const string Religion = "religion";
    public const string Marriage = "marriage";
    public const string HepatitisB = "hepatitis-b";

    public static readonly IReadOnlyList<string> Flags = [Sex, Ethnicity, Origin, Religion, Marriage, HepatitisB];

    /// <summary>The flag's name as a reviewer reads it.</summary>
    public static string Label(string flag) => flag switch
    {
        Sex => "性别",
        Ethnicity => "民族",
        Origin => "地域户籍",
        Religion => "宗教信仰",
        Marriage => "婚育",
        HepatitisB => "乙肝",
        _ => flag,
    };

    private static readonly string[] Neutral =
    [
        "男女不限", "男女均可", "男女皆可", "男女都可", "男女不论", "不限男女", "性别不限", "不限性别", "性别要求不限", "性别无要求", "无性别要求",
        "民族不限", "不限民族", "户籍不限", "不限户籍", "户口不限", "不限户口", "地域不限", "不限地域", "籍贯不限", "不限籍贯",
        "宗教信仰不限", "不限宗教信仰", "尊重宗教信仰", "婚否不限", "不限婚否", "婚育不限", "不限婚育", "婚姻状况不限", "不限婚姻状况",
        "单身公寓", "单身宿舍", "生育保险", "生育津贴", "乙肝疫苗", "乙型肝炎疫苗", "不查乙肝", "不检查乙肝", "不检测乙肝", "不查两对半",
        "接受乙肝", "乙肝携带者可", "乙肝不限", "HBSAG不限", "对性别无要求", "无户籍要求", "对户籍无要求", "无宗教信仰要求", "对宗教信仰无要求",
        "无婚育要求", "对婚育无要求", "已婚未婚均可", "已婚未婚不限",
    ];

    private static readonly (string Flag, Regex Pattern)[] Rules =
    [
        (Sex, SexRule()),
        (Ethnicity, EthnicityRule()),
        (Origin, OriginRule()),
        (Religion, ReligionRule()),
        (Marriage, MarriageRule()),
        (HepatitisB, HepatitisBRule()),
    ];

    /// <summary>Every finding in the texts, each kind and phrase once, in the order of <see cref="Flags"/>.</summary>
    public static IReadOnlyList<DiscriminationFinding> Scan(params IEnumerable<string?> texts)
    {
        var text = Normalise(string.Join("｜", texts.Where(t => !string.IsNullOrWhiteSpace(t))));
        foreach (var phrase in Neutral)
        {
            text = text.Replace(phrase, "｜", StringComparison.Ordinal);
        }

        var findings = new List<DiscriminationFinding>();
        foreach (var (flag, pattern) in Rules)
        {
            foreach (Match match in pattern.Matches(text))
            {
                var finding = new DiscriminationFinding(flag, match.Value);
                if (!findings.Contains(finding))
                {
                    findings.Add(finding);
                }
            }
        }

        return findings;
    }

    /// <summary>Full-width letters, digits and colons as ASCII, letters upper-case, no spaces: 性别 ： 男 reads as 性别:男.</summary>
    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    // 限男, 只招女工, 要求男性, 男士优先, 性别:女, 适合女性 — but 要求女装销售经验 asks for experience, not a sex.
    [GeneratedRegex("(?:限|仅限|只限|只招|仅招|只要|限招|只收)(?:男|女)(?:性|士|生|工)?(?![男女])|(?:要求|需要|需|须|招聘|招)(?:男|女)(?:性|士|生|工)(?![男女])|(?:男|女)(?:性|士|生|工)?优先|性别(?:要求)?:?(?:男|女)(?![男女])|(?:更)?适合(?:男|女)(?:性|士|生)")]
    private static partial Regex SexRule();

    // 少数民族优先 is the care the law asks for, not a bar.
    [GeneratedRegex("(?:限|仅限|只限|只招|只要|要求|需|须)汉族(?:人)?|汉族(?:人)?优先|民族(?:要求)?:?汉族?(?![语字])|(?:不招|不要|谢绝|拒绝)(?:少数民族|维吾尔族|维族|藏族|回族|彝族|苗族)|(?:少数民族|维吾尔族|维族|藏族|回族)(?:人)?(?:勿扰|免谈)")]
    private static partial Regex EthnicityRule();

    // 外地勿扰 bars people by where they come from; 中介勿扰 only turns agencies away.
    [GeneratedRegex("(?:限|仅限|只限|只招|只要)(?:本地|本市|本区|本县|本省|当地|城镇)(?:户口|户籍|人|居民)?|(?:要求|需|须)(?:本地|本市|本区|本县|本省|当地|城镇)(?:户口|户籍|人|居民)|(?:本地|本市|本区|本县|本省|当地|城镇)(?:户口|户籍|人)优先|(?:外地|外省|外市|外县|农村|东北|河南|河北|山东|山西|湖北|江西|安徽|广西|四川|贵州|云南|甘肃|新疆|西藏|黑龙江|吉林|辽宁|内蒙古?)(?:人|籍|户口|户籍)?(?:勿扰|免谈)|(?:外地|外省|外市|外县|农村|东北|河南|河北|山东|山西|湖北|江西|安徽|广西|四川|贵州|云南|甘肃|新疆|西藏|黑龙江|吉林|辽宁|内蒙古?)(?:人|籍|户口|户籍)(?:不要|不招|谢绝)|(?:不招|不要|谢绝|拒绝)(?:外地|外省|外市|外县|农村|东北|河南|河北|山东|山西|湖北|江西|安徽|广西|四川|贵州|云南|甘肃|新疆|西藏|黑龙江|吉林|辽宁|内蒙古?)(?:人|籍|户口|户籍)")]
    private static partial Regex OriginRule();

    // 清真 names a kitchen, not a faith asked of the cook.
    [GeneratedRegex("(?:限|仅限|只限|只招|只要|要求|需|须)(?:信仰)?(?:佛教|基督教|伊斯兰教|天主教|道教|穆斯林|基督徒|佛教徒|信教)|(?:不招|不要|谢绝|拒绝)(?:信教|有宗教信仰|穆斯林|基督徒|佛教徒|教徒)|(?:无宗教信仰|不信教|不信仰宗教)|宗教信仰:?无|信教(?:者|人员)?(?:勿扰|免谈)")]
    private static partial Regex ReligionRule();

    [GeneratedRegex("已婚已育|已婚未育|未婚未育|已婚|未婚|已育|未育|离异(?:勿扰|免谈)?|单身|无生育(?:计划|打算)|(?:近|\\d|[一二三四五]).{0,2}年内?(?:不|无)(?:生育|要孩子|怀孕)|不(?:打算|准备)(?:生育|生孩子|要孩子)|孕妇(?:勿扰|免谈)|怀孕(?:勿扰|免谈)")]
    private static partial Regex MarriageRule();

    [GeneratedRegex("(?:无|不招|拒绝|谢绝)?(?:乙肝|乙型肝炎)(?:病毒)?(?:携带者?|阳性|表面抗原阳性)?(?:者)?(?:勿扰|免谈|不要|不招)?|HBSAG(?:阴性|阳性)?|两对半|大三阳|小三阳")]
    private static partial Regex HepatitisBRule();
}
