namespace Doorstep.Platform.Data;

/// <summary>
/// The regions the current actor may see. A request fills it from the signed-in user; the
/// CLI and background jobs act for the whole system.
/// </summary>
public interface IDataScope
{
    /// <summary>True for the system itself (CLI, migrations, jobs); never for a signed-in user.</summary>
    bool All { get; }

    /// <summary>Region-code prefixes; a row is visible when its code starts with one of them.</summary>
    IReadOnlyList<string> Prefixes { get; }
}

/// <summary>The scope of the system itself: everything.</summary>
public sealed class SystemScope : IDataScope
{
    public static readonly SystemScope Instance = new();

    public bool All => true;

    public IReadOnlyList<string> Prefixes => [];
}

/// <summary>A fixed list of region prefixes, for a user or a test.</summary>
public sealed class RegionScope(IReadOnlyList<string> prefixes) : IDataScope
{
    public bool All => false;

    public IReadOnlyList<string> Prefixes { get; } = prefixes;
}

/// <summary>Marks the property that holds a row's region when it is not called RegionCode.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RegionScopeKeyAttribute(string property) : Attribute
{
    public string Property { get; } = property;
}
