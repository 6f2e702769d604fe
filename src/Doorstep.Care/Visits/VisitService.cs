using Doorstep.Care.Households;
using Doorstep.Care.Stock;
using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Visits;

/// <summary>One line of goods brought: the item by code or name (大米), and how many of its unit.</summary>
public sealed record GoodsLine(string? Item, int? Quantity);

/// <summary>
/// A visit to record. The recording user is always one of the visitors; <see cref="Visitors"/>
/// names the others who came (user names). Goods come from the household's town unless
/// <see cref="StockRegion"/> names its village or community.
/// </summary>
public sealed record VisitInput(
    Guid? Household = null, DateOnly? VisitedOn = null, IReadOnlyList<string>? Visitors = null, IReadOnlyList<GoodsLine>? Goods = null,
    decimal? Money = null, string? Heard = null, string? StockRegion = null);

public sealed record VisitView(
    Guid Id, string Number, Guid HouseholdId, string HouseholdNumber, string? Head, string Address, string RegionCode, string? RegionName,
    string StockRegionCode, string? StockRegionName, DateOnly VisitedOn, IReadOnlyList<string> Visitors, string VisitorNames,
    IReadOnlyList<GoodsView> Goods, decimal Money, string? Heard, string RecordedBy, DateTime RecordedAt);

public sealed record VisitQuery(string? Region = null, DateOnly? From = null, DateOnly? To = null, Guid? Household = null, int Page = 1, int PageSize = 20);

/// <summary>Why a visit was not recorded.</summary>
public enum VisitRefusal
{
    None,

    /// <summary>Bad input: field errors.</summary>
    Invalid,

    /// <summary>No such household in the visitor's regions.</summary>
    NotFound,

    /// <summary>Some goods are beyond the stock (HTTP 409); nothing was written.</summary>
    ShortOfStock,
}

public sealed record VisitOutcome(VisitView? Visit, FieldErrors Errors, VisitRefusal Refusal)
{
    public bool Succeeded => Refusal == VisitRefusal.None;
}

/// <summary>
/// 送温暖走访: records who visited which household, and the goods and money they brought. The
/// goods leave the region's stock in the same transaction as the visit is written: all of it,
/// or (when any item is short) none of it.
/// </summary>
public sealed class VisitService(DoorstepDb db, HouseholdService households, StockService stock, CareWorkers workers, AuditLog audit, TimeProvider clock)
{
    public const decimal MaxMoney = 100_000m;

    public async Task<VisitOutcome> RecordAsync(VisitInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var household = input.Household is { } id ? await db.Set<NeedyHousehold>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, ct) : null;
        if (household is null)
        {
            errors.Add("household", input.Household is null ? "请选择走访的困难家庭" : "找不到该困难家庭，或不在您的管辖范围内");
            return new(null, errors, input.Household is null ? VisitRefusal.Invalid : VisitRefusal.NotFound);
        }

        var today = ShanghaiTime.Today(clock);
        if (input.VisitedOn is not { } day)
        {
            errors.Add("visitedOn", "请填写走访日期");
        }
        else if (day > today)
        {
            errors.Add("visitedOn", "走访日期不能晚于今天");
        }
        else if (day < today.AddYears(-1))
        {
            errors.Add("visitedOn", "只能补录一年以内的走访");
        }

        var names = actor.IsSystem && actor.UserName == "system" ? [] : new List<string> { actor.UserName };
        var visitors = await workers.CheckAsync([.. names, .. input.Visitors ?? []], household.RegionCode, "visitors", errors, ct);
        if (visitors.Count == 0 && errors.For("visitors") is null)
        {
            errors.Add("visitors", "请填写走访人员");
        }

        var lines = await GoodsAsync(input.Goods, errors, ct);
        if (input.Money is < 0 or > MaxMoney || (input.Money is { } money && decimal.Round(money, 2) != money))
        {
            errors.Add("money", $"慰问金应为0～{MaxMoney:0}元，最多两位小数");
        }

        if (input.Heard?.Trim().Length > 2000)
        {
            errors.Add("heard", "走访情况不超过2000字");
        }

        var stockRegion = await StockRegionAsync(input.StockRegion, household.RegionCode, lines.Count > 0, errors, ct);
        if (!errors.IsEmpty)
        {
            return new(null, errors, VisitRefusal.Invalid);
        }

        var visit = new Visit
        {
            Id = Guid.CreateVersion7(),
            Number = "",
            NeedyHouseholdId = household.Id,
            RegionCode = household.RegionCode,
            StockRegionCode = stockRegion.Code,
            VisitedOn = input.VisitedOn!.Value,
            Visitors = string.Join(",", visitors.Select(v => v.UserName)),
            VisitorNames = string.Join("、", visitors.Select(v => v.Name)),
            Money = input.Money ?? 0,
            Heard = string.IsNullOrWhiteSpace(input.Heard) ? null : input.Heard.Trim(),
            Goods = [.. lines.Select(l => new VisitGoods { ItemCode = l.Item.Code, Quantity = l.Quantity })],
            RecordedBy = actor.UserName,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };

