using Doorstep.Platform.Ui;

namespace Doorstep.Health.Contracts;

/// <summary>Names of the contract codes in both languages.</summary>
public static class ContractLabels
{
    public static readonly IReadOnlyList<ContractEnd> TerminationReasons =
        [ContractEnd.MovedAway, ContractEnd.Unreachable, ContractEnd.Refused, ContractEnd.ResidentEnded, ContractEnd.Died, ContractEnd.Other];

    public static Text Of(ContractStatus value) => value switch
    {
        ContractStatus.Pending => new("待确认", "Awaiting signature"),
        ContractStatus.Signed => new("已签约", "Signed"),
        ContractStatus.Renewed => new("已续约", "Renewed"),
        ContractStatus.Changed => new("已改签", "Changed team"),
        _ => new("已解约", "Terminated"),
    };

    public static Text Of(ContractStanding value) => value switch
    {
        ContractStanding.Pending => new("待确认", "Awaiting signature"),
        ContractStanding.Signed => new("服务中", "In service"),
        ContractStanding.DueForRenewal => new("待续约", "Due for renewal"),
        ContractStanding.Expired => new("已到期", "Expired"),
        _ => new("已终止", "Ended"),
    };

    public static string BadgeOf(ContractStanding value) => value switch
    {
        ContractStanding.Pending => "text-bg-secondary",
        ContractStanding.Signed => "text-bg-success",
        ContractStanding.DueForRenewal => "text-bg-warning",
        ContractStanding.Expired => "text-bg-danger",
        _ => "text-bg-light",
    };

    public static Text Of(ContractEnd value) => value switch
    {
        ContractEnd.MovedAway => new("迁出本地", "Moved away"),
        ContractEnd.Unreachable => new("一年内无法联系", "Unreachable for a year"),
        ContractEnd.Refused => new("一年内拒绝服务", "Refused service for a year"),
        ContractEnd.ResidentEnded => new("居民本人要求解约", "Ended by the resident"),
        ContractEnd.Died => new("死亡", "Died"),
        ContractEnd.Renewed => new("续约", "Renewed"),
        ContractEnd.ChangedTeam => new("改签其他团队", "Changed team"),
        ContractEnd.Lapsed => new("到期未续约", "Lapsed"),
        _ => new("其他", "Other"),
    };

    public static Text Of(PackageKind value) => value == PackageKind.Basic ? new("基础包", "Basic") : new("个性化包", "Personalised");

    public static Text Of(Teams.TeamRole value) => value switch
    {
        Teams.TeamRole.Doctor => new("家庭医生", "Family doctor"),
        Teams.TeamRole.Nurse => new("护士", "Nurse"),
        Teams.TeamRole.PublicHealth => new("公卫医生", "Public-health doctor"),
        _ => new("乡村医生", "Village doctor"),
    };
}
