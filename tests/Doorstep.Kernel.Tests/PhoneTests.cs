namespace Doorstep.Kernel.Tests;

/// <summary>Rules from domain-rules.md: mobile numbers are 11 digits starting 1[3-9]; masks show 3 + **** + 4.</summary>
public class PhoneTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData("138 1234 5678")]
    [InlineData("138-1234-5678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("+86-13812345678")]
    [InlineData("8613812345678")]
    [InlineData(" 13812345678 ")]
    public void Separators_and_country_code_are_stripped(string text)
    {
        Phone.TryParse(text, out var phone, out var error).ShouldBeTrue(error);
        phone.Value.ShouldBe("13812345678");
        phone.ToString().ShouldBe("13812345678");
        error.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("13012345678")]
    [InlineData("19912345678")]
    public void Every_second_digit_from_3_to_9_is_accepted(string text)
    {
        // Domain rule: 11 digits starting with 1[3-9].
        Phone.Parse(text).Value.ShouldBe(text);
    }

    [Fact]
    public void Masked_shows_three_then_four_stars_then_four()
    {
        // Security rules: mask phones as 3 + **** + 4.
        Phone.Parse("13812345678").Masked.ShouldBe("138****5678");
    }

    [Fact]
    public void Equal_numbers_written_differently_are_equal()
    {
        Phone.Parse("+86 138-1234-5678").ShouldBe(Phone.Parse("13812345678"));
    }

    [Theory]
    [InlineData(null, "手机号码不能为空")]
    [InlineData("  ", "手机号码不能为空")]
    [InlineData("1381234567", "手机号码应为11位，实际为10位")]
    [InlineData("138123456789", "手机号码应为11位，实际为12位")]
    [InlineData("12812345678", "手机号码应以13至19开头，实际以“12”开头")]
    [InlineData("23812345678", "手机号码应以13至19开头，实际以“23”开头")]
    [InlineData("86138123456", "手机号码应以13至19开头，实际以“86”开头")]
    [InlineData("1381234567a", "手机号码含有无效字符“a”")]
    [InlineData("+1 415 555 2671", "仅支持中国大陆手机号码（+86）")]
    public void Each_failure_reason_has_its_own_message(string? text, string expected)
    {
        Phone.TryParse(text, out var phone, out var error).ShouldBeFalse();
        phone.ShouldBeNull();
        error.ShouldBe(expected);
    }

    [Fact]
    public void Parse_throws_FormatException_with_the_same_message()
    {
        Should.Throw<FormatException>(() => Phone.Parse("1381234567"))
            .Message.ShouldBe("手机号码应为11位，实际为10位");
    }
}
