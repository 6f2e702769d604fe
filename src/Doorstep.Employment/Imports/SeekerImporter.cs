using Doorstep.Employment.Occupations;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;

namespace Doorstep.Employment.Imports;

/// <summary>
/// 求职者导入: seekers from Excel or CSV, row by row through the seeker service, so each row passes
/// the same rules as the form (a registered person in scope, one record per person, occupations
/// in the catalogue) and is audited. The person is found by ID number; a name, when given, must
/// be the registry's, which catches a mistyped number that happens to be someone else's.
/// </summary>
public sealed class SeekerImporter(RowImport rows, SeekerService seekers, OccupationService occupations, RegistryLookup registry, AuditLog audit)
{
    public static readonly string[] Columns =
        ["身份证号码", "姓名", "求职意向", "期望工资", "计薪", "最远通勤（米）", "用工形式", "学历", "工作年限", "技能", "可到岗日期", "重点群体", "同意上求职墙", "经度", "纬度", "备注"];

    public static readonly string[] RequiredColumns = ["身份证号码", "求职意向", "期望工资"];

    public static readonly Text[] Notes =
    [
        new("按身份证号码在居民档案中查找本人，须在您的管辖范围内；填了姓名的，须与档案一致。", "The person is found by ID number in the registry, inside your regions; a name, when given, must match."),
        new("求职意向填职业名称或编码，多个用、分隔，如：保安员、餐厅服务员。", "Occupations by name or code, separated by 、."),
        new("每人只登记一次：已登记的求职者请在页面上修改。", "One record per person: change a recorded seeker on their page."),
        new("残疾人、返乡农民工、脱贫劳动力按居民档案自动标注；重点群体列可填高校毕业生、就业困难人员。", "Disabled, returnee and poverty-relieved follow from the registry; the groups column takes graduate and employment difficulty."),
    ];

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["id"] = "身份证号码", ["personId"] = "身份证号码", ["idNumber"] = "身份证号码", ["name"] = "姓名", ["desiredOccupations"] = "求职意向",
        ["expectedWage"] = "期望工资", ["wageUnit"] = "计薪", ["maxCommuteMeters"] = "最远通勤（米）", ["schedules"] = "用工形式", ["education"] = "学历",
        ["experienceYears"] = "工作年限", ["skills"] = "技能", ["availableFrom"] = "可到岗日期", ["targetGroups"] = "重点群体",
        ["publicWallConsent"] = "同意上求职墙", ["location"] = "经度", ["longitude"] = "经度", ["latitude"] = "纬度", ["note"] = "备注",
    };

    public async Task<ImportReport> ImportAsync(TabularFile file, bool allOrNothing, Actor actor, CancellationToken ct = default)
    {
        var catalogue = await OccupationCodes.LoadAsync(occupations, ct);
        var report = await rows.RunAsync(file, RequiredColumns, allOrNothing, async (row, token) =>
        {
            var errors = new FieldErrors();
            var cells = new ImportCells(errors);
            var input = new SeekerInput(
                IdNumber: row["身份证号码"],
                DesiredOccupations: catalogue.Codes(row["求职意向"]),
                ExpectedWage: cells.Int(row["期望工资"], "expectedWage"),
                WageUnit: cells.Term<WageUnit>(row["计薪"], ImportTerms.WageUnit, "wageUnit"),
                MaxCommuteMeters: cells.Int(row["最远通勤（米）"], "maxCommuteMeters"),
                Schedules: cells.Terms<WorkSchedule>(row["用工形式"], VacancyTerms.Schedule, "schedules"),
                Longitude: cells.Double(row["经度"], "longitude"),
                Latitude: cells.Double(row["纬度"], "latitude"),
                Skills: CellText.List(row["技能"]),
                Education: cells.Term<Education>(row["学历"], SeekerTerms.Education, "education"),
                ExperienceYears: cells.Int(row["工作年限"], "experienceYears"),
                AvailableFrom: cells.Date(row["可到岗日期"], "availableFrom"),
                TargetGroups: cells.Terms<TargetGroup>(row["重点群体"], SeekerTerms.Group, "targetGroups"),
                PublicWallConsent: cells.YesNo(row["同意上求职墙"], "publicWallConsent"),
                Note: row["备注"]);
            await registry.CheckNameAsync(row["身份证号码"], row["姓名"], "身份证号码", errors, token);
            if (!errors.IsEmpty)
            {
                return errors;
            }

            return (await seekers.CreateAsync(input, actor, token)).Errors;
        }, field => Fields.GetValueOrDefault(field, field), ct);

        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(Seeker), null, allOrNothing && report.Rejected > 0 ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} rejected={report.Rejected}", ct);
        return report;
    }
}

/// <summary>The catalogue's occupations by code and by name, so a file may say 保安员 or 4-07-05-01.</summary>
internal sealed class OccupationCodes(Dictionary<string, string> byName)
{
    public static async Task<OccupationCodes> LoadAsync(OccupationService occupations, CancellationToken ct) =>
        new((await occupations.PickListAsync(ct)).GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.First().Code));

    /// <summary>The code of a name on file, else the text as given, for the service to refuse by its own words.</summary>
    public string Code(string text) => byName.GetValueOrDefault(text, text);

    public List<string> Codes(string? cell) => CellText.List(cell).Select(Code).ToList();
}

/// <summary>The names the import reads for terms that have no page label of their own.</summary>
internal static class ImportTerms
{
    public static Text WageUnit(WageUnit unit) => unit == Vacancies.WageUnit.Month ? new("月", "month") : new("天", "day");
}
