using Doorstep.Platform.Ui;

namespace Doorstep.Care.Appeals;

/// <summary>The names of appeal kinds and sources as forms, lists and the API accept and show them.</summary>
public static class AppealNames
{
    public static readonly IReadOnlyList<AppealKind> Kinds = Enum.GetValues<AppealKind>();

    public static readonly IReadOnlyList<AppealSource> Sources = Enum.GetValues<AppealSource>();

    public static Text Of(AppealKind kind) => kind switch
    {
        AppealKind.Enquiry => new("咨询", "Enquiry"),
        AppealKind.Help => new("求助", "Request for help"),
        AppealKind.Complaint => new("投诉", "Complaint"),
        AppealKind.Report => new("举报", "Report"),
        _ => new("建议", "Suggestion"),
    };

    public static Text Of(AppealSource source) => source switch
    {
        AppealSource.Visit => new("走访时反映", "At a visit"),
        AppealSource.Station => new("联络站接待", "At a liaison station"),
        _ => new("电话反映", "By phone"),
    };

    /// <summary>The code (enquiry, Enquiry) or the Chinese name (咨询); null when neither.</summary>
    public static AppealKind? Kind(string? text) => Parse(text, Kinds, k => Of(k).Zh);

    /// <summary>The code (visit, station, phone) or the Chinese name (走访, 联络站, 电话 …); null when neither.</summary>
    public static AppealSource? Source(string? text) =>
        Parse(text, Sources, s => Of(s).Zh) ?? text?.Trim() switch
        {
            "走访" => AppealSource.Visit,
            "联络站" => AppealSource.Station,
            "电话" => AppealSource.Phone,
            _ => null,
        };

    private static T? Parse<T>(string? text, IReadOnlyList<T> values, Func<T, string> chinese)
        where T : struct, Enum
    {
        var given = text?.Trim();
        if (string.IsNullOrEmpty(given) || int.TryParse(given, out _))
        {
            return null;
        }

        return Enum.TryParse<T>(given, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value
            : values.Cast<T?>().FirstOrDefault(v => chinese(v!.Value) == given);
    }
}
