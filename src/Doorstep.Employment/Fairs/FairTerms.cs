using Doorstep.Platform.Ui;

namespace Doorstep.Employment.Fairs;

/// <summary>The names of a fair's terms in both languages, shared by pages, the export and the import.</summary>
public static class FairTerms
{
    public static Text Kind(FairKind kind) => kind switch
    {
        FairKind.Regular => new("综合招聘会", "Job fair"),
        FairKind.Disabled => new("残疾人专场招聘会", "Fair for disabled people"),
        FairKind.Returnee => new("返乡人员专场招聘会", "Fair for returnees"),
        FairKind.Night => new("夜市招聘会", "Night fair"),
        _ => new("赶集招聘会", "Market-day fair"),
    };

    public static Text Stage(FairStage stage) => stage switch
    {
        FairStage.Intent => new("达成意向", "Intent"),
        FairStage.Interview => new("面试", "Interview"),
        _ => new("录用", "Hired"),
    };

    public static string Badge(FairStage stage) => stage switch
    {
        FairStage.Intent => "text-bg-info",
        FairStage.Interview => "text-bg-warning",
        _ => "text-bg-success",
    };

    /// <summary>2024年2月3日 9:00–12:00.</summary>
    public static string Hours(TimeOnly starts, TimeOnly ends) => $"{starts:HH\\:mm}–{ends:HH\\:mm}";
}
