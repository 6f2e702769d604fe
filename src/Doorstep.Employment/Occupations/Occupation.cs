namespace Doorstep.Employment.Occupations;

/// <summary>
/// 职业: one entry of the national occupational classification (职业分类大典, 2022), from a major
/// group (大类, code <c>4</c>) through medium (中类, <c>4-07</c>) and minor groups (小类,
/// <c>4-07-05</c>) down to an occupation (职业, <c>4-07-05-01</c>). The catalogue is national data,
/// the same for every region, so it carries no region code.
/// </summary>
public sealed class Occupation
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The major group 1–8, the code's first digit.</summary>
    public int MajorGroup { get; set; }

    /// <summary>The code of the group above; null for a major group.</summary>
    public string? ParentCode { get; set; }
}
