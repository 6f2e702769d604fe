using System.Diagnostics.CodeAnalysis;

namespace Doorstep.Kernel;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): registration authority, entity type, 6-digit division code,
/// 9-character organisation code (GB 11714, with its own check) and a MOD 31 check character.
/// Both checks are verified because a code whose embedded organisation code is wrong was not
/// issued, even if the outer check happens to match.
/// </summary>
public sealed record CreditCode
{
    /// <summary>No I, O, S, V, Z: they are too easily confused with 1, 0, 5, U, 2.</summary>
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private CreditCode(string value) => Value = value;

    /// <summary>The canonical upper-case 18-character form; this is what gets stored.</summary>
    public string Value { get; }

    /// <summary>登记管理部门代码, e.g. 9 for market regulation (工商).</summary>
    public char RegistrationAuthority => Value[0];

    /// <summary>机构类别代码, e.g. 1 for an enterprise under authority 9.</summary>
    public char EntityType => Value[1];

    /// <summary>登记管理机关行政区划码 (GB/T 2260).</summary>
    public string DivisionCode => Value.Substring(2, 6);

    /// <summary>组织机构代码 (GB 11714), 9 characters including its check character.</summary>
    public string OrganizationCode => Value.Substring(8, 9);

    /// <summary>charset[(31 − Σ vᵢ·Wᵢ mod 31) mod 31] over the first 17 characters.</summary>
    public static char ComputeCheck(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("需要17个字符", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var index = Charset.IndexOf(first17[i], StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"第{i + 1}位不是统一社会信用代码字符", nameof(first17));
            }

            sum += index * Weights[i];
        }

        return Charset[(31 - (sum % 31)) % 31];
    }

    /// <summary>GB 11714: C = 11 − (Σ vᵢ·Wᵢ mod 11) with letters A=10…Z=35; 10 → X, 11 → 0.</summary>
    public static char ComputeOrganizationCheck(ReadOnlySpan<char> first8)
    {
        if (first8.Length != 8)
        {
            throw new ArgumentException("需要8个字符", nameof(first8));
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            var value = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => throw new ArgumentException($"第{i + 1}位不是数字或大写字母", nameof(first8)),
            };
            sum += value * OrganizationWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var check => (char)('0' + check),
        };
    }

    /// <summary>
    /// Builds a valid code for demo data and tests from the 2-character authority and type,
    /// the 6-digit division code and the 8-character organisation body, filling in both checks.
    /// </summary>
    public static string Complete(string registrationAuthorityAndType2, string division6, string orgCode8)
    {
        RequireCharset(registrationAuthorityAndType2, 2, nameof(registrationAuthorityAndType2));
        RequireCharset(division6, 6, nameof(division6));
        RequireCharset(orgCode8, 8, nameof(orgCode8));
        var first17 = string.Concat(registrationAuthorityAndType2, division6, orgCode8) + ComputeOrganizationCheck(orgCode8);
        return first17 + ComputeCheck(first17);
    }

    /// <summary>Accepts surrounding spaces and lower-case letters, which people type from paper licences.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CreditCode? value, out string error)
    {
        value = null;
        var candidate = text?.Trim().ToUpperInvariant();
        error = Validate(candidate);
        if (error.Length > 0)
        {
            return false;
        }

        value = new CreditCode(candidate!);
        return true;
    }

    public static CreditCode Parse(string text) =>
        TryParse(text, out var value, out var error) ? value : throw new FormatException(error);

    public override string ToString() => Value;

    private static string Validate(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "统一社会信用代码不能为空";
        }

        if (text.Length != 18)
        {
            return $"统一社会信用代码应为18位，实际为{text.Length}位";
        }

        for (var i = 0; i < 18; i++)
        {
            if (!Charset.Contains(text[i], StringComparison.Ordinal))
            {
                return $"统一社会信用代码第{i + 1}位“{text[i]}”不是有效字符（只用数字和除I、O、S、V、Z外的大写字母）";
            }
        }

        var organizationCheck = ComputeOrganizationCheck(text.AsSpan(8, 8));
        if (text[16] != organizationCheck)
        {
            return $"统一社会信用代码中的组织机构代码（第9至17位）校验位应为“{organizationCheck}”，实际为“{text[16]}”";
        }

        var check = ComputeCheck(text.AsSpan(0, 17));
        return text[17] == check ? string.Empty : $"统一社会信用代码校验位应为“{check}”，实际为“{text[17]}”";
    }

    private static void RequireCharset(string part, int length, string parameterName)
    {
        if (part is null || part.Length != length || !part.All(c => Charset.Contains(c, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"应为{length}个统一社会信用代码字符", parameterName);
        }
    }
}
