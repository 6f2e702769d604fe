using Doorstep.Employment.Imports;
using Doorstep.Employment.Seekers;
using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;

namespace Doorstep.Employment.Entrepreneurship;

/// <summary>
/// 创业扶持申请导入: loan and subsidy applications from Excel or CSV, row by row through the same
/// service as the form, so a row failing an eligibility rule is refused with every reason, and
/// with all-or-nothing the whole file writes nothing.
/// </summary>
public sealed class StartupImporter(RowImport rows, StartupApplicationService applications, RegistryLookup registry, AuditLog audit)
{
    public static readonly string[] Columns =
        ["申请类别", "身份证号码", "姓名", "创业项目", "统一社会信用代码", "申请金额（元）", "期限（月）", "合伙人数", "合伙人身份证号码", "重点群体", "首次创业", "经营起始日期", "带动就业", "备注"];

    public static readonly string[] RequiredColumns = ["申请类别", "身份证号码", "创业项目"];

    public static readonly Text[] Notes =
    [
        new("申请类别填：个人、合伙、小微企业 或 补贴（一次性创业补贴）。", "Kind: 个人, 合伙, 小微企业 or 补贴 (one-off subsidy)."),
        new("按身份证号码在居民档案中查找申请人，须在您的管辖范围内；填了姓名的，须与档案一致。", "The applicant is found by ID number in the registry, inside your regions; a name, when given, must match."),
        new("每行都按创业担保贷款和创业补贴的条件审核，不符合的行写明全部原因；补贴金额不填按规定标准。", "Each row is checked against the loan and subsidy rules; a refused row gives every reason. A subsidy's amount defaults to the standard one."),
        new("合伙创业在“合伙人身份证号码”列填其他合伙人的身份证号码（不含申请人本人），多个用；或空格分隔，须在居民档案中且在您的管辖范围内；合伙人数按申请人加所列合伙人计算，填了合伙人数的须一致；同一人不能重复填写。",
            "A partnership lists the other partners' ID numbers (not the applicant's) in the partners column, separated by ； or spaces; they must be registered residents in your regions. Members are the applicant plus those listed; a members count, when given, must agree; nobody may be listed twice."),
        new("返乡农民工、脱贫劳动力按居民档案自动标注；重点群体列可填高校毕业生、就业困难人员。", "Returnee and poverty-relieved follow from the registry; the groups column takes graduate and employment difficulty."),
    ];

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["kind"] = "申请类别", ["personId"] = "身份证号码", ["idNumber"] = "身份证号码", ["name"] = "姓名", ["businessName"] = "创业项目",
        ["creditCode"] = "统一社会信用代码", ["amount"] = "申请金额（元）", ["termMonths"] = "期限（月）", ["members"] = "合伙人数", ["partners"] = "合伙人身份证号码",
        ["targetGroups"] = "重点群体", ["firstTimeFounder"] = "首次创业", ["operatingSince"] = "经营起始日期", ["monthsInOperation"] = "经营起始日期",
        ["jobsCreated"] = "带动就业", ["note"] = "备注",
    };

    public async Task<ImportReport> ImportAsync(TabularFile file, bool allOrNothing, Actor actor, CancellationToken ct = default)
    {
        var report = await rows.RunAsync(file, RequiredColumns, allOrNothing, async (row, token) =>
        {
            var errors = new FieldErrors();
            var cells = new ImportCells(errors);
            var input = new StartupInput(
                Kind: cells.Term<StartupKind>(row["申请类别"], StartupTerms.Kind, "kind"),
                IdNumber: row["身份证号码"],
                BusinessName: row["创业项目"],
                CreditCode: row["统一社会信用代码"],
                Amount: cells.Int(row["申请金额（元）"], "amount"),
                TermMonths: cells.Int(row["期限（月）"], "termMonths"),
                Members: cells.Int(row["合伙人数"], "members"),
                TargetGroups: cells.Terms<TargetGroup>(row["重点群体"], SeekerTerms.Group, "targetGroups"),
                FirstTimeFounder: cells.YesNo(row["首次创业"], "firstTimeFounder"),
                OperatingSince: cells.Date(row["经营起始日期"], "operatingSince"),
                JobsCreated: cells.Int(row["带动就业"], "jobsCreated"),
                Note: row["备注"],
                Partners: StartupPartnerRules.Split(row["合伙人身份证号码"]));
            await registry.CheckNameAsync(row["身份证号码"], row["姓名"], "身份证号码", errors, token);
            if (!errors.IsEmpty)
            {
                return errors;
            }

            return (await applications.SubmitAsync(input, actor, token)).Errors;
        }, field => Fields.GetValueOrDefault(field, field), ct);

        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(StartupApplication), null, allOrNothing && report.Rejected > 0 ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} rejected={report.Rejected}", ct);
        return report;
    }
}
