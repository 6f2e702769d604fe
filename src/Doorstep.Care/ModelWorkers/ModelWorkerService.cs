using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.ModelWorkers;

/// <summary>An honour as given: its kind by code or name, its year and awarding body.</summary>
public sealed record HonourInput(string? Kind = null, int? Year = null, string? AwardedBy = null);

/// <summary>
/// Registers a registry person (by <see cref="PersonId"/> or ID number) as a model worker, or
/// changes the employer, trade and hardship; honours are given with a new record and added later one by one.
/// </summary>
public sealed record ModelWorkerInput(
    Guid? PersonId = null, string? IdNumber = null, string? Employer = null, string? Trade = null,
    bool Hardship = false, string? HardshipReason = null, string? Note = null, IReadOnlyList<HonourInput>? Honours = null);

public sealed record HonourView(Guid Id, string Kind, string Name, int Year, string? AwardedBy);

/// <summary>A model worker as lists show them: the ID number masked.</summary>
public sealed record ModelWorkerRow(
    Guid Id, Guid PersonId, string Name, string Sex, int Age, string IdNumber, string Employer, string Trade,
    string RegionCode, string? RegionName, bool Hardship, string? HardshipReason, IReadOnlyList<HonourView> Honours);

/// <summary>An activity the model worker took part in.</summary>
public sealed record ActivityTaken(Guid Id, string Name, string KindName, DateOnly HeldOn, string Place, string Organiser);

/// <summary>A prize the model worker won at a labour competition.</summary>
public sealed record AwardWon(Guid CompetitionId, string Competition, int Year, string Prize);

public sealed record ModelWorkerDetail(ModelWorkerRow Worker, string? Note, IReadOnlyList<ActivityTaken> Activities, IReadOnlyList<AwardWon> Awards);

/// <summary>Filters of the registry: q finds a name, employer or trade; honour is a kind code; hardship keeps those in (or not in) hardship.</summary>
public sealed record ModelWorkerQuery(string? Q = null, string? Region = null, string? Honour = null, bool? Hardship = null, string? Sort = null, int Page = 1, int PageSize = 20);

/// <summary>
/// 劳模工匠名册: registry people in the caller's regions honoured as model workers or craftsmen,
/// their honours of the configured kinds, and the list of those in hardship.
/// </summary>
public sealed class ModelWorkerService(DoorstepDb db, ModelWorkerSettings settings, RegistryLookup registry, FieldProtector protector, AuditLog audit, TimeProvider clock)
{
    public const int MaxPageSize = 500;

    private static readonly RegistryAsk Worker = RegistryAsk.Default with
    {
        Missing = "请填写身份证号码",
        MissingField = "idNumber",
        NotFoundById = "居民档案中没有这个人，或不在您的管辖范围内",
        NotFound = "居民档案中没有这个人，或不在您的管辖范围内；请先在居民档案中登记",
    };

    public IReadOnlyList<CareKind> HonourKinds => settings.Honours;

    public async Task<Page<ModelWorkerRow>> SearchAsync(ModelWorkerQuery query, CancellationToken ct = default)
    {
        var rows = Filter(query);
        var honours = db.Set<ModelWorkerHonour>();
        var people = db.People;
        var sorted = query.Sort switch
        {
            "name" => rows.OrderBy(w => people.Where(p => p.Id == w.PersonId).Select(p => p.Name).FirstOrDefault()).ThenBy(w => w.Id),
            // The latest honoured first: those who just won a medal are the ones asked about.
            "year" => rows.OrderByDescending(w => honours.Where(h => h.ModelWorkerId == w.Id).Max(h => (int?)h.Year) ?? 0).ThenBy(w => w.Id),
            "updated" => rows.OrderByDescending(w => w.UpdatedAt).ThenBy(w => w.Id),
            _ => rows.OrderBy(w => w.RegionCode).ThenBy(w => w.CreatedAt).ThenBy(w => w.Id),
        };
        return await sorted.ToPageAsync(query.Page, query.PageSize, MaxPageSize, RowsAsync, ct);
    }

