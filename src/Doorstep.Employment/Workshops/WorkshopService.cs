using Doorstep.Employment.Employers;
using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Workshops;

/// <summary>A workshop as registered; the host is an employer in the caller's regions; the place defaults to the host's.</summary>
public sealed record WorkshopInput(
    string? Name = null, Guid? EmployerId = null, WorkshopType? Type = null, string? Address = null, string? RegionCode = null, double? Longitude = null,
    double? Latitude = null, string? ContactName = null, string? ContactPhone = null, DateOnly? StartedOn = null, string? Note = null);

/// <summary>A worker taken on: the registry person by id or ID number, when hired, and the income per month or per year.</summary>
public sealed record WorkerInput(Guid? PersonId = null, string? IdNumber = null, DateOnly? HiredOn = null, DateOnly? LeftOn = null, int? Income = null, IncomePeriod? IncomePeriod = null);

public sealed record LeaveInput(DateOnly? LeftOn);

/// <summary>A designation granted (with the day, today by default) or revoked.</summary>
public sealed record DesignationInput(WorkshopDesignation? Designation, bool? Granted = true, DateOnly? On = null);

/// <summary>A workshop with its host's name and the poverty-relieved people working there today.</summary>
public sealed record WorkshopView(
    Guid Id, string Name, Guid EmployerId, string EmployerName, WorkshopType Type, string Address, string RegionCode, string RegionName, double Longitude,
    double Latitude, string? ContactName, string? ContactPhone, DateOnly StartedOn, DateOnly? RecognisedOn, DateOnly? ModelOn, DateOnly? CommonProsperityOn,
    string? Note, int Absorbed, string CreatedBy, DateTime CreatedAt, string UpdatedBy, DateTime UpdatedAt);

/// <summary>A worker with the registry person's name and masked ID number, the yearly income and the whole months employed.</summary>
public sealed record WorkerView(
    Guid Id, Guid WorkshopId, Guid PersonId, string Name, string IdNumber, bool PovertyRelieved, DateOnly HiredOn, DateOnly? LeftOn, int Income,
    IncomePeriod IncomePeriod, int AnnualIncome, int MonthsEmployed);

/// <summary>The recognition check of one workshop on a day.</summary>
public sealed record RecognitionView(Guid WorkshopId, string Name, DateOnly AsOf, RecognitionLevel Basic, RecognitionLevel Model);

/// <summary>
/// Filters of the workshop list: q is part of the workshop's or the host's name; designation is
/// recognised, model, common-prosperity or none (not recognised); sort is <c>updated</c> (the
/// default), <c>name</c>, <c>started</c> (oldest first) or <c>absorbed</c> (most people first).
/// </summary>
public sealed record WorkshopQuery(
    string? Q = null, string? Region = null, WorkshopType? Type = null, string? Designation = null, string? Sort = null, int Page = 1, int PageSize = 20);

/// <summary>
/// The registry of assistance workshops and their hosts; each write audited, each refusal with its
/// reason per field and nothing written. Workers are kept by <see cref="WorkshopWorkerService"/>,
/// recognition and designations by <see cref="WorkshopDesignationService"/>.
/// </summary>
public sealed class WorkshopService(DoorstepDb db, FieldProtector protector, AuditLog audit, TimeProvider clock, WorkshopSettings settings)
{
    internal const string NotFound = "该帮扶车间不存在，或不在您的管辖范围内";

    public WorkshopSettings Settings => settings;

