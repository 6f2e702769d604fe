using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Gigs;

/// <summary>
/// A gig job as a station takes it down: everything but the description, the times and the place's
/// coordinates is needed; without coordinates the job sits at its community's centre. EndDate defaults
/// to StartDate (one day).
/// </summary>
public sealed record GigJobInput(
    string? Title = null, Guid? CategoryId = null, GigPoster? PosterKind = null, string? PosterName = null, string? PosterPhone = null,
    string? Address = null, string? RegionCode = null, double? Longitude = null, double? Latitude = null, DateOnly? StartDate = null,
    DateOnly? EndDate = null, TimeOnly? StartTime = null, TimeOnly? EndTime = null, int? Pay = null, GigPayUnit? PayUnit = null,
    int? PeopleNeeded = null, Guid? MarketId = null, string? Description = null);

/// <summary>A worker: personId or idNumber when they are in the registry (name and phone then come from it), otherwise name and phone.</summary>
public sealed record GigWorkerInput(
    Guid? PersonId = null, string? IdNumber = null, string? Name = null, string? Phone = null, Guid? MarketId = null, IReadOnlyList<Guid>? Skills = null, IReadOnlyList<DayOfWeek>? Days = null);

public sealed record GigCheckInInput(Guid? MarketId = null, DateOnly? Date = null);

/// <summary>Accept one worker onto a job.</summary>
public sealed record GigAcceptInput(Guid? WorkerId);

/// <summary>Move a worker on a job forward: done, then paid (with what was paid; the job's pay by default).</summary>
public sealed record GigStateInput(GigState? State, int? PaidAmount = null);

public sealed record GigAssignmentView(
    Guid WorkerId, string WorkerName, string? WorkerPhone, GigState State, int? PaidAmount, string AcceptedBy, DateTime AcceptedAt, DateTime? DoneAt, DateTime? PaidAt);

/// <summary>A gig job with its names filled in; the poster's phone is masked; workers are those taken on.</summary>
public sealed record GigJobView(
    Guid Id, string Title, string? Description, Guid CategoryId, string CategoryName, GigPoster PosterKind, string PosterName, string PosterPhone,
    string Address, string RegionCode, string RegionName, double Longitude, double Latitude, DateOnly StartDate, DateOnly EndDate, TimeOnly? StartTime,
    TimeOnly? EndTime, int Pay, GigPayUnit PayUnit, int PeopleNeeded, int Taken, Guid MarketId, string MarketName, string CreatedBy, DateTime CreatedAt,
    IReadOnlyList<GigAssignmentView> Workers)
{
    public int Missing => Math.Max(0, PeopleNeeded - Taken);
}

public sealed record GigWorkerView(
    Guid Id, Guid? PersonId, string Name, string? Phone, string RegionCode, Guid MarketId, string MarketName, double Longitude, double Latitude,
    IReadOnlyList<Guid> Skills, IReadOnlyList<string> SkillNames, IReadOnlyList<DayOfWeek> Days, DateOnly? LastCheckIn, DateTime CreatedAt);

/// <summary>
/// Filters of the job list: q in the title, address or poster's name; date keeps jobs running that
/// day; open keeps jobs still short of hands that have not ended; sort is <c>start</c> (soonest first,
/// the default), <c>pay</c> (best paid first) or <c>created</c> (latest first).
/// </summary>
public sealed record GigJobQuery(
    string? Q = null, Guid? Market = null, Guid? Category = null, DateOnly? Date = null, bool Open = false, string? Sort = null, int Page = 1, int PageSize = 20);

/// <summary>Filters of the worker list: q in the name; sort <c>name</c> (the default) or <c>created</c>.</summary>
public sealed record GigWorkerQuery(string? Q = null, Guid? Market = null, Guid? Category = null, string? Sort = null, int Page = 1, int PageSize = 20);

/// <summary>
/// Gig work at the stations: jobs posted, workers registered and checked in day by day, and each
/// worker taken on moved forward from accepted to done to paid. Everything reads and writes within
/// the caller's regions; every write is audited.
/// </summary>
public sealed class GigService(DoorstepDb db, FieldProtector protector, GigSettings settings, AuditLog audit, TimeProvider clock)
{
    public const int MaxCategoryName = 20;
    public const int MaxTitle = 50;
    public const int MaxDescription = 500;
    public const int MaxPeople = 200;
    public const int MaxPayPerJob = 100_000;
    public const int CheckInDaysBack = 30;