    /// <summary>Every model worker the filters keep, for the audited export.</summary>
    public async Task<List<ModelWorkerRow>> ExportAsync(ModelWorkerQuery query, CancellationToken ct = default) =>
        await RowsAsync(await Filter(query).OrderBy(w => w.RegionCode).ThenBy(w => w.CreatedAt).ToListAsync(ct), ct);

    /// <summary>The rows of the given model workers that are in the caller's regions.</summary>
    public async Task<List<ModelWorkerRow>> RowsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        await RowsAsync(await db.Set<ModelWorker>().AsNoTracking().Where(w => ids.Contains(w.Id)).ToListAsync(ct), ct);

    public async Task<ModelWorkerDetail?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var worker = await db.Set<ModelWorker>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (worker is null)
        {
            return null;
        }

        // The worker's own history: activities and competitions held for a wider region still belong to it.
        var activities = await (from p in db.Set<ActivityParticipant>().AsNoTracking()
                                join a in db.Set<ModelWorkerActivity>().IgnoreQueryFilters().AsNoTracking() on p.ActivityId equals a.Id
                                where p.ModelWorkerId == id
                                orderby a.HeldOn descending
                                select a).ToListAsync(ct);
        var awards = await (from w in db.Set<CompetitionWinner>().AsNoTracking()
                            join c in db.Set<LabourCompetition>().IgnoreQueryFilters().AsNoTracking() on w.CompetitionId equals c.Id
                            where w.ModelWorkerId == id
                            orderby c.Year descending
                            select new AwardWon(c.Id, c.Name, c.Year, w.Prize)).ToListAsync(ct);
        return new ModelWorkerDetail(
            (await RowsAsync([worker], ct)).Single(), worker.Note,
            [.. activities.Select(a => new ActivityTaken(a.Id, a.Name, settings.ActivityName(a.Kind), a.HeldOn, a.Place, a.Organiser))],
            awards);
    }

    public async Task<Outcome<ModelWorkerRow>> CreateAsync(ModelWorkerInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var person = await FindPersonAsync(input.PersonId, input.IdNumber, errors, ct);
        if (person is not null && await db.Set<ModelWorker>().IgnoreQueryFilters().AnyAsync(w => w.PersonId == person.Id, ct))
        {
            errors.Add(input.PersonId is null ? "idNumber" : "personId", $"{person.Name}（{person.IdNumberMasked}）已在劳模工匠名册中");
        }

        CheckFields(input, errors);
        var honours = CheckHonours(input.Honours ?? [], [], errors);
        if (!errors.IsEmpty)
        {
            return Outcome<ModelWorkerRow>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var worker = new ModelWorker
        {
            Id = Guid.CreateVersion7(),
            PersonId = person!.Id,
            RegionCode = person.RegionCode,
            Employer = input.Employer!.Trim(),
            Trade = input.Trade!.Trim(),
            Hardship = input.Hardship,
            HardshipReason = input.Hardship ? Clean(input.HardshipReason) : null,
            Note = Clean(input.Note),
            Honours = honours,
            UpdatedBy = actor.UserName,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(worker);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(ModelWorker), worker.Id.ToString(), detail: string.Join(",", honours.Select(h => $"{h.Kind}:{h.Year}")), cancellationToken: ct);
        return Outcome<ModelWorkerRow>.Ok((await RowsAsync([worker], ct)).Single());
    }

    /// <summary>Changes employer, trade, hardship and note; the person and the honours stay as they are.</summary>
    public async Task<Outcome<ModelWorkerRow>> UpdateAsync(Guid id, ModelWorkerInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var worker = await db.Set<ModelWorker>().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (worker is null)
        {
            errors.Add("id", "找不到该劳模工匠，或不在您的管辖范围内");
            return Outcome<ModelWorkerRow>.Fail(errors);
        }

        CheckFields(input, errors);
        if (!errors.IsEmpty)
        {
            return Outcome<ModelWorkerRow>.Fail(errors);
        }

        worker.Employer = input.Employer!.Trim();
        worker.Trade = input.Trade!.Trim();
        worker.Hardship = input.Hardship;
        worker.HardshipReason = input.Hardship ? Clean(input.HardshipReason) : null;
        worker.Note = Clean(input.Note);
        worker.UpdatedBy = actor.UserName;
        worker.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(ModelWorker), id.ToString(), detail: worker.Hardship ? "hardship" : null, cancellationToken: ct);
        return Outcome<ModelWorkerRow>.Ok((await RowsAsync([worker], ct)).Single());
    }

    /// <summary>Adds an honour; the same kind in the same year twice is refused.</summary>
    public async Task<Outcome<ModelWorkerRow>> AddHonourAsync(Guid id, HonourInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var worker = await db.Set<ModelWorker>().Include(w => w.Honours).FirstOrDefaultAsync(w => w.Id == id, ct);
        if (worker is null)
        {
            errors.Add("id", "找不到该劳模工匠，或不在您的管辖范围内");
            return Outcome<ModelWorkerRow>.Fail(errors);
        }

        var added = CheckHonours([input], worker.Honours, errors);
        if (!errors.IsEmpty)
        {
            return Outcome<ModelWorkerRow>.Fail(errors);
        }

        foreach (var honour in added)
        {
            honour.ModelWorkerId = worker.Id;
            db.Add(honour);
        }

        worker.UpdatedBy = actor.UserName;
        worker.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(ModelWorker), id.ToString(), detail: $"honour {added[0].Kind}:{added[0].Year}", cancellationToken: ct);
        return Outcome<ModelWorkerRow>.Ok((await RowsAsync([worker], ct)).Single());
    }

    /// <summary>Takes back an honour entered by mistake.</summary>
    public async Task<bool> RemoveHonourAsync(Guid id, Guid honourId, Actor actor, CancellationToken ct = default)
    {
        var worker = await db.Set<ModelWorker>().Include(w => w.Honours).FirstOrDefaultAsync(w => w.Id == id, ct);
        var honour = worker?.Honours.FirstOrDefault(h => h.Id == honourId);
        if (honour is null)
        {
            return false;
        }

        worker!.Honours.Remove(honour);
        worker.UpdatedBy = actor.UserName;
        worker.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(ModelWorker), id.ToString(), detail: $"honour removed {honour.Kind}:{honour.Year}", cancellationToken: ct);
        return true;
    }

    /// <summary>The model worker record of a registry person (by ID number) in the caller's regions, if any.</summary>
    public async Task<ModelWorker?> FindByIdNumberAsync(string? idNumber, CancellationToken ct = default)
    {
        if (!CitizenId.TryParse(idNumber?.Trim(), out var citizen, out _))
        {
            return null;
        }

        var hash = protector.Hash(citizen.Value);
        var people = db.People;
        return await db.Set<ModelWorker>().AsNoTracking().FirstOrDefaultAsync(w => people.Any(p => p.Id == w.PersonId && p.IdNumberHash == hash), ct);
    }

    private Task<Person?> FindPersonAsync(Guid? personId, string? idNumber, FieldErrors errors, CancellationToken ct) =>
        registry.FindAsync(personId, idNumber, Worker, errors, ct);

    private static void CheckFields(ModelWorkerInput input, FieldErrors errors)
    {
        Required(input.Employer, "employer", "工作单位", 100, errors);
        Required(input.Trade, "trade", "行业领域或工种", 50, errors);
        if (ModelWorkerRules.HardshipProblem(input.Hardship, input.HardshipReason) is { } hardship)
        {
            errors.Add("hardshipReason", hardship);
        }

        if (input.Note?.Trim().Length > 500)
        {
            errors.Add("note", "备注不超过500字");
        }
    }

    private List<ModelWorkerHonour> CheckHonours(IReadOnlyList<HonourInput> given, IReadOnlyList<ModelWorkerHonour> held, FieldErrors errors)
    {
        var thisYear = ShanghaiTime.Today(clock).Year;
        var honours = new List<ModelWorkerHonour>();
        foreach (var input in given)
        {
            var kind = ModelWorkerRules.Kind(settings.Honours, input.Kind, "荣誉", "honours", errors);
            if (ModelWorkerRules.YearProblem(input.Year, settings.FirstYear, thisYear) is { } year)
            {
                errors.Add("honours", $"{kind?.Name ?? "荣誉"}：{year}");
            }
            else if (kind is not null && held.Concat(honours).Any(h => h.Kind == kind.Code && h.Year == input.Year))
            {
                errors.Add("honours", $"{input.Year}年{kind.Name}已登记");
            }
            else if (input.AwardedBy?.Trim().Length > 100)
            {
                errors.Add("honours", "授予单位不超过100字");
            }
            else if (kind is not null)
            {
                honours.Add(new ModelWorkerHonour { Id = Guid.CreateVersion7(), Kind = kind.Code, Year = input.Year!.Value, AwardedBy = Clean(input.AwardedBy) });
            }
        }

        return honours;
    }

    private IQueryable<ModelWorker> Filter(ModelWorkerQuery query)
    {
        var rows = db.Set<ModelWorker>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            var people = db.People;
            rows = rows.Where(w => w.Employer.Contains(q) || w.Trade.Contains(q) || people.Any(p => p.Id == w.PersonId && p.Name.Contains(q)));
        }

        if (!string.IsNullOrWhiteSpace(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            rows = rows.Where(w => w.RegionCode.StartsWith(prefix));
        }

        if (ModelWorkerRules.Find(settings.Honours, query.Honour) is { } kind)
        {
            var honours = db.Set<ModelWorkerHonour>();
            rows = rows.Where(w => honours.Any(h => h.ModelWorkerId == w.Id && h.Kind == kind.Code));
        }

        if (query.Hardship is { } hardship)
        {
            rows = rows.Where(w => w.Hardship == hardship);
        }

        return rows;
    }

    private async Task<List<ModelWorkerRow>> RowsAsync(IReadOnlyList<ModelWorker> page, CancellationToken ct)
    {
        var ids = page.Select(w => w.Id).ToList();
        var personIds = page.Select(w => w.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.Sex, p.BirthDate, p.IdNumberMasked }).ToDictionaryAsync(p => p.Id, ct);
        var honours = (await db.Set<ModelWorkerHonour>().AsNoTracking().Where(h => ids.Contains(h.ModelWorkerId)).ToListAsync(ct)).ToLookup(h => h.ModelWorkerId);
        var codes = page.Select(w => w.RegionCode).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var today = ShanghaiTime.Today(clock);
        var rank = settings.Honours.Select((k, i) => (k.Code, i)).ToDictionary(k => k.Code, k => k.i);
        return [.. page.Select(w =>
        {
            var person = people.GetValueOrDefault(w.PersonId);
            // The highest honour first (the configured list runs from national down), then the latest.
            var held = honours[w.Id].OrderBy(h => rank.GetValueOrDefault(h.Kind, int.MaxValue)).ThenByDescending(h => h.Year)
                .Select(h => new HonourView(h.Id, h.Kind, settings.HonourName(h.Kind), h.Year, h.AwardedBy)).ToList();
            return new ModelWorkerRow(
                w.Id, w.PersonId, person?.Name ?? "", person is null ? "" : Labels.Of(person.Sex).ToString(), person is null ? 0 : Age(person.BirthDate, today),
                person?.IdNumberMasked ?? "", w.Employer, w.Trade, w.RegionCode, regions.GetValueOrDefault(w.RegionCode), w.Hardship, w.HardshipReason, held);
        })];
    }

    internal static void Required(string? text, string field, string what, int max, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"请填写{what}");
        }
        else if (text.Trim().Length > max)
        {
            errors.Add(field, $"{what}不超过{max}字");
        }
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static int Age(DateOnly birth, DateOnly today) => today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0);
}
