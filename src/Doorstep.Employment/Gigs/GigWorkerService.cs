using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Gigs;

/// <summary>Gig workers registered at a station and checked in day by day, within the caller's regions; every write is audited.</summary>
public sealed class GigWorkerService(DoorstepDb db, GigLookups lookups, RegistryLookup registry, FieldProtector protector, AuditLog audit, TimeProvider clock)
{
    /// <summary>A gig worker may be registered without the registry, by name and phone alone.</summary>
    private static readonly RegistryAsk Worker = RegistryAsk.Default with
    {
        Missing = null,
        NotFoundById = "居民档案中没有这个人，或不在您的管辖范围内",
        NotFound = "居民档案中没有这个人，或不在您的管辖范围内；不在档案中的零工可不填身份证号，只填姓名和手机号",
    };

    private DateOnly Today => ShanghaiTime.Today(clock);

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
        return await ordered.ToPageAsync(query.Page, query.PageSize, 10_000, lookups.WorkerViewsAsync, ct);
    }

    public async Task<GigWorkerView?> GetWorkerAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<GigWorker>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct) is { } worker ? (await lookups.WorkerViewsAsync([worker], ct)).Single() : null;

    /// <summary>
    /// Registers a worker at a station. With a person id or an ID number the person must be in the registry within the
    /// caller's scope and is registered once; their name comes from the registry, and their phone unless
    /// they give another. Without one, the name and phone given at the desk are kept.
    /// </summary>
    public async Task<Outcome<GigWorkerView>> RegisterWorkerAsync(GigWorkerInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var person = await registry.FindAsync(input.PersonId, input.IdNumber, Worker, errors, ct);
        if (person is not null && await db.Set<GigWorker>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(w => w.PersonId == person.Id, ct) is { } existing)
        {
            errors.Add(Worker.FieldFor(input.PersonId), $"{person.Name}（{person.IdNumberMasked}）已于{Tr.Date(existing.CreatedAt)}登记为零工人员，请直接签到");
        }

        var name = person?.Name ?? GigLookups.Required(input.Name, "name", "请填写零工人员姓名（或填身份证号从居民档案带出）", 50, errors);
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

        var market = await lookups.MarketAsync(input.MarketId, errors, ct);
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
        return Outcome<GigWorkerView>.Ok((await lookups.WorkerViewsAsync([worker], ct)).Single());
    }

    /// <summary>
    /// Changes a worker's station, skills and days, and marks them 停止接单 (available=false) or back
    /// (true). A retired category they already have may stay; a worker without a registry home moves
    /// with their station, since that is where they set out from.
    /// </summary>
    public async Task<Outcome<GigWorkerView>> UpdateWorkerAsync(Guid id, GigWorkerUpdateInput input, Actor actor, CancellationToken ct = default)
    {
        var worker = await db.Set<GigWorker>().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (worker is null)
        {
            return Outcome<GigWorkerView>.Fail(Inputs.Error("id", "该零工人员不存在，或不在您的管辖范围内"));
        }

        var errors = new FieldErrors();
        var skills = await SkillsAsync(input.Skills, errors, ct, worker.Skills);
        var days = (input.Days ?? []).Distinct().Order().ToList();
        if (days.Any(d => !Enum.IsDefined(d)))
        {
            errors.Add("days", "可干活的日子应为 Monday～Sunday");
        }

        var market = await lookups.MarketAsync(input.MarketId ?? worker.MarketId, errors, ct);
        if (market is { Longitude: null } or { Latitude: null })
        {
            errors.Add("marketId", $"{market.Name}没有标注位置，请先在“组织与场所”里补上经纬度");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<GigWorkerView>.Fail(errors);
        }

        if (worker.PersonId is null && market!.Id != worker.MarketId)
        {
            (worker.Longitude, worker.Latitude) = (market.Longitude!.Value, market.Latitude!.Value);
        }

        worker.MarketId = market!.Id;
        worker.RegionCode = market.RegionCode;
        worker.Skills = skills!;
        worker.Days = days;
        worker.StoppedAt = input.Available switch
        {
            false => worker.StoppedAt ?? clock.GetUtcNow().UtcDateTime,
            true => null,
            null => worker.StoppedAt,
        };
        await db.SaveChangesAsync(ct);
        var detail = $"{market.Name}; {(worker.StoppedAt is null ? "available" : "stopped")}";
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(GigWorker), worker.Id.ToString(), detail: detail, cancellationToken: ct);
        return Outcome<GigWorkerView>.Ok((await lookups.WorkerViewsAsync([worker], ct)).Single());
    }

    /// <summary>A worker present at a station today (or on a past day, entered late); one station a day.</summary>
    public async Task<Outcome<GigWorkerView>> CheckInAsync(Guid workerId, GigCheckInInput input, Actor actor, CancellationToken ct = default)
    {
        var worker = await db.Set<GigWorker>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == workerId, ct);
        if (worker is null)
        {
            return Outcome<GigWorkerView>.Fail(Inputs.Error("id", "该零工人员不存在，或不在您的管辖范围内"));
        }

        if (worker.StoppedAt is { } stopped)
        {
            return Outcome<GigWorkerView>.Fail(Inputs.Error("available", $"{worker.Name}已于{Tr.Date(stopped)}停止接单；要签到，请先恢复接单"));
        }

        var errors = new FieldErrors();
        var market = await lookups.MarketAsync(input.MarketId ?? worker.MarketId, errors, ct);
        var date = input.Date ?? Today;
        if (date > Today)
        {
            errors.Add("date", "签到日期不能晚于今天");
        }
        else if (date < Today.AddDays(-GigLookups.DaysBack))
        {
            errors.Add("date", $"只能补录{GigLookups.DaysBack}天内的签到");
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
        return Outcome<GigWorkerView>.Ok((await lookups.WorkerViewsAsync([worker], ct)).Single());
    }

    /// <summary>The categories chosen: at least one, all known, none retired unless <paramref name="kept"/> already had it.</summary>
    private async Task<List<Guid>?> SkillsAsync(IReadOnlyList<Guid>? given, FieldErrors errors, CancellationToken ct, IReadOnlyCollection<Guid>? kept = null)
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
        else if (known.FirstOrDefault(c => c.Retired && kept?.Contains(c.Id) != true) is { } retired)
        {
            errors.Add("skills", $"类别“{retired.Name}”已停用，请选择其他类别");
        }

        return ids;
    }
}