    /// <summary>The kinds of place that take gig jobs and check workers in.</summary>
    public static readonly IReadOnlyList<string> MarketKinds = ["gig-station", "gig-market"];

    private DateOnly Today => ShanghaiTime.Today(clock);

    /// <summary>The gig stations and markets in the caller's regions, by name.</summary>
    public async Task<List<Organisation>> MarketsAsync(CancellationToken ct = default) =>
        await db.Organisations.AsNoTracking().Where(o => MarketKinds.Contains(o.Kind)).OrderBy(o => o.RegionCode).ThenBy(o => o.Name).ToListAsync(ct);

    public async Task<Page<GigJobView>> SearchJobsAsync(GigJobQuery query, CancellationToken ct = default)
    {
        var jobs = db.Set<GigJob>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            jobs = jobs.Where(j => j.Title.Contains(q) || j.Address.Contains(q) || j.PosterName.Contains(q));
        }

        if (query.Market is { } market)
        {
            jobs = jobs.Where(j => j.MarketId == market);
        }

        if (query.Category is { } category)
        {
            jobs = jobs.Where(j => j.CategoryId == category);
        }

        if (query.Date is { } date)
        {
            jobs = jobs.Where(j => j.StartDate <= date && j.EndDate >= date);
        }

        if (query.Open)
        {
            var today = Today;
            jobs = jobs.Where(j => j.EndDate >= today && j.Taken < j.PeopleNeeded);
        }

