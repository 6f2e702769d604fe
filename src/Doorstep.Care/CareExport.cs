using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Care;

/// <summary>A list of households in hardship leaving the building: audited with its row count, then sent as Excel (the default) or CSV.</summary>
internal static class CareExport
{
    public static async Task SendAsync(HttpContext http, string? format, string objectType, string name, IReadOnlyList<string> columns, IReadOnlyList<string?[]> rows, CancellationToken ct)
    {
        var audit = http.RequestServices.GetRequiredService<AuditLog>();
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        await audit.WriteAsync(http.User.Identity?.Name ?? "", AuditEvents.Exported, objectType, null, detail: $"{rows.Count} rows", cancellationToken: ct);
        var kind = TableExport.FormatOf(format ?? "xlsx");
        await TableExport.SendAsync(http, kind, name, ShanghaiTime.Today(clock), stream => TableExport.WriteAsync(stream, kind, columns, rows.ToAsyncEnumerable(), ct));
    }
}
