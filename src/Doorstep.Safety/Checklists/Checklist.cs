namespace Doorstep.Safety.Checklists;

/// <summary>
/// 检查表: one version of the items an inspector walks for a kind of venue. A change publishes a
/// new version and leaves the old one alone, so an inspection keeps the checklist it used.
/// </summary>
public sealed class Checklist
{
    public Guid Id { get; set; }

    public required string Kind { get; set; }

    public int Version { get; set; }

    public DateTime PublishedAt { get; set; }

    public required string PublishedBy { get; set; }

    public List<ChecklistItem> Items { get; set; } = [];
}

/// <summary>One check with the standard's wording, the provision it enforces and what the owner must do when it fails.</summary>
public sealed class ChecklistItem
{
    public Guid Id { get; set; }

    public Guid ChecklistId { get; set; }

    public int Position { get; set; }

    /// <summary>What the inspector looks at, in the standard's words.</summary>
    public required string Text { get; set; }

    /// <summary>The provision violated when it fails (违反条款), printed on the rectification notice.</summary>
    public required string Provision { get; set; }

    /// <summary>The requirement the notice sets (整改要求).</summary>
    public required string Requirement { get; set; }

    public HazardSeverity Severity { get; set; }

    /// <summary>Whether a failure can be put right while the inspectors wait (当场改正).</summary>
    public bool FixableOnSpot { get; set; }
}

public enum HazardSeverity
{
    /// <summary>一般隐患.</summary>
    General = 1,

    /// <summary>重大隐患 (GB 35181): needs a recorded review.</summary>
    Major = 2,
}
