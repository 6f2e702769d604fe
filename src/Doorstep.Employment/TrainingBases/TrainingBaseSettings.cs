namespace Doorstep.Employment.TrainingBases;

/// <summary>
/// 高技能人才培训基地认定: the city's criteria for a high-skill training base and the yearly quota
/// (section Employment:TrainingBases). The defaults are Zhuzhou's, from the seed.
/// </summary>
public sealed class TrainingBaseSettings
{
    /// <summary>The pillar industries a call lists when it names none (本市支柱产业).</summary>
    public static readonly IReadOnlyList<string> DefaultPillarIndustries =
        ["轨道交通装备", "航空动力", "先进硅基材料", "先进陶瓷", "服饰", "新能源汽车", "电子信息", "智能制造"];

    /// <summary>年培训人次.</summary>
    public int MinAnnualPersonTimes { get; set; } = 1_000;

    /// <summary>Of the annual person-times, those paid by a government training subsidy (政府补贴性培训).</summary>
    public int MinSubsidisedPersonTimes { get; set; } = 500;

    /// <summary>累计培养技能人才.</summary>
    public int MinTotalTrained { get; set; } = 3_000;

    /// <summary>Stable partners that are large or medium enterprises (稳定合作的大中型企业).</summary>
    public int MinLargeOrMediumPartners { get; set; } = 3;

    /// <summary>Programmes designed together with partner enterprises (校企共同开发培训项目).</summary>
    public int MinCoDesignedProgrammes { get; set; } = 2;

    /// <summary>A training base shared with the partners (共建共享实训基地) is required.</summary>
    public bool RequireSharedBase { get; set; } = true;

    /// <summary>Graduates employed in the city, in percent; the rules say only "high".</summary>
    public decimal MinLocalEmploymentPercent { get; set; } = 70;

    /// <summary>The range a call's quota must lie in: 3–5 bases a year.</summary>
    public int MinQuota { get; set; } = 3;

    public int MaxQuota { get; set; } = 5;

    /// <summary>An application is ranked once this many experts have scored it.</summary>
    public int MinExpertScores { get; set; } = 3;

    /// <summary>Null or empty means <see cref="DefaultPillarIndustries"/>; an array, because the binder appends to a list's defaults.</summary>
    public string[]? PillarIndustries { get; set; }

    public IReadOnlyList<string> Pillars => PillarIndustries is { Length: > 0 } configured ? configured : DefaultPillarIndustries;
}
