using Doorstep.Employment.Occupations;
using Doorstep.Employment.Training;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.LabourBrands;

/// <summary>A brand as a specialist keeps it: name, level (provincial, city, county), occupationCode (optional), regionCode (one of the caller's regions), description.</summary>
public sealed record LabourBrandInput(string? Name = null, BrandLevel? Level = null, string? OccupationCode = null, string? RegionCode = null, string? Description = null);

public sealed record BrandWorkerInput(Guid? PersonId = null, string? IdNumber = null);

/// <summary>A brand with its trade and region by name; workers counts everyone under it (a number), the list of them stays within the reader's regions.</summary>
public sealed record LabourBrandView(
    Guid Id, string Name, BrandLevel Level, string? OccupationCode, string? OccupationName, string RegionCode, string RegionName, string? Description, int Workers,
    bool Editable, string CreatedBy, DateTime CreatedAt, string UpdatedBy, DateTime UpdatedAt);

public sealed record BrandWorkerView(Guid Id, Guid BrandId, Guid PersonId, string Name, string IdNumber, string RegionCode, string RegionName, string AddedBy, DateTime AddedAt);

/// <summary>Filters of the brand list: q (name), level, occupation (code prefix); sort <c>level</c> (provincial first, the default), <c>name</c> or <c>workers</c> (most first).</summary>
public sealed record LabourBrandQuery(string? Q = null, BrandLevel? Level = null, string? Occupation = null, string? Sort = null, int Page = 1, int PageSize = 20);

/// <summary>劳务品牌 and the registry people working under them, each write audited.</summary>
public sealed class LabourBrandService(DoorstepDb db, RegistryLookup registry, AuditLog audit, TimeProvider clock)
{
    public const int MaxName = 30;
    public const int MaxDescription = 1_000;

    public async Task<Page<LabourBrandView>> SearchAsync(LabourBrandQuery query, CancellationToken ct = default)
    {
        var brands = db.Set<LabourBrand>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            brands = brands.Where(b => b.Name.Contains(q));
        }

        if (query.Level is { } level)
        {
            brands = brands.Where(b => b.Level == level);
        }

        if (!string.IsNullOrWhiteSpace(query.Occupation))
        {
            var occupation = query.Occupation.Trim();
            brands = brands.Where(b => b.OccupationCode != null && b.OccupationCode.StartsWith(occupation));
        }

