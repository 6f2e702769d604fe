using Doorstep.Employment.Employers;
using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
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
/// The registry of assistance workshops and the poverty-relieved people they employ, the
/// recognition check against <see cref="WorkshopSettings"/> and the officer's designations; each
/// write audited, each refusal with its reason per field and nothing written.
/// </summary>
public sealed class WorkshopService(DoorstepDb db, FieldProtector protector, AuditLog audit, TimeProvider clock, WorkshopSettings settings)
{
    public const int MinAge = 16;

    private const string NotFound = "该帮扶车间不存在，或不在您的管辖范围内";

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
        var total = await workshops.CountAsync(ct);
        var size = Math.Clamp(query.PageSize, 1, 10_000);
        var number = Math.Max(1, query.Page);
        var rows = await ordered.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Page<WorkshopView>(await ViewsAsync(rows, ct), total, number, size);
    }

    public async Task<WorkshopView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<Workshop>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct) is { } workshop ? (await ViewsAsync([workshop], ct)).Single() : null;

    /// <summary>A workshop's workers, those still there first, then by hiring; null when the workshop is not in scope.</summary>
    public async Task<List<WorkerView>?> WorkersAsync(Guid id, CancellationToken ct = default)
    {
        if (!await db.Set<Workshop>().AnyAsync(w => w.Id == id, ct))
        {
            return null;
        }

        var rows = await db.Set<WorkshopWorker>().AsNoTracking().Where(w => w.WorkshopId == id).ToListAsync(ct);
        var views = await WorkerViewsAsync(rows, ct);
        return [.. views.OrderBy(w => w.LeftOn is not null).ThenBy(w => w.HiredOn).ThenBy(w => w.Name, StringComparer.Ordinal)];
    }

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

    /// <summary>
    /// Takes on a worker: a person of the registry in the caller's regions whom the registry counts
    /// as poverty-relieved, at least 16, not already working at this workshop over the same days.
    /// </summary>
    public async Task<Outcome<WorkerView>> AddWorkerAsync(Guid workshopId, WorkerInput input, Actor actor, CancellationToken ct = default)
    {
        var workshop = await db.Set<Workshop>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == workshopId, ct);
        if (workshop is null)
        {
            return Outcome<WorkerView>.Fail(Inputs.Error("id", NotFound));
        }

        var errors = new FieldErrors();
        var person = await PersonAsync(input, errors, ct);
        var today = Today;
        if (person is not null)
        {
            if (!person.PovertyRelieved)
            {
                errors.Add(PersonField(input), $"{person.Name}（{person.IdNumberMasked}）在居民档案中不是脱贫劳动力；帮扶车间只登记吸纳的脱贫劳动力，如情况有变请先更新居民档案");
            }

            if (Age(person.BirthDate, today) < MinAge)
            {
                errors.Add(PersonField(input), $"{person.Name}未满{MinAge}周岁，不能登记就业");
            }
        }

        if (input.HiredOn is not { } hiredOn)
        {
            errors.Add("hiredOn", "请填写入职日期");
        }
        else if (hiredOn > today)
        {
            errors.Add("hiredOn", $"入职日期{Tr.Date(hiredOn)}晚于今天");
        }
        else if (hiredOn < workshop.StartedOn)
        {
            errors.Add("hiredOn", $"入职日期{Tr.Date(hiredOn)}早于车间开办日期{Tr.Date(workshop.StartedOn)}");
        }

        if (input.LeftOn is { } leftOn && (leftOn > today || (input.HiredOn is { } hired && leftOn < hired)))
        {
            errors.Add("leftOn", "离职日期应在入职日期到今天之间");
        }

        CheckIncome(input.Income, input.IncomePeriod, errors);
        if (person is not null && input.HiredOn is { } start)
        {
            var end = input.LeftOn ?? DateOnly.MaxValue;
            var overlapping = await db.Set<WorkshopWorker>().IgnoreQueryFilters().AsNoTracking()
                .Where(w => w.WorkshopId == workshopId && w.PersonId == person.Id && w.HiredOn <= end && (w.LeftOn == null || w.LeftOn >= start))
                .OrderBy(w => w.HiredOn).FirstOrDefaultAsync(ct);
            if (overlapping is not null)
            {
                errors.Add(PersonField(input), $"{person.Name}（{person.IdNumberMasked}）{Tr.Date(overlapping.HiredOn)}起已在本车间就业{(overlapping.LeftOn is { } left ? $"（至{Tr.Date(left)}）" : "")}，同一人不能在同一车间同时登记两次");
            }
        }

        if (!errors.IsEmpty)
        {
            return Outcome<WorkerView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var worker = new WorkshopWorker
        {
            Id = Guid.CreateVersion7(), WorkshopId = workshopId, PersonId = person!.Id, RegionCode = workshop.RegionCode, HiredOn = input.HiredOn!.Value, LeftOn = input.LeftOn,
            Income = input.Income!.Value, IncomePeriod = input.IncomePeriod ?? IncomePeriod.Month, CreatedBy = actor.UserName, CreatedAt = now, UpdatedBy = actor.UserName, UpdatedAt = now,
        };
        db.Add(worker);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(WorkshopWorker), worker.Id.ToString(), detail: $"workshop {workshopId}", cancellationToken: ct);
        return Outcome<WorkerView>.Ok((await WorkerViewsAsync([worker], ct)).Single());
    }

    /// <summary>Records the day a worker left; they stay on file and stop counting from the next day.</summary>
    public async Task<Outcome<WorkerView>> LeaveAsync(Guid workshopId, Guid workerId, LeaveInput input, Actor actor, CancellationToken ct = default)
    {
        var worker = await db.Set<WorkshopWorker>().FirstOrDefaultAsync(w => w.Id == workerId && w.WorkshopId == workshopId, ct);
        if (worker is null)
        {
            return Outcome<WorkerView>.Fail(Inputs.Error("id", "该车间没有这名职工，或不在您的管辖范围内"));
        }

        var today = Today;
        if (input.LeftOn is not { } leftOn)
        {
            return Outcome<WorkerView>.Fail(Inputs.Error("leftOn", "请填写离职日期"));
        }

        if (leftOn < worker.HiredOn || leftOn > today)
        {
            return Outcome<WorkerView>.Fail(Inputs.Error("leftOn", $"离职日期应在入职日期{Tr.Date(worker.HiredOn)}到今天之间"));
        }

        worker.LeftOn = leftOn;
        worker.UpdatedBy = actor.UserName;
        worker.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(WorkshopWorker), worker.Id.ToString(), detail: $"left {leftOn:yyyy-MM-dd}", cancellationToken: ct);
        return Outcome<WorkerView>.Ok((await WorkerViewsAsync([worker], ct)).Single());
    }

    /// <summary>The recognition check today, against the configured criteria; null when the workshop is not in scope.</summary>
    public async Task<RecognitionView?> RecognitionAsync(Guid id, CancellationToken ct = default)
    {
        var workshop = await db.Set<Workshop>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (workshop is null)
        {
            return null;
        }

        var check = await CheckRecognitionAsync(id, ct);
        return new(workshop.Id, workshop.Name, check.AsOf, check.Basic, check.Model);
    }

    /// <summary>
    /// Grants or revokes a designation. 认定 needs the basic criteria met and 示范性 the model ones,
    /// on the day it is granted; 共富工坊 is the officer's call. A refusal carries every reason.
    /// </summary>
    public async Task<Outcome<WorkshopView>> DesignateAsync(Guid id, DesignationInput input, Actor actor, CancellationToken ct = default)
    {
        var workshop = await db.Set<Workshop>().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (workshop is null)
        {
            return Outcome<WorkshopView>.Fail(Inputs.Error("id", NotFound));
        }

        if (input.Designation is not { } designation || !Enum.IsDefined(designation))
        {
            return Outcome<WorkshopView>.Fail(Inputs.Error("designation", "称号应为 recognised（认定）、model（示范性帮扶车间）或 common-prosperity（共富工坊）"));
        }

        var errors = new FieldErrors();
        var name = WorkshopTerms.Designation(designation).Zh;
        var current = Designated(workshop, designation);
        var today = Today;
        if (input.Granted ?? true)
        {
            var on = input.On ?? today;
            if (current is { } since)
            {
                errors.Add("designation", $"{workshop.Name}已于{Tr.Date(since)}获得“{name}”");
            }

            if (on > today || on < workshop.StartedOn)
            {
                errors.Add("on", $"日期应在车间开办日期{Tr.Date(workshop.StartedOn)}到今天之间");
            }

            if (designation != WorkshopDesignation.CommonProsperity)
            {
                var check = await CheckRecognitionAsync(id, ct);
                var level = designation == WorkshopDesignation.Recognised ? check.Basic : check.Model;
                foreach (var reason in level.Reasons)
                {
                    errors.Add("designation", $"不符合{name}条件：{reason}");
                }
            }

            if (!errors.IsEmpty)
            {
                return Outcome<WorkshopView>.Fail(errors);
            }

            SetDesignation(workshop, designation, on);
        }
        else
        {
            if (current is null)
            {
                return Outcome<WorkshopView>.Fail(Inputs.Error("designation", $"{workshop.Name}没有“{name}”称号，无需撤销"));
            }

            SetDesignation(workshop, designation, null);
        }

        workshop.UpdatedBy = actor.UserName;
        workshop.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        var granted = Designated(workshop, designation);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Workshop), workshop.Id.ToString(),
            detail: granted is { } day ? $"grant {WorkshopTerms.Name(designation)} {day:yyyy-MM-dd}" : $"revoke {WorkshopTerms.Name(designation)}", cancellationToken: ct);
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

    private static void SetDesignation(Workshop w, WorkshopDesignation d, DateOnly? on)
    {
        switch (d)
        {
            case WorkshopDesignation.Recognised:
                w.RecognisedOn = on;
                break;
            case WorkshopDesignation.Model:
                w.ModelOn = on;
                break;
            default:
                w.CommonProsperityOn = on;
                break;
        }
    }

    private async Task<Recognition> CheckRecognitionAsync(Guid id, CancellationToken ct)
    {
        var rows = await db.Set<WorkshopWorker>().IgnoreQueryFilters().AsNoTracking().Where(w => w.WorkshopId == id).ToListAsync(ct);
        var personIds = rows.Select(w => w.PersonId).Distinct().ToList();
        var relieved = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id) && p.PovertyRelieved).Select(p => p.Id).ToListAsync(ct);
        var facts = rows.Select(w => new WorkerFacts(w.HiredOn, w.LeftOn, Recognition.AnnualIncome(w.Income, w.IncomePeriod), relieved.Contains(w.PersonId)));
        return Recognition.Check(facts, Today, settings);
    }

    private static void CheckIncome(int? income, IncomePeriod? period, FieldErrors errors)
    {
        if (period is { } given && !Enum.IsDefined(given))
        {
            errors.Add("incomePeriod", "收入周期应为 month（月）或 year（年）");
            return;
        }

        var (floor, ceiling, unit) = (period ?? IncomePeriod.Month) == IncomePeriod.Month ? (100, 50_000, "元/月") : (1_000, 600_000, "元/年");
        if (income is not { } value)
        {
            errors.Add("income", $"请填写收入（{unit}）");
        }
        else if (value < floor || value > ceiling)
        {
            errors.Add("income", $"收入应为{floor}～{ceiling}{unit}");
        }
    }

    private static string PersonField(WorkerInput input) => input.PersonId is null ? "idNumber" : "personId";

    /// <summary>The person by id or ID number, inside the actor's scope; null with the reason when there is none.</summary>
    private async Task<Person?> PersonAsync(WorkerInput input, FieldErrors errors, CancellationToken ct)
    {
        var people = db.People.AsNoTracking();
        Person? person;
        if (input.PersonId is { } personId)
        {
            person = await people.FirstOrDefaultAsync(p => p.Id == personId, ct);
        }
        else if (!string.IsNullOrWhiteSpace(input.IdNumber))
        {
            if (!CitizenId.TryParse(input.IdNumber.Trim(), out var citizen, out var error))
            {
                errors.Add("idNumber", error);
                return null;
            }

            var hash = protector.Hash(citizen.Value);
            person = await people.FirstOrDefaultAsync(p => p.IdNumberHash == hash, ct);
        }
        else
        {
            errors.Add("personId", "请选择职工（按姓名或身份证号码在居民档案中查找）");
            return null;
        }

        if (person is null)
        {
            errors.Add(PersonField(input), "居民档案中没有这个人，或不在您的管辖范围内；请先登记居民信息");
        }

        return person;
    }

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

        string? regionCode = null;
        if (string.IsNullOrWhiteSpace(input.RegionCode))
        {
            errors.Add("regionCode", "请选择车间所在区划（村、社区）");
        }
        else if (!Kernel.RegionCode.TryParse(input.RegionCode.Trim(), out var code, out var why))
        {
            errors.Add("regionCode", why);
        }
        else if (!await db.Regions.AnyAsync(r => r.Code == code.Value, ct))
        {
            errors.Add("regionCode", $"区划 {code.Value} 不存在或不在您的管辖范围内");
        }
        else
        {
            regionCode = code.Value;
        }

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

    private static int Age(DateOnly birth, DateOnly today)
    {
        var age = today.Year - birth.Year;
        return birth > today.AddYears(-age) ? age - 1 : age;
    }

    private async Task<List<WorkshopView>> ViewsAsync(IReadOnlyList<Workshop> workshops, CancellationToken ct)
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

    private async Task<List<WorkerView>> WorkerViewsAsync(IReadOnlyList<WorkshopWorker> workers, CancellationToken ct)
    {
        var today = Today;
        var personIds = workers.Select(w => w.PersonId).Distinct().ToList();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.IdNumberMasked, p.PovertyRelieved }).ToDictionaryAsync(p => p.Id, ct);
        return workers.Select(w =>
        {
            var p = people[w.PersonId];
            return new WorkerView(
                w.Id, w.WorkshopId, w.PersonId, p.Name, p.IdNumberMasked, p.PovertyRelieved, w.HiredOn, w.LeftOn, w.Income, w.IncomePeriod,
                Recognition.AnnualIncome(w.Income, w.IncomePeriod), Recognition.MonthsEmployed(w.HiredOn, w.LeftOn, today));
        }).ToList();
    }
}
