using Doorstep.Platform.Data;

namespace Doorstep.Health.Contracts;

/// <summary>
/// 履约记录: one service of a contract's packages delivered on a day — recorded by hand, or by a
/// visit or health check that is that service. Counting these against the packages is what
/// tells a served contract from one signed and forgotten (签而不约).
/// </summary>
public sealed class ServiceDelivery : IRegional
{
    public Guid Id { get; set; }

    public Guid ContractId { get; set; }

    public required string RegionCode { get; set; }

    /// <summary>The service's name as the package lists it.</summary>
    public required string Service { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>manual, visit or check.</summary>
    public required string Source { get; set; }

    public string? Note { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime RecordedAt { get; set; }
}

/// <summary>One service of a contract: how often it is due a year, how often due by now, and how often delivered.</summary>
public sealed record ServiceProgress(string Package, string Service, int TimesPerYear, int DueByNow, int Delivered)
{
    public bool Behind => Delivered < DueByNow;
}