    public async Task<Page<WorkshopView>> SearchAsync(WorkshopQuery query, CancellationToken ct = default)
    {
        var today = Today;
        var workshops = db.Set<Workshop>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();

            // Hosts may sit outside the caller's regions; their names are public, so they are read
            // unscoped in a query of their own, which keeps the workshops' own scope filter.
            var hosts = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => o.Name.Contains(q)).Select(o => o.Id).Take(500).ToListAsync(ct);
            workshops = workshops.Where(w => w.Name.Contains(q) || hosts.Contains(w.EmployerId));
        }

        if (!string.IsNullOrEmpty(query.Region) && Kernel.RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            workshops = workshops.Where(w => w.RegionCode.StartsWith(prefix));
        }

        if (query.Type is { } type)
        {
            workshops = workshops.Where(w => w.Type == type);
        }

        workshops = query.Designation switch
        {
            "recognised" => workshops.Where(w => w.RecognisedOn != null),
            "model" => workshops.Where(w => w.ModelOn != null),
            "common-prosperity" => workshops.Where(w => w.CommonProsperityOn != null),
            "none" => workshops.Where(w => w.RecognisedOn == null),
            _ => workshops,
        };

        var workers = db.Set<WorkshopWorker>();
        var ordered = query.Sort switch
        {
            "name" => workshops.OrderBy(w => w.Name).ThenBy(w => w.Id),
            "started" => workshops.OrderBy(w => w.StartedOn).ThenBy(w => w.Name),
            "absorbed" => workshops.OrderByDescending(w => workers.Count(x => x.WorkshopId == w.Id && x.HiredOn <= today && (x.LeftOn == null || x.LeftOn >= today)))
                .ThenBy(w => w.Name),
            _ => workshops.OrderByDescending(w => w.UpdatedAt).ThenByDescending(w => w.Id),
        };
        return await ordered.ToPageAsync(query.Page, query.PageSize, 10_000, ViewsAsync, ct);
    }

    public async Task<WorkshopView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<Workshop>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct) is { } workshop ? (await ViewsAsync([workshop], ct)).Single() : null;

    public async Task<Outcome<WorkshopView>> CreateAsync(WorkshopInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var values = await CheckAsync(input, null, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<WorkshopView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var workshop = new Workshop { Id = Guid.CreateVersion7(), Name = "", Address = "", RegionCode = "", CreatedBy = actor.UserName, CreatedAt = now, UpdatedBy = actor.UserName, UpdatedAt = now };
        values!.ApplyTo(workshop, protector);
        db.Add(workshop);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(Workshop), workshop.Id.ToString(), detail: workshop.Name, cancellationToken: ct);
        return Outcome<WorkshopView>.Ok((await ViewsAsync([workshop], ct)).Single());
    }

    /// <summary>Corrects a workshop; every field is sent again, a blank phone keeps the one on file. Its workers follow a move to another region.</summary>
    public async Task<Outcome<WorkshopView>> UpdateAsync(Guid id, WorkshopInput input, Actor actor, CancellationToken ct = default)
    {
        var workshop = await db.Set<Workshop>().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (workshop is null)
        {
            return Outcome<WorkshopView>.Fail(Inputs.Error("id", NotFound));
        }

        var errors = new FieldErrors();
        var values = await CheckAsync(input, workshop, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<WorkshopView>.Fail(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        values!.ApplyTo(workshop, protector);
        workshop.UpdatedBy = actor.UserName;
        workshop.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await db.Set<WorkshopWorker>().IgnoreQueryFilters().Where(w => w.WorkshopId == id && w.RegionCode != workshop.RegionCode)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.RegionCode, workshop.RegionCode), ct);
        await transaction.CommitAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Workshop), workshop.Id.ToString(), detail: workshop.Name, cancellationToken: ct);
        return Outcome<WorkshopView>.Ok((await ViewsAsync([workshop], ct)).Single());
    }

    /// <summary>Finds a workshop by its exact name in the caller's regions, for the import; null with the reason when none or several.</summary>
    public async Task<Guid?> FindByNameAsync(string? name, FieldErrors errors, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("workshop", "请填写帮扶车间名称");
            return null;
        }

        var text = name.Trim();
        var found = await db.Set<Workshop>().AsNoTracking().Where(w => w.Name == text).Select(w => w.Id).Take(2).ToListAsync(ct);
        if (found.Count != 1)
        {
            errors.Add("workshop", found.Count == 0 ? $"没有名为“{text}”的帮扶车间，或不在您的管辖范围内" : $"有多个名为“{text}”的帮扶车间");
            return null;
        }

        return found[0];
    }

    /// <summary>Hosts the caller may pick: the employers in their regions, by name.</summary>
    public async Task<List<(Guid Id, string Name)>> HostsAsync(CancellationToken ct = default) =>
        (await (from e in db.Set<Employer>().AsNoTracking()
                join o in db.Organisations.AsNoTracking() on e.OrganisationId equals o.Id
                orderby o.Name
                select new { o.Id, o.Name }).ToListAsync(ct)).Select(h => (h.Id, h.Name)).ToList();

    internal DateOnly Today => ShanghaiTime.Today(clock);

    internal static DateOnly? Designated(Workshop w, WorkshopDesignation d) => d switch
    {
        WorkshopDesignation.Recognised => w.RecognisedOn,
        WorkshopDesignation.Model => w.ModelOn,
        _ => w.CommonProsperityOn,
    };

    private sealed record Values(
        string Name, Guid EmployerId, WorkshopType Type, string Address, string RegionCode, double Longitude, double Latitude, string? ContactName, Phone? Phone,
        DateOnly StartedOn, string? Note)
    {
        public void ApplyTo(Workshop w, FieldProtector protector)
        {
            w.Name = Name;
            w.EmployerId = EmployerId;
            w.Type = Type;
            w.Address = Address;
            w.RegionCode = RegionCode;
            w.Longitude = Longitude;
            w.Latitude = Latitude;
            w.ContactName = ContactName;
            if (Phone is not null)
            {
                w.ContactPhoneCipher = protector.Protect(Phone.Value);
                w.ContactPhoneMasked = Phone.Masked;
            }

            w.StartedOn = StartedOn;
            w.Note = Note;
        }
    }

    private async Task<Values?> CheckAsync(WorkshopInput input, Workshop? existing, FieldErrors errors, CancellationToken ct)
    {
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 60)
        {
            errors.Add("name", "请填写车间名称（不超过60字），如“霞石村服饰帮扶车间”");
        }
        else if (await db.Set<Workshop>().IgnoreQueryFilters().AnyAsync(w => w.Name == name && (existing == null || w.Id != existing.Id), ct))
        {
            errors.Add("name", $"已有名为“{name}”的帮扶车间，请换一个名称（可加上村、社区名）");
        }

        Platform.Organisations.Organisation? host = null;
        if (input.EmployerId is not { } employerId)
        {
            errors.Add("employerId", "请选择依托企业（须先登记为用人单位）");
        }
        else if (!await db.Set<Employer>().AnyAsync(e => e.OrganisationId == employerId, ct))
        {
            errors.Add("employerId", "依托企业不是已登记的用人单位，或不在您的管辖范围内；请先在“用人单位”登记");
        }
        else
        {
            host = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == employerId, ct);
        }

        if (input.Type is not { } type || !Enum.IsDefined(type))
        {
            errors.Add("type", "请选择车间类型：factory（厂房式）、home-based（居家式）或 base（基地式）");
        }

        var address = input.Address?.Trim();
        if (string.IsNullOrEmpty(address) || address.Length > 200)
        {
            errors.Add("address", "请填写车间地址（不超过200字）");
        }

        var regionCode = (await ScopedRegion.CheckAsync(db, input.RegionCode, "regionCode", "请选择车间所在区划（村、社区）", errors, ct))?.Value;

        // Without a point of its own the workshop is placed at its host, as a seeker is at home.
        var longitude = input.Longitude ?? existing?.Longitude ?? host?.Longitude;
        var latitude = input.Latitude ?? existing?.Latitude ?? host?.Latitude;
        if (input.EmployerId is not null && errors.For("employerId") is null)
        {
            if (longitude is not { } lon || latitude is not { } lat)
            {
                errors.Add("location", "请填写车间位置的经纬度");
            }
            else
            {
                Inputs.CheckInChina(errors, "车间位置", lon, lat);
            }
        }

        var contact = input.ContactName?.Trim();
        if (contact?.Length > 20)
        {
            errors.Add("contactName", "联系人姓名不超过20字");
        }

        Phone? phone = null;
        if (!string.IsNullOrWhiteSpace(input.ContactPhone))
        {
            if (Phone.TryParse(input.ContactPhone, out var parsed, out var why))
            {
                phone = parsed;
            }
            else
            {
                errors.Add("contactPhone", why);
            }
        }

        var today = Today;
        if (input.StartedOn is not { } started)
        {
            errors.Add("startedOn", "请填写开办日期");
        }
        else if (started > today || started.Year < 2000)
        {
            errors.Add("startedOn", "开办日期应在2000年到今天之间");
        }
        else if (existing is not null && await db.Set<WorkshopWorker>().IgnoreQueryFilters().Where(w => w.WorkshopId == existing.Id).MinAsync(w => (DateOnly?)w.HiredOn, ct) is { } firstHire && firstHire < started)
        {
            errors.Add("startedOn", $"开办日期晚于最早的职工入职日期{Tr.Date(firstHire)}");
        }

        var note = input.Note?.Trim();
        if (note?.Length > 500)
        {
            errors.Add("note", "备注不超过500字");
        }

        return errors.IsEmpty
            ? new(name!, input.EmployerId!.Value, input.Type!.Value, address!, regionCode!, longitude!.Value, latitude!.Value, string.IsNullOrEmpty(contact) ? null : contact, phone,
                input.StartedOn!.Value, string.IsNullOrEmpty(note) ? null : note)
            : null;
    }

    internal async Task<List<WorkshopView>> ViewsAsync(IReadOnlyList<Workshop> workshops, CancellationToken ct)
    {
        var today = Today;
        var ids = workshops.Select(w => w.Id).ToList();
        var hostIds = workshops.Select(w => w.EmployerId).Distinct().ToList();
        var regionCodes = workshops.Select(w => w.RegionCode).Distinct().ToList();
        var hosts = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => hostIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var regions = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var workers = await db.Set<WorkshopWorker>().IgnoreQueryFilters().AsNoTracking()
            .Where(w => ids.Contains(w.WorkshopId) && w.HiredOn <= today && (w.LeftOn == null || w.LeftOn >= today))
            .Select(w => new { w.WorkshopId, w.PersonId }).ToListAsync(ct);
        var personIds = workers.Select(w => w.PersonId).Distinct().ToList();
        var relieved = (await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id) && p.PovertyRelieved).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var absorbed = workers.Where(w => relieved.Contains(w.PersonId)).GroupBy(w => w.WorkshopId).ToDictionary(g => g.Key, g => g.Select(w => w.PersonId).Distinct().Count());
        return workshops.Select(w => new WorkshopView(
            w.Id, w.Name, w.EmployerId, hosts.GetValueOrDefault(w.EmployerId) ?? "", w.Type, w.Address, w.RegionCode, regions.GetValueOrDefault(w.RegionCode) ?? w.RegionCode,
            w.Longitude, w.Latitude, w.ContactName, w.ContactPhoneMasked, w.StartedOn, w.RecognisedOn, w.ModelOn, w.CommonProsperityOn, w.Note,
            absorbed.GetValueOrDefault(w.Id), w.CreatedBy, w.CreatedAt, w.UpdatedBy, w.UpdatedAt)).ToList();
    }

}
