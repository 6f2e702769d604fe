using Doorstep.Care.Stock;
using Doorstep.Care.Visits;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Households;

/// <summary>Takes a registry household into care (by its id or its 户编号), or changes its categories, responsible person and note.</summary>
public sealed record HouseholdInput(Guid? HouseholdId = null, string? HouseholdNumber = null, IReadOnlyList<string>? Categories = null, string? Responsible = null, string? Note = null);

/// <summary>A needy household as lists show it: the head's name, never an ID number.</summary>
public sealed record HouseholdRow(
    Guid Id, Guid HouseholdId, string Number, string? Head, string Address, string RegionCode, string? RegionName,
    IReadOnlyList<string> Categories, IReadOnlyList<string> CategoryNames, int Members, string? Responsible, string? ResponsibleName, DateOnly? LastVisit);

/// <summary>A member of the household, ID number and phone masked.</summary>
public sealed record MemberView(Guid PersonId, string Name, string? Relation, string Sex, int Age, string IdNumber, string? Phone, string? Disability);

public sealed record GoodsView(string Item, string Name, string Unit, int Quantity);

/// <summary>One time help was given: a visit with its goods, money and what was heard.</summary>
public sealed record HelpView(Guid VisitId, string Number, DateOnly VisitedOn, string VisitorNames, IReadOnlyList<GoodsView> Goods, decimal Money, string? Heard);

public sealed record HouseholdDetail(HouseholdRow Household, string? Note, IReadOnlyList<MemberView> Members, IReadOnlyList<HelpView> Help);

/// <summary>
/// Filters of the household list. <see cref="UnvisitedSince"/> keeps the households nobody has
/// visited on or after that day (this season's 送温暖 not yet reached them).
/// </summary>
public sealed record HouseholdQuery(string? Q = null, string? Region = null, string? Category = null, DateOnly? UnvisitedSince = null, string? Sort = null, int Page = 1, int PageSize = 20);

/// <summary>
/// 困难家庭: the registry's households in the caller's regions that are in care, their members,
/// the deputy or cadre responsible, and the history of the help they were given.
/// </summary>
public sealed class HouseholdService(DoorstepDb db, HouseholdSettings settings, CareWorkers workers, AuditLog audit, TimeProvider clock)
{
    public const int MaxPageSize = 500;

    public IReadOnlyList<HardshipCategory> Categories => settings.All;

    public async Task<Page<HouseholdRow>> SearchAsync(HouseholdQuery query, CancellationToken ct = default)
    {
        var rows = Filter(query);
        var visits = db.Set<Visit>();
        var sorted = query.Sort switch
        {
            // Those not seen the longest first, never-visited before all.
            "lastVisit" => rows.OrderBy(h => visits.Where(v => v.NeedyHouseholdId == h.Id).Max(v => (DateOnly?)v.VisitedOn) ?? DateOnly.MinValue).ThenBy(h => h.RegionCode).ThenBy(h => h.Id),
            "updated" => rows.OrderByDescending(h => h.UpdatedAt).ThenBy(h => h.Id),
            _ => rows.OrderBy(h => h.RegionCode).ThenBy(h => h.CreatedAt).ThenBy(h => h.Id),
        };
        return await sorted.ToPageAsync(query.Page, query.PageSize, MaxPageSize, RowsAsync, ct);
    }

    /// <summary>Every household the filters keep, for the audited export.</summary>
    public async Task<List<HouseholdRow>> ExportAsync(HouseholdQuery query, CancellationToken ct = default) =>
        await RowsAsync(await Filter(query).OrderBy(h => h.RegionCode).ThenBy(h => h.CreatedAt).ToListAsync(ct), ct);

    /// <summary>The rows of the given households that are in the caller's regions.</summary>
    public async Task<List<HouseholdRow>> RowsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        await RowsAsync(await db.Set<NeedyHousehold>().AsNoTracking().Where(h => ids.Contains(h.Id)).ToListAsync(ct), ct);

