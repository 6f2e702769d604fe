using System.Globalization;

namespace Doorstep.Platform.Ui;

/// <summary>
/// A piece of UI text in both languages. Chinese is the default; English is the switch.
/// Kept beside the code that shows it so a reader sees both at once.
/// </summary>
public readonly record struct Text(string Zh, string En)
{
    public override string ToString() => Tr.IsEnglish ? En : Zh;
}

/// <summary>Picks the language of the current request and formats dates the way a reader expects.</summary>
public static class Tr
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string zh, string en) => IsEnglish ? en : zh;

    /// <summary>2024年2月3日 in Chinese, 3 Feb 2024 in English.</summary>
    public static string Date(DateOnly date) =>
        IsEnglish ? date.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Date(DateTime utc) => Date(DateOnly.FromDateTime(ShanghaiTime.ToLocal(utc)));

    /// <summary>800 米 under a kilometre, 1.2 公里 from there: what a walker reads at a glance.</summary>
    public static string Distance(int metres) =>
        metres >= 1000
            ? T($"{metres / 1000.0:0.0} 公里", $"{metres / 1000.0:0.0} km")
            : T($"{metres} 米", $"{metres} m");

    public static string DateTime(DateTime utc)
    {
        var local = ShanghaiTime.ToLocal(utc);
        return $"{Date(DateOnly.FromDateTime(local))} {local:HH:mm}";
    }
}

/// <summary>The platform's zone: every wall-clock time a user sees is Beijing time.</summary>
public static class ShanghaiTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(System.DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));
}
