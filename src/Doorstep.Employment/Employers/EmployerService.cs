using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Employers;

public sealed record EmployerInput(string? Industry, EmployerSize? Size, int? Staff, int? DisabledStaff, int? SevereDisabledStaff, string? ContactName, string? ContactPhone);

/// <summary>An organisation with its employment profile and where it stands against the disability quota.</summary>
public sealed record EmployerView(
    Guid Id, string Name, string Kind, string RegionCode, string? Address, string Industry, EmployerSize Size, int Staff, int DisabledStaff,
    int SevereDisabledStaff, string? ContactName, string? ContactPhone, DisabilityQuota Quota, DateTime UpdatedAt);

public sealed record EmployerQuery(string? Q = null, string? Region = null, bool ShortfallOnly = false, int Page = 1, int PageSize = 20, Guid? Id = null);

/// <summary>Employment profiles of the platform's organisations, and the quota check against the configured rate.</summary>
public sealed class EmployerService(DoorstepDb db, FieldProtector protector, AuditLog audit, TimeProvider clock, EmploymentSettings settings)
{
    public const int MaxStaff = 1_000_000;
    public const int MaxPageSize = 500;

    public decimal QuotaRate => settings.DisabledQuotaRate;

    public async Task<Page<EmployerView>> SearchAsync(EmployerQuery query, CancellationToken ct = default)
    {
        var rows = from e in db.Set<Employer>().AsNoTracking()
                   join o in db.Organisations.AsNoTracking() on e.OrganisationId equals o.Id
                   select new { e, o };
        if (query.Id is { } id)
        {
            rows = rows.Where(r => r.e.OrganisationId == id);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            rows = rows.Where(r => r.o.Name.Contains(q) || r.e.Industry.Contains(q));
        }

        if (!string.IsNullOrEmpty(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            rows = rows.Where(r => r.e.RegionCode.StartsWith(prefix));
        }

        var ordered = rows.OrderBy(r => r.e.RegionCode).ThenBy(r => r.o.Name);
        if (query.ShortfallOnly)
        {
            // The shortfall is decimal arithmetic SQLite cannot do; a district's employers fit in memory.
            var all = (await ordered.ToListAsync(ct)).Select(r => View(r.e, r.o)).Where(v => !v.Quota.Met).ToList();
            var request = PageRequest.Clamp(query.Page, query.PageSize, MaxPageSize);
            return new Page<EmployerView>(all.Skip(request.Skip).Take(request.Size).ToList(), all.Count, request.Number, request.Size);
        }

        return await ordered.ToPageAsync(query.Page, query.PageSize, MaxPageSize, r => View(r.e, r.o), ct);
    }

    public async Task<EmployerView?> GetAsync(Guid id, CancellationToken ct = default) =>
        (await SearchAsync(new EmployerQuery(Id: id), ct)).Items is [var employer, ..] ? employer : null;

    /// <summary>Organisations in scope without a profile yet, by name, for the form's picker.</summary>
    public async Task<List<Organisation>> UnprofiledAsync(string? q, CancellationToken ct = default)
    {
        var employers = db.Set<Employer>();
        var places = db.Organisations.AsNoTracking().Where(o => !employers.Any(e => e.OrganisationId == o.Id));
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            places = places.Where(o => o.Name.Contains(text));
        }

        return await places.OrderBy(o => o.Name).Take(200).ToListAsync(ct);
    }

    /// <summary>Keeps an organisation's employment profile; a blank phone keeps the one on file.</summary>
    public async Task<Outcome<EmployerView>> SaveAsync(Guid organisationId, EmployerInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var place = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, ct);
        if (place is null)
        {
            errors.Add("id", "该单位不存在，或不在您的管辖范围内");
            return Outcome<EmployerView>.Fail(errors);
        }

        var industry = input.Industry?.Trim();
        if (string.IsNullOrEmpty(industry) || industry.Length > 40)
        {
            errors.Add("industry", "请填写所属行业（不超过40字），如“汽车零部件制造”");
        }

        if (input.Size is not { } employerSize || !Enum.IsDefined(employerSize))
        {
            errors.Add("size", "请选择企业规模：微型、小型、中型或大型");
        }

        if (input.Staff is not (>= 1 and <= MaxStaff))
        {
            errors.Add("staff", $"在职职工人数应为1～{MaxStaff}人");
        }

        if (input.DisabledStaff is < 0 || (input.DisabledStaff ?? 0) > (input.Staff ?? 0))
        {
            errors.Add("disabledStaff", "残疾人职工人数应在0到在职职工人数之间");
        }

        if (input.SevereDisabledStaff is < 0 || (input.SevereDisabledStaff ?? 0) > (input.DisabledStaff ?? 0))
        {
            errors.Add("severeDisabledStaff", "一、二级残疾职工人数应在0到残疾人职工人数之间");
        }

        if (input.ContactName?.Trim().Length > 20)
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

        if (!errors.IsEmpty)
        {
            return Outcome<EmployerView>.Fail(errors);
        }

        var employer = await db.Set<Employer>().FirstOrDefaultAsync(e => e.OrganisationId == organisationId, ct);
        var created = employer is null;
        if (employer is null)
        {
            employer = new Employer { OrganisationId = organisationId, RegionCode = "", Industry = "", UpdatedBy = "" };
            db.Add(employer);
        }

        employer.RegionCode = place.RegionCode;
        employer.Industry = industry!;
        employer.Size = input.Size!.Value;
        employer.Staff = input.Staff!.Value;
        employer.DisabledStaff = input.DisabledStaff ?? 0;
        employer.SevereDisabledStaff = input.SevereDisabledStaff ?? 0;
        employer.ContactName = string.IsNullOrWhiteSpace(input.ContactName) ? null : input.ContactName.Trim();
        if (phone is not null)
        {
            employer.ContactPhoneCipher = protector.Protect(phone.Value);
            employer.ContactPhoneMasked = phone.Masked;
        }

        employer.UpdatedBy = actor.UserName;
        employer.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, created ? AuditEvents.Created : AuditEvents.Updated, nameof(Employer), organisationId.ToString(), detail: place.Name, cancellationToken: ct);
        return Outcome<EmployerView>.Ok(View(employer, place));
    }

    private EmployerView View(Employer e, Organisation o) => new(
        o.Id, o.Name, o.Kind, e.RegionCode, o.Address, e.Industry, e.Size, e.Staff, e.DisabledStaff, e.SevereDisabledStaff, e.ContactName,
        e.ContactPhoneMasked, DisabilityQuota.For(e.Staff, e.DisabledStaff, e.SevereDisabledStaff, settings.DisabledQuotaRate), e.UpdatedAt);
}