    public async Task<HouseholdDetail?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var household = await db.Set<NeedyHousehold>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, ct);
        if (household is null)
        {
            return null;
        }

        var row = (await RowsAsync([household], ct)).Single();
        var today = ShanghaiTime.Today(clock);
        var members = (await db.People.AsNoTracking().Where(p => p.HouseholdId == household.HouseholdId).ToListAsync(ct))
            .OrderBy(p => p.HouseholdRelation == "户主" ? 0 : 1).ThenBy(p => p.BirthDate)
            .Select(p => new MemberView(
                p.Id, p.Name, p.HouseholdRelation, Labels.Of(p.Sex).ToString(), Age(p.BirthDate, today), p.IdNumberMasked, p.PhoneMasked,
                p.DisabilityCategory is { } d ? $"{Labels.Disability(d)}{(p.DisabilityGrade is { } g ? $"{g}级" : "")}" : null))
            .ToList();
        return new HouseholdDetail(row, household.Note, members, await HelpAsync(id, ct));
    }

    /// <summary>Every visit to the household, newest first, with what it brought.</summary>
    public async Task<List<HelpView>> HelpAsync(Guid id, CancellationToken ct = default)
    {
        var items = await db.Set<ReliefItem>().AsNoTracking().ToDictionaryAsync(i => i.Code, ct);
        var visits = await db.Set<Visit>().AsNoTracking().Include(v => v.Goods).Where(v => v.NeedyHouseholdId == id)
            .OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.RecordedAt).ToListAsync(ct);
        return [.. visits.Select(v => new HelpView(v.Id, v.Number, v.VisitedOn, v.VisitorNames, Goods(v.Goods, items), v.Money, v.Heard))];
    }

    public async Task<Outcome<HouseholdRow>> CreateAsync(HouseholdInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        Household? household = null;
        if (input.HouseholdId is { } householdId)
        {
            household = await db.Households.AsNoTracking().FirstOrDefaultAsync(h => h.Id == householdId, ct);
        }
        else if (!string.IsNullOrWhiteSpace(input.HouseholdNumber))
        {
            var number = input.HouseholdNumber.Trim();
            household = await db.Households.AsNoTracking().FirstOrDefaultAsync(h => h.Number == number, ct);
        }

        if (household is null)
        {
            errors.Add("household", input.HouseholdId is null && string.IsNullOrWhiteSpace(input.HouseholdNumber)
                ? "请填写户编号"
                : "找不到该户，或不在您的管辖范围内；请先在居民档案中登记该户成员");
        }
        else if (await db.Set<NeedyHousehold>().IgnoreQueryFilters().AnyAsync(h => h.HouseholdId == household.Id, ct))
        {
            errors.Add("household", $"户{household.Number}已登记为困难家庭");
        }

        var categories = CheckCategories(input.Categories, errors);
        var responsible = await CheckResponsibleAsync(input.Responsible, household?.RegionCode, errors, ct);
        CheckNote(input.Note, errors);
        if (!errors.IsEmpty)
        {
            return Outcome<HouseholdRow>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var needy = new NeedyHousehold
        {
            Id = Guid.CreateVersion7(),
            HouseholdId = household!.Id,
            RegionCode = household.RegionCode,
            Categories = Join(categories),
            Responsible = responsible,
            Note = Clean(input.Note),
            UpdatedBy = actor.UserName,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(needy);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(NeedyHousehold), needy.Id.ToString(), detail: household.Number, cancellationToken: ct);
        return Outcome<HouseholdRow>.Ok((await RowsAsync([needy], ct)).Single());
    }

    public async Task<Outcome<HouseholdRow>> UpdateAsync(Guid id, HouseholdInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var needy = await db.Set<NeedyHousehold>().FirstOrDefaultAsync(h => h.Id == id, ct);
        if (needy is null)
        {
            errors.Add("id", "找不到该困难家庭，或不在您的管辖范围内");
            return Outcome<HouseholdRow>.Fail(errors);
        }

        var categories = CheckCategories(input.Categories, errors);
        var responsible = await CheckResponsibleAsync(input.Responsible, needy.RegionCode, errors, ct);
        CheckNote(input.Note, errors);
        if (!errors.IsEmpty)
        {
            return Outcome<HouseholdRow>.Fail(errors);
        }

        needy.Categories = Join(categories);
        needy.Responsible = responsible;
        needy.Note = Clean(input.Note);
        needy.UpdatedBy = actor.UserName;
        needy.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(NeedyHousehold), id.ToString(), detail: needy.Categories, cancellationToken: ct);
        return Outcome<HouseholdRow>.Ok((await RowsAsync([needy], ct)).Single());
    }

    private IQueryable<NeedyHousehold> Filter(HouseholdQuery query)
    {
        var rows = db.Set<NeedyHousehold>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            var people = db.People;
            var households = db.Households;
            rows = rows.Where(h => households.Any(x => x.Id == h.HouseholdId && (x.Number == q || x.Address.Contains(q)))
                || people.Any(p => p.HouseholdId == h.HouseholdId && p.Name.Contains(q)));
        }

        if (!string.IsNullOrWhiteSpace(query.Region) && Kernel.RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            rows = rows.Where(h => h.RegionCode.StartsWith(prefix));
        }

        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            var marker = $",{query.Category.Trim()},";
            rows = rows.Where(h => h.Categories.Contains(marker));
        }

        if (query.UnvisitedSince is { } since)
        {
            var visits = db.Set<Visit>();
            rows = rows.Where(h => !visits.Any(v => v.NeedyHouseholdId == h.Id && v.VisitedOn >= since));
        }

        return rows;
    }

    private async Task<List<HouseholdRow>> RowsAsync(IReadOnlyList<NeedyHousehold> page, CancellationToken ct)
    {
        var householdIds = page.Select(h => h.HouseholdId).ToList();
        var ids = page.Select(h => h.Id).ToList();
        var households = await db.Households.AsNoTracking().Where(h => householdIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, ct);
        var members = await db.People.AsNoTracking().Where(p => p.HouseholdId != null && householdIds.Contains(p.HouseholdId.Value))
            .Select(p => new { p.Id, HouseholdId = p.HouseholdId!.Value, p.Name, p.HouseholdRelation, p.BirthDate }).ToListAsync(ct);
        var byHousehold = members.ToLookup(m => m.HouseholdId);
        var lastVisits = await db.Set<Visit>().AsNoTracking().Where(v => ids.Contains(v.NeedyHouseholdId))
            .GroupBy(v => v.NeedyHouseholdId).Select(g => new { g.Key, Last = g.Max(v => v.VisitedOn) }).ToDictionaryAsync(g => g.Key, g => g.Last, ct);
        var codes = page.Select(h => h.RegionCode).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var people = page.Any(h => h.Responsible is not null) ? await workers.NamesAsync(ct) : [];
        return [.. page.Select(h =>
        {
            var household = households.GetValueOrDefault(h.HouseholdId);
            // Households registered one person at a time have no head set: the 户主 by relation, else the eldest.
            var family = byHousehold[h.HouseholdId].ToList();
            var head = (family.FirstOrDefault(m => m.Id == household?.HeadPersonId) ?? family.FirstOrDefault(m => m.HouseholdRelation == "户主") ?? family.MinBy(m => m.BirthDate))?.Name;
            var categories = Split(h.Categories);
            return new HouseholdRow(
                h.Id, h.HouseholdId, household?.Number ?? "", head, household?.Address ?? "", h.RegionCode, regions.GetValueOrDefault(h.RegionCode),
                categories, [.. categories.Select(settings.NameOf)], family.Count,
                h.Responsible, h.Responsible is null ? null : people.GetValueOrDefault(h.Responsible) ?? h.Responsible,
                lastVisits.TryGetValue(h.Id, out var last) ? last : null);
        })];
    }

    private List<string> CheckCategories(IReadOnlyList<string>? given, FieldErrors errors)
    {
        var known = settings.All;
        var codes = new List<string>();
        foreach (var text in (given ?? []).Select(c => c?.Trim()).Where(c => !string.IsNullOrEmpty(c)).Distinct())
        {
            var category = known.FirstOrDefault(c => c.Code == text || c.Name == text);
            if (category is null)
            {
                errors.Add("categories", $"没有“{text}”这一困难类别，可选：{string.Join("、", known.Select(c => c.Name))}");
            }
            else if (!codes.Contains(category.Code))
            {
                codes.Add(category.Code);
            }
        }

        if (codes.Count == 0 && errors.For("categories") is null)
        {
            errors.Add("categories", "请至少选择一个困难类别");
        }

        return codes;
    }

    private async Task<string?> CheckResponsibleAsync(string? userName, string? regionCode, FieldErrors errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(userName) || regionCode is null)
        {
            return null;
        }

        var found = await workers.CheckAsync([userName], regionCode, "responsible", errors, ct);
        return found.FirstOrDefault()?.UserName;
    }

    private static void CheckNote(string? note, FieldErrors errors)
    {
        if (note?.Trim().Length > 500)
        {
            errors.Add("note", "备注不超过500字");
        }
    }

    internal static List<GoodsView> Goods(IEnumerable<VisitGoods> lines, IReadOnlyDictionary<string, ReliefItem> items) =>
        [.. lines.Select(g => items.TryGetValue(g.ItemCode, out var item)
            ? new GoodsView(g.ItemCode, item.Name, item.Unit, g.Quantity)
            : new GoodsView(g.ItemCode, g.ItemCode, "", g.Quantity))];

    internal static List<string> Split(string categories) => [.. categories.Split(',', StringSplitOptions.RemoveEmptyEntries)];

    private static string Join(IEnumerable<string> codes) => "," + string.Join(",", codes) + ",";

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static int Age(DateOnly birth, DateOnly today) => today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0);
}
