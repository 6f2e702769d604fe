namespace Doorstep.Kernel.Tests;

/// <summary>Rules from domain-rules.md, "Citizen ID number (GB 11643-1999)".</summary>
public class CitizenIdTests
{
    private const string Vector = "11010519491231002X";
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public void Gb11643_test_vector_is_valid_with_weighted_sum_167()
    {
        // GB 11643-1999 test vector: S = Σ aᵢ·Wᵢ = 167, 167 mod 11 = 2, "10X98765432"[2] = 'X'.
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        weights.Select((w, i) => w * (Vector[i] - '0')).Sum().ShouldBe(167);
        CitizenId.ComputeCheck(Vector.AsSpan(0, 17)).ShouldBe('X');

        CitizenId.TryParse(Vector, Today, out var id, out var error).ShouldBeTrue(error);
        id.Value.ShouldBe(Vector);
        error.ShouldBeEmpty();
    }

    [Fact]
    public void Test_vector_fields_follow_the_layout()
    {
        // GB 11643-1999 layout: address code, birth date YYYYMMDD, sequence (odd = male), check.
        var id = CitizenId.Parse(Vector, Today);

        id.RegionPrefix.ShouldBe("110105");
        id.BirthDate.ShouldBe(new DateOnly(1949, 12, 31));
        id.Sex.ShouldBe(Sex.Female);
        id.ToString().ShouldBe(Vector);
    }

    [Fact]
    public void Masked_shows_first_four_and_last_four()
    {
        // Security rules: mask ID numbers, first 4 and last 4 shown.
        CitizenId.Parse(Vector, Today).Masked.ShouldBe("1101**********002X");
    }

    [Fact]
    public void Lower_case_x_is_accepted_and_normalised()
    {
        // GB 11643-1999 rule: lower-case x is accepted and normalised.
        var id = CitizenId.Parse("11010519491231002x", Today);

        id.Value.ShouldBe(Vector);
        id.ShouldBe(CitizenId.Parse(Vector, Today));
    }

    [Fact]
    public void Surrounding_spaces_are_ignored()
    {
        CitizenId.Parse($"  {Vector} ", Today).Value.ShouldBe(Vector);
    }

    [Fact]
    public void Legacy_15_digit_number_gains_19_and_a_check_character()
    {
        // Legacy rule: insert "19" after the 6th digit, then append the check character.
        var id = CitizenId.Parse("110105491231002", Today);

        id.Value.ShouldBe(Vector);
        id.BirthDate.ShouldBe(new DateOnly(1949, 12, 31));
    }

    [Fact]
    public void Odd_sequence_is_male()
    {
        // GB 11643-1999: odd sequence = male.
        var id = CitizenId.Parse(CitizenId.Create("430211", new DateOnly(1990, 5, 17), 123), Today);

        id.Sex.ShouldBe(Sex.Male);
        id.RegionPrefix.ShouldBe("430211");
    }

    [Fact]
    public void Default_overload_uses_todays_date_in_china()
    {
        CitizenId.TryParse(Vector, out var id, out _).ShouldBeTrue();
        id.BirthDate.ShouldBe(new DateOnly(1949, 12, 31));
        CitizenId.Parse(Vector).ShouldBe(id);
    }

    [Theory]
    [InlineData("2024-12-30", 74)]
    [InlineData("2024-12-31", 75)]
    [InlineData("1949-12-31", 0)]
    public void AgeOn_counts_completed_years(string date, int expected)
    {
        CitizenId.Parse(Vector, Today).AgeOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }

    [Fact]
    public void Leap_day_birthday_is_reached_on_first_of_march_in_common_years()
    {
        var id = CitizenId.Parse(CitizenId.Create("430211", new DateOnly(2000, 2, 29), 2), Today);

        id.AgeOn(new DateOnly(2001, 2, 28)).ShouldBe(0);
        id.AgeOn(new DateOnly(2001, 3, 1)).ShouldBe(1);
        id.AgeOn(new DateOnly(2004, 2, 29)).ShouldBe(4);
    }

