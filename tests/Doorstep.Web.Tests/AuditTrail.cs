using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Web.Tests;

internal static class AuditTrail
{
    public static async Task<List<AuditEntry>> ReadAsync(DoorstepAppFactory factory, string eventName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Event == eventName).ToListAsync();
    }
}
