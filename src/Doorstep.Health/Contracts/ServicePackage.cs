namespace Doorstep.Health.Contracts;

/// <summary>
/// 服务包: what a contract promises. The basic package is the free national one; personalised
/// packages add services for a group (the elderly, a chronic patient, rehabilitation), some at a
/// fee. The catalogue is the district's to change; a contract keeps the codes it was signed with.
/// </summary>
public sealed class ServicePackage
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public PackageKind Kind { get; set; }

    /// <summary>One service per line as 名称*次数 (times a year), e.g. 血压测量*4.</summary>
    public required string Services { get; set; }

    /// <summary>Yuan a year the resident pays; 0 for free packages.</summary>
    public decimal Fee { get; set; }

    /// <summary>Key-population codes the package is meant for, comma-separated; empty for everyone.</summary>
    public string? Targets { get; set; }

    public bool Active { get; set; } = true;

    public int Position { get; set; }

    // Parsed once per text: the indicators ask every contract's packages for their services.
    private string? parsedFrom;
    private IReadOnlyList<PackageService> parsed = [];

    public IReadOnlyList<PackageService> ServiceList()
    {
        if (!ReferenceEquals(parsedFrom, Services))
        {
            parsed = PackageService.Parse(Services);
            parsedFrom = Services;
        }

        return parsed;
    }
}

public enum PackageKind
{
    Basic = 1,
    Personalised = 2,
}

/// <summary>One service of a package and how often a year it is due.</summary>
public sealed record PackageService(string Name, int TimesPerYear)
{
    public static IReadOnlyList<PackageService> Parse(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('*', 2, StringSplitOptions.TrimEntries))
            .Select(p => new PackageService(p[0], p.Length > 1 && int.TryParse(p[1], out var n) ? n : 1))
            .ToList();

    public override string ToString() => TimesPerYear == 1 ? Name : $"{Name}*{TimesPerYear}";
}
