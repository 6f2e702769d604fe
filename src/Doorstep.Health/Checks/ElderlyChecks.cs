using System.Text.Json;
using Doorstep.Health.Contracts;
using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Checks;

public sealed record CheckInput(Guid? PersonId, DateOnly? Date, IReadOnlyList<string>? Parts, IReadOnlyDictionary<string, string>? Findings, string? Conclusion, string? Guidance, bool Abnormal = false);

public sealed record CheckView(Guid Id, Guid PersonId, DateOnly Date, IReadOnlyList<string> Parts, CheckFindings Findings, bool Abnormal, string RecordedBy);

/// <summary>A resident of 65 or over with no check this year.</summary>
public sealed record UncheckedElder(Guid PersonId, string Name, int Age, string RegionCode, string? Address, DateOnly? LastChecked);

/// <summary>Records the yearly check of the elderly (one a year each) and lists those not yet checked.</summary>
public sealed class ElderlyChecks(DoorstepDb db, FieldProtector protector, ServiceDeliveries deliveries, AuditLog audit, TimeProvider clock)
{
    public const int ElderlyAge = 65;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Outcome<CheckView>> RecordAsync(CheckInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var today = ShanghaiTime.Today(clock);
        var person = input.PersonId is { } id ? await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) : null;
        if (person is null)
        {
            errors.Add("personId", "找不到该居民，或不在您的管辖范围内");
        }

        var date = input.Date ?? today;
        if (date > today)
        {
            errors.Add("date", "体检日期不能晚于今天");
        }
        else if (date < today.AddYears(-1) && !actor.IsSystem)
        {
            errors.Add("date", "只能补录一年以内的体检");
        }

        // The standard counts everyone who turns 65 in the year.
        if (person is not null && date.Year - person.BirthDate.Year < ElderlyAge)
        {
            errors.Add("personId", $"老年人健康管理对象为当年满{ElderlyAge}岁的居民，该居民{date.Year}年{date.Year - person.BirthDate.Year}岁");
        }

        var parts = (input.Parts ?? []).Select(p => p.Trim()).Distinct().ToList();
        if (parts.FirstOrDefault(p => CheckParts.All.All(a => a.Code != p)) is { } unknown)
        {
            errors.Add("parts", $"没有这一体检项目：{unknown}");
        }
        else if (!parts.Contains("physical") || !parts.Contains("lifestyle"))
        {
            errors.Add("parts", "至少应完成生活方式和健康状况评估、体格检查");
        }

        var findings = (input.Findings ?? new Dictionary<string, string>()).Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value.Trim());
        if (findings.Values.Any(v => v.Length > 500) || input.Conclusion?.Length > 500 || input.Guidance?.Length > 500)
        {
            errors.Add("findings", "每项结果、结论和指导不超过500字");
        }

        if (person is not null && errors.IsEmpty && await db.Set<ElderlyCheck>().Where(c => c.PersonId == person.Id && c.Year == date.Year).Select(c => (DateOnly?)c.Date).FirstOrDefaultAsync(ct) is { } done)
        {
            errors.Add("date", $"该居民{date.Year}年已于{done.Month}月{done.Day}日体检，每年一次");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<CheckView>.Fail(errors);
        }

        var ordered = CheckParts.All.Select(p => p.Code).Where(parts.Contains).ToList();
        var sealedFindings = new CheckFindings(findings.Where(f => ordered.Contains(f.Key)).ToDictionary(), Blank(input.Conclusion), Blank(input.Guidance));
        var check = new ElderlyCheck
        {
            Id = Guid.CreateVersion7(),
            PersonId = person!.Id,
            RegionCode = person.RegionCode,
            Date = date,
            Year = date.Year,
            Parts = string.Join(',', ordered),
            FindingsCipher = protector.Protect(JsonSerializer.Serialize(sealedFindings, Json)),
            Abnormal = input.Abnormal,
            RecordedBy = actor.UserName,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };

        await using var work = await Work.BeginAsync(db.Database, ct);
        db.Add(check);
        await db.SaveChangesAsync(ct);
        var services = new List<string> { "老年人健康体检", "一般体检" };
        if (ordered.Contains(CheckParts.Tcm))
        {
            services.Add("中医体质辨识");
        }

        await deliveries.DeliverAsync(person.Id, date, services, "check", actor, ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(ElderlyCheck), check.Id.ToString(), detail: $"person {person.Id}", cancellationToken: ct);
        await work.CommitAsync(ct);
        return Outcome<CheckView>.Ok(View(check, sealedFindings));
    }

    /// <summary>A resident's checks, newest first; the read is audited as a view of health data.</summary>
    public async Task<List<CheckView>> ForPersonAsync(Guid personId, Actor actor, CancellationToken ct = default)
    {
        var checks = await db.Set<ElderlyCheck>().AsNoTracking().Where(c => c.PersonId == personId).OrderByDescending(c => c.Date).ToListAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Viewed, "HealthRecord", personId.ToString(), detail: $"{checks.Count} elderly checks", cancellationToken: ct);
        return checks.Select(c => View(c, JsonSerializer.Deserialize<CheckFindings>(protector.Unprotect(c.FindingsCipher), Json)!)).ToList();
    }

    /// <summary>Residents aged 65 or over in the year with no check in it, oldest first.</summary>
    public async Task<Page<UncheckedElder>> NotCheckedAsync(int year, string? region, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        var bornBy = new DateOnly(year - ElderlyAge, 12, 31);
        var people = db.People.AsNoTracking().Where(p => p.BirthDate <= bornBy);
        if (!string.IsNullOrEmpty(region) && RegionCode.TryParse(region, out var code, out _))
        {
            var prefix = code.Prefix;
            people = people.Where(p => p.RegionCode.StartsWith(prefix));
        }

        var checks = db.Set<ElderlyCheck>();
        people = people.Where(p => !checks.Any(c => c.PersonId == p.Id && c.Year == year));
        var today = ShanghaiTime.Today(clock);
        return await people.OrderBy(p => p.BirthDate).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Name, p.BirthDate, p.RegionCode, p.Address, Last = checks.Where(c => c.PersonId == p.Id).Max(c => (DateOnly?)c.Date) })
            .ToPageAsync(page, pageSize, 500, r => new UncheckedElder(r.Id, r.Name, KeyPopulation.Age(r.BirthDate, today), r.RegionCode, r.Address, r.Last), ct);
    }

    private static CheckView View(ElderlyCheck c, CheckFindings findings) =>
        new(c.Id, c.PersonId, c.Date, c.Parts.Split(',', StringSplitOptions.RemoveEmptyEntries), findings, c.Abnormal, c.RecordedBy);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
