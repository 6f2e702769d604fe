using Doorstep.Platform.Security;

namespace Doorstep.Platform.Tests.Security;

/// <summary>等保 level 3 (GB/T 22239-2019): at least 8 characters from at least 3 of 4 classes.</summary>
public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("Abcdef1!", true)]
    [InlineData("abcdef12", false)]
    [InlineData("ABCDEFG1", false)]
    [InlineData("Abcdefg1", true)]
    [InlineData("Ab1!", false)]
    [InlineData("", false)]
    public void Checks_length_and_classes(string password, bool ok) => (PasswordPolicy.Check(password) is null).ShouldBe(ok);

    [Fact]
    public void Generated_passwords_pass_the_policy()
    {
        for (var i = 0; i < 200; i++)
        {
            PasswordPolicy.Check(PasswordPolicy.Generate()).ShouldBeNull();
        }
    }
}
