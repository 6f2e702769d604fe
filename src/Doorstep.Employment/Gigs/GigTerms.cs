using Doorstep.Platform.Ui;

namespace Doorstep.Employment.Gigs;

/// <summary>The names of gig terms in both languages, shared by pages, reasons and the export.</summary>
public static class GigTerms
{
    public static Text State(GigState state) => state switch
    {
        GigState.Accepted => new("已接单", "Accepted"),
        GigState.Done => new("已完工", "Done"),
        _ => new("已结算", "Paid"),
    };

    public static string Badge(GigState state) => state switch
    {
        GigState.Accepted => "text-bg-primary",
        GigState.Done => "text-bg-info",
        _ => "text-bg-success",
    };

    public static Text Poster(GigPoster poster) => poster == GigPoster.Household ? new("居民家庭", "Household") : new("企业商户", "Business");

    /// <summary>200元/天, 800元/件.</summary>
    public static Text Pay(int pay, GigPayUnit unit) => unit == GigPayUnit.Day ? new($"{pay}元/天", $"¥{pay}/day") : new($"{pay}元/件", $"¥{pay}/job");

    /// <summary>2024年6月3日, or 2024年6月3日—6月5日（3天）, with the hours when given.</summary>
    public static string When(DateOnly start, DateOnly end, TimeOnly? from, TimeOnly? to)
    {
        var days = end.DayNumber - start.DayNumber + 1;
        var span = days == 1 ? Tr.Date(start) : Tr.IsEnglish ? $"{Tr.Date(start)} – {Tr.Date(end)} ({days} days)" : $"{Tr.Date(start)}—{end.Month}月{end.Day}日（{days}天）";
        return from is { } f && to is { } t ? $"{span} {f:HH\\:mm}—{t:HH\\:mm}" : span;
    }

    public static Text Day(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => new("周一", "Mon"),
        DayOfWeek.Tuesday => new("周二", "Tue"),
        DayOfWeek.Wednesday => new("周三", "Wed"),
        DayOfWeek.Thursday => new("周四", "Thu"),
        DayOfWeek.Friday => new("周五", "Fri"),
        DayOfWeek.Saturday => new("周六", "Sat"),
        _ => new("周日", "Sun"),
    };

    /// <summary>周一、周三, or 每天 when no day was named.</summary>
    public static string Days(IReadOnlyCollection<DayOfWeek> days) =>
        days.Count == 0 ? new Text("每天", "Any day").ToString() : string.Join(Tr.IsEnglish ? ", " : "、", days.OrderBy(d => ((int)d + 6) % 7).Select(d => Day(d).ToString()));

    /// <summary>The week from Monday, for pick lists.</summary>
    public static readonly IReadOnlyList<DayOfWeek> Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
}
