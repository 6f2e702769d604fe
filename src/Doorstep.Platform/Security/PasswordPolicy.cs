using Microsoft.AspNetCore.Identity;

namespace Doorstep.Platform.Security;

/// <summary>
/// 等保 level 3: at least 8 characters from at least 3 of the 4 classes (upper, lower, digit, symbol).
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<DoorstepUser>
{
    public const int MinimumLength = 8;

    public Task<IdentityResult> ValidateAsync(UserManager<DoorstepUser> manager, DoorstepUser user, string? password)
    {
        var problem = Check(password);
        return Task.FromResult(problem is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordPolicy", Description = problem }));
    }

    public static string? Check(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return $"密码至少需要{MinimumLength}位";
        }

        var classes = (password.Any(char.IsUpper) ? 1 : 0) + (password.Any(char.IsLower) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0) + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        return classes >= 3 ? null : "密码需包含大写字母、小写字母、数字、符号中的至少三类";
    }

    /// <summary>A random password that passes the policy, for new accounts and demo users.</summary>
    public static string Generate()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789", symbols = "#%+=@";
        Span<char> chars = stackalloc char[12];
        for (var i = 0; i < chars.Length; i++)
        {
            var set = (i % 4) switch { 0 => upper, 1 => lower, 2 => digits, _ => i == 3 ? symbols : lower };
            chars[i] = set[System.Security.Cryptography.RandomNumberGenerator.GetInt32(set.Length)];
        }

        return new string(chars);
    }
}