        var ordered = query.Sort switch
        {
            "pay" => jobs.OrderBy(j => j.PayUnit).ThenByDescending(j => j.Pay).ThenBy(j => j.StartDate),
            "created" => jobs.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id),
            _ => jobs.OrderBy(j => j.StartDate).ThenBy(j => j.StartTime).ThenBy(j => j.Id),
        };
        var total = await jobs.CountAsync(ct);
        var size = Math.Clamp(query.PageSize, 1, 10_000);
        var number = Math.Max(1, query.Page);
        var rows = await ordered.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Page<GigJobView>(await JobViewsAsync(rows, ct), total, number, size);
    }

    public async Task<GigJobView?> GetJobAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<GigJob>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct) is { } job ? (await JobViewsAsync([job], ct)).Single() : null;

    public async Task<Outcome<GigJobView>> PostJobAsync(GigJobInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var title = Required(input.Title, "title", "请填写要做什么，如“空调清洗”“搬家具上五楼”", MaxTitle, errors);
        var description = input.Description?.Trim();
        if (description?.Length > MaxDescription)
        {
            errors.Add("description", $"说明不超过{MaxDescription}字");
        }

        await ActiveCategoryAsync(input.CategoryId, "categoryId", errors, ct);
        if (input.PosterKind is not { } posterKind || !Enum.IsDefined(posterKind))
        {
            errors.Add("posterKind", "请选择发布方：household（居民家庭）或 business（企业商户）");
        }

        var posterName = Required(input.PosterName, "posterName", "请填写发布人姓名或单位名称", 50, errors);
        Phone? phone = null;
        if (string.IsNullOrWhiteSpace(input.PosterPhone))
        {
            errors.Add("posterPhone", "请填写发布人的手机号码，方便零工联系");
        }
        else if (!Phone.TryParse(input.PosterPhone, out phone, out var phoneError))
        {
            errors.Add("posterPhone", phoneError);
        }

        var address = Required(input.Address, "address", "请填写干活的地址，如“天元区泰山路88号湘水湾3栋”", 200, errors);
        var region = await RegionAsync(input.RegionCode, errors, ct);
        var longitude = input.Longitude ?? region?.Longitude;
        var latitude = input.Latitude ?? region?.Latitude;
        if (region is not null)
        {
            if (longitude is not { } lon || latitude is not { } lat)
            {
                errors.Add("location", "该区划没有中心位置，请填写干活地点的经纬度");
            }
            else
            {
                Inputs.CheckInChina(errors, "干活地点", lon, lat);
            }
        }

        CheckDates(input, errors);
        CheckPay(input, errors);
        if (input.PeopleNeeded is not { } people)
        {
            errors.Add("peopleNeeded", "请填写需要几个人");
        }
        else if (people is < 1 or > MaxPeople)
        {
            errors.Add("peopleNeeded", $"需要人数应为1～{MaxPeople}人");
        }

        var market = await MarketAsync(input.MarketId, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<GigJobView>.Fail(errors);
        }

        var job = new GigJob
        {
            Id = Guid.CreateVersion7(), RegionCode = region!.Code, MarketId = market!.Id, CategoryId = input.CategoryId!.Value, Title = title!,
            Description = string.IsNullOrEmpty(description) ? null : description, PosterKind = input.PosterKind!.Value, PosterName = posterName!,
            PosterPhoneCipher = protector.Protect(phone!.Value), PosterPhoneMasked = phone.Masked, Address = address!, Longitude = longitude!.Value,
            Latitude = latitude!.Value, StartDate = input.StartDate!.Value, EndDate = input.EndDate ?? input.StartDate.Value, StartTime = input.StartTime,
            EndTime = input.EndTime, Pay = input.Pay!.Value, PayUnit = input.PayUnit ?? GigPayUnit.Day, PeopleNeeded = input.PeopleNeeded!.Value,
            CreatedBy = actor.UserName, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(job);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(GigJob), job.Id.ToString(), detail: job.Title, cancellationToken: ct);
        return Outcome<GigJobView>.Ok((await JobViewsAsync([job], ct)).Single());
    }

    public async Task<Page<GigWorkerView>> SearchWorkersAsync(GigWorkerQuery query, CancellationToken ct = default)
    {
        var workers = db.Set<GigWorker>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            workers = workers.Where(w => w.Name.Contains(q));
        }

        if (query.Market is { } market)
        {
            workers = workers.Where(w => w.MarketId == market);
        }

        if (query.Category is { } category)
        {
            workers = workers.Where(w => w.Skills.Contains(category));
        }

        var ordered = query.Sort == "created" ? workers.OrderByDescending(w => w.CreatedAt).ThenBy(w => w.Id) : workers.OrderBy(w => w.Name).ThenBy(w => w.Id);
        var total = await workers.CountAsync(ct);
        var size = Math.Clamp(query.PageSize, 1, 10_000);
        var number = Math.Max(1, query.Page);
        var rows = await ordered.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Page<GigWorkerView>(await WorkerViewsAsync(rows, ct), total, number, size);
    }

    public async Task<GigWorkerView?> GetWorkerAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<GigWorker>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct) is { } worker ? (await WorkerViewsAsync([worker], ct)).Single() : null;

    /// <summary>
    /// Registers a worker at a station. With a person id or an ID number the person must be in the registry within the
    /// caller's scope and is registered once; their name comes from the registry, and their phone unless
    /// they give another. Without one, the name and phone given at the desk are kept.
    /// </summary>
    public async Task<Outcome<GigWorkerView>> RegisterWorkerAsync(GigWorkerInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        Person? person = null;
        if (input.PersonId is { } personId)
        {
            person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct);
            if (person is null)
            {
                errors.Add("personId", "居民档案中没有这个人，或不在您的管辖范围内");
            }
        }
        else if (!string.IsNullOrWhiteSpace(input.IdNumber))
        {
            if (!CitizenId.TryParse(input.IdNumber.Trim(), out var citizen, out var idError))
            {
                errors.Add("idNumber", idError);
            }
            else
            {
                var hash = protector.Hash(citizen.Value);
                person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.IdNumberHash == hash, ct);
                if (person is null)
                {
                    errors.Add("idNumber", "居民档案中没有这个人，或不在您的管辖范围内；不在档案中的零工可不填身份证号，只填姓名和手机号");
                }
            }
        }

        if (person is not null && await db.Set<GigWorker>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(w => w.PersonId == person.Id, ct) is { } existing)
        {
            errors.Add(input.PersonId is null ? "idNumber" : "personId", $"{person.Name}（{person.IdNumberMasked}）已于{Tr.Date(existing.CreatedAt)}登记为零工人员，请直接签到");
        }

        var name = person?.Name ?? Required(input.Name, "name", "请填写零工人员姓名（或填身份证号从居民档案带出）", 50, errors);
        Phone? phone = null;
        if (!string.IsNullOrWhiteSpace(input.Phone))
        {
            if (!Phone.TryParse(input.Phone, out phone, out var phoneError))
            {
                errors.Add("phone", phoneError);
            }
        }
        else if (person?.PhoneCipher is null && errors.For("idNumber") is null && errors.For("personId") is null)
        {
            errors.Add("phone", "请填写手机号码，有活时好联系");
        }

        var skills = await SkillsAsync(input.Skills, errors, ct);
        var days = (input.Days ?? []).Distinct().Order().ToList();
        if (days.Any(d => !Enum.IsDefined(d)))
        {
            errors.Add("days", "可干活的日子应为 Monday～Sunday");
        }

        var market = await MarketAsync(input.MarketId, errors, ct);
        if (market is { Longitude: null } or { Latitude: null })
        {
            errors.Add("marketId", $"{market.Name}没有标注位置，请先在“组织与场所”里补上经纬度");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<GigWorkerView>.Fail(errors);
        }

        var worker = new GigWorker
        {
            Id = Guid.CreateVersion7(), PersonId = person?.Id, RegionCode = market!.RegionCode, MarketId = market.Id, Name = name!,
            PhoneCipher = phone is null ? person?.PhoneCipher : protector.Protect(phone.Value), PhoneMasked = phone?.Masked ?? person?.PhoneMasked,
            Longitude = person?.Longitude ?? market.Longitude!.Value, Latitude = person?.Latitude ?? market.Latitude!.Value, Skills = skills!, Days = days,
            CreatedBy = actor.UserName, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(worker);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(GigWorker), worker.Id.ToString(), detail: market.Name, cancellationToken: ct);
        return Outcome<GigWorkerView>.Ok((await WorkerViewsAsync([worker], ct)).Single());
    }

    /// <summary>A worker present at a station today (or on a past day, entered late); one station a day.</summary>
    public async Task<Outcome<GigWorkerView>> CheckInAsync(Guid workerId, GigCheckInInput input, Actor actor, CancellationToken ct = default)
    {
        var worker = await db.Set<GigWorker>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == workerId, ct);
        if (worker is null)
        {
            return Outcome<GigWorkerView>.Fail(Inputs.Error("id", "该零工人员不存在，或不在您的管辖范围内"));
        }

        var errors = new FieldErrors();
        var market = await MarketAsync(input.MarketId ?? worker.MarketId, errors, ct);
        var date = input.Date ?? Today;
        if (date > Today)
        {
            errors.Add("date", "签到日期不能晚于今天");
        }
        else if (date < Today.AddDays(-CheckInDaysBack))
        {
            errors.Add("date", $"只能补录{CheckInDaysBack}天内的签到");
        }
        else if (await db.Set<GigCheckIn>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(c => c.WorkerId == workerId && c.Date == date, ct) is { } already)
        {
            var where = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => o.Id == already.MarketId).Select(o => o.Name).FirstOrDefaultAsync(ct);
            errors.Add("date", $"{worker.Name}{Tr.Date(date)}已在{where}签到");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<GigWorkerView>.Fail(errors);
        }

        var checkIn = new GigCheckIn { Id = Guid.CreateVersion7(), WorkerId = workerId, MarketId = market!.Id, RegionCode = market.RegionCode, Date = date, CreatedBy = actor.UserName, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Add(checkIn);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(GigCheckIn), checkIn.Id.ToString(), detail: $"{market.Name} {date:yyyy-MM-dd}", cancellationToken: ct);
        return Outcome<GigWorkerView>.Ok((await WorkerViewsAsync([worker], ct)).Single());
    }

    /// <summary>
    /// Takes a worker on: the job must not have ended, must still be short of hands, and the worker must
    /// not already be on it or on another job on one of its days. The job's head count is a concurrency
    /// token, so two specialists filling the last place at once cannot both succeed.
    /// </summary>
    public async Task<Outcome<GigJobView>> AcceptAsync(Guid jobId, GigAcceptInput input, Actor actor, CancellationToken ct = default)
    {
        var job = await db.Set<GigJob>().FirstOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null)
        {
            return Outcome<GigJobView>.Fail(Inputs.Error("id", "该零工需求不存在，或不在您的管辖范围内"));
        }

        var errors = new FieldErrors();
        var worker = input.WorkerId is { } workerId ? await db.Set<GigWorker>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == workerId, ct) : null;
        if (worker is null)
        {
            errors.Add("workerId", "请选择零工人员（须在您的管辖范围内登记）");
        }
        else if (await db.Set<GigAssignment>().AnyAsync(a => a.JobId == jobId && a.WorkerId == worker.Id, ct))
        {
            errors.Add("workerId", $"{worker.Name}已接了这个活");
        }
        else if (await BusyWithAsync(worker.Id, job, ct) is { } other)
        {
            errors.Add("workerId", $"{worker.Name}在{Tr.Date(Max(other.StartDate, job.StartDate))}已接了“{other.Title}”，时间冲突");
        }

        if (job.EndDate < Today)
        {
            errors.Add("endDate", $"该零工已于{Tr.Date(job.EndDate)}结束，不能再接单");
        }
        else if (GigRules.CapacityRefusal(job.Taken, job.PeopleNeeded) is { } full)
        {
            errors.Add("workerId", full);
        }

        if (!errors.IsEmpty)
        {
            return Outcome<GigJobView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        job.Taken++;
        db.Add(new GigAssignment { Id = Guid.CreateVersion7(), JobId = jobId, WorkerId = worker!.Id, RegionCode = job.RegionCode, State = GigState.Accepted, AcceptedBy = actor.UserName, AcceptedAt = now, UpdatedBy = actor.UserName });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<GigJobView>.Fail(Inputs.Error("workerId", "刚才有人同时为这个活接单，请刷新后再试"));
        }

        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(GigJob), jobId.ToString(), detail: $"accepted {worker.Id}", cancellationToken: ct);
        return Outcome<GigJobView>.Ok((await JobViewsAsync([job], ct)).Single());
    }

    /// <summary>Records a worker's job done, then paid; one step forward at a time. Paid defaults to the job's pay for its days.</summary>
    public async Task<Outcome<GigJobView>> AdvanceAsync(Guid jobId, Guid workerId, GigStateInput input, Actor actor, CancellationToken ct = default)
    {
        var job = await db.Set<GigJob>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, ct);
        var assignment = job is null ? null : await db.Set<GigAssignment>().FirstOrDefaultAsync(a => a.JobId == jobId && a.WorkerId == workerId, ct);
        if (assignment is null)
        {
            return Outcome<GigJobView>.Fail(Inputs.Error("id", "该零工人员没有接这个活，或不在您的管辖范围内"));
        }

        if (input.State is not { } to || !Enum.IsDefined(to))
        {
            return Outcome<GigJobView>.Fail(Inputs.Error("state", "状态应为 done（已完工）或 paid（已结算）"));
        }

        if (GigRules.TransitionRefusal(assignment.State, to) is { } refused)
        {
            return Outcome<GigJobView>.Fail(Inputs.Error("state", refused));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (to == GigState.Done && job!.StartDate > Today)
        {
            return Outcome<GigJobView>.Fail(Inputs.Error("state", $"这个活{Tr.Date(job.StartDate)}才开始，还不能记为已完工"));
        }

        if (to == GigState.Paid)
        {
            var amount = input.PaidAmount ?? DuePay(job!);
            if (amount is < 1 or > MaxPayPerJob * 10)
            {
                return Outcome<GigJobView>.Fail(Inputs.Error("paidAmount", $"结算金额应为1～{MaxPayPerJob * 10}元"));
            }

            assignment.PaidAmount = amount;
            assignment.PaidAt = now;
        }
        else
        {
            assignment.DoneAt = now;
        }

        assignment.State = to;
        assignment.UpdatedBy = actor.UserName;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(GigJob), jobId.ToString(), detail: $"{workerId} -> {to}", cancellationToken: ct);
        return Outcome<GigJobView>.Ok((await JobViewsAsync([job!], ct)).Single());
    }

    /// <summary>What the job pays one worker: the pay per day times its days, or the pay for the whole job.</summary>
    public static int DuePay(GigJob job) => job.PayUnit == GigPayUnit.Day ? job.Pay * (job.EndDate.DayNumber - job.StartDate.DayNumber + 1) : job.Pay;

    internal async Task<List<GigJobView>> JobViewsAsync(IReadOnlyList<GigJob> jobs, CancellationToken ct)
    {
        var ids = jobs.Select(j => j.Id).ToList();
        var assignments = await db.Set<GigAssignment>().AsNoTracking().Where(a => ids.Contains(a.JobId)).OrderBy(a => a.AcceptedAt).ToListAsync(ct);
        var workerIds = assignments.Select(a => a.WorkerId).Distinct().ToList();
        var workers = await db.Set<GigWorker>().IgnoreQueryFilters().AsNoTracking().Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        var names = await NamesAsync(jobs.Select(j => j.CategoryId), jobs.Select(j => j.MarketId), jobs.Select(j => j.RegionCode), ct);
        return jobs.Select(j => new GigJobView(
            j.Id, j.Title, j.Description, j.CategoryId, names.Categories.GetValueOrDefault(j.CategoryId) ?? "", j.PosterKind, j.PosterName, j.PosterPhoneMasked,
            j.Address, j.RegionCode, names.Regions.GetValueOrDefault(j.RegionCode) ?? j.RegionCode, j.Longitude, j.Latitude, j.StartDate, j.EndDate, j.StartTime,
            j.EndTime, j.Pay, j.PayUnit, j.PeopleNeeded, j.Taken, j.MarketId, names.Markets.GetValueOrDefault(j.MarketId) ?? "", j.CreatedBy, j.CreatedAt,
            assignments.Where(a => a.JobId == j.Id).Select(a => new GigAssignmentView(
                a.WorkerId, workers[a.WorkerId].Name, workers[a.WorkerId].PhoneMasked, a.State, a.PaidAmount, a.AcceptedBy, a.AcceptedAt, a.DoneAt, a.PaidAt)).ToList())).ToList();
    }

    internal async Task<List<GigWorkerView>> WorkerViewsAsync(IReadOnlyList<GigWorker> workers, CancellationToken ct)
    {
        var ids = workers.Select(w => w.Id).ToList();
        var last = await db.Set<GigCheckIn>().IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.WorkerId))
            .GroupBy(c => c.WorkerId).Select(g => new { g.Key, Date = g.Max(c => c.Date) }).ToDictionaryAsync(x => x.Key, x => x.Date, ct);
        var names = await NamesAsync(workers.SelectMany(w => w.Skills), workers.Select(w => w.MarketId), [], ct);
        return workers.Select(w => new GigWorkerView(
            w.Id, w.PersonId, w.Name, w.PhoneMasked, w.RegionCode, w.MarketId, names.Markets.GetValueOrDefault(w.MarketId) ?? "", w.Longitude, w.Latitude,
            w.Skills, w.Skills.Select(s => names.Categories.GetValueOrDefault(s) ?? "").ToList(), w.Days, last.TryGetValue(w.Id, out var d) ? d : null, w.CreatedAt)).ToList();
    }

    internal sealed record Names(Dictionary<Guid, string> Categories, Dictionary<Guid, string> Markets, Dictionary<string, string> Regions);

    internal async Task<Names> NamesAsync(IEnumerable<Guid> categoryIds, IEnumerable<Guid> marketIds, IEnumerable<string> regionCodes, CancellationToken ct)
    {
        var categories = categoryIds.Distinct().ToList();
        var markets = marketIds.Distinct().ToList();
        var regions = regionCodes.Distinct().ToList();
        return new Names(
            await db.Set<GigCategory>().AsNoTracking().Where(c => categories.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct),
            await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => markets.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct),
            await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => regions.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct));
    }

    /// <summary>Another job the worker was taken on for that shares a day with this one.</summary>
    private async Task<GigJob?> BusyWithAsync(Guid workerId, GigJob job, CancellationToken ct)
    {
        var theirs = db.Set<GigAssignment>().IgnoreQueryFilters().Where(a => a.WorkerId == workerId).Select(a => a.JobId);
        return await db.Set<GigJob>().IgnoreQueryFilters().AsNoTracking()
            .Where(j => theirs.Contains(j.Id) && j.Id != job.Id && j.StartDate <= job.EndDate && j.EndDate >= job.StartDate)
            .OrderBy(j => j.StartDate).FirstOrDefaultAsync(ct);
    }

    private void CheckDates(GigJobInput input, FieldErrors errors)
    {
        if (input.StartDate is not { } start)
        {
            errors.Add("startDate", "请填写哪天干活");
            return;
        }

        if (start < Today.AddDays(-CheckInDaysBack) || start > Today.AddDays(90))
        {
            errors.Add("startDate", $"干活日期应在{CheckInDaysBack}天前到90天后之间");
        }

        var end = input.EndDate ?? start;
        if (end < start)
        {
            errors.Add("endDate", "结束日期不能早于开始日期");
        }
        else if (end.DayNumber - start.DayNumber + 1 > settings.MaxDays)
        {
            errors.Add("endDate", $"一个零工最长{settings.MaxDays}天；更长的用工请登记为岗位");
        }

        if (input.StartTime is null != input.EndTime is null)
        {
            errors.Add("endTime", "开始和结束时间要么都填，要么都不填");
        }
        else if (input.StartTime is { } from && input.EndTime is { } to && to <= from)
        {
            errors.Add("endTime", "结束时间应晚于开始时间");
        }
    }

    private static void CheckPay(GigJobInput input, FieldErrors errors)
    {
        var unit = input.PayUnit ?? GigPayUnit.Day;
        if (!Enum.IsDefined(unit))
        {
            errors.Add("payUnit", "计酬方式应为 day（按天）或 job（按件）");
            return;
        }

        var (floor, ceiling, unitName) = unit == GigPayUnit.Day ? Inputs.WageRange(Vacancies.WageUnit.Day) : (10, MaxPayPerJob, "元/件");
        if (input.Pay is not { } pay)
        {
            errors.Add("pay", "请填写报酬（元）");
        }
        else if (pay < floor || pay > ceiling)
        {
            errors.Add("pay", $"报酬应为{floor}～{ceiling}{unitName}");
        }
    }

    private async Task ActiveCategoryAsync(Guid? id, string field, FieldErrors errors, CancellationToken ct)
    {
        var category = id is { } given ? await db.Set<GigCategory>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == given, ct) : null;
        if (category is null)
        {
            errors.Add(field, "请选择零工类别");
        }
        else if (category.Retired)
        {
            errors.Add(field, $"类别“{category.Name}”已停用，请选择其他类别");
        }
    }

    private async Task<List<Guid>?> SkillsAsync(IReadOnlyList<Guid>? given, FieldErrors errors, CancellationToken ct)
    {
        var ids = (given ?? []).Distinct().ToList();
        if (ids.Count == 0)
        {
            errors.Add("skills", "请至少选择一项会干的活（零工类别）");
            return null;
        }

        var known = await db.Set<GigCategory>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        if (known.Count < ids.Count)
        {
            errors.Add("skills", "有的零工类别不存在，请重新选择");
        }
        else if (known.FirstOrDefault(c => c.Retired) is { } retired)
        {
            errors.Add("skills", $"类别“{retired.Name}”已停用，请选择其他类别");
        }

        return ids;
    }

    private async Task<Organisation?> MarketAsync(Guid? id, FieldErrors errors, CancellationToken ct)
    {
        var market = id is { } given ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == given && MarketKinds.Contains(o.Kind), ct) : null;
        if (market is null)
        {
            errors.Add("marketId", "请选择零工驿站或零工市场（须在您的管辖范围内）");
        }

        return market;
    }

    private async Task<Platform.Regions.Region?> RegionAsync(string? code, FieldErrors errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add("regionCode", "请选择干活地点所在的村（社区）");
            return null;
        }

        if (!RegionCode.TryParse(code.Trim(), out var parsed, out var reason))
        {
            errors.Add("regionCode", reason);
            return null;
        }

        var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == parsed.Value, ct);
        if (region is null)
        {
            errors.Add("regionCode", $"区划 {parsed.Value} 不存在或不在您的管辖范围内");
        }

        return region;
    }

    private static string? Required(string? raw, string field, string missing, int max, FieldErrors errors)
    {
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(field, missing);
            return null;
        }

        if (value.Length > max)
        {
            errors.Add(field, $"不超过{max}字");
        }

        return value;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
