using FsCheck.Xunit;

namespace Doorstep.Kernel.Tests;

/// <summary>Rules from domain-rules.md, "Unified social credit code (GB 32100-2015)".</summary>
[Properties(Arbitrary = [typeof(KernelArbitraries)])]
public class CreditCodeTests
{
    private const string Vector = "9144030071526726XG";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    [Fact]
    public void Gb32100_test_vector_is_valid()
    {
        // GB 32100-2015 test vector 9144030071526726XG.
        CreditCode.TryParse(Vector, out var code, out var error).ShouldBeTrue(error);
        code.Value.ShouldBe(Vector);
        code.ToString().ShouldBe(Vector);
        CreditCode.ComputeCheck(Vector.AsSpan(0, 17)).ShouldBe('G');
    }

    [Fact]
    public void Test_vector_fields_follow_the_layout()
    {
        // GB 32100-2015 layout: authority, type, division (3–8), organisation code (9–17), check.
        var code = CreditCode.Parse(Vector);

        code.RegistrationAuthority.ShouldBe('9');
        code.EntityType.ShouldBe('1');
        code.DivisionCode.ShouldBe("440300");
        code.OrganizationCode.ShouldBe("71526726X");
    }

    [Fact]
    public void Gb11714_organisation_code_test_vector_checks_to_X()
    {
        // GB 11714 test vector 71526726X: Σ = 199, 199 mod 11 = 1, C = 10 → X.
        CreditCode.ComputeOrganizationCheck("71526726").ShouldBe('X');
    }

    [Theory]
    [InlineData("00000000", '0')] // Σ mod 11 = 0 → C = 11 → 0
    [InlineData("A0000000", '3')] // letters count from A = 10: 10·3 = 30, 30 mod 11 = 8 → 3
    [InlineData("Z0000000", '5')] // Z = 35: 35·3 = 105, 105 mod 11 = 6 → 5
    public void Organisation_check_maps_11_to_0_and_uses_letter_values(string first8, char expected)
    {
        CreditCode.ComputeOrganizationCheck(first8).ShouldBe(expected);
    }

    [Fact]
    public void Complete_fills_in_both_check_characters()
    {
        CreditCode.Complete("91", "440300", "71526726").ShouldBe(Vector);
    }

    [Fact]
    public void Lower_case_and_spaces_are_accepted_and_normalised()
    {
        CreditCode.Parse(" 9144030071526726xg ").ShouldBe(CreditCode.Parse(Vector));
    }

    [Theory]
    [InlineData(null, "统一社会信用代码不能为空")]
    [InlineData("  ", "统一社会信用代码不能为空")]
    [InlineData("9144030071526726X", "统一社会信用代码应为18位，实际为17位")]
    [InlineData("9144030071526726IG", "统一社会信用代码第17位“I”不是有效字符（只用数字和除I、O、S、V、Z外的大写字母）")]
    [InlineData("91440300715267261G", "统一社会信用代码中的组织机构代码（第9至17位）校验位应为“X”，实际为“1”")]
    [InlineData("9144030071526726XH", "统一社会信用代码校验位应为“G”，实际为“H”")]
    public void Each_failure_reason_has_its_own_message(string? text, string expected)
    {
        // GB 32100-2015 charset and check; GB 11714 organisation-code check.
        CreditCode.TryParse(text, out var code, out var error).ShouldBeFalse();
        code.ShouldBeNull();
        error.ShouldBe(expected);
    }

    [Fact]
    public void Parse_throws_FormatException_with_the_same_message()
    {
        Should.Throw<FormatException>(() => CreditCode.Parse("9144030071526726XH"))
            .Message.ShouldBe("统一社会信用代码校验位应为“G”，实际为“H”");
    }

    [Theory]
    [InlineData("9", "440300", "71526726")]
    [InlineData("91", "44030", "71526726")]
    [InlineData("91", "440300", "7152672O")]
    public void Complete_refuses_parts_of_the_wrong_shape(string authorityAndType, string division, string organization)
    {
        Should.Throw<ArgumentException>(() => CreditCode.Complete(authorityAndType, division, organization));
    }

    [Property]
    public bool Completed_codes_validate(CreditSeed seed)
    {
        var text = CreditCode.Complete(seed.AuthorityAndType, seed.Division, seed.Organization);
        return CreditCode.TryParse(text, out var code, out _)
            && code.Value == text
            && CreditCode.Parse(code.Value) == code
            && code.OrganizationCode[..8] == seed.Organization;
    }

    [Property]
    public bool Completed_codes_sum_to_zero_mod_31(CreditSeed seed)
    {
        // GB 32100-2015: the check makes Σ vᵢ·Wᵢ + v₁₈ ≡ 0 (mod 31).
        var text = CreditCode.Complete(seed.AuthorityAndType, seed.Division, seed.Organization);
        var sum = Enumerable.Range(0, 17).Sum(i => Weights[i] * KernelArbitraries.CreditCharset.IndexOf(text[i], StringComparison.Ordinal));
        return (sum + KernelArbitraries.CreditCharset.IndexOf(text[17], StringComparison.Ordinal)) % 31 == 0;
    }

    [Property]
    public bool Changing_any_single_character_makes_the_code_invalid(CreditEdit edit)
    {
        // GB 32100-2015: every weight is non-zero mod 31, so one changed character changes the check.
        var chars = edit.Valid.ToCharArray();
        chars[edit.Position] = edit.Replacement;
        return !CreditCode.TryParse(new string(chars), out _, out var error) && error.Length > 0;
    }
}