        var workers = db.Set<LabourBrandWorker>().IgnoreQueryFilters();
        var ordered = query.Sort switch
        {
            "name" => brands.OrderBy(b => b.Name).ThenBy(b => b.Id),
            "workers" => brands.OrderByDescending(b => workers.Count(w => w.BrandId == b.Id)).ThenBy(b => b.Name).ThenBy(b => b.Id),
            _ => brands.OrderBy(b => b.Level).ThenBy(b => b.Name).ThenBy(b => b.Id),
        };
        return await ordered.ToPageAsync(query.Page, query.PageSize, 500, ViewsAsync, ct);
    }

    public async Task<LabourBrandView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<LabourBrand>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) is { } brand ? (await ViewsAsync([brand], ct)).Single() : null;

    public async Task<Outcome<LabourBrandView>> CreateAsync(LabourBrandInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var region = await CheckAsync(input, null, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<LabourBrandView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var brand = new LabourBrand
        {
            Id = Guid.CreateVersion7(), Name = input.Name!.Trim(), Level = input.Level!.Value, OccupationCode = Clean(input.OccupationCode), RegionCode = region!,
            Description = Clean(input.Description), CreatedBy = actor.UserName, CreatedAt = now, UpdatedBy = actor.UserName, UpdatedAt = now,
        };
        db.Add(brand);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(LabourBrand), brand.Id.ToString(), detail: brand.Name, cancellationToken: ct);
        return Outcome<LabourBrandView>.Ok((await ViewsAsync([brand], ct)).Single());
    }

    /// <summary>Corrects a brand of the actor's regions; every field is sent again.</summary>
    public async Task<Outcome<LabourBrandView>> UpdateAsync(Guid id, LabourBrandInput input, Actor actor, CancellationToken ct = default)
    {
        var brand = await db.Set<LabourBrand>().FirstOrDefaultAsync(b => b.Id == id, ct);
        if (brand is null)
        {
            return Outcome<LabourBrandView>.Fail(Inputs.Error("id", "该劳务品牌不存在"));
        }

        var errors = new FieldErrors();
        if (!await db.Regions.AsNoTracking().AnyAsync(r => r.Code == brand.RegionCode, ct))
        {
            errors.Add("regionCode", "该劳务品牌不在您的管辖范围内，只能由所在地的就业服务专员修改");
            return Outcome<LabourBrandView>.Fail(errors);
        }

        var region = await CheckAsync(input, brand.Id, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<LabourBrandView>.Fail(errors);
        }

        brand.Name = input.Name!.Trim();
        brand.Level = input.Level!.Value;
        brand.OccupationCode = Clean(input.OccupationCode);
        brand.RegionCode = region!;
        brand.Description = Clean(input.Description);
        brand.UpdatedBy = actor.UserName;
        brand.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(LabourBrand), brand.Id.ToString(), detail: brand.Name, cancellationToken: ct);
        return Outcome<LabourBrandView>.Ok((await ViewsAsync([brand], ct)).Single());
    }

    /// <summary>The brand's workers in the caller's regions, by name.</summary>
    public async Task<Page<BrandWorkerView>> WorkersAsync(Guid brandId, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        var workers = db.Set<LabourBrandWorker>().AsNoTracking().Where(w => w.BrandId == brandId);
        var people = db.People;
        return await workers.OrderBy(w => people.Where(p => p.Id == w.PersonId).Select(p => p.Name).FirstOrDefault()).ThenBy(w => w.Id)
            .ToPageAsync(page, pageSize, 1_000, WorkerViewsAsync, ct);
    }

    /// <summary>Adds a registry person of the actor's regions to a brand, once.</summary>
    public async Task<Outcome<BrandWorkerView>> AddWorkerAsync(Guid brandId, BrandWorkerInput input, Actor actor, CancellationToken ct = default)
    {
        var brand = await db.Set<LabourBrand>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == brandId, ct);
        if (brand is null)
        {
            return Outcome<BrandWorkerView>.Fail(Inputs.Error("id", "该劳务品牌不存在"));
        }

        var errors = new FieldErrors();
        var person = await registry.FindAsync(input.PersonId, input.IdNumber, RegistryAsk.Default, errors, ct);
        if (person is not null && await db.Set<LabourBrandWorker>().IgnoreQueryFilters().AnyAsync(w => w.BrandId == brandId && w.PersonId == person.Id, ct))
        {
            errors.Add(RegistryAsk.Default.FieldFor(input.PersonId), $"{person.Name}（{person.IdNumberMasked}）已在“{brand.Name}”中");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<BrandWorkerView>.Fail(errors);
        }

        var worker = new LabourBrandWorker
        {
            Id = Guid.CreateVersion7(), BrandId = brandId, PersonId = person!.Id, RegionCode = person.RegionCode, AddedBy = actor.UserName, AddedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(worker);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(LabourBrandWorker), worker.Id.ToString(), detail: $"brand {brandId}", cancellationToken: ct);
        return Outcome<BrandWorkerView>.Ok((await WorkerViewsAsync([worker], ct)).Single());
    }

    /// <summary>Takes a worker of the actor's regions off a brand.</summary>
    public async Task<bool> RemoveWorkerAsync(Guid brandId, Guid workerId, Actor actor, CancellationToken ct = default)
    {
        var worker = await db.Set<LabourBrandWorker>().FirstOrDefaultAsync(w => w.Id == workerId && w.BrandId == brandId, ct);
        if (worker is null)
        {
            return false;
        }

        db.Remove(worker);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Deleted, nameof(LabourBrandWorker), worker.Id.ToString(), detail: $"brand {brandId}", cancellationToken: ct);
        return true;
    }

    private async Task<string?> CheckAsync(LabourBrandInput input, Guid? self, FieldErrors errors, CancellationToken ct)
    {
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add("name", "请填写劳务品牌名称，如“株洲月嫂”");
        }
        else if (name.Length > MaxName)
        {
            errors.Add("name", $"劳务品牌名称不超过{MaxName}字");
        }
        else if (await db.Set<LabourBrand>().AnyAsync(b => b.Name == name && b.Id != self, ct))
        {
            errors.Add("name", $"已有名为“{name}”的劳务品牌");
        }

        if (input.Level is not { } level || !Enum.IsDefined(level))
        {
            errors.Add("level", "请选择品牌级别：provincial（省级）、city（市级）或 county（县级）");
        }

        var occupation = input.OccupationCode?.Trim();
        if (!string.IsNullOrEmpty(occupation) && !await db.Set<Occupation>().AnyAsync(o => o.Code == occupation && o.Code.Length == 10, ct))
        {
            errors.Add("occupationCode", $"职业编码“{occupation}”不在职业分类中（须为具体职业）");
        }

        if (Clean(input.Description)?.Length > MaxDescription)
        {
            errors.Add("description", $"品牌简介不超过{MaxDescription}字");
        }

        if (string.IsNullOrWhiteSpace(input.RegionCode))
        {
            errors.Add("regionCode", "请选择品牌所在区划");
            return null;
        }

        var regionErrors = new FieldErrors();
        var found = await RegionArgument.CheckAsync(db, input.RegionCode, regionErrors, ct);
        if (regionErrors.For("region") is { } reason)
        {
            errors.Add("regionCode", reason);
        }

        return found?.Code.Value;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<List<LabourBrandView>> ViewsAsync(IReadOnlyList<LabourBrand> brands, CancellationToken ct)
    {
        var ids = brands.Select(b => b.Id).ToList();
        var codes = brands.Select(b => b.OccupationCode).OfType<string>().Distinct().ToList();
        var regionCodes = brands.Select(b => b.RegionCode).Distinct().ToList();
        var occupations = await db.Set<Occupation>().AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
        var regions = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var visible = await db.Regions.AsNoTracking().Where(r => regionCodes.Contains(r.Code)).Select(r => r.Code).ToListAsync(ct);
        var workers = await db.Set<LabourBrandWorker>().IgnoreQueryFilters().AsNoTracking().Where(w => ids.Contains(w.BrandId)).GroupBy(w => w.BrandId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return brands.Select(b => new LabourBrandView(
            b.Id, b.Name, b.Level, b.OccupationCode, b.OccupationCode is { } code ? occupations.GetValueOrDefault(code, code) : null, b.RegionCode, regions.GetValueOrDefault(b.RegionCode, b.RegionCode),
            b.Description, workers.GetValueOrDefault(b.Id), visible.Contains(b.RegionCode), b.CreatedBy, b.CreatedAt, b.UpdatedBy, b.UpdatedAt)).ToList();
    }

    private async Task<List<BrandWorkerView>> WorkerViewsAsync(IReadOnlyList<LabourBrandWorker> workers, CancellationToken ct)
    {
        var personIds = workers.Select(w => w.PersonId).Distinct().ToList();
        var regionCodes = workers.Select(w => w.RegionCode).Distinct().ToList();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.IdNumberMasked }).ToDictionaryAsync(p => p.Id, ct);
        var regions = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return workers.Select(w => new BrandWorkerView(
            w.Id, w.BrandId, w.PersonId, people[w.PersonId].Name, people[w.PersonId].IdNumberMasked, w.RegionCode, regions.GetValueOrDefault(w.RegionCode, w.RegionCode),
            w.AddedBy, w.AddedAt)).ToList();
    }
}
