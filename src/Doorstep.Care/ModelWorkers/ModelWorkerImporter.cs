using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;

namespace Doorstep.Care.ModelWorkers;

/// <summary>
/// 劳模工匠导入: one honour a row, through the registry service so each row passes the form's
/// rules. The person is found by ID number in the caller's regions; the first row of a person
/// puts them in the registry with employer and trade, later rows add honours (a person with three
/// honours has three rows). A filled 困难情况 puts the person on the hardship list.
/// </summary>
public sealed class ModelWorkerImporter(RowImport rows, ModelWorkerService workers, RegistryLookup registry, AuditLog audit)
{
    public static readonly string[] Columns = ["姓名", "身份证号", "工作单位", "行业领域", "荣誉", "荣誉年度", "授予单位", "困难情况"];

    public static readonly string[] RequiredColumns = ["身份证号", "工作单位", "行业领域", "荣誉", "荣誉年度"];

    public static readonly Text[] Notes =
    [
        new("按身份证号在居民档案中查找本人，须在您的管辖范围内；填了姓名的，须与档案一致。", "The person is found by ID number in the registry, inside your regions; a name, when given, must match."),
        new("每行一项荣誉：同一人有多项荣誉的写多行；荣誉填名称，如“全国五一劳动奖章”“省劳动模范”“市工匠”。", "One honour a row; the honour by its name, e.g. 全国五一劳动奖章, 省劳动模范, 市工匠."),
        new("荣誉年度填四位年份，不能晚于今年；同一荣誉同一年度不能重复登记。", "The year in four digits, not after this year; the same honour in the same year once."),
        new("困难情况填写的，列入困难劳模名单。", "A filled 困难情况 puts the person on the hardship list."),
    ];

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["idNumber"] = "身份证号", ["personId"] = "身份证号", ["name"] = "姓名", ["employer"] = "工作单位", ["trade"] = "行业领域",
        ["honours"] = "荣誉", ["year"] = "荣誉年度", ["hardshipReason"] = "困难情况", ["note"] = "困难情况", ["id"] = "身份证号",
    };

    public async Task<ImportReport> ImportAsync(TabularFile file, bool allOrNothing, Actor actor, CancellationToken ct = default)
    {
        var report = await rows.RunAsync(file, RequiredColumns, allOrNothing, async (row, token) =>
        {
            var errors = new FieldErrors();
            var idNumber = row["身份证号"];
            await registry.CheckNameAsync(idNumber, row["姓名"], "身份证号", errors, token);
            var yearText = row["荣誉年度"]?.TrimEnd('年');
            int? year = null;
            if (yearText is null)
            {
                errors.Add("year", "请填写荣誉年度");
            }
            else if (CellText.TryInt(yearText, out var y))
            {
                year = y;
            }
            else
            {
                errors.Add("year", $"“{row["荣誉年度"]}”不是年份，应如 2019");
            }

            if (row["荣誉"] is null)
            {
                errors.Add("honours", "请填写荣誉");
            }

            if (!errors.IsEmpty)
            {
                return errors;
            }

            var honour = new HonourInput(row["荣誉"], year, row["授予单位"]);
            var hardship = row["困难情况"];
            var existing = await workers.FindByIdNumberAsync(idNumber, token);
            if (existing is null)
            {
                return (await workers.CreateAsync(new ModelWorkerInput(null, idNumber, row["工作单位"], row["行业领域"], hardship is not null, hardship, null, [honour]), actor, token)).Errors;
            }

            var updated = await workers.UpdateAsync(existing.Id, new ModelWorkerInput(
                Employer: row["工作单位"] ?? existing.Employer, Trade: row["行业领域"] ?? existing.Trade,
                Hardship: hardship is not null || existing.Hardship, HardshipReason: hardship ?? existing.HardshipReason, Note: existing.Note), actor, token);
            return updated.Succeeded ? (await workers.AddHonourAsync(existing.Id, honour, actor, token)).Errors : updated.Errors;
        }, field => Fields.GetValueOrDefault(field, field), ct);

        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(ModelWorker), null, allOrNothing && report.Rejected > 0 ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} rejected={report.Rejected}", ct);
        return report;
    }
}
