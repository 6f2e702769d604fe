using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Care.Events;

/// <summary>What an import of sign-ups did, and which rows went onto a waiting list (row number and what the person was told).</summary>
public sealed record SignUpImportResult(ImportReport Report, IReadOnlyList<ImportError> Waitlisted);

/// <summary>
/// 活动报名导入: sign-ups from Excel or CSV, row by row through <see cref="EventSignUpService.SignUpAsync"/>,
/// so every row passes the rules of the form: the event in the caller's regions by number or
/// name, a registry person by ID number or someone by name and phone, once per event, before the
/// deadline. Rows beyond the capacity are imported onto the waiting list, in file order, and the
/// result names them.
/// </summary>
public sealed class EventSignUpImporter(RowImport rows, EventService events, EventSignUpService signUps, AuditLog audit)
{
    public const string Key = "event-signups";

    public static readonly string[] Columns = ["活动名称或编号", "姓名", "身份证号", "手机号", "备注"];

    public static readonly string[] RequiredColumns = ["活动名称或编号", "姓名"];

    /// <summary>The column under which the report's notices list the rows that went onto a waiting list.</summary>
    public const string WaitlistColumn = "候补";

    public static readonly Text[] Notes =
    [
        new("活动填活动编号（如HD2026030701）或全称，须是您管辖范围内的活动。", "The event by its number (HD…) or full name, in your regions."),
        new("居民档案中的人填身份证号，姓名须与档案一致；不在档案中的填姓名和手机号。", "Registry people by ID number (the name must match); others by name and mobile number."),
        new("超出名额的报名按行序排入候补名单，导入结果会列出；同一人或同一手机号不能重复报名，报名截止或活动开始后不能报名。", "Rows beyond the capacity join the waiting list in file order and are listed; one person or phone once; none after the deadline or the start."),
    ];

    /// <summary>The import as every module lists it: the page, API and CLI command of <c>event-signups</c>. Declared after the columns and notes it is made of, as static fields are set in order.</summary>
    public static readonly TableImport Import = new(
        Key, new("活动报名", "event sign-ups"), "/care/events", CarePermissions.Write, Columns, RequiredColumns, Notes,
        async (services, file, allOrNothing, actor, ct) =>
        {
            var result = await services.GetRequiredService<EventSignUpImporter>().ImportAsync(file, allOrNothing, actor, ct);
            // The rows that wait are imported, so they are notices, not refusals.
            result.Report.Notices.AddRange(result.Waitlisted);
            return result.Report;
        });

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["event"] = "活动名称或编号", ["person"] = "身份证号", ["idNumber"] = "身份证号", ["name"] = "姓名", ["phone"] = "手机号", ["note"] = "备注",
    };

    public async Task<SignUpImportResult> ImportAsync(TabularFile file, bool allOrNothing, Actor actor, CancellationToken ct = default)
    {
        var waitlisted = new List<ImportError>();
        var report = await rows.RunAsync(file, RequiredColumns, allOrNothing, async (row, token) =>
        {
            var errors = new FieldErrors();
            var eventId = await events.FindAsync(row["活动名称或编号"], errors, "event", token);
            if (eventId is null)
            {
                return errors;
            }

            var outcome = await signUps.SignUpAsync(eventId.Value, new SignUpInput(null, row["身份证号"], row["姓名"], row["手机号"], row["备注"]), actor, token);
            if (outcome.Succeeded && outcome.SignUp!.Status == SignUpStatus.Waiting)
            {
                waitlisted.Add(new ImportError(row.Number, WaitlistColumn, $"{outcome.SignUp.Name}已导入候补名单：{outcome.Message}"));
            }

            return outcome.Errors;
        }, field => Fields.GetValueOrDefault(field, field), ct);

        // A file refused as a whole put nobody on any list.
        if (report.Imported == 0)
        {
            waitlisted.Clear();
        }

        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(EventSignUp), null, allOrNothing && report.Rejected > 0 ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} waitlisted={waitlisted.Count} rejected={report.Rejected}", ct);
        return new SignUpImportResult(report, waitlisted);
    }
}
