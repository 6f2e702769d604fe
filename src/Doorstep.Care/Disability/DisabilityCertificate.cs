using Doorstep.Platform.Data;
using Doorstep.Platform.People;

namespace Doorstep.Care.Disability;

/// <summary>
/// 残疾人证 of a registry person. The number carries the holder's ID number, so it is sealed
/// like one: a cipher to read back, a keyed hash to find it and keep it unique, the masked form
/// for screens.
/// </summary>
public sealed class DisabilityCertificate : IRegional
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>The holder's region, copied for scope and the figures.</summary>
    public required string RegionCode { get; set; }

    public required string NumberCipher { get; set; }

    public required string NumberHash { get; set; }

    public required string NumberMasked { get; set; }

    public DisabilityCategory Category { get; set; }

    /// <summary>残疾等级 1 (一级, the most severe) to 4.</summary>
    public int Grade { get; set; }

    public DateOnly IssuedOn { get; set; }

    /// <summary>有效期至.</summary>
    public DateOnly ValidUntil { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// One livelihood-project service (民生实事) for a certificate holder, from application through
/// approval or rejection to delivery.
/// </summary>
public sealed class DisabilityServiceRecord : IRegional
{
    public Guid Id { get; set; }

    public Guid CertificateId { get; set; }

    public Guid PersonId { get; set; }

    public required string RegionCode { get; set; }

    public ServiceKind Kind { get; set; }

    public ServiceStatus Status { get; set; }

    public DateOnly AppliedOn { get; set; }

    /// <summary>申请事项: what was asked for (a wheelchair, a ramp at the door, …).</summary>
    public string? Request { get; set; }

    /// <summary>The day of approval or rejection.</summary>
    public DateOnly? DecidedOn { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>驳回原因 (or a note on the approval).</summary>
    public string? Reason { get; set; }

    public DateOnly? DeliveredOn { get; set; }

    /// <summary>落实内容.</summary>
    public string? Delivered { get; set; }

    /// <summary>落实金额 in yuan, when there is one.</summary>
    public decimal? Amount { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>年度民生实事目标: how many of a project a region means to deliver in a year.</summary>
public sealed class DisabilityTarget : IRegional
{
    public Guid Id { get; set; }

    public required string RegionCode { get; set; }

    public int Year { get; set; }

    public ServiceKind Kind { get; set; }

    public int Count { get; set; }

    public required string SetBy { get; set; }

    public DateTime UpdatedAt { get; set; }
}
