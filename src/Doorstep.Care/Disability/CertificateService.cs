using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Disability;

/// <summary>
/// A certificate to register: the holder by ID number (or person id) from the registry, the
/// 20-character number, the category (1–7, or its name) and grade (1–4), issue day and validity.
/// </summary>
public sealed record CertificateInput(
    string? HolderIdNumber = null, Guid? PersonId = null, string? Number = null, string? Category = null, int? Grade = null, DateOnly? IssuedOn = null, DateOnly? ValidUntil = null);

/// <summary>A certificate as lists show it: the number masked, never the ID number.</summary>
public sealed record CertificateRow(
    Guid Id, Guid PersonId, string Name, string Sex, int Age, string RegionCode, string? RegionName, string Number,
    string Category, string CategoryName, int Grade, string GradeName, DateOnly IssuedOn, DateOnly ValidUntil, bool Valid, int Services);

public sealed record CertificateDetail(CertificateRow Certificate, string? Address, string HolderIdNumber, IReadOnlyList<ServiceRow> Services);

/// <summary>q finds a holder by name, or by a full ID or certificate number; sort is region (default), issued (newest first) or expiry (soonest first).</summary>
public sealed record CertificateQuery(string? Q = null, string? Region = null, string? Category = null, int? Grade = null, string? Sort = null, int Page = 1, int PageSize = 20);

/// <summary>残疾人证: registered for registry people in the caller's regions, one certificate per number.</summary>
public sealed class CertificateService(DoorstepDb db, RegistryLookup registry, FieldProtector protector, AuditLog audit, TimeProvider clock)
{
    public const int MaxPageSize = 500;

    /// <summary>The form has one holder field, for the person chosen and the ID number typed alike.</summary>
    private static readonly RegistryAsk Holder = new()
    {
        PersonField = "holder",
        IdNumberField = "holder",
        MissingField = "holder",
        Missing = "请填写持证人身份证号码",
        NotFound = "居民档案中没有此人，或不在您的管辖范围内；请先在居民档案中登记",
    };

    public async Task<Page<CertificateRow>> SearchAsync(CertificateQuery query, CancellationToken ct = default)
    {
        var rows = Filter(query);
        var sorted = query.Sort switch
        {
            "issued" => rows.OrderByDescending(c => c.IssuedOn).ThenBy(c => c.Id),
            "expiry" => rows.OrderBy(c => c.ValidUntil).ThenBy(c => c.Id),
            _ => rows.OrderBy(c => c.RegionCode).ThenBy(c => c.CreatedAt).ThenBy(c => c.Id),
        };
        return await sorted.ToPageAsync(query.Page, query.PageSize, MaxPageSize, RowsAsync, ct);
    }

    public async Task<List<CertificateRow>> ExportAsync(CertificateQuery query, CancellationToken ct = default) =>
        await RowsAsync(await Filter(query).OrderBy(c => c.RegionCode).ThenBy(c => c.CreatedAt).ToListAsync(ct), ct);