    [Fact]
    public void AgeOn_before_birth_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => CitizenId.Parse(Vector, Today).AgeOn(new DateOnly(1949, 12, 30)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input_says_so(string? text)
    {
        CitizenId.TryParse(text, Today, out var id, out var error).ShouldBeFalse();
        id.ShouldBeNull();
        error.ShouldBe("身份证号码不能为空");
    }

    [Theory]
    [InlineData("11010519491231002", "身份证号码应为18位（或15位旧号码），实际为17位")]
    [InlineData("11010519491231002X1", "身份证号码应为18位（或15位旧号码），实际为19位")]
    [InlineData("1101051949123100AX", "身份证号码第17位“A”无效：前17位应为数字")]
    [InlineData("11010519491231002Y", "身份证号码第18位“Y”无效：应为数字或X")]
    [InlineData("11010549123100X", "15位旧身份证号码应全部为数字，第15位为“X”")]
    [InlineData("990105194912310021", "身份证号码前两位“99”不是有效的省级行政区划代码")]
    [InlineData("200105194912310021", "身份证号码前两位“20”不是有效的省级行政区划代码")]
    [InlineData("110105194902300021", "身份证号码中的出生日期“19490230”不是有效日期")]
    [InlineData("110105194913010021", "身份证号码中的出生日期“19491301”不是有效日期")]
    [InlineData("110105194912310021", "身份证号码校验位应为“X”，实际为“1”")]
    public void Each_failure_reason_has_its_own_message(string text, string expected)
    {
        // GB 11643-1999 rules: length, characters, province prefix, impossible date, check character.
        CitizenId.TryParse(text, Today, out _, out var error).ShouldBeFalse();
        error.ShouldBe(expected);
    }

    [Fact]
    public void Future_birth_date_is_refused()
    {
        // Domain rule: reject a future birth date.
        var text = CitizenId.Create("430211", new DateOnly(2025, 6, 2), 1);

        CitizenId.TryParse(text, Today, out _, out var error).ShouldBeFalse();
        error.ShouldBe("身份证号码中的出生日期2025-06-02晚于今天（2025-06-01）");
        CitizenId.TryParse(text, new DateOnly(2025, 6, 2), out _, out _).ShouldBeTrue();
    }

    [Fact]
    public void Sequence_000_is_refused()
    {
        // Domain rule: reject sequence 000.
        const string first17 = "11010519491231000";
        var text = first17 + CitizenId.ComputeCheck(first17);

        CitizenId.TryParse(text, Today, out _, out var error).ShouldBeFalse();
        error.ShouldBe("身份证号码的顺序码（第15至17位）不能为000");
    }

    [Fact]
    public void Parse_throws_FormatException_with_the_same_message()
    {
        var exception = Should.Throw<FormatException>(() => CitizenId.Parse("110105194912310021", Today));
        exception.Message.ShouldBe("身份证号码校验位应为“X”，实际为“1”");
    }

    [Theory]
    [InlineData("43021", 1990, 1)]
    [InlineData("4302A1", 1990, 1)]
    [InlineData("990211", 1990, 1)]
    [InlineData("430211", 1990, 0)]
    [InlineData("430211", 1990, 1000)]
    [InlineData("430211", 999, 1)]
    public void Create_refuses_arguments_that_cannot_make_a_valid_number(string address, int year, int sequence)
    {
        Should.Throw<ArgumentException>(() => CitizenId.Create(address, new DateOnly(year, 1, 1), sequence));
    }

    [Fact]
    public void ComputeCheck_needs_seventeen_digits()
    {
        Should.Throw<ArgumentException>(() => CitizenId.ComputeCheck("1101051949123100"));
        Should.Throw<ArgumentException>(() => CitizenId.ComputeCheck("1101051949123100A"));
    }
}
