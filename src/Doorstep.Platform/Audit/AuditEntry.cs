namespace Doorstep.Platform.Audit;

/// <summary>
/// 审计记录. Each entry carries the hash of the one before it, so a changed or deleted row
/// breaks the chain and <c>doorstep audit verify</c> finds it.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string UserName { get; set; }
    public required string Event { get; set; }
    public string? ObjectType { get; set; }
    public string? ObjectId { get; set; }
    public required string Result { get; set; }
    public string? Detail { get; set; }
    public string? Address { get; set; }
    public required string Hash { get; set; }
}