    public async Task<CertificateDetail?> GetAsync(Guid id, ServiceRecordService services, CancellationToken ct = default)
    {
        var certificate = await db.Set<DisabilityCertificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (certificate is null)
        {
            return null;
        }

        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == certificate.PersonId, ct);
        var records = await services.SearchAsync(new ServiceQuery(Certificate: id, PageSize: ServiceRecordService.MaxPageSize), ct);
        return new CertificateDetail((await RowsAsync([certificate], ct)).Single(), person.Address, person.IdNumberMasked, records.Items);
    }

    /// <summary>The certificate of that number in the caller's regions, or null.</summary>
    public Task<DisabilityCertificate?> FindByNumberAsync(string number, CancellationToken ct = default)
    {
        var hash = protector.Hash(CertificateNumber.Normalise(number));
        return db.Set<DisabilityCertificate>().AsNoTracking().FirstOrDefaultAsync(c => c.NumberHash == hash, ct);
    }

    public async Task<Outcome<CertificateRow>> CreateAsync(CertificateInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var today = ShanghaiTime.Today(clock);
        var person = await HolderAsync(input, errors, ct);
        var category = DisabilityTerms.FindCategory(input.Category);
        if (category is null)
        {
            errors.Add("category", string.IsNullOrWhiteSpace(input.Category)
                ? "请选择残疾类别"
                : $"没有“{input.Category.Trim()}”这一残疾类别，可选：视力、听力、言语、肢体、智力、精神、多重（或1～7）");
        }

        if (input.Grade is not (>= 1 and <= 4))
        {
            errors.Add("grade", input.Grade is null ? "请选择残疾等级" : "残疾等级应为一级至四级（1～4）");
        }

        var holderId = person is null ? null : protector.Unprotect(person.IdNumberCipher);
        var problem = CertificateNumber.Problem(input.Number, holderId, category, input.Grade is >= 1 and <= 4 ? input.Grade : null, today);
        var number = CertificateNumber.Normalise(input.Number);
        var hash = problem is null ? protector.Hash(number) : null;
        if (problem is not null)
        {
            errors.Add("number", problem);
        }
        else if (await db.Set<DisabilityCertificate>().IgnoreQueryFilters().AnyAsync(c => c.NumberHash == hash, ct))
        {
            errors.Add("number", "该残疾人证号已登记");
        }

        if (input.IssuedOn is not { } issued)
        {
            errors.Add("issuedOn", "请填写发证日期");
        }
        else if (issued > today)
        {
            errors.Add("issuedOn", "发证日期不能晚于今天");
        }
        else if (person is not null && issued < person.BirthDate)
        {
            errors.Add("issuedOn", "发证日期不能早于持证人出生日期");
        }

        if (input.ValidUntil is not { } until)
        {
            errors.Add("validUntil", "请填写有效期");
        }
        else if (input.IssuedOn is { } from && until <= from)
        {
            errors.Add("validUntil", "有效期应晚于发证日期");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<CertificateRow>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var certificate = new DisabilityCertificate
        {
            Id = Guid.CreateVersion7(),
            PersonId = person!.Id,
            RegionCode = person.RegionCode,
            NumberCipher = protector.Protect(number),
            NumberHash = hash!,
            NumberMasked = CertificateNumber.Mask(number),
            Category = category!.Value,
            Grade = input.Grade!.Value,
            IssuedOn = input.IssuedOn!.Value,
            ValidUntil = input.ValidUntil!.Value,
            UpdatedBy = actor.UserName,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(certificate);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(DisabilityCertificate), certificate.Id.ToString(), detail: certificate.NumberMasked, cancellationToken: ct);
        return Outcome<CertificateRow>.Ok((await RowsAsync([certificate], ct)).Single());
    }

    /// <summary>The rows of the given certificates that are in the caller's regions.</summary>
    public async Task<List<CertificateRow>> RowsAsync(IReadOnlyList<DisabilityCertificate> page, CancellationToken ct)
    {
        var personIds = page.Select(c => c.PersonId).ToList();
        var ids = page.Select(c => c.Id).ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var counts = await db.Set<DisabilityServiceRecord>().AsNoTracking().Where(s => ids.Contains(s.CertificateId))
            .GroupBy(s => s.CertificateId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var codes = page.Select(c => c.RegionCode).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var today = ShanghaiTime.Today(clock);
        return [.. page.Where(c => people.ContainsKey(c.PersonId)).Select(c =>
        {
            var person = people[c.PersonId];
            return new CertificateRow(
                c.Id, c.PersonId, person.Name, Labels.Of(person.Sex).ToString(), AgeOn(person.BirthDate, today), c.RegionCode, regions.GetValueOrDefault(c.RegionCode), c.NumberMasked,
                c.Category.ToString(), DisabilityTerms.Category(c.Category).ToString(), c.Grade, DisabilityTerms.Grade(c.Grade).ToString(), c.IssuedOn, c.ValidUntil,
                today >= c.IssuedOn && today <= c.ValidUntil, counts.GetValueOrDefault(c.Id));
        })];
    }

    internal static int AgeOn(DateOnly birth, DateOnly day) => day.Year - birth.Year - (day < birth.AddYears(day.Year - birth.Year) ? 1 : 0);

    private Task<Person?> HolderAsync(CertificateInput input, FieldErrors errors, CancellationToken ct) =>
        registry.FindAsync(input.PersonId, input.HolderIdNumber, Holder, errors, ct);

    private IQueryable<DisabilityCertificate> Filter(CertificateQuery query)
    {
        var rows = db.Set<DisabilityCertificate>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            if (q.Length == CertificateNumber.Length)
            {
                var hash = protector.Hash(CertificateNumber.Normalise(q));
                rows = rows.Where(c => c.NumberHash == hash);
            }
            else if (CitizenId.TryParse(q, ShanghaiTime.Today(clock), out var id, out _))
            {
                var hash = protector.Hash(id.Value);
                var holders = db.People.Where(p => p.IdNumberHash == hash).Select(p => p.Id);
                rows = rows.Where(c => holders.Contains(c.PersonId));
            }
            else
            {
                var holders = db.People.Where(p => p.Name.Contains(q)).Select(p => p.Id);
                rows = rows.Where(c => holders.Contains(c.PersonId));
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            rows = rows.Where(c => c.RegionCode.StartsWith(prefix));
        }

        if (DisabilityTerms.FindCategory(query.Category) is { } category)
        {
            rows = rows.Where(c => c.Category == category);
        }

        if (query.Grade is { } grade)
        {
            rows = rows.Where(c => c.Grade == grade);
        }

        return rows;
    }
}
