using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Doorstep.Kernel;

/// <summary>
/// 居民身份证号码 (GB 11643-1999): 6-digit address code, birth date YYYYMMDD, 3-digit sequence
/// (odd = male) and an ISO 7064 MOD 11-2 check character. Only valid numbers can exist as values,
/// so code holding a <see cref="CitizenId"/> never re-validates.
/// </summary>
public sealed record CitizenId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private CitizenId(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The canonical 18-character form with an upper-case X; this is what gets stored.</summary>
    public string Value { get; }

    public DateOnly BirthDate { get; }

    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>The GB/T 2260 address code of the place of first registration, not of residence.</summary>
    public string RegionPrefix => Value[..6];

    /// <summary>First 4 and last 4 shown, as required on screens and exports without the reveal permission.</summary>
    public string Masked => string.Concat(Value.AsSpan(0, 4), "**********", Value.AsSpan(14));

    /// <summary>周岁: whole years completed; someone born on 29 February turns a year older on 1 March in common years.</summary>
    public int AgeOn(DateOnly date)
    {
        if (date < BirthDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "日期早于出生日期");
        }

        var age = date.Year - BirthDate.Year;
        var birthdayNotReached = date.Month < BirthDate.Month || (date.Month == BirthDate.Month && date.Day < BirthDate.Day);
        return birthdayNotReached ? age - 1 : age;
    }

    /// <summary>The check character for 17 digits: "10X98765432"[Σ aᵢ·Wᵢ mod 11].</summary>
    public static char ComputeCheck(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("需要17位数字", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var digit = first17[i] - '0';
            if (digit is < 0 or > 9)
            {
                throw new ArgumentException($"第{i + 1}位不是数字", nameof(first17));
            }

            sum += digit * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>Builds a valid number, for demo data and tests; real numbers come only from residents.</summary>
    public static string Create(string sixDigitAddress, DateOnly birth, int sequence)
    {
        if (sixDigitAddress is not { Length: 6 } || !sixDigitAddress.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("地址码应为6位数字", nameof(sixDigitAddress));
        }

        if (!ProvinceCodes.IsValid(sixDigitAddress))
        {
            throw new ArgumentException("地址码前两位不是有效的省级行政区划代码", nameof(sixDigitAddress));
        }

        if (birth.Year < 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(birth), birth, "出生年份应为4位");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999);

        var first17 = string.Concat(
            sixDigitAddress,
            birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            sequence.ToString("D3", CultureInfo.InvariantCulture));
        return first17 + ComputeCheck(first17);
    }

    /// <summary>Validates against today's date in China (UTC+8), which decides whether a birth date is in the future.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CitizenId? value, out string error) =>
        TryParse(text, ChinaToday(), out value, out error);

    /// <summary>Accepts 18 characters (lower-case x normalised) or a legacy 15-digit number, which is upgraded to 18.</summary>
    public static bool TryParse(string? text, DateOnly today, [NotNullWhen(true)] out CitizenId? value, out string error)
    {
        value = null;
        error = Validate(text?.Trim(), today, out var canonical, out var birthDate);
        if (error.Length > 0)
        {
            return false;
        }

        value = new CitizenId(canonical, birthDate);
        return true;
    }

    public static CitizenId Parse(string text) => Parse(text, ChinaToday());

    public static CitizenId Parse(string text, DateOnly today) =>
        TryParse(text, today, out var value, out var error) ? value : throw new FormatException(error);

    public override string ToString() => Value;

    private static string Validate(string? text, DateOnly today, out string canonical, out DateOnly birthDate)
    {
        canonical = string.Empty;
        birthDate = default;
        if (string.IsNullOrEmpty(text))
        {
            return "身份证号码不能为空";
        }

        if (text.Length is not (18 or 15))
        {
            return $"身份证号码应为18位（或15位旧号码），实际为{text.Length}位";
        }

        var characterError = text.Length == 15 ? FindLegacyCharacterError(text) : FindCharacterError(text);
        if (characterError.Length > 0)
        {
            return characterError;
        }

        // A 15-digit number predates 2000 and has no check character, so its upgraded form is
        // correct by construction; only an 18-digit input can carry a wrong check character.
        canonical = text.Length == 15 ? UpgradeLegacy(text) : text.ToUpperInvariant();

        if (!ProvinceCodes.IsValid(canonical.AsSpan(0, 2)))
        {
            return $"身份证号码前两位“{canonical[..2]}”不是有效的省级行政区划代码";
        }

        var birthText = canonical.AsSpan(6, 8);
        if (!DateOnly.TryParseExact(birthText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate))
        {
            return $"身份证号码中的出生日期“{birthText}”不是有效日期";
        }

        if (birthDate > today)
        {
            return $"身份证号码中的出生日期{Iso(birthDate)}晚于今天（{Iso(today)}）";
        }

        if (canonical.AsSpan(14, 3) is "000")
        {
            return "身份证号码的顺序码（第15至17位）不能为000";
        }

        var expected = ComputeCheck(canonical.AsSpan(0, 17));
        if (canonical[17] != expected)
        {
            return $"身份证号码校验位应为“{expected}”，实际为“{canonical[17]}”";
        }

        return string.Empty;
    }

    private static string FindCharacterError(string text)
    {
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return $"身份证号码第{i + 1}位“{text[i]}”无效：前17位应为数字";
            }
        }

        return char.IsAsciiDigit(text[17]) || text[17] is 'X' or 'x'
            ? string.Empty
            : $"身份证号码第18位“{text[17]}”无效：应为数字或X";
    }

    private static string FindLegacyCharacterError(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return $"15位旧身份证号码应全部为数字，第{i + 1}位为“{text[i]}”";
            }
        }

        return string.Empty;
    }

    private static string UpgradeLegacy(string fifteen)
    {
        var first17 = string.Concat(fifteen.AsSpan(0, 6), "19", fifteen.AsSpan(6));
        return first17 + ComputeCheck(first17);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact and
    // avoids depending on the host's time-zone database.
    private static DateOnly ChinaToday() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
}
