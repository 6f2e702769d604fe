using Doorstep.Care.Households;
using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Disability;

/// <summary>An application: the certificate (by id or by its number), the project (code or name), the day and what is asked for.</summary>
public sealed record ServiceInput(Guid? Certificate = null, string? CertificateNumber = null, string? Kind = null, DateOnly? AppliedOn = null, string? Request = null);

/// <summary>Approve (or reject, with a reason) on a day.</summary>
public sealed record DecisionInput(bool Approve, DateOnly? On = null, string? Reason = null);

/// <summary>落实: the day, what was delivered and, when there is one, the amount in yuan.</summary>
public sealed record DeliveryInput(DateOnly? On = null, string? Delivered = null, decimal? Amount = null);

public sealed record ServiceRow(
    Guid Id, Guid CertificateId, Guid PersonId, string Name, string RegionCode, string? RegionName, string CertificateNumber,
    string Kind, string KindName, string Status, string StatusName, DateOnly AppliedOn, string? Request,
    DateOnly? DecidedOn, string? Reason, DateOnly? DeliveredOn, string? Delivered, decimal? Amount);

/// <summary>Filters of the service records; year is the year of application.</summary>
public sealed record ServiceQuery(string? Q = null, string? Region = null, string? Kind = null, string? Status = null, int? Year = null, Guid? Certificate = null, int Page = 1, int PageSize = 20);

/// <summary>Why a step was not taken.</summary>
public enum ServiceRefusal
{
    None,
    Invalid,
    NotFound,
}

public sealed record ServiceOutcome(ServiceRow? Record, FieldErrors Errors, ServiceRefusal Refusal)
{
    public bool Succeeded => Refusal == ServiceRefusal.None;
}

/// <summary>
/// 残疾人民生实事服务: applications for the five projects by certificate holders in the caller's
/// regions, checked for the project's eligibility, then approved or rejected and delivered.
/// </summary>
public sealed class ServiceRecordService(DoorstepDb db, CertificateService certificates, DisabilitySettings settings, AuditLog audit, TimeProvider clock)
{
    public const int MaxPageSize = 500;

    private const string NoCertificate = "找不到该残疾人证，或不在您的管辖范围内";

    public int ChildAgeLimit => settings.ChildAgeLimit;

    public async Task<Page<ServiceRow>> SearchAsync(ServiceQuery query, CancellationToken ct = default)
    {
        return await Filter(query).OrderByDescending(s => s.AppliedOn).ThenByDescending(s => s.CreatedAt).ToPageAsync(query.Page, query.PageSize, MaxPageSize, RowsAsync, ct);
    }

    /// <summary>Every record the filters keep, oldest application first, for the export.</summary>
    public async Task<List<ServiceRow>> ExportAsync(ServiceQuery query, CancellationToken ct = default) =>
        await RowsAsync(await Filter(query).OrderBy(s => s.AppliedOn).ThenBy(s => s.CreatedAt).ToListAsync(ct), ct);

    public async Task<ServiceRow?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<DisabilityServiceRecord>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is { } record ? (await RowsAsync([record], ct)).Single() : null;

    public async Task<ServiceOutcome> ApplyAsync(ServiceInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var record = await NewAsync(input, actor, errors, ct);
        if (record is null)
        {
            return new(null, errors, errors.For("certificate") == NoCertificate ? ServiceRefusal.NotFound : ServiceRefusal.Invalid);
        }

        return await SaveNewAsync(record, actor, ct);
    }

    /// <summary>
    /// An application brought in with the state it reached elsewhere (the import): each step
    /// passes the same rules as on screen, and the record is written once, in its last state.
    /// </summary>
    public async Task<ServiceOutcome> RecordAsync(ServiceInput input, ServiceStatus status, DecisionInput? decision, DeliveryInput? delivery, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var record = await NewAsync(input, actor, errors, ct);
        if (record is not null && status != ServiceStatus.Applied)
        {
            var today = ShanghaiTime.Today(clock);
            var approve = status != ServiceStatus.Rejected;
            var decided = decision ?? new DecisionInput(approve);
            ServiceRules.Decide(record.Status, approve, decided.On, decided.Reason, record.AppliedOn, today, errors);
            if (errors.IsEmpty)
            {
                Decide(record, approve, decided, actor);
                if (status == ServiceStatus.Delivered)
                {
                    var delivered = delivery ?? new DeliveryInput();
                    ServiceRules.Deliver(record.Status, delivered.On, delivered.Delivered, delivered.Amount, record.DecidedOn!.Value, today, errors);
                    Deliver(record, delivered);
                }
            }
        }

        if (record is null || !errors.IsEmpty)
        {
            return new(null, errors, ServiceRefusal.Invalid);
        }

        return await SaveNewAsync(record, actor, ct);
    }

