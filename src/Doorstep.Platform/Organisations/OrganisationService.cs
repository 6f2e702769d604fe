using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.Organisations;

/// <summary>Registers, edits and finds organisations and places inside the actor's regions.</summary>
public sealed class OrganisationService(DoorstepDb db, OrganisationKinds kinds, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<Organisation>> SaveAsync(Guid? id, OrganisationInput input, Actor actor, CancellationToken ct = default)
    {
        var existing = id is null ? null : await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        var errors = new FieldErrors();
        if (id is not null && existing is null)
        {
            errors.Add("id", "找不到该组织，或不在您的辖区内");
            return Outcome<Organisation>.Fail(errors);
        }

        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            errors.Add("name", "名称不能为空，且不超过100个字");
        }

        if (!kinds.Exists(input.Kind))
        {
            errors.Add("kind", "请选择组织类型");
        }

        string? creditCode = null;
        if (!string.IsNullOrWhiteSpace(input.CreditCode))
        {
            if (CreditCode.TryParse(input.CreditCode, out var code, out var codeError))
            {
                creditCode = code.Value;
                if (await db.Organisations.IgnoreQueryFilters().AnyAsync(o => o.CreditCode == creditCode && o.Id != id, ct))
                {
                    errors.Add("creditCode", "该统一社会信用代码已登记");
                }
            }
            else
            {
                errors.Add("creditCode", codeError);
            }
        }

        var region = await ScopedRegion.CheckAsync(db, input.RegionCode, "regionCode", errors, ct);

        if (PersonRules.CheckCoordinates(input.Longitude, input.Latitude, out _) is { } geoError)
        {
            errors.Add(geoError.Field, geoError.Message);
        }

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(input.ContactPhone))
        {
            var text = input.ContactPhone.Trim();
            if (Phone.TryParse(text, out var mobile, out _))
            {
                phone = mobile.Value;
            }
            else if (text.Length <= 20 && text.All(c => char.IsDigit(c) || c is '-' or ' ' or '+'))
            {
                phone = text;
            }
            else
            {
                errors.Add("contactPhone", "联系电话应为手机号或固定电话（如 0731-28888888）");
            }
        }

        if (!errors.IsEmpty)
        {
            return Outcome<Organisation>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = existing ?? new Organisation { Id = Guid.CreateVersion7(), Name = "", Kind = "", RegionCode = "", CreatedAt = now };
        organisation.Name = name!;
        organisation.Kind = input.Kind!;
        organisation.CreditCode = creditCode;
        organisation.Address = string.IsNullOrWhiteSpace(input.Address) ? null : input.Address.Trim();
        organisation.RegionCode = region!.Value;
        organisation.Longitude = input.Longitude;
        organisation.Latitude = input.Latitude;
        organisation.ContactName = string.IsNullOrWhiteSpace(input.ContactName) ? null : input.ContactName.Trim();
        organisation.ContactPhone = phone;
        organisation.UpdatedAt = now;
        if (existing is null)
        {
            db.Organisations.Add(organisation);
        }

        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, existing is null ? AuditEvents.Created : AuditEvents.Updated, nameof(Organisation), organisation.Id.ToString(), cancellationToken: ct);
        return Outcome<Organisation>.Ok(organisation);
    }

    public Task<Organisation?> GetAsync(Guid id, CancellationToken ct = default) =>
        db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);

    public async Task<Page<Organisation>> SearchAsync(OrganisationQuery query, CancellationToken ct = default)
    {
        var rows = db.Organisations.AsNoTracking();
        if (query.Q?.Trim() is { Length: > 0 } q)
        {
            var upper = q.ToUpperInvariant();
            rows = rows.Where(o => o.Name.Contains(q) || o.CreditCode == upper || (o.Address != null && o.Address.Contains(q)));
        }

        if (!string.IsNullOrEmpty(query.Kind))
        {
            rows = rows.Where(o => o.Kind == query.Kind);
        }

        if (!string.IsNullOrEmpty(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            rows = rows.Where(o => o.RegionCode.StartsWith(prefix));
        }

        rows = query.Sort == "kind" ? rows.OrderBy(o => o.Kind).ThenBy(o => o.Name) : rows.OrderBy(o => o.Name).ThenBy(o => o.Id);
        return await rows.ToPageAsync(query.Page, query.PageSize, 200, ct);
    }
}

public sealed record OrganisationInput
{
    public string? Name { get; init; }
    public string? Kind { get; init; }
    public string? CreditCode { get; init; }
    public string? Address { get; init; }
    public string? RegionCode { get; init; }
    public double? Longitude { get; init; }
    public double? Latitude { get; init; }
    public string? ContactName { get; init; }
    public string? ContactPhone { get; init; }
}

public sealed record OrganisationQuery(string? Q = null, string? Kind = null, string? Region = null, int Page = 1, int PageSize = 20, string? Sort = null);
