using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Platform.Tests.Audit;

/// <summary>等保 level 3: the audit log is protected from change — a changed entry breaks the chain.</summary>
public sealed class AuditChainTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task An_edited_entry_is_found_by_verify(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);
        await using var scope = fixture.Scope();
        var log = scope.ServiceProvider.GetRequiredService<AuditLog>();
        await log.WriteAsync("officer", AuditEvents.Exported, "Person", null, detail: "rows=10", cancellationToken: TestContext.Current.CancellationToken);
        await log.WriteAsync("officer", AuditEvents.Revealed, "Person", "x", cancellationToken: TestContext.Current.CancellationToken);
        (await log.VerifyAsync(TestContext.Current.CancellationToken)).ShouldBeNull();

        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        var export = await db.AuditEntries.SingleAsync(a => a.Event == AuditEvents.Exported, TestContext.Current.CancellationToken);
        export.Detail = "rows=1";
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        (await log.VerifyAsync(TestContext.Current.CancellationToken)).ShouldBe(export.Id);
    }
}
