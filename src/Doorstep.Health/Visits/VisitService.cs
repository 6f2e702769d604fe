using System.Text.Json;
using Doorstep.Health.Referrals;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Doorstep.Platform.WorkItems.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Visits;

/// <summary>What a doctor records at a visit.</summary>
public sealed record VisitInput
{
    public Guid? PersonId { get; init; }
    public DateOnly? Date { get; init; }
    public VisitKind? Kind { get; init; }
    public int? Systolic { get; init; }
    public int? Diastolic { get; init; }
    public int? HeartRate { get; init; }
    public decimal? FastingGlucose { get; init; }
    public decimal? RandomGlucose { get; init; }
    public decimal? Weight { get; init; }
    public decimal? Height { get; init; }
    public IReadOnlyList<string>? Symptoms { get; init; }
    public string? Adherence { get; init; }
    public string? Therapy { get; init; }
    public string? Notes { get; init; }
}

/// <summary>A visit as the API returns it: the readings decrypted for a health role, and what the rules made of them.</summary>
public sealed record VisitView(
    Guid Id,
    Guid PersonId,
    DateOnly Date,
    VisitKind Kind,
    VisitReadings Readings,
    BpClass? BpClass,
    bool? Controlled,
    bool UrgentReferral,
    bool ReferForUncontrolled,
    bool NeedsDiagnosis,
    DateOnly? NextFollowUp,
    Guid? ReferralWorkItemId,
    IReadOnlyList<string> Reasons,
    string RecordedBy,
    DateTime RecordedAt);

