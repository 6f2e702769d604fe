using Doorstep.Platform.Data;

namespace Doorstep.Health.Contracts;

/// <summary>
/// 家庭医生签约: a resident signed with a team for a term of a year, with the service packages
/// chosen. Renewal and change of team end this contract and start the next one, so the history
/// of a resident's contracts is a chain (<see cref="PreviousId"/>).
/// </summary>
public sealed class Contract : IRegional
{
    public Guid Id { get; set; }

    /// <summary>签约编号, e.g. QY2024000123: printed on the agreement.</summary>
    public required string Number { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>The resident's region when signed: scope and the per-village figures.</summary>
    public required string RegionCode { get; set; }

    public Guid TeamId { get; set; }

    /// <summary>The family doctor: user name of the team's doctor when signed.</summary>
    public required string Doctor { get; set; }

    public ContractStatus Status { get; set; }

    /// <summary>
    /// The person's id while the contract is pending or signed, null once it has ended: a unique
    /// index on it is what keeps one active family doctor per resident, even under a race.
    /// </summary>
    public Guid? ActivePersonId { get; set; }

    public DateOnly SignedOn { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>Package codes, comma-separated, in catalogue order.</summary>
    public required string Packages { get; set; }

    /// <summary>Key-population codes, comma-separated: derived ones at signing plus those the doctor ticked.</summary>
    public required string KeyPopulations { get; set; }

    /// <summary>急诊联系医生 and the phone the resident calls.</summary>
    public required string EmergencyContact { get; set; }

    public string? EmergencyPhone { get; set; }

    public Guid? PreviousId { get; set; }

    public DateOnly? EndedOn { get; set; }

    public ContractEnd? EndReason { get; set; }

    public string? EndNote { get; set; }

    public required string SignedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public enum ContractStatus
{
    /// <summary>待确认: filled in, awaiting the resident's signature.</summary>
    Pending = 1,

    /// <summary>已签约.</summary>
    Signed = 2,

    /// <summary>已续约: ended by its renewal.</summary>
    Renewed = 3,

    /// <summary>已改签: ended by signing another team.</summary>
    Changed = 4,

    /// <summary>已解约.</summary>
    Terminated = 5,
}

/// <summary>解约原因 as domain-rules lists them, plus the two ends a contract can have by itself.</summary>
public enum ContractEnd
{
    MovedAway = 1,
    Unreachable = 2,
    Refused = 3,
    ResidentEnded = 4,
    Died = 5,
    Other = 6,
    Renewed = 7,
    ChangedTeam = 8,

    /// <summary>到期未续约: the term ran out and the resident signed again later, or elsewhere.</summary>
    Lapsed = 9,
}