    public async Task<ServiceOutcome> DecideAsync(Guid id, DecisionInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var record = await db.Set<DisabilityServiceRecord>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (record is null)
        {
            errors.Add("id", "找不到该服务记录，或不在您的管辖范围内");
            return new(null, errors, ServiceRefusal.NotFound);
        }

        ServiceRules.Decide(record.Status, input.Approve, input.On, input.Reason, record.AppliedOn, ShanghaiTime.Today(clock), errors);
        if (!errors.IsEmpty)
        {
            return new(null, errors, ServiceRefusal.Invalid);
        }

        Decide(record, input.Approve, input, actor);
        record.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(DisabilityServiceRecord), id.ToString(), detail: DisabilityTerms.StatusCode(record.Status), cancellationToken: ct);
        return new((await RowsAsync([record], ct)).Single(), errors, ServiceRefusal.None);
    }

    public async Task<ServiceOutcome> DeliverAsync(Guid id, DeliveryInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var record = await db.Set<DisabilityServiceRecord>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (record is null)
        {
            errors.Add("id", "找不到该服务记录，或不在您的管辖范围内");
            return new(null, errors, ServiceRefusal.NotFound);
        }

        ServiceRules.Deliver(record.Status, input.On, input.Delivered, input.Amount, record.DecidedOn ?? record.AppliedOn, ShanghaiTime.Today(clock), errors);
        if (!errors.IsEmpty)
        {
            return new(null, errors, ServiceRefusal.Invalid);
        }

        Deliver(record, input);
        record.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(DisabilityServiceRecord), id.ToString(), detail: "delivered", cancellationToken: ct);
        return new((await RowsAsync([record], ct)).Single(), errors, ServiceRefusal.None);
    }

    private static void Decide(DisabilityServiceRecord record, bool approve, DecisionInput input, Actor actor)
    {
        record.Status = approve ? ServiceStatus.Approved : ServiceStatus.Rejected;
        record.DecidedOn = input.On;
        record.DecidedBy = actor.UserName;
        record.Reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
    }

    private static void Deliver(DisabilityServiceRecord record, DeliveryInput input)
    {
        record.Status = ServiceStatus.Delivered;
        record.DeliveredOn = input.On;
        record.Delivered = input.Delivered?.Trim();
        record.Amount = input.Amount;
    }

    private async Task<DisabilityServiceRecord?> NewAsync(ServiceInput input, Actor actor, FieldErrors errors, CancellationToken ct)
    {
        var today = ShanghaiTime.Today(clock);
        DisabilityCertificate? certificate = null;
        if (input.Certificate is { } certificateId)
        {
            certificate = await db.Set<DisabilityCertificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == certificateId, ct);
            if (certificate is null)
            {
                errors.Add("certificate", NoCertificate);
            }
        }
        else if (CertificateNumber.Problem(input.CertificateNumber, null, null, null, today) is { } problem)
        {
            errors.Add("certificate", problem);
        }
        else
        {
            certificate = await certificates.FindByNumberAsync(input.CertificateNumber!, ct);
            if (certificate is null)
            {
                errors.Add("certificate", "该残疾人证号未登记，或持证人不在您的管辖范围内；请先登记残疾人证");
            }
        }

        var kind = DisabilityTerms.FindKind(input.Kind);
        if (kind is null)
        {
            errors.Add("kind", string.IsNullOrWhiteSpace(input.Kind)
                ? "请选择服务项目"
                : $"没有“{input.Kind.Trim()}”这一服务项目，可选：{string.Join("、", DisabilityTerms.Kinds.Select(k => k.Name.Zh))}");
        }

        if (ServiceRules.AppliedOnProblem(input.AppliedOn, today) is { } dayProblem)
        {
            errors.Add("appliedOn", dayProblem);
        }

        if (input.Request?.Trim().Length > ServiceRules.MaxText)
        {
            errors.Add("request", $"申请事项不超过{ServiceRules.MaxText}字");
        }

        if (certificate is null || kind is null || input.AppliedOn is not { } appliedOn || !errors.IsEmpty)
        {
            return null;
        }

        if (ServiceRules.CertificateProblem(certificate.IssuedOn, certificate.ValidUntil, appliedOn) is { } invalid)
        {
            errors.Add("certificate", invalid);
        }

        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == certificate.PersonId, ct);
        if (kind == ServiceKind.ChildRehabilitation && appliedOn >= person.BirthDate
            && ServiceRules.ChildProblem(CertificateService.AgeOn(person.BirthDate, appliedOn), settings.ChildAgeLimit) is { } tooOld)
        {
            errors.Add("kind", $"{person.Name}：{tooOld}");
        }

        if (kind == ServiceKind.AccessibilityRetrofit)
        {
            var needy = person.HouseholdId is { } household && await db.Set<NeedyHousehold>().IgnoreQueryFilters().AnyAsync(h => h.HouseholdId == household, ct);
            if (ServiceRules.RetrofitProblem(needy, person.Hardship) is { } notPoor)
            {
                errors.Add("kind", $"{person.Name}：{notPoor}");
            }
        }

        if (await db.Set<DisabilityServiceRecord>().AnyAsync(s => s.PersonId == person.Id && s.Kind == kind
                && (s.Status == ServiceStatus.Applied || s.Status == ServiceStatus.Approved), ct))
        {
            errors.Add("kind", $"{person.Name}已有一条未落实的{DisabilityTerms.Kind(kind.Value).Zh}申请，请先办结");
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return new DisabilityServiceRecord
        {
            Id = Guid.CreateVersion7(),
            CertificateId = certificate.Id,
            PersonId = person.Id,
            RegionCode = certificate.RegionCode,
            Kind = kind.Value,
            Status = ServiceStatus.Applied,
            AppliedOn = appliedOn,
            Request = string.IsNullOrWhiteSpace(input.Request) ? null : input.Request.Trim(),
            RecordedBy = actor.UserName,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private async Task<ServiceOutcome> SaveNewAsync(DisabilityServiceRecord record, Actor actor, CancellationToken ct)
    {
        db.Add(record);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(DisabilityServiceRecord), record.Id.ToString(), detail: DisabilityTerms.KindCode(record.Kind), cancellationToken: ct);
        return new((await RowsAsync([record], ct)).Single(), new FieldErrors(), ServiceRefusal.None);
    }

    private IQueryable<DisabilityServiceRecord> Filter(ServiceQuery query)
    {
        var rows = db.Set<DisabilityServiceRecord>().AsNoTracking();
        if (query.Certificate is { } certificate)
        {
            rows = rows.Where(s => s.CertificateId == certificate);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            var holders = db.People.Where(p => p.Name.Contains(q)).Select(p => p.Id);
            rows = rows.Where(s => holders.Contains(s.PersonId));
        }

        if (!string.IsNullOrWhiteSpace(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            rows = rows.Where(s => s.RegionCode.StartsWith(prefix));
        }

        if (DisabilityTerms.FindKind(query.Kind) is { } kind)
        {
            rows = rows.Where(s => s.Kind == kind);
        }

        if (DisabilityTerms.FindStatus(query.Status) is { } status)
        {
            rows = rows.Where(s => s.Status == status);
        }

        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            rows = rows.Where(s => s.AppliedOn >= from && s.AppliedOn <= to);
        }

        return rows;
    }

    private async Task<List<ServiceRow>> RowsAsync(IReadOnlyList<DisabilityServiceRecord> page, CancellationToken ct)
    {
        var personIds = page.Select(s => s.PersonId).Distinct().ToList();
        var certificateIds = page.Select(s => s.CertificateId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var numbers = await db.Set<DisabilityCertificate>().AsNoTracking().Where(c => certificateIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.NumberMasked, ct);
        var codes = page.Select(s => s.RegionCode).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return [.. page.Select(s => new ServiceRow(
            s.Id, s.CertificateId, s.PersonId, names.GetValueOrDefault(s.PersonId) ?? "", s.RegionCode, regions.GetValueOrDefault(s.RegionCode), numbers.GetValueOrDefault(s.CertificateId) ?? "",
            DisabilityTerms.KindCode(s.Kind), DisabilityTerms.Kind(s.Kind).ToString(), DisabilityTerms.StatusCode(s.Status), DisabilityTerms.Status(s.Status).ToString(),
            s.AppliedOn, s.Request, s.DecidedOn, s.Reason, s.DeliveredOn, s.Delivered, s.Amount))];
    }
}
