using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Entrepreneurship;

public sealed record IncubationBaseInput(string? Name, IncubationKind? Kind, string? Address, string? RegionCode, int? Capacity);

public sealed record ResidentInput(
    string? Name, string? CreditCode, string? Founder, DateOnly? MovedIn, int? RentWaivedMonths = null, int? PropertyFeeWaivedMonths = null, int? WaivedAmount = null);

public sealed record MoveOutInput(DateOnly? MovedOut);

/// <summary>A base with how many enterprises are in it now.</summary>
public sealed record IncubationBaseView(
    Guid Id, string Name, IncubationKind Kind, string Address, string RegionCode, string RegionName, int Capacity, int Residents, int WaivedAmount, string UpdatedBy, DateTime UpdatedAt);

public sealed record ResidentView(
    Guid Id, Guid BaseId, string Name, string CreditCode, string Founder, DateOnly MovedIn, DateOnly? MovedOut, int RentWaivedMonths, int PropertyFeeWaivedMonths, int WaivedAmount);

/// <summary>
/// Incubation bases and parks in the caller's regions and the enterprises housed in them: a base
/// holds no more enterprises at once than its capacity, an enterprise is in a base once at a time,
/// and moving out closes its stay; every write audited.
/// </summary>
public sealed class IncubationService(DoorstepDb db, AuditLog audit, TimeProvider clock)
{
    public const int MaxWaivedMonths = 120;

    public async Task<List<IncubationBaseView>> ListAsync(string? q = null, CancellationToken ct = default)
    {
        var bases = db.Set<IncubationBase>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            bases = bases.Where(b => b.Name.Contains(text) || b.Address.Contains(text));
        }

