using Doorstep.Employment.Imports;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;

namespace Doorstep.Employment.Workshops;

/// <summary>
/// 帮扶车间职工导入: workers from Excel or CSV, row by row through the workshop service, so each
/// row passes the same rules as the form — a poverty-relieved person of the registry in scope,
/// not already at that workshop (a repeated row is refused as a repeat). The workshop is found by
/// its name, the person by ID number; a name, when given, must be the registry's.
/// </summary>
public sealed class WorkshopWorkerImporter(RowImport rows, WorkshopService workshops, WorkshopWorkerService workers, RegistryLookup registry, AuditLog audit)
{
    public static readonly string[] Columns = ["车间", "身份证号码", "姓名", "入职日期", "收入", "收入周期"];

    public static readonly string[] RequiredColumns = ["车间", "身份证号码", "入职日期", "收入"];

    public static readonly Text[] Notes =
    [
        new("车间填帮扶车间的全称，须是您管辖范围内已登记的车间。", "The workshop by its full name, registered in your regions."),
        new("按身份证号码在居民档案中查找本人，须在您的管辖范围内且档案中标注为脱贫劳动力；填了姓名的，须与档案一致。", "The person is found by ID number in the registry, inside your regions, and must be marked poverty-relieved; a name, when given, must match."),
        new("收入周期填“月”或“年”，不填按月；同一人不能在同一车间重复登记。", "Income period 月 or 年 (month by default); one person once per workshop at a time."),
    ];

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["workshop"] = "车间", ["id"] = "车间", ["personId"] = "身份证号码", ["idNumber"] = "身份证号码", ["name"] = "姓名", ["hiredOn"] = "入职日期",
        ["leftOn"] = "入职日期", ["income"] = "收入", ["incomePeriod"] = "收入周期",
    };

    public async Task<ImportReport> ImportAsync(TabularFile file, bool allOrNothing, Actor actor, CancellationToken ct = default)
    {
        var report = await rows.RunAsync(file, RequiredColumns, allOrNothing, async (row, token) =>
        {
            var errors = new FieldErrors();
            var cells = new ImportCells(errors);
            var workshop = await workshops.FindByNameAsync(row["车间"], errors, token);
            var input = new WorkerInput(
                IdNumber: row["身份证号码"],
                HiredOn: cells.Date(row["入职日期"], "hiredOn"),
                Income: cells.Int(row["收入"], "income"),
                IncomePeriod: cells.Term<IncomePeriod>(row["收入周期"], WorkshopTerms.Period, "incomePeriod"));
            if (string.IsNullOrWhiteSpace(input.IdNumber))
            {
                errors.Add("idNumber", "请填写身份证号码");
            }

            await registry.CheckNameAsync(row["身份证号码"], row["姓名"], "身份证号码", errors, token);
            if (!errors.IsEmpty)
            {
                return errors;
            }

            return (await workers.AddWorkerAsync(workshop!.Value, input, actor, token)).Errors;
        }, field => Fields.GetValueOrDefault(field, field), ct);

        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(WorkshopWorker), null, allOrNothing && report.Rejected > 0 ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} rejected={report.Rejected}", ct);
        return report;
    }
}
