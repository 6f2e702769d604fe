using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Doorstep.Kernel;

/// <summary>
/// 手机号码: a mainland-China mobile number, 11 digits starting 1[3-9]. Stored without the
/// country code, since every number on the platform is Chinese and SMS gateways expect 11 digits.
/// </summary>
public sealed record Phone
{
    private const int Length = 11;

    private Phone(string value) => Value = value;

    /// <summary>The bare 11 digits; this is what gets stored.</summary>
    public string Value { get; }

    /// <summary>3 + **** + 4, as required on screens and exports without the reveal permission.</summary>
    public string Masked => string.Concat(Value.AsSpan(0, 3), "****", Value.AsSpan(7));

    /// <summary>Accepts the ways people write numbers: "138 1234 5678", "138-1234-5678", "+86 13812345678", "8613812345678".</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Phone? value, out string error)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "手机号码不能为空";
            return false;
        }

        var digits = StripCountryCode(RemoveSeparators(text));
        error = Validate(digits);
        if (error.Length > 0)
        {
            return false;
        }

        value = new Phone(digits);
        return true;
    }

    public static Phone Parse(string text) =>
        TryParse(text, out var value, out var error) ? value : throw new FormatException(error);

    public override string ToString() => Value;

    /// <summary>A number a service is reached on: a mobile, or a landline with its area code (0731-22334455).</summary>
    public static bool IsMobileOrLandline(string text) =>
        TryParse(text, out _, out _) || System.Text.RegularExpressions.Regex.IsMatch(text, @"^0\d{2,3}-?\d{7,8}$");

    private static string RemoveSeparators(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '-')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // "86" alone is only a country code when it leaves exactly 11 digits, so a bare number that
    // happens to start with 86 is never cut short.
    private static string StripCountryCode(string text) =>
        text.StartsWith("+86", StringComparison.Ordinal) ? text[3..]
        : text.Length == Length + 2 && text.StartsWith("86", StringComparison.Ordinal) ? text[2..]
        : text;

    private static string Validate(string digits)
    {
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return c == '+' ? "仅支持中国大陆手机号码（+86）" : $"手机号码含有无效字符“{c}”";
            }
        }

        if (digits.Length != Length)
        {
            return $"手机号码应为11位，实际为{digits.Length}位";
        }

        return digits[0] == '1' && digits[1] is >= '3' and <= '9'
            ? string.Empty
            : $"手机号码应以13至19开头，实际以“{digits[..2]}”开头";
    }
}