        return await ViewsAsync(await bases.OrderBy(b => b.RegionCode).ThenBy(b => b.Name).ToListAsync(ct), ct);
    }

    public async Task<IncubationBaseView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<IncubationBase>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) is { } found ? (await ViewsAsync([found], ct)).Single() : null;

    /// <summary>Everyone who has been in the base, those still in first, then by moving-in date.</summary>
    public async Task<List<ResidentView>> ResidentsAsync(Guid baseId, CancellationToken ct = default) =>
        (await db.Set<ResidentEnterprise>().AsNoTracking().Where(r => r.BaseId == baseId).ToListAsync(ct))
            .OrderBy(r => r.MovedOut is not null).ThenByDescending(r => r.MovedIn).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(View).ToList();

    public async Task<Outcome<IncubationBaseView>> CreateAsync(IncubationBaseInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            errors.Add("name", "请填写基地名称（不超过100字）");
        }
        else if (await db.Set<IncubationBase>().IgnoreQueryFilters().AnyAsync(b => b.Name == name, ct))
        {
            errors.Add("name", $"已有名为“{name}”的孵化基地");
        }

        if (input.Kind is { } kind && !Enum.IsDefined(kind))
        {
            errors.Add("kind", "类别应为 base（创业孵化基地）或 park（创业园区）");
        }

        var address = input.Address?.Trim();
        if (string.IsNullOrEmpty(address) || address.Length > 200)
        {
            errors.Add("address", "请填写地址（不超过200字）");
        }

        if (input.Capacity is not { } capacity || capacity is < 1 or > 10_000)
        {
            errors.Add("capacity", "可容纳企业数应为1～10000");
        }

        var region = (await ScopedRegion.CheckAsync(db, input.RegionCode, "regionCode", "请选择所在区划", errors, ct))?.Value;
        if (!errors.IsEmpty)
        {
            return Outcome<IncubationBaseView>.Fail(errors);
        }

        var incubator = new IncubationBase
        {
            Id = Guid.CreateVersion7(), Name = name!, Kind = input.Kind ?? IncubationKind.Base, Address = address!, RegionCode = region!, Capacity = input.Capacity!.Value,
            UpdatedBy = actor.UserName, UpdatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(incubator);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(IncubationBase), incubator.Id.ToString(), detail: incubator.Name, cancellationToken: ct);
        return Outcome<IncubationBaseView>.Ok((await ViewsAsync([incubator], ct)).Single());
    }

    /// <summary>Houses an enterprise: the base must have room on the day, and the enterprise must not be in it already.</summary>
    public async Task<Outcome<ResidentView>> MoveInAsync(Guid baseId, ResidentInput input, Actor actor, CancellationToken ct = default)
    {
        var incubator = await db.Set<IncubationBase>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == baseId, ct);
        if (incubator is null)
        {
            return Outcome<ResidentView>.Fail(Inputs.Error("id", "该孵化基地不存在，或不在您的管辖范围内"));
        }

        var errors = new FieldErrors();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            errors.Add("name", "请填写企业名称（不超过100字）");
        }

        CreditCode? code = null;
        if (string.IsNullOrWhiteSpace(input.CreditCode))
        {
            errors.Add("creditCode", "请填写统一社会信用代码");
        }
        else if (!CreditCode.TryParse(input.CreditCode, out code, out var codeError))
        {
            errors.Add("creditCode", codeError);
        }

        var founder = input.Founder?.Trim();
        if (string.IsNullOrEmpty(founder) || founder.Length > 50)
        {
            errors.Add("founder", "请填写创办人姓名（不超过50字）");
        }

        var today = ShanghaiTime.Today(clock);
        if (input.MovedIn is not { } movedIn)
        {
            errors.Add("movedIn", "请填写入驻日期");
        }
        else if (movedIn > today)
        {
            errors.Add("movedIn", $"入驻日期{Tr.Date(movedIn)}晚于今天");
        }

        foreach (var (field, months, what) in new[] { ("rentWaivedMonths", input.RentWaivedMonths, "租金"), ("propertyFeeWaivedMonths", input.PropertyFeeWaivedMonths, "物业费") })
        {
            if (months is < 0 or > MaxWaivedMonths)
            {
                errors.Add(field, $"{what}减免月数应为0～{MaxWaivedMonths}");
            }
        }

        if (input.WaivedAmount is < 0 or > 10_000_000)
        {
            errors.Add("waivedAmount", "减免金额应为0或正整数（元）");
        }

        if (code is not null)
        {
            var value = code.Value;
            if (await db.Set<ResidentEnterprise>().AnyAsync(r => r.BaseId == baseId && r.CreditCode == value && r.MovedOut == null, ct))
            {
                errors.Add("creditCode", $"信用代码为 {value} 的企业已在本基地入驻");
            }
        }

        var inBase = await db.Set<ResidentEnterprise>().CountAsync(r => r.BaseId == baseId && r.MovedOut == null, ct);
        if (inBase >= incubator.Capacity)
        {
            errors.Add("base", $"{incubator.Name}可容纳 {incubator.Capacity} 家企业，已入驻 {inBase} 家，没有空位");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<ResidentView>.Fail(errors);
        }

        var resident = new ResidentEnterprise
        {
            Id = Guid.CreateVersion7(), BaseId = baseId, RegionCode = incubator.RegionCode, Name = name!, CreditCode = code!.Value, Founder = founder!, MovedIn = input.MovedIn!.Value,
            RentWaivedMonths = input.RentWaivedMonths ?? 0, PropertyFeeWaivedMonths = input.PropertyFeeWaivedMonths ?? 0, WaivedAmount = input.WaivedAmount ?? 0,
            UpdatedBy = actor.UserName, UpdatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(resident);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(ResidentEnterprise), resident.Id.ToString(), detail: $"{incubator.Name}: {resident.Name}", cancellationToken: ct);
        return Outcome<ResidentView>.Ok(View(resident));
    }

    public async Task<Outcome<ResidentView>> MoveOutAsync(Guid residentId, MoveOutInput input, Actor actor, CancellationToken ct = default)
    {
        var resident = await db.Set<ResidentEnterprise>().FirstOrDefaultAsync(r => r.Id == residentId, ct);
        if (resident is null)
        {
            return Outcome<ResidentView>.Fail(Inputs.Error("id", "该入驻企业不存在，或不在您的管辖范围内"));
        }

        if (resident.MovedOut is { } already)
        {
            return Outcome<ResidentView>.Fail(Inputs.Error("movedOut", $"{resident.Name}已于{Tr.Date(already)}迁出"));
        }

        var today = ShanghaiTime.Today(clock);
        if (input.MovedOut is not { } movedOut || movedOut < resident.MovedIn || movedOut > today)
        {
            return Outcome<ResidentView>.Fail(Inputs.Error("movedOut", $"迁出日期应在入驻之日（{Tr.Date(resident.MovedIn)}）到今天之间"));
        }

        resident.MovedOut = movedOut;
        resident.UpdatedBy = actor.UserName;
        resident.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(ResidentEnterprise), resident.Id.ToString(), detail: $"moved out {movedOut:yyyy-MM-dd}", cancellationToken: ct);
        return Outcome<ResidentView>.Ok(View(resident));
    }

    private static ResidentView View(ResidentEnterprise r) =>
        new(r.Id, r.BaseId, r.Name, r.CreditCode, r.Founder, r.MovedIn, r.MovedOut, r.RentWaivedMonths, r.PropertyFeeWaivedMonths, r.WaivedAmount);

    private async Task<List<IncubationBaseView>> ViewsAsync(IReadOnlyList<IncubationBase> bases, CancellationToken ct)
    {
        var ids = bases.Select(b => b.Id).ToList();
        var regionCodes = bases.Select(b => b.RegionCode).Distinct().ToList();
        var residents = await db.Set<ResidentEnterprise>().AsNoTracking().Where(r => ids.Contains(r.BaseId))
            .GroupBy(r => r.BaseId).Select(g => new { g.Key, In = g.Count(r => r.MovedOut == null), Waived = g.Sum(r => r.WaivedAmount) }).ToDictionaryAsync(g => g.Key, ct);
        var regions = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return bases.Select(b => new IncubationBaseView(
            b.Id, b.Name, b.Kind, b.Address, b.RegionCode, regions.GetValueOrDefault(b.RegionCode) ?? b.RegionCode, b.Capacity,
            residents.GetValueOrDefault(b.Id)?.In ?? 0, residents.GetValueOrDefault(b.Id)?.Waived ?? 0, b.UpdatedBy, b.UpdatedAt)).ToList();
    }
}
