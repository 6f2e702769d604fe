using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Stock;

public sealed record ItemInput(string? Code, string? Name, string? Unit);

/// <summary>A stock movement asked for: which item, where, how many, and the donor, purchase or reason.</summary>
public sealed record MovementInput(string? Item, string? Region, int? Quantity, string? Note);

/// <summary>One item's stock in one region.</summary>
public sealed record StockView(string RegionCode, string? RegionName, string Item, string Name, string Unit, int Quantity);

public sealed record MovementView(Guid Id, DateTime At, string RegionCode, string? RegionName, string Item, string Name, string Unit, MovementKind Kind, int Change, int Balance, Guid? VisitId, string? Note, string By);

public sealed record MovementQuery(string? Region = null, string? Item = null, int Page = 1, int PageSize = 50);

/// <summary>Why goods could not be taken: a field error, or not enough in stock (HTTP 409).</summary>
public sealed record StockOutcome(StockView? Stock, FieldErrors Errors, bool ShortOfStock)
{
    public bool Succeeded => Errors.IsEmpty;
}

/// <summary>
/// 救助物资库存: each town's or community's relief goods, booked in and out. A stock never goes
/// below zero, even when two people take the last bag at once: goods leave by one conditional
/// update (quantity = quantity - n where quantity &gt;= n) inside the caller's transaction.
/// </summary>
public sealed class StockService(DoorstepDb db, AuditLog audit, TimeProvider clock)
{
    public async Task<List<ReliefItem>> ItemsAsync(CancellationToken ct = default) =>
        await db.Set<ReliefItem>().AsNoTracking().OrderBy(i => i.Position).ThenBy(i => i.Code).ToListAsync(ct);

