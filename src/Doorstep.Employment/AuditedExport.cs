using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Employment;

/// <summary>A list leaving the building: the export is audited with its row count, then sent as Excel (the default) or CSV named like 岗位-20240203.xlsx.</summary>
internal static class AuditedExport
{
    public static async Task SendAsync(HttpContext http, string? format, string objectType, string name, IReadOnlyList<string> columns, int count, IAsyncEnumerable<string?[]> rows, CancellationToken ct)
    {
        var audit = http.RequestServices.GetRequiredService<AuditLog>();
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        await audit.WriteAsync(http.User.Identity?.Name ?? "", AuditEvents.Exported, objectType, null, detail: $"{count} rows", cancellationToken: ct);
        var kind = TableExport.FormatOf(format ?? "xlsx");
        await TableExport.SendAsync(http, kind, name, ShanghaiTime.Today(clock), stream => TableExport.WriteAsync(stream, kind, columns, rows, ct));
    }
}