        await using var work = await Work.BeginAsync(db.Database, ct);
        var movements = new List<StockMovement>();
        foreach (var (item, quantity) in lines)
        {
            var (movement, refusal) = await stock.TakeAsync(item, stockRegion.Code, stockRegion.Name, quantity, MovementKind.Visit, visit.Id, null, actor.UserName, ct);
            if (refusal is not null)
            {
                errors.Add("goods", refusal);
            }
            else
            {
                movements.Add(movement!);
            }
        }

        if (!errors.IsEmpty)
        {
            // Disposing the unit without committing undoes the goods already taken.
            return new(null, errors, VisitRefusal.ShortOfStock);
        }

        var prefix = $"WF{visit.VisitedOn:yyyyMMdd}";
        var sameDay = await db.Set<Visit>().IgnoreQueryFilters().CountAsync(v => v.Number.StartsWith(prefix), ct);
        visit.Number = $"{prefix}{sameDay + 1:0000}";
        foreach (var movement in movements)
        {
            movement.Note = visit.Number;
        }

        db.Add(visit);
        db.AddRange(movements);
        await db.SaveChangesAsync(ct);
        await work.CommitAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(Visit), visit.Id.ToString(), detail: visit.Number, cancellationToken: ct);
        return new(await GetAsync(visit.Id, ct), errors, VisitRefusal.None);
    }

    public async Task<VisitView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var visit = await db.Set<Visit>().AsNoTracking().Include(v => v.Goods).FirstOrDefaultAsync(v => v.Id == id, ct);
        return visit is null ? null : (await ViewsAsync([visit], ct)).Single();
    }

    public async Task<Page<VisitView>> SearchAsync(VisitQuery query, CancellationToken ct = default)
    {
        var visits = db.Set<Visit>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            visits = visits.Where(v => v.RegionCode.StartsWith(prefix));
        }

        if (query.From is { } from)
        {
            visits = visits.Where(v => v.VisitedOn >= from);
        }

        if (query.To is { } to)
        {
            visits = visits.Where(v => v.VisitedOn <= to);
        }

        if (query.Household is { } household)
        {
            visits = visits.Where(v => v.NeedyHouseholdId == household);
        }

        return await visits.Include(v => v.Goods).OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.RecordedAt).ToPageAsync(query.Page, query.PageSize, 500, ViewsAsync, ct);
    }

    private async Task<List<(ReliefItem Item, int Quantity)>> GoodsAsync(IReadOnlyList<GoodsLine>? goods, FieldErrors errors, CancellationToken ct)
    {
        var lines = new List<(ReliefItem Item, int Quantity)>();
        foreach (var line in goods ?? [])
        {
            var item = await stock.FindItemAsync(line.Item, ct);
            if (item is null)
            {
                errors.Add("goods", string.IsNullOrWhiteSpace(line.Item) ? "请选择物资" : $"没有“{line.Item}”这种物资");
                continue;
            }

            if (StockRules.QuantityProblem(line.Quantity) is { } problem)
            {
                errors.Add("goods", $"{item.Name}：{problem}");
                continue;
            }

            var index = lines.FindIndex(l => l.Item.Code == item.Code);
            if (index >= 0)
            {
                lines[index] = (item, lines[index].Quantity + line.Quantity!.Value);
            }
            else
            {
                lines.Add((item, line.Quantity!.Value));
            }
        }

        return lines;
    }

    private async Task<(string Code, string Name)> StockRegionAsync(string? given, string householdRegion, bool needed, FieldErrors errors, CancellationToken ct)
    {
        var code = string.IsNullOrWhiteSpace(given) ? StockRules.TownOf(householdRegion) : given.Trim();
        if (!needed && string.IsNullOrWhiteSpace(given))
        {
            return (code, "");
        }

        var found = await stock.StockRegionAsync(code, errors, ct, "stockRegion");
        if (found is null)
        {
            return (code, "");
        }

        if (!RegionCode.Parse(found.Value.Code).Contains(RegionCode.Parse(householdRegion)))
        {
            errors.Add("stockRegion", "物资须取自该户所在的镇（街道）或村（社区）的库存");
        }

        return found.Value;
    }

    private async Task<List<VisitView>> ViewsAsync(IReadOnlyList<Visit> visits, CancellationToken ct)
    {
        var rows = (await households.RowsAsync([.. visits.Select(v => v.NeedyHouseholdId).Distinct()], ct)).ToDictionary(r => r.Id);
        var codes = visits.SelectMany(v => new[] { v.RegionCode, v.StockRegionCode }).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var items = await db.Set<ReliefItem>().AsNoTracking().ToDictionaryAsync(i => i.Code, ct);
        return [.. visits.Select(v =>
        {
            var household = rows.GetValueOrDefault(v.NeedyHouseholdId);
            return new VisitView(
                v.Id, v.Number, v.NeedyHouseholdId, household?.Number ?? "", household?.Head, household?.Address ?? "", v.RegionCode, regions.GetValueOrDefault(v.RegionCode), v.StockRegionCode, regions.GetValueOrDefault(v.StockRegionCode),
                v.VisitedOn, HouseholdService.Split(v.Visitors), v.VisitorNames, HouseholdService.Goods(v.Goods, items), v.Money, v.Heard, v.RecordedBy, v.RecordedAt);
        })];
    }
}