    /// <summary>The item a code or name (大米) stands for, or null.</summary>
    public async Task<ReliefItem?> FindItemAsync(string? codeOrName, CancellationToken ct = default)
    {
        var text = codeOrName?.Trim();
        return string.IsNullOrEmpty(text) ? null : await db.Set<ReliefItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Code == text || i.Name == text, ct);
    }

    public async Task<Outcome<ReliefItem>> AddItemAsync(ItemInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var code = input.Code?.Trim().ToLowerInvariant() ?? "";
        var name = input.Name?.Trim() ?? "";
        var unit = input.Unit?.Trim() ?? "";
        if (code.Length is 0 or > 40 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            errors.Add("code", "编码为不超过40位的字母、数字或连字符");
        }
        else if (await db.Set<ReliefItem>().AnyAsync(i => i.Code == code, ct))
        {
            errors.Add("code", "该编码已在使用");
        }

        if (name.Length is 0 or > 30)
        {
            errors.Add("name", "请填写物资名称（不超过30字）");
        }
        else if (await db.Set<ReliefItem>().AnyAsync(i => i.Name == name, ct))
        {
            errors.Add("name", "已有同名物资");
        }

        if (unit.Length is 0 or > 10)
        {
            errors.Add("unit", "请填写计量单位（如袋、桶、箱）");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<ReliefItem>.Fail(errors);
        }

        var position = await db.Set<ReliefItem>().MaxAsync(i => (int?)i.Position, ct) ?? 0;
        var item = new ReliefItem { Code = code, Name = name, Unit = unit, Position = position + 1 };
        db.Add(item);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(ReliefItem), code, detail: name, cancellationToken: ct);
        return Outcome<ReliefItem>.Ok(item);
    }

    /// <summary>Stock held in the caller's regions, under <paramref name="region"/> when given.</summary>
    public async Task<List<StockView>> LevelsAsync(string? region, CancellationToken ct = default)
    {
        var levels = db.Set<StockLevel>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(region) && RegionCode.TryParse(region, out var code, out _))
        {
            var prefix = code.Prefix;
            levels = levels.Where(s => s.RegionCode.StartsWith(prefix));
        }

        var rows = await levels.ToListAsync(ct);
        var items = await ItemsAsync(ct);
        var names = await RegionNamesAsync(rows.Select(r => r.RegionCode), ct);
        var order = items.Select((item, i) => (item.Code, i)).ToDictionary(x => x.Code, x => x.i);
        return [.. rows.OrderBy(r => r.RegionCode, StringComparer.Ordinal).ThenBy(r => order.GetValueOrDefault(r.ItemCode, int.MaxValue))
            .Select(r => View(r.RegionCode, names.GetValueOrDefault(r.RegionCode), items.First(i => i.Code == r.ItemCode), r.Quantity))];
    }

    public async Task<Page<MovementView>> MovementsAsync(MovementQuery query, CancellationToken ct = default)
    {
        var movements = db.Set<StockMovement>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Region) && RegionCode.TryParse(query.Region, out var code, out _))
        {
            var prefix = code.Prefix;
            movements = movements.Where(m => m.RegionCode.StartsWith(prefix));
        }

        if (!string.IsNullOrWhiteSpace(query.Item))
        {
            movements = movements.Where(m => m.ItemCode == query.Item);
        }

        return await movements.OrderByDescending(m => m.At).ThenByDescending(m => m.Id).ToPageAsync(query.Page, query.PageSize, 500, MovementViewsAsync, ct);
    }

    private async Task<List<MovementView>> MovementViewsAsync(List<StockMovement> rows, CancellationToken ct)
    {
        var items = (await ItemsAsync(ct)).ToDictionary(i => i.Code);
        var names = await RegionNamesAsync(rows.Select(r => r.RegionCode), ct);
        return [.. rows.Select(m => new MovementView(
            m.Id, m.At, m.RegionCode, names.GetValueOrDefault(m.RegionCode), m.ItemCode, items.GetValueOrDefault(m.ItemCode)?.Name ?? m.ItemCode,
            items.GetValueOrDefault(m.ItemCode)?.Unit ?? "", m.Kind, m.Change, m.Balance, m.VisitId, m.Note, m.By))];
    }

    /// <summary>入库: goods bought or donated arrive in a town or community.</summary>
    public Task<StockOutcome> StockInAsync(MovementInput input, Actor actor, CancellationToken ct = default) =>
        MoveAsync(input, MovementKind.In, actor, ct);

    /// <summary>出库: goods handed out other than on a visit, or written off; refused beyond what is there.</summary>
    public Task<StockOutcome> StockOutAsync(MovementInput input, Actor actor, CancellationToken ct = default) =>
        MoveAsync(input, MovementKind.Out, actor, ct);

    /// <summary>
    /// Takes goods out within the caller's transaction: the movement to add, or why not (the item
    /// is short). The caller rolls back on a refusal, so nothing of the whole operation stays.
    /// </summary>
    internal async Task<(StockMovement? Movement, string? Refusal)> TakeAsync(ReliefItem item, string regionCode, string regionName, int quantity, MovementKind kind, Guid? visitId, string? note, string by, CancellationToken ct)
    {
        var taken = await db.Set<StockLevel>()
            .Where(s => s.RegionCode == regionCode && s.ItemCode == item.Code && s.Quantity >= quantity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Quantity, x => x.Quantity - quantity), ct);
        var onHand = await db.Set<StockLevel>().Where(s => s.RegionCode == regionCode && s.ItemCode == item.Code).Select(s => (int?)s.Quantity).FirstOrDefaultAsync(ct) ?? 0;
        if (taken == 0)
        {
            return (null, StockRules.Refusal(item, regionName, onHand, quantity));
        }

        return (new StockMovement
        {
            Id = Guid.CreateVersion7(), ItemCode = item.Code, RegionCode = regionCode, Kind = kind, Change = -quantity, Balance = onHand,
            VisitId = visitId, Note = note, By = by, At = clock.GetUtcNow().UtcDateTime,
        }, null);
    }

    private async Task<StockOutcome> MoveAsync(MovementInput input, MovementKind kind, Actor actor, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var item = await FindItemAsync(input.Item, ct);
        if (item is null)
        {
            errors.Add("item", string.IsNullOrWhiteSpace(input.Item) ? "请选择物资" : $"没有“{input.Item}”这种物资");
        }

        var region = await StockRegionAsync(input.Region, errors, ct);
        if (StockRules.QuantityProblem(input.Quantity) is { } problem)
        {
            errors.Add("quantity", problem);
        }

        if (input.Note?.Trim().Length > 200)
        {
            errors.Add("note", "说明不超过200字");
        }
        else if (kind == MovementKind.Out && string.IsNullOrWhiteSpace(input.Note))
        {
            errors.Add("note", "请写明出库用途");
        }

        if (!errors.IsEmpty)
        {
            return new(null, errors, false);
        }

        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        var quantity = input.Quantity!.Value;
        await using var work = await Work.BeginAsync(db.Database, ct);
        if (kind == MovementKind.In)
        {
            var added = await db.Set<StockLevel>().Where(s => s.RegionCode == region!.Value.Code && s.ItemCode == item!.Code)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Quantity, x => x.Quantity + quantity), ct);
            if (added == 0)
            {
                db.Add(new StockLevel { ItemCode = item!.Code, RegionCode = region!.Value.Code, Quantity = quantity });
                await db.SaveChangesAsync(ct);
            }

            var balance = await db.Set<StockLevel>().Where(s => s.RegionCode == region!.Value.Code && s.ItemCode == item!.Code).Select(s => s.Quantity).FirstAsync(ct);
            db.Add(new StockMovement
            {
                Id = Guid.CreateVersion7(), ItemCode = item!.Code, RegionCode = region!.Value.Code, Kind = kind, Change = quantity, Balance = balance,
                Note = note, By = actor.UserName, At = clock.GetUtcNow().UtcDateTime,
            });
        }
        else
        {
            var (movement, refusal) = await TakeAsync(item!, region!.Value.Code, region.Value.Name, quantity, kind, null, note, actor.UserName, ct);
            if (refusal is not null)
            {
                errors.Add("quantity", refusal);
                return new(null, errors, true);
            }

            db.Add(movement!);
        }

        await db.SaveChangesAsync(ct);
        await work.CommitAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(StockLevel), $"{region!.Value.Code}/{item!.Code}", detail: $"{quantity}{item.Unit} {note}", cancellationToken: ct);
        var now = await db.Set<StockLevel>().AsNoTracking().FirstAsync(s => s.RegionCode == region.Value.Code && s.ItemCode == item.Code, ct);
        return new(View(region.Value.Code, region.Value.Name, item, now.Quantity), errors, false);
    }

    /// <summary>A town or community in the caller's scope that can hold goods, or the reason it cannot.</summary>
    internal async Task<(string Code, string Name)?> StockRegionAsync(string? region, FieldErrors errors, CancellationToken ct, string field = "region")
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            errors.Add(field, "请选择存放物资的镇（街道）或村（社区）");
            return null;
        }

        if (!RegionCode.TryParse(region, out var code, out var why))
        {
            errors.Add(field, why);
            return null;
        }

        if (code.Level is not (RegionLevel.Town or RegionLevel.Village))
        {
            errors.Add(field, "物资按镇（街道）或村（社区）存放");
            return null;
        }

        var name = await db.Regions.AsNoTracking().Where(r => r.Code == code.Value).Select(r => r.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            errors.Add(field, $"区划代码 {code.Value} 不存在或不在您的管辖范围内");
            return null;
        }

        return (code.Value, name);
    }

    private async Task<Dictionary<string, string>> RegionNamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var list = codes.Distinct().ToList();
        return await db.Regions.AsNoTracking().Where(r => list.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
    }

    private static StockView View(string regionCode, string? regionName, ReliefItem item, int quantity) =>
        new(regionCode, regionName, item.Code, item.Name, item.Unit, quantity);
}
