using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.People;

/// <summary>Registers, edits, finds and reads people, inside the actor's regions.</summary>
public sealed class PersonService(DoorstepDb db, FieldProtector protector, AuditLog audit, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public async Task<Outcome<PersonView>> CreateAsync(PersonInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = PersonRules.Check(input, ShanghaiTime.Today(clock), out var id, out var phone, out var region);
        if (errors.IsEmpty)
        {
            await ScopedRegion.InScopeAsync(db, region!, "regionCode", errors, ct);
            var hash = protector.Hash(id!.Value);
            if (await db.People.IgnoreQueryFilters().AnyAsync(p => p.IdNumberHash == hash, ct))
            {
                errors.Add("idNumber", "该身份证号码已登记，一人只能有一条居民档案");
            }
        }

        var household = errors.IsEmpty ? await ResolveHouseholdAsync(input, region!, errors, ct) : null;
        if (!errors.IsEmpty)
        {
            return Outcome<PersonView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var person = new Person
        {
            Id = Guid.CreateVersion7(),
            Name = input.Name!.Trim(),
            IdNumberCipher = "",
            IdNumberHash = "",
            IdNumberMasked = "",
            RegionCode = region!.Value,
            CreatedAt = now,
        };
        Apply(person, input, id!, phone, region!, now);
        person.HouseholdId = household?.Id;
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(Person), person.Id.ToString(), cancellationToken: ct);
        return Outcome<PersonView>.Ok(await ViewAsync(person, reveal: false, ct));
    }

    public async Task<Outcome<PersonView>> UpdateAsync(Guid personId, PersonInput input, Actor actor, CancellationToken ct = default)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null)
        {
            var missing = new FieldErrors();
            missing.Add("id", "找不到该居民，或不在您的辖区内");
            return Outcome<PersonView>.Fail(missing);
        }

        // A form or client that sends back the masked value it was shown means "unchanged".
        input = input with
        {
            IdNumber = string.IsNullOrWhiteSpace(input.IdNumber) || input.IdNumber == person.IdNumberMasked ? protector.Unprotect(person.IdNumberCipher) : input.IdNumber,
            Phone = person.PhoneCipher is not null && input.Phone == person.PhoneMasked ? protector.Unprotect(person.PhoneCipher) : input.Phone,
        };
        var errors = PersonRules.Check(input, ShanghaiTime.Today(clock), out var id, out var phone, out var region);
        if (errors.IsEmpty)
        {
            await ScopedRegion.InScopeAsync(db, region!, "regionCode", errors, ct);
            var hash = protector.Hash(id!.Value);
            if (await db.People.IgnoreQueryFilters().AnyAsync(p => p.IdNumberHash == hash && p.Id != personId, ct))
            {
                errors.Add("idNumber", "该身份证号码已登记在另一条居民档案中");
            }
        }

        var household = errors.IsEmpty ? await ResolveHouseholdAsync(input, region!, errors, ct) : null;
        if (!errors.IsEmpty)
        {
            return Outcome<PersonView>.Fail(errors);
        }

        person.Name = input.Name!.Trim();
        person.HouseholdId = household?.Id;
        Apply(person, input, id!, phone, region!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Person), person.Id.ToString(), cancellationToken: ct);
        return Outcome<PersonView>.Ok(await ViewAsync(person, reveal: false, ct));
    }

    /// <summary>Reads one person; with <paramref name="reveal"/> the full ID number and phone, if allowed, audited.</summary>
    public async Task<PersonView?> GetAsync(Guid personId, Actor actor, bool reveal = false, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null)
        {
            return null;
        }

        var allowed = reveal && actor.Can(Permissions.PeopleReveal);
        if (reveal)
        {
            await audit.WriteAsync(actor.UserName, AuditEvents.Revealed, nameof(Person), person.Id.ToString(), allowed ? "ok" : "denied", cancellationToken: ct);
        }

        return await ViewAsync(person, allowed, ct);
    }

    public async Task<Page<PersonView>> SearchAsync(PeopleQuery query, CancellationToken ct = default)
    {
        var people = db.People.AsNoTracking();
        var q = query.Q?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            if (CitizenId.TryParse(q, out var id, out _))
            {
                var hash = protector.Hash(id.Value);
                people = people.Where(p => p.IdNumberHash == hash);
            }
            else if (q.Length == 11 && Kernel.Phone.TryParse(q, out var phone, out _))
            {
                var hash = protector.Hash(phone.Value);
                people = people.Where(p => p.PhoneHash == hash);
            }
            else
            {
                people = people.Where(p => p.Name.Contains(q) || (p.Address != null && p.Address.Contains(q)));
            }
        }

        if (!string.IsNullOrEmpty(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            people = people.Where(p => p.RegionCode.StartsWith(prefix));
        }

        people = query.Filter switch
        {
            "elderly" => people.Where(p => p.BirthDate <= ShanghaiTime.Today(clock).AddYears(-65)),
            "disabled" => people.Where(p => p.DisabilityCategory != null),
            "hardship" => people.Where(p => p.Hardship != HardshipStatus.None),
            "returnee" => people.Where(p => p.Returnee),
            "poverty-relieved" => people.Where(p => p.PovertyRelieved),
            _ => people,
        };

        people = query.Sort switch
        {
            "name" => people.OrderBy(p => p.Name).ThenBy(p => p.Id),
            "age" => people.OrderBy(p => p.BirthDate).ThenBy(p => p.Id),
            "region" => people.OrderBy(p => p.RegionCode).ThenBy(p => p.Name),
            // Newest first by id: ids are version-7 GUIDs, which begin with the time they were made
            // (an import's ascend in file order), so the primary key gives the order. CreatedAt has
            // no index, and sorting by it sorted every person in scope for each page.
            _ => people.OrderByDescending(p => p.Id),
        };
        return await people.ToPageAsync(query.Page, query.PageSize, MaxPageSize, ViewsAsync, ct);
    }

    private async Task<List<PersonView>> ViewsAsync(List<Person> rows, CancellationToken ct)
    {
        var names = await RegionNamesAsync(rows.Select(r => r.RegionCode), ct);
        var households = await HouseholdNumbersAsync(rows, ct);
        var today = ShanghaiTime.Today(clock);
        return rows.Select(p => ToView(p, names.GetValueOrDefault(p.RegionCode), p.HouseholdId is { } h ? households.GetValueOrDefault(h) : null, false, today)).ToList();
    }

    /// <summary>The household a 户编号 names, created on first use; null when none is given.</summary>
    private async Task<Household?> ResolveHouseholdAsync(PersonInput input, RegionCode region, FieldErrors errors, CancellationToken ct)
    {
        var number = input.HouseholdNumber?.Trim();
        if (string.IsNullOrEmpty(number))
        {
            return null;
        }

        var existing = await db.Households.IgnoreQueryFilters().FirstOrDefaultAsync(h => h.Number == number, ct);
        if (existing is not null)
        {
            if (!await db.Households.AnyAsync(h => h.Id == existing.Id, ct))
            {
                errors.Add("householdNumber", "该户编号属于您管辖范围以外的地区");
            }

            return existing;
        }

        var household = new Household { Id = Guid.CreateVersion7(), Number = number, Address = input.Address?.Trim() ?? "", RegionCode = region.Value };
        db.Households.Add(household);
        return household;
    }

    /// <summary>Everyone registered in the same household as the person, inside the actor's scope.</summary>
    public async Task<List<PersonView>> HouseholdMembersAsync(Guid personId, CancellationToken ct = default)
    {
        var householdId = await db.People.Where(p => p.Id == personId).Select(p => p.HouseholdId).FirstOrDefaultAsync(ct);
        if (householdId is null)
        {
            return [];
        }

        var members = await db.People.AsNoTracking().Where(p => p.HouseholdId == householdId && p.Id != personId).OrderBy(p => p.BirthDate).ToListAsync(ct);
        var today = ShanghaiTime.Today(clock);
        var number = await db.Households.Where(h => h.Id == householdId).Select(h => h.Number).FirstOrDefaultAsync(ct);
        return members.Select(m => ToView(m, null, number, false, today)).ToList();
    }

    private void Apply(Person person, PersonInput input, CitizenId id, Kernel.Phone? phone, RegionCode region, DateTime now)
    {
        person.IdNumberCipher = protector.Protect(id.Value);
        person.IdNumberHash = protector.Hash(id.Value);
        person.IdNumberMasked = id.Masked;
        person.BirthDate = id.BirthDate;
        person.Sex = id.Sex;
        person.PhoneCipher = phone is { } p ? protector.Protect(p.Value) : null;
        person.PhoneHash = phone is { } h ? protector.Hash(h.Value) : null;
        person.PhoneMasked = phone?.Masked;
        person.Address = string.IsNullOrWhiteSpace(input.Address) ? null : input.Address.Trim();
        person.RegionCode = region.Value;
        person.Longitude = input.Longitude;
        person.Latitude = input.Latitude;
        person.DisabilityCategory = input.DisabilityCategory;
        person.DisabilityGrade = input.DisabilityCategory is null ? null : input.DisabilityGrade;
        person.Hardship = input.Hardship;
        person.Returnee = input.Returnee;
        person.PovertyRelieved = input.PovertyRelieved;
        person.Tags = string.IsNullOrWhiteSpace(input.Tags) ? null : input.Tags.Trim();
        person.HouseholdRelation = string.IsNullOrWhiteSpace(input.HouseholdNumber) || string.IsNullOrEmpty(input.HouseholdRelation) ? null : input.HouseholdRelation;
        person.UpdatedAt = now;
    }

    private async Task<PersonView> ViewAsync(Person person, bool reveal, CancellationToken ct)
    {
        var names = await RegionNamesAsync([person.RegionCode], ct);
        var households = await HouseholdNumbersAsync([person], ct);
        return ToView(person, names.GetValueOrDefault(person.RegionCode), person.HouseholdId is { } h ? households.GetValueOrDefault(h) : null, reveal, ShanghaiTime.Today(clock));
    }

    private async Task<Dictionary<Guid, string>> HouseholdNumbersAsync(IEnumerable<Person> people, CancellationToken ct)
    {
        var ids = people.Where(p => p.HouseholdId is not null).Select(p => p.HouseholdId!.Value).Distinct().ToList();
        return ids.Count == 0 ? [] : await db.Households.IgnoreQueryFilters().Where(h => ids.Contains(h.Id)).ToDictionaryAsync(h => h.Id, h => h.Number, ct);
    }

    internal PersonView ToView(Person p, string? regionName, string? householdNumber, bool reveal, DateOnly today)
    {
        var id = reveal ? protector.Unprotect(p.IdNumberCipher) : p.IdNumberMasked;
        var phone = reveal && p.PhoneCipher is not null ? protector.Unprotect(p.PhoneCipher) : p.PhoneMasked;
        var age = today.Year - p.BirthDate.Year - (today < p.BirthDate.AddYears(today.Year - p.BirthDate.Year) ? 1 : 0);
        return new PersonView(p.Id, p.Name, id, Labels.Of(p.Sex).ToString(), p.BirthDate, age,
            phone, p.Address, p.RegionCode, regionName, p.Longitude, p.Latitude, p.DisabilityCategory, p.DisabilityGrade,
            p.Hardship, p.Returnee, p.PovertyRelieved, p.Tags, householdNumber, p.HouseholdRelation, reveal);
    }

    private async Task<Dictionary<string, string>> RegionNamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var list = codes.Distinct().ToList();
        return await db.Regions.AsNoTracking().Where(r => list.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
    }
}

public sealed record PeopleQuery(string? Q = null, string? Region = null, int Page = 1, int PageSize = 20, string? Sort = null, string? Filter = null)
{
    public static readonly IReadOnlyList<(string Code, Text Name)> Filters =
    [
        ("elderly", new("65岁及以上", "Aged 65+")),
        ("disabled", new("残疾人", "Disabled")),
        ("hardship", new("困难群众", "In hardship")),
        ("returnee", new("返乡人员", "Returnees")),
        ("poverty-relieved", new("脱贫人口", "Poverty-relieved")),
    ];
}
