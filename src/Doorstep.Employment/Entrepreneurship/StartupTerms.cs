using Doorstep.Platform.Ui;

namespace Doorstep.Employment.Entrepreneurship;

/// <summary>The names of the entrepreneurship terms in both languages, shared by pages, exports and the import.</summary>
public static class StartupTerms
{
    public static Text Kind(StartupKind kind) => kind switch
    {
        StartupKind.Individual => new("个人创业担保贷款", "Individual startup loan"),
        StartupKind.Partnership => new("合伙创业担保贷款", "Partnership startup loan"),
        StartupKind.SmallBusiness => new("小微企业创业担保贷款", "Small-business startup loan"),
        _ => new("一次性创业补贴", "One-off startup subsidy"),
    };

    /// <summary>The short name an import cell may use: 个人, 合伙, 小微企业, 补贴.</summary>
    public static Text ShortKind(StartupKind kind) => kind switch
    {
        StartupKind.Individual => new("个人", "individual"),
        StartupKind.Partnership => new("合伙", "partnership"),
        StartupKind.SmallBusiness => new("小微企业", "small business"),
        _ => new("补贴", "subsidy"),
    };

    public static Text Stage(StartupStage stage) => stage switch
    {
        StartupStage.Submitted => new("已受理", "Submitted"),
        StartupStage.Checked => new("已初审", "Checked"),
        StartupStage.Approved => new("已批准", "Approved"),
        StartupStage.Withdrawn => new("已撤回", "Withdrawn"),
        _ => new("已驳回", "Rejected"),
    };

    public static string Badge(StartupStage stage) => stage switch
    {
        StartupStage.Submitted => "text-bg-secondary",
        StartupStage.Checked => "text-bg-primary",
        StartupStage.Approved => "text-bg-success",
        StartupStage.Withdrawn => "text-bg-light border",
        _ => "text-bg-danger",
    };

    public static Text IncubationKind(IncubationKind kind) =>
        kind == Entrepreneurship.IncubationKind.Base ? new("创业孵化基地", "Incubation base") : new("创业园区", "Startup park");

    /// <summary>30万元 for round ten-thousands, 12,500元 otherwise.</summary>
    public static Text Money(long yuan) =>
        yuan % 10_000 == 0 && yuan != 0 ? new($"{yuan / 10_000}万元", $"¥{yuan:N0}") : new($"{yuan:N0}元", $"¥{yuan:N0}");
}
