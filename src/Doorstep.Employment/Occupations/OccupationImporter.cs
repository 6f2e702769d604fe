using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;

namespace Doorstep.Employment.Occupations;

/// <summary>
/// 职业分类导入: the full 职业分类大典 table from Excel or CSV, row by row through the occupation
/// service. An entry already on file is renamed, not added twice; groups must come before their
/// members, as the published table lists them.
/// </summary>
public sealed class OccupationImporter(RowImport rows, OccupationService occupations, AuditLog audit)
{
    public static readonly string[] Columns = ["职业编码", "职业名称", "上级编码"];

    public static readonly string[] RequiredColumns = ["职业编码", "职业名称"];

    private static readonly Dictionary<string, string> Fields = new() { ["code"] = "职业编码", ["name"] = "职业名称", ["parentCode"] = "上级编码" };

    public async Task<ImportReport> ImportAsync(TabularFile file, bool allOrNothing, Actor actor, CancellationToken ct = default)
    {
        var updated = 0;
        var report = await rows.RunAsync(file, RequiredColumns, allOrNothing, async (row, token) =>
        {
            var saved = await occupations.SaveAsync(new OccupationInput(row["职业编码"], row["职业名称"], row["上级编码"]), token);
            if (saved.Succeeded && !saved.Value)
            {
                updated++;
            }

            return saved.Errors;
        }, field => Fields.GetValueOrDefault(field, field), ct);

        report.Updated = report.Imported == 0 ? 0 : updated;
        report.Imported -= report.Updated;
        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(Occupation), null, allOrNothing && report.Rejected > 0 ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} updated={report.Updated} rejected={report.Rejected}", ct);
        return report;
    }
}