/// <summary>
/// Records visits: validates the readings, classifies them by the national rules, schedules the
/// next follow-up and, when the rules say refer, opens a referral work item for the doctor — the
/// visit and its referral in one transaction.
/// </summary>
public sealed class VisitService(DoorstepDb db, FieldProtector protector, WorkItemService workItems, Contracts.ServiceDeliveries deliveries, CarePlans.CarePlans carePlans, AuditLog audit, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(VisitView? Visit, FieldErrors Errors)> RecordAsync(VisitInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var person = input.PersonId is { } pid ? await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
        if (person is null)
        {
            errors.Add("personId", "找不到该居民，或不在您的管辖范围内");
        }

        var today = ShanghaiTime.Today(clock);
        if (input.Date is not { } date)
        {
            errors.Add("date", "请填写随访日期");
            date = today;
        }
        else if (date > today)
        {
            errors.Add("date", "随访日期不能晚于今天");
        }
        else if (date < today.AddYears(-1))
        {
            errors.Add("date", "只能补录一年内的随访");
        }

        CheckReadings(input, errors);
        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        var enrolled = (await db.Set<Enrolment>()
            .Where(e => e.PersonId == person!.Id && e.EnrolledOn <= date && (e.EndedOn == null || e.EndedOn >= date))
            .Select(e => e.Disease).ToListAsync(ct)).ToHashSet();
        var previousControlled = await db.Set<Visit>()
            .Where(v => v.PersonId == person!.Id && v.Date <= date && v.Controlled != null)
            .OrderByDescending(v => v.Date).ThenByDescending(v => v.RecordedAt)
            .Select(v => v.Controlled).FirstOrDefaultAsync(ct);
        var symptoms = (input.Symptoms ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();
        var assessment = FollowUpRules.Assess(new Readings(input.Systolic, input.Diastolic, input.FastingGlucose, input.RandomGlucose, symptoms), date, enrolled, previousControlled);
        var readings = new VisitReadings(input.Systolic, input.Diastolic, input.HeartRate, input.FastingGlucose, input.RandomGlucose, input.Weight, input.Height, symptoms, Blank(input.Adherence), Blank(input.Therapy), Blank(input.Notes));

        await using var work = await Work.BeginAsync(db.Database, ct);
        var visit = new Visit
        {
            Id = Guid.CreateVersion7(),
            PersonId = person!.Id,
            RegionCode = person.RegionCode,
            Date = date,
            Kind = input.Kind ?? VisitKind.Home,
            ReadingsCipher = protector.Protect(JsonSerializer.Serialize(readings, Json)),
            BpClass = assessment.BpClass,
            Controlled = assessment.Controlled,
            UrgentReferral = assessment.UrgentReferral,
            ReferForUncontrolled = assessment.ReferForUncontrolled,
            NeedsDiagnosis = assessment.NeedsDiagnosis,
            NextFollowUp = assessment.NextFollowUp,
            RecordedBy = actor.UserName,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (assessment.UrgentReferral || assessment.ReferForUncontrolled)
        {
            visit.ReferralWorkItemId = await OpenReferralAsync(person, assessment, actor, ct);
        }

        db.Add(visit);
        await db.SaveChangesAsync(ct);
        await deliveries.DeliverAsync(person.Id, date, ServicesDelivered(visit.Kind, readings), "visit", actor, ct);
        if (visit.Kind != VisitKind.Screening)
        {
            await carePlans.VisitedAsync(person.Id, date, visit.Kind, actor, ct);
        }

        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(Visit), visit.Id.ToString(), detail: $"person {person.Id}", cancellationToken: ct);
        await work.CommitAsync(ct);
        return (View(visit, readings, assessment.Reasons), errors);
    }

    /// <summary>The package services a visit is, by the names the demo catalogue and most districts use.</summary>
    private static List<string> ServicesDelivered(VisitKind kind, VisitReadings r)
    {
        var services = new List<string> { "健康咨询" };
        services.Add(kind switch { VisitKind.Phone => "电话随访", VisitKind.Screening => "健康筛查", _ => "面对面随访" });
        if (r.Systolic is not null)
        {
            services.Add("血压测量");
        }

        if (r.FastingGlucose is not null)
        {
            services.Add("空腹血糖检测");
        }

        if (r.Therapy?.Contains("推拿", StringComparison.Ordinal) == true)
        {
            services.Add("中医推拿");
        }

        if (r.Therapy?.Contains("康复", StringComparison.Ordinal) == true && kind == VisitKind.Home)
        {
            services.Add("上门康复训练");
        }

        return services;
    }

    /// <summary>A resident's visits, newest first; reading them is audited as a view of health data.</summary>
    public async Task<List<VisitView>> ForPersonAsync(Guid personId, Actor actor, CancellationToken ct = default)
    {
        var visits = await db.Set<Visit>().AsNoTracking().Where(v => v.PersonId == personId)
            .OrderByDescending(v => v.Date).ThenByDescending(v => v.RecordedAt).ToListAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Viewed, "HealthRecord", personId.ToString(), detail: $"{visits.Count} visits", cancellationToken: ct);
        return visits.Select(v => View(v, Open(v), [])).ToList();
    }

    private VisitReadings Open(Visit visit) =>
        JsonSerializer.Deserialize<VisitReadings>(protector.Unprotect(visit.ReadingsCipher), Json)
        ?? throw new InvalidDataException($"Visit {visit.Id} has unreadable readings");

    private static VisitView View(Visit v, VisitReadings readings, IReadOnlyList<string> reasons) =>
        new(v.Id, v.PersonId, v.Date, v.Kind, readings, v.BpClass, v.Controlled, v.UrgentReferral, v.ReferForUncontrolled, v.NeedsDiagnosis, v.NextFollowUp, v.ReferralWorkItemId, reasons, v.RecordedBy, v.RecordedAt);

    /// <summary>Opens a referral follow-up for the doctor who saw the patient; a doctor who may not handle it leaves it for a dispatcher.</summary>
    private async Task<Guid> OpenReferralAsync(Platform.People.Person person, VisitAssessment assessment, Actor actor, CancellationToken ct)
    {
        // The engine opens and dispatches on the doctor's behalf: the referral is the rule's doing,
        // not a request the doctor files, so it needs no dispatcher.
        var engine = Actor.System(actor.UserName);
        var created = await workItems.CreateAsync(new NewWorkItem
        {
            TypeCode = ReferralWorkItems.Referral.Code,
            Category = assessment.UrgentReferral ? "urgent" : "uncontrolled",
            Title = $"{person.Name} {(assessment.UrgentReferral ? "紧急转诊" : "连续两次控制不满意转诊")}",
            Description = string.Join("；", assessment.Reasons),
            RegionCode = person.RegionCode,
            Address = person.Address,
            SubjectRef = "person:" + person.Id,
            Open = true,
        }, engine, ct);
        var item = created.Item ?? throw new InvalidOperationException($"Referral for {person.Id}: {created.Errors}");
        await workItems.ApplyAsync(item.Id, WorkItemActions.DispatchTo, new TransitionInput { Version = item.Version, AssignUser = actor.UserName }, [], engine, ct);
        return item.Id;
    }

    private static void CheckReadings(VisitInput input, FieldErrors errors)
    {
        if (input.Systolic is null != input.Diastolic is null)
        {
            errors.Add(input.Systolic is null ? "systolic" : "diastolic", "收缩压和舒张压须同时填写");
        }
        else if (input is { Systolic: { } s, Diastolic: { } d } && BloodPressure.Implausible(s, d) is { } problem)
        {
            errors.Add("systolic", problem);
        }

        if (input.HeartRate is < 30 or > 220)
        {
            errors.Add("heartRate", $"心率 {input.HeartRate} 次/分超出合理范围（30–220）");
        }

        if (input.FastingGlucose is < Glucose.Min or > Glucose.Max)
        {
            errors.Add("fastingGlucose", $"空腹血糖 {input.FastingGlucose} mmol/L 超出合理范围（1.0–35.0）");
        }

        if (input.RandomGlucose is < Glucose.Min or > Glucose.Max)
        {
            errors.Add("randomGlucose", $"随机血糖 {input.RandomGlucose} mmol/L 超出合理范围（1.0–35.0）");
        }

        if (input.Weight is < 2 or > 300)
        {
            errors.Add("weight", "体重应在 2–300 公斤之间");
        }

        if (input.Height is < 40 or > 250)
        {
            errors.Add("height", "身高应在 40–250 厘米之间");
        }

        if (input.Kind is { } kind && !Enum.IsDefined(kind))
        {
            errors.Add("kind", "随访方式应为 Home、Clinic、Phone 或 Screening");
        }

        if (input is { Systolic: null, FastingGlucose: null, RandomGlucose: null, HeartRate: null, Weight: null } && string.IsNullOrWhiteSpace(input.Notes))
        {
            errors.Add("systolic", "请至少记录一项测量值或随访情况");
        }

        if ((input.Notes?.Length ?? 0) > 1000 || (input.Therapy?.Length ?? 0) > 200 || (input.Adherence?.Length ?? 0) > 50 || (input.Symptoms?.Count ?? 0) > 20)
        {
            errors.Add("notes", "随访记录过长：情况说明不超过1000字，症状不超过20项");
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
