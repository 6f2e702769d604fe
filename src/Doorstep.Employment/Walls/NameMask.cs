namespace Doorstep.Employment.Walls;

/// <summary>
/// A seeker's name as a wall shows it: the surname and a star for each other character, 王建国 as
/// 王**. Two-character surnames (欧阳, 司马 …) keep both characters, so 欧阳娜娜 reads 欧阳**.
/// </summary>
public static class NameMask
{
    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "西门", "南宫", "独孤", "申屠",
    ];

    public static string Mask(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            return "*";
        }

        var surname = trimmed.Length > 2 && CompoundSurnames.Any(s => trimmed.StartsWith(s, StringComparison.Ordinal)) ? 2 : 1;
        return string.Concat(trimmed.AsSpan(0, surname), new string('*', Math.Max(1, trimmed.Length - surname)));
    }
}
