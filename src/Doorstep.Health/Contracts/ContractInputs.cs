namespace Doorstep.Health.Contracts;

/// <summary>A new contract as the form or API sends it.</summary>
public sealed record ContractInput(
    Guid? PersonId,
    Guid? TeamId,
    IReadOnlyList<string>? Packages,
    IReadOnlyList<string>? KeyPopulations,
    DateOnly? SignedOn,
    bool AwaitingSignature = false,
    string? EmergencyContact = null,
    string? EmergencyPhone = null);

/// <summary>Renewal: the same team for another year, with the packages chosen again (or the same).</summary>
public sealed record RenewalInput(IReadOnlyList<string>? Packages, DateOnly? On);

/// <summary>Change of team (改签): this contract ends and one with the other team starts.</summary>
public sealed record ChangeTeamInput(Guid? TeamId, IReadOnlyList<string>? Packages, DateOnly? On);

/// <summary>Termination (解约) with one of the reasons domain-rules lists.</summary>
public sealed record TerminationInput(ContractEnd? Reason, DateOnly? On, string? Note);

/// <summary>A contract with the names a page or the API shows; the ID number is masked.</summary>
public sealed record ContractView(
    Guid Id,
    string Number,
    Guid PersonId,
    string PersonName,
    string IdNumber,
    int Age,
    Kernel.Sex Sex,
    string RegionCode,
    string? Address,
    Guid TeamId,
    string TeamName,
    string Doctor,
    string DoctorName,
    ContractStatus Status,
    ContractStanding Standing,
    DateOnly SignedOn,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<string> Packages,
    IReadOnlyList<string> KeyPopulations,
    string EmergencyContact,
    string? EmergencyPhone,
    Guid? PreviousId,
    DateOnly? EndedOn,
    ContractEnd? EndReason,
    string? EndNote,
    string SignedBy);

/// <summary>Where a contract stands today, as lists and badges show it.</summary>
public enum ContractStanding
{
    Pending = 1,
    Signed = 2,
    DueForRenewal = 3,
    Expired = 4,
    Ended = 5,
}

/// <summary>A contract search; <see cref="Unserved"/> keeps the contracts signed but not served (签而不约).</summary>
public sealed record ContractQuery(string? Q = null, string? Region = null, Guid? TeamId = null, ContractStanding? Standing = null, string? KeyPopulation = null, int Page = 1, int PageSize = 20, string? Sort = null, bool Unserved = false);
