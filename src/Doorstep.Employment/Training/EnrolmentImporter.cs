using Doorstep.Employment.Imports;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Imports;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Training;

/// <summary>
/// 培训报名导入: a provider's sign-up sheet, row by row through the enrolment service, so each row
/// passes the same rules as the form (a registered person in scope, once per course, within the
/// places) and is audited. A name, when given, must be the registry's.
/// </summary>
public sealed class EnrolmentImporter(DoorstepDb db, RowImport rows, EnrolmentService enrolments, RegistryLookup registry, AuditLog audit)
{
    public static readonly string[] Columns = ["培训班", "身份证号码", "姓名", "补贴性培训"];

    public static readonly string[] RequiredColumns = ["培训班", "身份证号码"];

    public static readonly Text[] Notes =
    [
        new("培训班填名称（同名的填培训班编号，见培训班页面地址）。", "The course by its title, or by its number where titles repeat (in the course page's address)."),
        new("按身份证号码在居民档案中查找本人，须在您的管辖范围内；填了姓名的，须与档案一致。", "The person is found by ID number in the registry, inside your regions; a name, when given, must match."),
        new("补贴性培训填“是”或“否”，不填为是。同一人每期只能报名一次，超出计划人数的行不予导入。", "Subsidised: yes or no, blank for yes. One enrolment per person and course; rows past the course's places are refused."),
    ];

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["id"] = "培训班", ["course"] = "培训班", ["capacity"] = "培训班", ["personId"] = "身份证号码", ["idNumber"] = "身份证号码", ["name"] = "姓名", ["subsidised"] = "补贴性培训",
    };

    public async Task<ImportReport> ImportAsync(TabularFile file, bool allOrNothing, Actor actor, CancellationToken ct = default)
    {
        var courses = await db.Set<TrainingCourse>().AsNoTracking().Select(c => new { c.Id, c.Title }).ToListAsync(ct);
        var report = await rows.RunAsync(file, RequiredColumns, allOrNothing, async (row, token) =>
        {
            var errors = new FieldErrors();
            var cells = new ImportCells(errors);
            var text = row["培训班"]!;
            var named = Guid.TryParse(text, out var id) ? courses.Where(c => c.Id == id).ToList() : courses.Where(c => c.Title == text).ToList();
            if (named.Count == 0)
            {
                errors.Add("course", $"没有名为“{text}”的培训班");
            }
            else if (named.Count > 1)
            {
                errors.Add("course", $"名为“{text}”的培训班有{named.Count}个，请填培训班编号");
            }

            var subsidised = cells.YesNo(row["补贴性培训"], "subsidised");
            await registry.CheckNameAsync(row["身份证号码"], row["姓名"], "身份证号码", errors, token);
            if (!errors.IsEmpty)
            {
                return errors;
            }

            return (await enrolments.EnrolAsync(named[0].Id, new EnrolmentInput(IdNumber: row["身份证号码"], Subsidised: subsidised), actor, token)).Errors;
        }, field => Fields.GetValueOrDefault(field, field), ct);

        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(TrainingEnrolment), null, allOrNothing && report.Rejected > 0 ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} rejected={report.Rejected}", ct);
        return report;
    }
}
