namespace Doorstep.Care.ModelWorkers;

/// <summary>A kind of honour or of care activity: code and the name shown and printed.</summary>
public sealed record CareKind(string Code, string Name);

/// <summary>
/// The honour kinds and care-activity kinds, from Care:ModelWorkers:HonourKinds and
/// Care:ModelWorkers:ActivityKinds when set there (lists of Code and Name), else the defaults:
/// national, provincial, city and district honours, and the four kinds of care of the issue.
/// </summary>
public sealed class ModelWorkerSettings
{
    public static readonly IReadOnlyList<CareKind> DefaultHonourKinds =
    [
        new("national-may-day-medal", "全国五一劳动奖章"),
        new("national-model-worker", "全国劳动模范"),
        new("national-craftsman", "大国工匠"),
        new("provincial-model-worker", "省劳动模范"),
        new("provincial-may-day-medal", "省五一劳动奖章"),
        new("provincial-craftsman", "湖湘工匠"),
        new("city-model-worker", "市劳动模范"),
        new("city-craftsman", "市工匠"),
        new("city-may-day-medal", "市五一劳动奖章"),
        new("district-model-worker", "区级劳动模范"),
    ];

    public static readonly IReadOnlyList<CareKind> DefaultActivityKinds =
    [
        new("health-check", "免费体检"),
        new("recuperation", "疗休养"),
        new("hardship-aid", "困难帮扶"),
        new("gathering", "座谈联谊"),
    ];

    public List<CareKind>? HonourKinds { get; set; }

    public List<CareKind>? ActivityKinds { get; set; }

    /// <summary>The earliest honour or competition year accepted (the first national model workers were named in 1950).</summary>
    public int FirstYear { get; set; } = 1950;

    public IReadOnlyList<CareKind> Honours => HonourKinds is { Count: > 0 } set ? set : DefaultHonourKinds;

    public IReadOnlyList<CareKind> Activities => ActivityKinds is { Count: > 0 } set ? set : DefaultActivityKinds;

    public string HonourName(string code) => Honours.FirstOrDefault(k => k.Code == code)?.Name ?? code;

    public string ActivityName(string code) => Activities.FirstOrDefault(k => k.Code == code)?.Name ?? code;
}
