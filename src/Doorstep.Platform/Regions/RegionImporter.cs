using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.Regions;

/// <summary>
/// Imports the region tree from a table with the columns 区划代码,名称,上级区划代码,层级.
/// Rows may come in any order; a parent may be in the file or already in the database.
/// </summary>
public sealed class RegionImporter(DoorstepDb db, AuditLog audit)
{
    private static readonly string[] Columns = ["区划代码", "名称", "上级区划代码", "层级"];

    public async Task<ImportReport> ImportAsync(TabularFile file, Actor actor, bool allOrNothing = false, CancellationToken ct = default)
    {
        var index = Columns.ToDictionary(c => c, c => Array.FindIndex(file.Header, h => h.Trim() == c));
        var missing = Columns.Take(2).Where(c => index[c] < 0).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"第1行表头缺少必填列：{string.Join("、", missing)}。表头应为：区划代码,名称,上级区划代码,层级");
        }

        var report = new ImportReport();
        var parsed = new List<(int Row, RegionCode Code, string Name)>();
        var rowNumber = 1;
        foreach (var cells in file.Rows())
        {
            rowNumber++;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            report.Total++;
            string Cell(string column) => index[column] >= 0 && index[column] < cells.Length ? cells[index[column]].Trim() : "";
            var problems = new List<(string, string)>();
            if (!RegionCode.TryParse(Cell("区划代码"), out var code, out var codeError))
            {
                problems.Add(("区划代码", codeError));
            }
            else
            {
                if (Cell("上级区划代码") is { Length: > 0 } parentText && parentText != code.Parent?.Value)
                {
                    problems.Add(("上级区划代码", $"上级区划代码应为 {code.Parent?.Value ?? "空（省级没有上级）"}，而不是 {parentText}"));
                }

                if (Cell("层级") is { Length: > 0 } levelText)
                {
                    if (!RegionLevels.TryParseChinese(levelText, out var level))
                    {
                        problems.Add(("层级", $"层级“{levelText}”无效，应为 省/市/区县/乡镇街道/村社区/网格"));
                    }
                    else if (level != code.Level)
                    {
                        problems.Add(("层级", $"代码 {code.Value} 是{RegionLevels.ChineseName(code.Level)}级，与层级“{levelText}”不符"));
                    }
                }
            }

            var name = Cell("名称");
            if (name.Length is 0 or > 100)
            {
                problems.Add(("名称", "名称不能为空，且不超过100个字"));
            }

            if (problems.Count > 0)
            {
                report.Reject(rowNumber, problems);
            }
            else
            {
                parsed.Add((rowNumber, code!, name));
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var known = (await db.Regions.Select(r => r.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var existing = known.ToHashSet(StringComparer.Ordinal);
        foreach (var (row, code, name) in parsed.OrderBy(p => p.Code.Level))
        {
            if (code.Parent is { } parent && !known.Contains(parent.Value))
            {
                report.Reject(row, "上级区划代码", $"上级区划 {parent.Value} 不在文件中，也未登记");
                continue;
            }

            if (existing.Contains(code.Value))
            {
                var region = await db.Regions.FirstAsync(r => r.Code == code.Value, ct);
                region.Name = name;
                report.Updated++;
            }
            else
            {
                db.Regions.Add(new Region { Code = code.Value, Name = name, ParentCode = code.Parent?.Value, Level = code.Level });
                report.Imported++;
            }

            known.Add(code.Value);
        }

        if (allOrNothing && report.Rejected > 0)
        {
            report.Imported = 0;
            report.Updated = 0;
            return report;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(Region), null, detail: $"total={report.Total} imported={report.Imported} updated={report.Updated} rejected={report.Rejected}", cancellationToken: ct);
        return report;
    }
}
