using Doorstep.Kernel;
using Doorstep.Platform.People;

namespace Doorstep.Care.Disability;

/// <summary>
/// 第二代残疾人证号: the holder's 18-character citizen ID number, then the category digit (1–7)
/// and the grade digit (1–4). Every way a number can be wrong has its own reason, so the officer
/// at the counter knows which digit to look at.
/// </summary>
public static class CertificateNumber
{
    public const int Length = 20;

    /// <summary>Trimmed, with a lower-case x of the ID number raised, as it is sealed and hashed.</summary>
    public static string Normalise(string? text) => (text ?? "").Trim().ToUpperInvariant();

    /// <summary>
    /// Why <paramref name="text"/> cannot be the certificate of the holder with the given ID
    /// number, category and grade; null when it can. <paramref name="holderIdNumber"/> null skips
    /// the holder check (the holder is not known yet), and so do a null category or grade.
    /// </summary>
    public static string? Problem(string? text, string? holderIdNumber, DisabilityCategory? category, int? grade, DateOnly today)
    {
        var number = Normalise(text);
        if (number.Length == 0)
        {
            return "请填写残疾人证号";
        }

        if (number.Length != Length)
        {
            return $"残疾人证号应为20位（18位身份证号码+1位残疾类别+1位残疾等级），实际为{number.Length}位";
        }

        var id = number[..18];
        if (!CitizenId.TryParse(id, today, out _, out var idError))
        {
            return $"残疾人证号前18位不是有效的身份证号码：{idError}";
        }

        if (holderIdNumber is not null && !string.Equals(id, holderIdNumber.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return "残疾人证号前18位与持证人的身份证号码不一致";
        }

        var categoryDigit = number[18];
        if (categoryDigit is < '1' or > '7')
        {
            return $"残疾人证号第19位是残疾类别，应为1～7，实际为“{categoryDigit}”";
        }

        var gradeDigit = number[19];
        if (gradeDigit is < '1' or > '4')
        {
            return $"残疾人证号第20位是残疾等级，应为1～4，实际为“{gradeDigit}”";
        }

        if (category is { } c && categoryDigit - '0' != (int)c)
        {
            var written = (DisabilityCategory)(categoryDigit - '0');
            return $"残疾人证号第19位为{categoryDigit}（{DisabilityTerms.CategoryName(written)}），与所填残疾类别“{DisabilityTerms.CategoryName(c)}”不一致";
        }

        if (grade is { } g && gradeDigit - '0' != g)
        {
            return $"残疾人证号第20位为{gradeDigit}（{DisabilityTerms.GradeName(gradeDigit - '0')}），与所填残疾等级“{DisabilityTerms.GradeName(g)}”不一致";
        }

        return null;
    }

    /// <summary>The number as screens and exports show it: first 4 and last 4, like an ID number.</summary>
    public static string Mask(string number) =>
        number.Length <= 8 ? new string('*', number.Length) : string.Concat(number.AsSpan(0, 4), new string('*', number.Length - 8), number.AsSpan(number.Length - 4));

    /// <summary>The category a well-formed number carries.</summary>
    public static DisabilityCategory CategoryOf(string number) => (DisabilityCategory)(Normalise(number)[18] - '0');

    /// <summary>The grade a well-formed number carries.</summary>
    public static int GradeOf(string number) => Normalise(number)[19] - '0';
}
