using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Doorstep.Platform.Data;

/// <summary>
/// A unit of work that joins the caller's transaction when there is one and owns a new one
/// otherwise, so a service that must write atomically also works inside a bigger whole (an
/// import of many rows). Committing a joined unit does nothing: its owner commits.
/// </summary>
public sealed class Work : IAsyncDisposable
{
    private readonly IDbContextTransaction? own;

    private Work(IDbContextTransaction? own) => this.own = own;

    public static async Task<Work> BeginAsync(DatabaseFacade database, CancellationToken ct = default) =>
        new(database.CurrentTransaction is null ? await database.BeginTransactionAsync(ct) : null);

    public Task CommitAsync(CancellationToken ct = default) => own?.CommitAsync(ct) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => own?.DisposeAsync() ?? ValueTask.CompletedTask;
}
