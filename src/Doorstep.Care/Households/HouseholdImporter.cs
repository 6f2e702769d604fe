using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;

namespace Doorstep.Care.Households;

/// <summary>
/// 困难家庭导入: households taken into care from a list of heads' ID numbers, each row through
/// <see cref="HouseholdService"/> as the form is. The head is found in the registry in the
/// caller's regions and brings the household; the responsible deputy or cadre is named by user
/// name or by name.
/// </summary>
public sealed class HouseholdImporter(RowImport rows, HouseholdService households, CareWorkers workers, RegistryLookup registry, AuditLog audit)
{
    public static readonly string[] Columns = ["户主身份证号", "困难类别", "责任人", "备注"];

    public static readonly string[] RequiredColumns = ["户主身份证号", "困难类别"];

    public static readonly Text[] Notes =
    [
        new("按户主身份证号在居民档案中查找该户，须在您的管辖范围内，且已填写户编号；已登记的困难家庭不能重复导入。", "The household is found by its head's ID number in the registry, inside your regions, with a household number; one already in care is refused."),
        new("困难类别可填多个，用顿号或逗号分隔，如“低保户、残疾人家庭”。", "Several categories separated by 、 or commas."),
        new("责任人填人大代表、网格员或干部的账号或姓名，须管辖该户所在区划；可不填。", "The responsible deputy or cadre by account or name, covering the household's region; optional."),
    ];

    /// <summary>The household is found through its head, named only by ID number in this file.</summary>
    private static readonly RegistryAsk HouseholdHead = RegistryAsk.Default with
    {
        Missing = "请填写户主身份证号",
        MissingField = "idNumber",
        NotFound = "居民档案中没有这个人，或不在您的管辖范围内；请先在居民档案中登记",
    };

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["idNumber"] = "户主身份证号", ["household"] = "户主身份证号", ["categories"] = "困难类别", ["responsible"] = "责任人", ["note"] = "备注",
    };

    public async Task<ImportReport> ImportAsync(TabularFile file, bool allOrNothing, Actor actor, CancellationToken ct = default)
    {
        Dictionary<string, string>? names = null;
        var report = await rows.RunAsync(file, RequiredColumns, allOrNothing, async (row, token) =>
        {
            var errors = new FieldErrors();
            var household = await HouseholdOfAsync(row["户主身份证号"], errors, token);
            string? responsible = null;
            if (row["责任人"] is { } given)
            {
                names ??= await workers.NamesAsync(token);
                responsible = Responsible(names, given, errors);
            }

            if (!errors.IsEmpty)
            {
                return errors;
            }

            return (await households.CreateAsync(new HouseholdInput(household, null, CellText.List(row["困难类别"]), responsible, row["备注"]), actor, token)).Errors;
        }, field => Fields.GetValueOrDefault(field, field), ct);

        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(NeedyHousehold), null, allOrNothing && report.Rejected > 0 ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} rejected={report.Rejected}", ct);
        return report;
    }

    private async Task<Guid?> HouseholdOfAsync(string? idNumber, FieldErrors errors, CancellationToken ct)
    {
        var person = await registry.FindAsync(null, idNumber, HouseholdHead, errors, ct);
        if (person is { HouseholdId: null })
        {
            errors.Add("idNumber", $"{person.Name}在居民档案中没有户编号，请先补填");
        }

        return person?.HouseholdId;
    }

    /// <summary>The user name a cell names: an account, a worker's full display name, or the person's name at its end (杨凌波 for 白关镇人大代表 杨凌波).</summary>
    public static string? Responsible(IReadOnlyDictionary<string, string> names, string given, FieldErrors errors)
    {
        if (names.ContainsKey(given))
        {
            return given;
        }

        var matches = names.Where(n => n.Value == given || n.Value.EndsWith(" " + given, StringComparison.Ordinal)).Select(n => n.Key).ToList();
        switch (matches.Count)
        {
            case 1:
                return matches[0];
            case 0:
                errors.Add("responsible", $"“{given}”不是人大代表、网格员或业务科室账号或姓名");
                return null;
            default:
                errors.Add("responsible", $"名为“{given}”的有{matches.Count}人，请填账号：{string.Join("、", matches)}");
                return null;
        }
    }
}
