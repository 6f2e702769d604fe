using Doorstep.Employment.Employers;
using Doorstep.Employment.Imports;
using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.TrainingBases;

/// <summary>
/// 培训基地申报导入: one application per row, each submitted through the same service as the
/// form, so the call's dates, the once-a-year rule and the automatic criteria check apply alike:
/// a row that misses a criterion is kept as not eligible with its reasons, as the form keeps it.
/// The call is found by its year among the caller's calls.
/// </summary>
public sealed class BaseApplicationImporter(DoorstepDb db, RowImport rows, BaseApplicationService applications, AuditLog audit)
{
    public static readonly string[] Columns =
    [
        "年度", "申报单位", "统一社会信用代码", "单位地址", "所在区划", "联系人", "联系电话", "年培训人次", "政府补贴性培训人次", "累计培养技能人才",
        "合作企业", "共同开发培训项目", "共建共享实训基地", "实训基地说明", "毕业生本地就业率（%）", "服务产业",
    ];

    public static readonly string[] RequiredColumns = ["年度", "申报单位", "所在区划", "年培训人次", "政府补贴性培训人次", "累计培养技能人才", "毕业生本地就业率（%）", "服务产业"];

    public static readonly Text[] Notes =
    [
        new("年度填已发布的年度申报（如 2026），须在受理期内；同一单位（统一社会信用代码）每年只能申报一次。", "Year: an issued call (e.g. 2026), open for applications; one application per institution (credit code) a year."),
        new("所在区划填区划代码（如 430211002002）或您管辖范围内的区划名称，须在该年度申报的受理范围内；联系电话加密保存、脱敏显示。", "Region: its code or the name of one of your regions, inside the call's area; the phone is sealed and shown masked."),
        new("合作企业写成“企业名称（规模）”，规模为大型、中型、小型或微型，多家用顿号分隔；共同开发培训项目、服务产业也用顿号分隔。", "Partners as 名称（大型）, size 大型/中型/小型/微型, separated by 、; programmes and industries also separated by 、."),
        new("共建共享实训基地填“是”或“否”，填“是”的须写实训基地说明；毕业生本地就业率填 0～100 的百分数。", "Shared base 是 or 否, with a description when 是; local employment of graduates as a percentage 0–100."),
        new("每行按认定条件自动审查：各项条件均符合的进入专家评审，不符合的照样登记为“未通过资格审查”并写明原因。", "Each row is checked against the criteria: one meeting them all goes to expert review, one that does not is recorded as not eligible with the reasons."),
    ];

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["year"] = "年度", ["callId"] = "年度", ["institutionName"] = "申报单位", ["creditCode"] = "统一社会信用代码", ["address"] = "单位地址",
        ["regionCode"] = "所在区划", ["contactName"] = "联系人", ["contactPhone"] = "联系电话", ["annualPersonTimes"] = "年培训人次",
        ["subsidisedPersonTimes"] = "政府补贴性培训人次", ["totalTrained"] = "累计培养技能人才", ["partners"] = "合作企业", ["programmes"] = "共同开发培训项目",
        ["sharedBase"] = "共建共享实训基地", ["sharedBaseDescription"] = "实训基地说明", ["localEmploymentPercent"] = "毕业生本地就业率（%）", ["industriesServed"] = "服务产业",
    };

    public static Text Size(EmployerSize size) => size switch
    {
        EmployerSize.Large => new("大型", "Large"),
        EmployerSize.Medium => new("中型", "Medium"),
        EmployerSize.Small => new("小型", "Small"),
        _ => new("微型", "Micro"),
    };

    public async Task<ImportReport> ImportAsync(TabularFile file, bool allOrNothing, Actor actor, CancellationToken ct = default)
    {
        var calls = await db.Set<TrainingBaseCall>().AsNoTracking().Select(c => new { c.Id, c.Year, c.RegionCode }).ToListAsync(ct);
        var regions = await db.Regions.AsNoTracking().Select(r => new { r.Code, r.Name }).ToListAsync(ct);
        var report = await rows.RunAsync(file, RequiredColumns, allOrNothing, async (row, token) =>
        {
            var errors = new FieldErrors();
            var cells = new ImportCells(errors);
            var year = cells.Int(row["年度"], "year");
            var regionText = row["所在区划"]?.Trim();
            var regionCode = regions.Where(r => r.Name == regionText).Select(r => r.Code).FirstOrDefault() ?? regionText;
            var inArea = RegionCode.TryParse(regionCode, out var region, out _)
                ? calls.Where(c => c.Year == year).OrderByDescending(c => RegionCode.Parse(c.RegionCode).Contains(region!)).FirstOrDefault()
                : calls.FirstOrDefault(c => c.Year == year);
            if (row["年度"] is null)
            {
                errors.Add("year", "请填写申报年度");
            }
            else if (year is not null && inArea is null)
            {
                errors.Add("year", $"您的管辖范围内没有{year}年度的培训基地申报");
            }

            var input = new ApplicationInput(
                CallId: inArea?.Id,
                InstitutionName: row["申报单位"],
                CreditCode: row["统一社会信用代码"],
                Address: row["单位地址"],
                RegionCode: regionCode,
                ContactName: row["联系人"],
                ContactPhone: row["联系电话"],
                AnnualPersonTimes: cells.Int(row["年培训人次"], "annualPersonTimes"),
                SubsidisedPersonTimes: cells.Int(row["政府补贴性培训人次"], "subsidisedPersonTimes"),
                TotalTrained: cells.Int(row["累计培养技能人才"], "totalTrained"),
                Partners: Partners(row["合作企业"], cells),
                Programmes: CellText.List(row["共同开发培训项目"]),
                SharedBase: cells.YesNo(row["共建共享实训基地"], "sharedBase"),
                SharedBaseDescription: row["实训基地说明"],
                LocalEmploymentPercent: (decimal?)cells.Double(row["毕业生本地就业率（%）"], "localEmploymentPercent"),
                IndustriesServed: CellText.List(row["服务产业"]));
            if (!errors.IsEmpty)
            {
                return errors;
            }

            return (await applications.SubmitAsync(input, actor, token)).Errors;
        }, Column, ct);

        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(BaseApplication), null, allOrNothing && report.Rejected > 0 ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} rejected={report.Rejected}", ct);
        return report;
    }

    /// <summary>The column a service's field is read from; a partner's field (partners[2].size) is the partners column.</summary>
    private static string Column(string field) =>
        Fields.GetValueOrDefault(field) ?? (field.StartsWith("partners", StringComparison.Ordinal) ? "合作企业" : field);

    /// <summary>"株洲齿轮有限责任公司（大型）、…": a partner without its size is kept, so the service names what is missing.</summary>
    private static List<PartnerInput> Partners(string? text, ImportCells cells) =>
    [
        .. CellText.List(text).Select(item =>
        {
            var open = item.IndexOfAny(['（', '(']);
            if (open <= 0)
            {
                return new PartnerInput(item, null);
            }

            var size = item[(open + 1)..].TrimEnd('）', ')').Trim();
            return new PartnerInput(item[..open].Trim(), cells.Term<EmployerSize>(size, Size, "partners"));
        }),
    ];
}
