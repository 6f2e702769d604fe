using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;

namespace Doorstep.Care.Disability;

/// <summary>
/// 残疾人服务记录导入: service records from Excel or CSV, row by row through the service, so each
/// row passes the same rules as the form — a registered certificate in the caller's regions whose
/// number carries the row's ID number, a known project the holder is eligible for, and each
/// state reached (批准, 驳回, 已落实) with its day and details.
/// </summary>
public sealed class DisabilityServiceImporter(RowImport rows, ServiceRecordService services, AuditLog audit, TimeProvider clock)
{
    public const string Key = "disability-services";

    public static readonly string[] Columns = ["身份证号", "残疾人证号", "项目", "申请日期", "申请事项", "状态", "审批日期", "驳回原因", "落实日期", "落实内容", "落实金额"];

    public static readonly string[] RequiredColumns = ["身份证号", "残疾人证号", "项目", "申请日期"];

    public static readonly Text[] Notes =
    [
        new("残疾人证须已在本系统登记，持证人在您的管辖范围内；残疾人证号前18位须与身份证号一致。", "The certificate must be registered, its holder in your regions; its first 18 characters must be the row's ID number."),
        new("项目填：辅助器具适配、无障碍改造、儿童康复救助、职业技能培训、法律援助。", "Project: one of the five livelihood projects, by its Chinese name."),
        new("状态填申请、批准、驳回或已落实，不填为申请；批准和驳回须填审批日期，驳回须填原因，已落实须填落实日期和落实内容。", "State 申请, 批准, 驳回 or 已落实 (申请 when empty); a decision needs its day, a rejection its reason, a delivery its day and what was delivered."),
        new("无障碍改造只面向困难残疾人家庭；儿童康复救助只面向申请时未满年龄上限的儿童。", "Retrofits only for poor households; child rehabilitation only under the age limit on the day of application."),
    ];

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["idNumber"] = "身份证号", ["certificate"] = "残疾人证号", ["kind"] = "项目", ["appliedOn"] = "申请日期", ["request"] = "申请事项", ["status"] = "状态",
        ["decidedOn"] = "审批日期", ["reason"] = "驳回原因", ["deliveredOn"] = "落实日期", ["delivered"] = "落实内容", ["amount"] = "落实金额",
    };

    public async Task<ImportReport> ImportAsync(TabularFile file, bool allOrNothing, Actor actor, CancellationToken ct = default)
    {
        var report = await rows.RunAsync(file, RequiredColumns, allOrNothing, (row, token) => ImportRowAsync(row, actor, token), field => Fields.GetValueOrDefault(field, field), ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(DisabilityServiceRecord), null, allOrNothing && report.Rejected > 0 ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} rejected={report.Rejected}", ct);
        return report;
    }

    private async Task<FieldErrors> ImportRowAsync(ImportRow row, Actor actor, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = ShanghaiTime.Today(clock);
        if (!CitizenId.TryParse(row["身份证号"], today, out var id, out var idError))
        {
            errors.Add("idNumber", idError);
        }
        else if (CertificateNumber.Problem(row["残疾人证号"], id.Value, null, null, today) is { } problem)
        {
            errors.Add("certificate", problem);
        }

        var status = ServiceStatus.Applied;
        if (!string.IsNullOrWhiteSpace(row["状态"]))
        {
            if (DisabilityTerms.FindStatus(row["状态"]) is { } found)
            {
                status = found;
            }
            else
            {
                errors.Add("status", $"没有“{row["状态"]!.Trim()}”这一状态，可选：{string.Join("、", DisabilityTerms.Statuses.Select(s => s.Name.Zh))}");
            }
        }

        var appliedOn = Date(row["申请日期"], "appliedOn", errors);
        var decidedOn = Date(row["审批日期"], "decidedOn", errors);
        var deliveredOn = Date(row["落实日期"], "deliveredOn", errors);
        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(row["落实金额"]))
        {
            if (CellText.TryDecimal(row["落实金额"], out var value))
            {
                amount = value;
            }
            else
            {
                errors.Add("amount", $"落实金额“{row["落实金额"]!.Trim()}”不是数字");
            }
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var outcome = await services.RecordAsync(
            new ServiceInput(CertificateNumber: row["残疾人证号"], Kind: row["项目"], AppliedOn: appliedOn, Request: row["申请事项"]),
            status,
            new DecisionInput(status != ServiceStatus.Rejected, decidedOn, row["驳回原因"]),
            new DeliveryInput(deliveredOn, row["落实内容"], amount),
            actor, ct);
        return outcome.Errors;
    }

    private static DateOnly? Date(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (CellText.TryDate(text, out var date))
        {
            return date;
        }

        errors.Add(field, $"“{text.Trim()}”不是日期，请写成2024-02-03");
        return null;
    }
}
