using Doorstep.Employment.Imports;
using Doorstep.Employment.Occupations;
using Doorstep.Employment.Seekers;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Fairs;

/// <summary>
/// 招聘会入场求职者导入: the sign-in sheets of a fair typed up afterwards, row by row through the
/// same registration as the walk-in form — valid ID number, phone, one registration per ID number
/// per fair, a name that matches the registry when the person is on file — and audited.
/// </summary>
public sealed class FairVisitorImporter(DoorstepDb db, RowImport rows, FairVisitorService visitors, OccupationService occupations, AuditLog audit)
{
    public static readonly string[] Columns = ["招聘会", "身份证号码", "姓名", "联系电话", "重点群体", "意向职业"];

    public static readonly string[] RequiredColumns = ["招聘会", "身份证号码", "姓名", "联系电话"];

    public static readonly Text[] Notes =
    [
        new("招聘会填名称（须与系统中一致）或编号；同名的多场招聘会请填编号。只能导入您管辖范围内的招聘会。", "The fair by its title (as on file) or id; use the id when titles repeat. Only fairs in your regions."),
        new("同一身份证号码在同一场招聘会只登记一次；在居民档案中的，姓名须与档案一致，并自动关联求职者记录。", "One registration per ID number per fair; a person in the registry must carry the registry's name, and is linked to their seeker record."),
        new("重点群体填返乡农民工、脱贫劳动力、残疾人、高校毕业生、就业困难人员，多个用、分隔；意向职业填职业名称或编码。", "Groups by name, separated by 、; the wished occupation by name or code."),
    ];

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["fairId"] = "招聘会", ["idNumber"] = "身份证号码", ["name"] = "姓名", ["phone"] = "联系电话", ["targetGroups"] = "重点群体", ["wishedOccupation"] = "意向职业",
    };

    public async Task<ImportReport> ImportAsync(TabularFile file, bool allOrNothing, Actor actor, CancellationToken ct = default)
    {
        var catalogue = await OccupationCodes.LoadAsync(occupations, ct);
        var fairs = (await db.Set<JobFair>().AsNoTracking().Select(f => new { f.Id, f.Title }).ToListAsync(ct))
            .GroupBy(f => f.Title).ToDictionary(g => g.Key, g => g.Select(f => f.Id).ToList());
        var report = await rows.RunAsync(file, RequiredColumns, allOrNothing, async (row, token) =>
        {
            var errors = new FieldErrors();
            var cells = new ImportCells(errors);
            var fairId = Fair(row["招聘会"], fairs, errors);
            var input = new FairVisitorInput(
                row["身份证号码"], row["姓名"], row["联系电话"], cells.Terms<TargetGroup>(row["重点群体"], SeekerTerms.Group, "targetGroups"),
                string.IsNullOrWhiteSpace(row["意向职业"]) ? null : catalogue.Code(row["意向职业"]!.Trim()));
            if (!errors.IsEmpty)
            {
                return errors;
            }

            var outcome = await visitors.RegisterAsync(fairId!.Value, input, actor, token);
            return outcome.Errors;
        }, field => Fields.GetValueOrDefault(field, field), ct);

        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(FairVisitor), null, allOrNothing && report.Rejected > 0 ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} rejected={report.Rejected}", ct);
        return report;
    }

    private static Guid? Fair(string? cell, Dictionary<string, List<Guid>> fairs, FieldErrors errors)
    {
        var text = cell?.Trim() ?? "";
        if (Guid.TryParse(text, out var id) && fairs.Values.Any(ids => ids.Contains(id)))
        {
            return id;
        }

        if (fairs.TryGetValue(text, out var named))
        {
            if (named.Count == 1)
            {
                return named[0];
            }

            errors.Add("fairId", $"有{named.Count}场招聘会名为“{text}”，请填招聘会编号");
            return null;
        }

        errors.Add("fairId", text.Length == 0 ? "请填写招聘会名称或编号" : $"招聘会“{text}”不存在，或不在您的管辖范围内");
        return null;
    }
}
