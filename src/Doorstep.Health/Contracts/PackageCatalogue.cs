using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Contracts;

public sealed record PackageInput(string? Name, PackageKind? Kind, string? Services, decimal? Fee, IReadOnlyList<string>? Targets, bool Active = true, int? Position = null);

/// <summary>The district's catalogue of service packages; a package is retired rather than deleted, since contracts name it.</summary>
public sealed class PackageCatalogue(DoorstepDb db, AuditLog audit)
{
    public async Task<List<ServicePackage>> ListAsync(bool activeOnly = false, CancellationToken ct = default) =>
        await db.Set<ServicePackage>().AsNoTracking().Where(p => !activeOnly || p.Active).OrderBy(p => p.Kind).ThenBy(p => p.Position).ThenBy(p => p.Code).ToListAsync(ct);

    public async Task<(ServicePackage? Package, FieldErrors Errors)> SaveAsync(string code, PackageInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        code = code.Trim();
        if (!System.Text.RegularExpressions.Regex.IsMatch(code, "^[a-z0-9][a-z0-9-]{1,29}$"))
        {
            errors.Add("code", "编码用2～30位小写字母、数字或连字符，如 elderly-care");
        }

        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 30)
        {
            errors.Add("name", "请填写服务包名称（不超过30字）");
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("kind", "请选择基础包或个性化包");
        }

        var services = CheckServices(input.Services, errors);
        if (input.Fee is not { } fee || fee < 0 || fee > 10000)
        {
            errors.Add("fee", "年费为0～10000元，免费填0");
        }

        var targets = (input.Targets ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        if (targets.FirstOrDefault(t => !KeyPopulation.IsKnown(t)) is { } unknown)
        {
            errors.Add("targets", $"没有这类重点人群：{unknown}");
        }

        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        var package = await db.Set<ServicePackage>().FirstOrDefaultAsync(p => p.Code == code, ct);
        var created = package is null;
        if (package is null)
        {
            package = new ServicePackage { Code = code, Name = "", Services = "" };
            db.Add(package);
        }

        package.Name = name!;
        package.Kind = input.Kind!.Value;
        package.Services = string.Join('\n', services);
        package.Fee = input.Fee!.Value;
        package.Targets = targets.Count == 0 ? null : KeyPopulation.Join(targets);
        package.Active = input.Active;
        package.Position = input.Position ?? package.Position;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, created ? AuditEvents.Created : AuditEvents.Updated, nameof(ServicePackage), code, detail: package.Name, cancellationToken: ct);
        return (package, errors);
    }

    /// <summary>One service a line, 名称*次数; a line without a count is once a year.</summary>
    private static List<PackageService> CheckServices(string? text, FieldErrors errors)
    {
        var lines = (text ?? "").Replace('＊', '*').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var services = new List<PackageService>();
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split('*', 2, StringSplitOptions.TrimEntries);
            var times = 1;
            if (parts[0].Length is 0 or > 30 || (parts.Length > 1 && (!int.TryParse(parts[1], out times) || times is < 1 or > 366)))
            {
                errors.Add("services", $"第{i + 1}行“{lines[i]}”应写作 服务名称*每年次数，如 血压测量*4");
                continue;
            }

            services.Add(new PackageService(parts[0], times));
        }

        if (services.Count == 0 && errors.For("services") is null)
        {
            errors.Add("services", "请至少列出一项服务");
        }

        return services;
    }
}
