using Doorstep.Health.Contracts;
using Doorstep.Health.Teams;
using Doorstep.Health.Visits;
using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Imports;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Imports;

/// <summary>
/// Contracts and visits from Excel or CSV, row by row through the same services as the forms,
/// with the people import's report: each refused row with its number, column and reason.
/// Residents are found by their ID number and must already be in the registry.
/// </summary>
public sealed class HealthImporter(DoorstepDb db, RegistryLookup registry, RowImport rows, ContractService contracts, VisitService visits, PackageCatalogue catalogue, AuditLog audit)
{
    public static readonly string[] ContractColumns = ["身份证号码", "签约团队", "服务包", "签约日期", "重点人群", "急诊联系医生", "联系电话"];

    public static readonly string[] VisitColumns = ["身份证号码", "随访日期", "随访方式", "收缩压", "舒张压", "心率", "空腹血糖", "随机血糖", "体重", "身高", "症状", "服药依从性", "治疗", "备注"];

    /// <summary>A file names its residents by ID number only, and reports every refusal about them in that column.</summary>
    private static readonly RegistryAsk Resident = new()
    {
        IdNumberField = "personId",
        MissingField = "personId",
        Missing = "请填写身份证号码",
        NotFound = "居民档案中没有这个身份证号码（或不在您的管辖范围内），请先导入居民",
    };

    private static readonly Dictionary<string, string> ContractFields = new()
    {
        ["personId"] = "身份证号码", ["teamId"] = "签约团队", ["packages"] = "服务包", ["signedOn"] = "签约日期",
        ["keyPopulations"] = "重点人群", ["emergencyContact"] = "急诊联系医生", ["emergencyPhone"] = "联系电话",
    };

    private static readonly Dictionary<string, string> VisitFields = new()
    {
        ["personId"] = "身份证号码", ["date"] = "随访日期", ["kind"] = "随访方式", ["systolic"] = "收缩压", ["diastolic"] = "舒张压",
        ["heartRate"] = "心率", ["fastingGlucose"] = "空腹血糖", ["randomGlucose"] = "随机血糖", ["weight"] = "体重", ["height"] = "身高",
        ["symptoms"] = "症状", ["adherence"] = "服药依从性", ["therapy"] = "治疗", ["notes"] = "备注",
    };

    public async Task<ImportReport> ImportContractsAsync(TabularFile file, bool allOrNothing, Actor actor, CancellationToken ct = default)
    {
        var teams = await db.Set<Team>().AsNoTracking().Where(t => t.Active).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var packages = await catalogue.ListAsync(activeOnly: true, ct);
        var report = await rows.RunAsync(file, ["身份证号码", "签约团队", "服务包"], allOrNothing, async (row, token) =>
        {
            var errors = new FieldErrors();
            var person = await PersonAsync(row["身份证号码"], errors, token);
            var team = teams.FirstOrDefault(t => t.Name == row["签约团队"]);
            if (team is null)
            {
                errors.Add("teamId", $"没有名为“{row["签约团队"]}”的在岗团队");
            }

            var signedOn = Date(row["签约日期"], "signedOn", errors);
            if (!errors.IsEmpty)
            {
                return errors;
            }

            // Packages and key populations by code or by name, as a district officer writes them.
            var packageCodes = CellText.List(row["服务包"]).Select(p => packages.FirstOrDefault(x => x.Name == p)?.Code ?? p).ToList();
            var keyCodes = CellText.List(row["重点人群"]).Select(k => KeyPopulation.All.FirstOrDefault(d => d.Name.Zh == k)?.Code ?? k).ToList();
            var outcome = await contracts.SignAsync(new ContractInput(person, team!.Id, packageCodes, keyCodes, signedOn, false, row["急诊联系医生"], row["联系电话"]), actor, token);
            return outcome.Errors;
        }, field => ContractFields.GetValueOrDefault(field, field), ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(Contract), null, allOrNothing && report.Rejected > 0 ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} rejected={report.Rejected}", ct);
        return report;
    }

    public async Task<ImportReport> ImportVisitsAsync(TabularFile file, bool allOrNothing, Actor actor, CancellationToken ct = default)
    {
        var report = await rows.RunAsync(file, ["身份证号码", "随访日期"], allOrNothing, async (row, token) =>
        {
            var errors = new FieldErrors();
            var person = await PersonAsync(row["身份证号码"], errors, token);
            var date = Date(row["随访日期"], "date", errors);
            var kind = row["随访方式"] switch
            {
                null or "入户" or "入户随访" or "上门" => VisitKind.Home,
                "门诊" or "门诊随访" => VisitKind.Clinic,
                "电话" or "电话随访" => VisitKind.Phone,
                "筛查" or "筛查测量" or "义诊" => VisitKind.Screening,
                var other => Fail<VisitKind>(errors, "kind", $"随访方式“{other}”应为 入户、门诊、电话 或 筛查"),
            };
            var input = new VisitInput
            {
                PersonId = person,
                Date = date,
                Kind = kind,
                Systolic = Int(row["收缩压"], "systolic", errors),
                Diastolic = Int(row["舒张压"], "diastolic", errors),
                HeartRate = Int(row["心率"], "heartRate", errors),
                FastingGlucose = Number(row["空腹血糖"], "fastingGlucose", errors),
                RandomGlucose = Number(row["随机血糖"], "randomGlucose", errors),
                Weight = Number(row["体重"], "weight", errors),
                Height = Number(row["身高"], "height", errors),
                Symptoms = CellText.List(row["症状"]),
                Adherence = row["服药依从性"],
                Therapy = row["治疗"],
                Notes = row["备注"],
            };
            if (!errors.IsEmpty)
            {
                return errors;
            }

            var (_, refused) = await visits.RecordAsync(input, actor, token);
            return refused;
        }, field => VisitFields.GetValueOrDefault(field, field), ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(Visit), null, allOrNothing && report.Rejected > 0 ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} rejected={report.Rejected}", ct);
        return report;
    }

    private async Task<Guid?> PersonAsync(string? idNumber, FieldErrors errors, CancellationToken ct) =>
        (await registry.FindAsync(null, idNumber, Resident, errors, ct))?.Id;

    private static DateOnly? Date(string? text, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (CellText.TryDate(text, out var date))
        {
            return date;
        }

        errors.Add(field, $"日期“{text}”应写作 2024-02-03");
        return null;
    }

    private static int? Int(string? text, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (CellText.TryInt(text, out var value))
        {
            return value;
        }

        errors.Add(field, $"“{text}”不是整数");
        return null;
    }

    private static decimal? Number(string? text, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (CellText.TryDecimal(text, out var value))
        {
            return value;
        }

        errors.Add(field, $"“{text}”不是数字");
        return null;
    }

    private static T Fail<T>(FieldErrors errors, string field, string message)
        where T : struct
    {
        errors.Add(field, message);
        return default;
    }
}
