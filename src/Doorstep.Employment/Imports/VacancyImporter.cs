using Doorstep.Employment.Occupations;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Imports;

/// <summary>
/// 岗位导入: vacancies from Excel or CSV, row by row through the vacancy service, so the
/// discrimination check holds a flagged row for review exactly as the form would, and every row is
/// audited. The employer is named as registered, inside the importer's regions.
/// </summary>
public sealed class VacancyImporter(DoorstepDb db, RowImport rows, VacancyService vacancies, OccupationService occupations, AuditLog audit)
{
    public static readonly string[] Columns =
        ["岗位名称", "用人单位", "职业", "招聘人数", "最低工资", "最高工资", "计薪", "用工形式", "工作地点", "区划代码", "经度", "纬度", "技能", "学历要求", "经验年限", "任职要求", "适合残疾类别", "无障碍", "发布日期", "截止日期"];

    public static readonly string[] RequiredColumns = ["岗位名称", "用人单位", "职业", "招聘人数", "最低工资", "最高工资"];

    public static readonly Text[] Notes =
    [
        new("用人单位填登记的单位名称，须在您的管辖范围内；职业填名称或编码。", "The employer by its registered name, inside your regions; the occupation by name or code."),
        new("疑似就业歧视的岗位照常导入，但暂不公开，待区级业务科室审核。", "Vacancies that look discriminatory are imported but held for review."),
        new("工作地点、区划和经纬度不填的，取用人单位的。", "Place, region and position default to the employer's."),
    ];

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["title"] = "岗位名称", ["employerId"] = "用人单位", ["occupationCode"] = "职业", ["headcount"] = "招聘人数", ["wageMin"] = "最低工资",
        ["wageMax"] = "最高工资", ["wageUnit"] = "计薪", ["schedule"] = "用工形式", ["address"] = "工作地点", ["regionCode"] = "区划代码",
        ["location"] = "经度", ["longitude"] = "经度", ["latitude"] = "纬度", ["skills"] = "技能", ["education"] = "学历要求", ["experienceYears"] = "经验年限",
        ["requirements"] = "任职要求", ["suitsDisabilities"] = "适合残疾类别", ["accessibleWorkplace"] = "无障碍", ["postedOn"] = "发布日期", ["expiresOn"] = "截止日期",
    };

    public async Task<ImportReport> ImportAsync(TabularFile file, bool allOrNothing, Actor actor, CancellationToken ct = default)
    {
        var catalogue = await OccupationCodes.LoadAsync(occupations, ct);
        var report = await rows.RunAsync(file, RequiredColumns, allOrNothing, async (row, token) =>
        {
            var errors = new FieldErrors();
            var cells = new ImportCells(errors);
            var employer = row["用人单位"];
            var employerId = await db.Organisations.AsNoTracking().Where(o => o.Name == employer).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(token);
            if (employerId is null)
            {
                errors.Add("employerId", $"用人单位“{employer}”未登记，或不在您的管辖范围内；请先登记用人单位");
            }

            var input = new VacancyInput(
                row["岗位名称"], employerId, row["职业"] is { } occupation ? catalogue.Code(occupation) : null, cells.Int(row["招聘人数"], "headcount"),
                cells.Int(row["最低工资"], "wageMin"), cells.Int(row["最高工资"], "wageMax"), cells.Term<WageUnit>(row["计薪"], ImportTerms.WageUnit, "wageUnit"),
                cells.Term<WorkSchedule>(row["用工形式"], VacancyTerms.Schedule, "schedule"), cells.Double(row["经度"], "longitude"), cells.Double(row["纬度"], "latitude"),
                row["区划代码"], row["工作地点"], CellText.List(row["技能"]), cells.Term<Education>(row["学历要求"], VacancyTerms.Education, "education"),
                cells.Int(row["经验年限"], "experienceYears"), row["任职要求"], Disabilities(row["适合残疾类别"]), cells.YesNo(row["无障碍"], "accessibleWorkplace"),
                cells.Date(row["发布日期"], "postedOn"), cells.Date(row["截止日期"], "expiresOn"));
            if (!errors.IsEmpty)
            {
                return errors;
            }

            return (await vacancies.CreateAsync(input, actor, token)).Errors;
        }, field => Fields.GetValueOrDefault(field, field), ct);

        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(Vacancy), null, allOrNothing && report.Rejected > 0 ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} rejected={report.Rejected}", ct);
        return report;
    }

    /// <summary>Categories by code or Chinese name (听力残疾, or just 听力); an unknown one goes on for the service to refuse.</summary>
    private static List<string> Disabilities(string? cell) =>
        CellText.List(cell).Select(text => VacancyTerms.DisabilityCategories.FirstOrDefault(d => d.Name.Zh.StartsWith(text, StringComparison.Ordinal)).Code ?? text).ToList();
}
