using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Contracts;

/// <summary>
/// Records the services a contract's packages promise as they are delivered, and measures each
/// contract against its packages pro rata of the term gone by.
/// </summary>
public sealed class ServiceDeliveries(DoorstepDb db, PackageCatalogue catalogue, AuditLog audit, TimeProvider clock)
{
    /// <summary>A contract this many days into its term with nothing delivered is 签而不约.</summary>
    public const int UnservedAfterDays = 90;

    /// <summary>A doctor records a service of the contract's packages by hand.</summary>
    public async Task<FieldErrors> RecordAsync(Guid contractId, string? service, DateOnly? date, string? note, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var contract = await db.Set<Contract>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == contractId, ct);
        if (contract is null)
        {
            errors.Add("id", "该签约不存在，或不在您的管辖范围内");
            return errors;
        }

        var day = date ?? ShanghaiTime.Today(clock);
        var offered = await ServicesOfAsync(contract, ct);
        if (string.IsNullOrWhiteSpace(service) || !offered.Contains(service.Trim()))
        {
            errors.Add("service", "请选择该签约服务包中的服务项目");
        }

        if (day > ShanghaiTime.Today(clock) || day < contract.StartsOn || day > (contract.EndedOn ?? contract.EndsOn))
        {
            errors.Add("date", "服务日期应在服务期内，且不晚于今天");
        }

        if (note?.Length > 200)
        {
            errors.Add("note", "说明不超过200字");
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        db.Add(New(contract, service!.Trim(), day, "manual", note?.Trim(), actor));
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(ServiceDelivery), contract.Number, detail: service, cancellationToken: ct);
        return errors;
    }

    /// <summary>
    /// A visit or check delivered these services, if the resident's contract in force that day
    /// promises them; the caller saves in its own transaction.
    /// </summary>
    public async Task DeliverAsync(Guid personId, DateOnly date, IReadOnlyList<string> services, string source, Actor actor, CancellationToken ct)
    {
        var contract = await db.Set<Contract>().AsNoTracking()
            .Where(c => c.PersonId == personId && c.Status != ContractStatus.Pending && c.StartsOn <= date && (c.EndedOn ?? c.EndsOn) >= date)
            .OrderByDescending(c => c.StartsOn).FirstOrDefaultAsync(ct);
        if (contract is null)
        {
            return;
        }

        var offered = await ServicesOfAsync(contract, ct);
        foreach (var service in services.Where(offered.Contains))
        {
            db.Add(New(contract, service, date, source, null, actor));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Each service of the contract's packages against what is due by today (or by the end of the term).</summary>
    public async Task<List<ServiceProgress>> ProgressAsync(Guid contractId, CancellationToken ct = default)
    {
        var contract = await db.Set<Contract>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == contractId, ct);
        if (contract is null)
        {
            return [];
        }

        var packages = await catalogue.ListAsync(false, ct);
        var delivered = await db.Set<ServiceDelivery>().Where(d => d.ContractId == contractId)
            .GroupBy(d => d.Service).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return Progress(contract, packages, delivered, ShanghaiTime.Today(clock));
    }

    /// <summary>Pro rata: a service due four times a year is due twice halfway through the term.</summary>
    public static List<ServiceProgress> Progress(Contract contract, IReadOnlyList<ServicePackage> catalogue, IReadOnlyDictionary<string, int> delivered, DateOnly today)
    {
        var end = contract.EndedOn ?? contract.EndsOn;
        var upTo = today < end ? today : end;
        var termDays = contract.EndsOn.DayNumber - contract.StartsOn.DayNumber + 1;
        var gone = Math.Clamp(upTo.DayNumber - contract.StartsOn.DayNumber + 1, 0, termDays);
        var codes = contract.Packages.Split(',', StringSplitOptions.RemoveEmptyEntries);
        return catalogue.Where(p => codes.Contains(p.Code))
            .SelectMany(p => p.ServiceList().Select(s => new ServiceProgress(p.Name, s.Name, s.TimesPerYear, s.TimesPerYear * gone / termDays, delivered.GetValueOrDefault(s.Name))))
            .ToList();
    }

    private async Task<HashSet<string>> ServicesOfAsync(Contract contract, CancellationToken ct)
    {
        var codes = contract.Packages.Split(',', StringSplitOptions.RemoveEmptyEntries);
        return (await catalogue.ListAsync(false, ct)).Where(p => codes.Contains(p.Code)).SelectMany(p => p.ServiceList().Select(s => s.Name)).ToHashSet();
    }

    private ServiceDelivery New(Contract contract, string service, DateOnly date, string source, string? note, Actor actor) => new()
    {
        Id = Guid.CreateVersion7(),
        ContractId = contract.Id,
        RegionCode = contract.RegionCode,
        Service = service,
        Date = date,
        Source = source,
        Note = note,
        RecordedBy = actor.UserName,
        RecordedAt = clock.GetUtcNow().UtcDateTime,
    };
}
