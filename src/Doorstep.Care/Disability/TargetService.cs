using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Disability;

/// <summary>The year's target of one project for a district (区县): how many households or people it means to serve.</summary>
public sealed record TargetInput(string? Region = null, int? Year = null, string? Kind = null, int? Count = null);

/// <summary>
/// One project's year: its target (null when none is set), how many applied, were approved and
/// were delivered that year (each by the day of its step), and delivered against target in per cent.
/// </summary>
public sealed record KindFigures(string Kind, string Name, int? Target, int Applied, int Approved, int Delivered, decimal? Rate);

public sealed record RegionFigures(string RegionCode, string Name, IReadOnlyList<KindFigures> Kinds);

/// <summary>A region's year of livelihood projects, and the same for each of its child regions.</summary>
public sealed record FiguresView(string RegionCode, string Name, int Year, IReadOnlyList<KindFigures> Kinds, IReadOnlyList<RegionFigures> Children);

/// <summary>年度民生实事目标 and the figures against them.</summary>
public sealed class TargetService(DoorstepDb db, AuditLog audit, TimeProvider clock)
{
    public const int MaxCount = 100_000;

    /// <summary>Delivered against target in per cent, one decimal; none without a target.</summary>
    public static decimal? Rate(int delivered, int? target) =>
        target is > 0 ? Math.Round(delivered * 100m / target.Value, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>Sets (or changes) the target of a district in the caller's regions; the year is this year or the next.</summary>
    public async Task<Outcome<KindFigures>> SetAsync(TargetInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var today = ShanghaiTime.Today(clock);
        var region = string.IsNullOrWhiteSpace(input.Region) ? null : await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == input.Region.Trim(), ct);
        if (region is null)
        {
            errors.Add("region", string.IsNullOrWhiteSpace(input.Region) ? "请选择区县" : "找不到该区划，或不在您的管辖范围内");
        }
        else if (region.Level != RegionLevel.County)
        {
            errors.Add("region", $"年度目标由区县下达，{region.Name}不是区县");
        }

        if (input.Year is not { } year || year < today.Year - 1 || year > today.Year + 1)
        {
            errors.Add("year", $"年度应为{today.Year - 1}～{today.Year + 1}年");
        }

        var kind = DisabilityTerms.FindKind(input.Kind);
        if (kind is null)
        {
            errors.Add("kind", $"请选择服务项目，可选：{string.Join("、", DisabilityTerms.Kinds.Select(k => k.Name.Zh))}");
        }

        if (input.Count is not (>= 0 and <= MaxCount))
        {
            errors.Add("count", $"目标数应为0～{MaxCount}的整数");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<KindFigures>.Fail(errors);
        }

        var target = await db.Set<DisabilityTarget>().FirstOrDefaultAsync(t => t.RegionCode == region!.Code && t.Year == input.Year && t.Kind == kind, ct);
        if (target is null)
        {
            target = new DisabilityTarget { Id = Guid.CreateVersion7(), RegionCode = region!.Code, Year = input.Year!.Value, Kind = kind!.Value, SetBy = actor.UserName };
            db.Add(target);
        }

        target.Count = input.Count!.Value;
        target.SetBy = actor.UserName;
        target.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(DisabilityTarget), target.Id.ToString(), detail: $"{region!.Code} {target.Year} {DisabilityTerms.KindCode(target.Kind)}={target.Count}", cancellationToken: ct);
        var figures = await FiguresAsync(region.Code, target.Year, ct);
        return Outcome<KindFigures>.Ok(figures!.Kinds.Single(k => k.Kind == DisabilityTerms.KindCode(target.Kind)));
    }

    /// <summary>The region's figures for the year and each child region's, or null when the region is not in the caller's scope.</summary>
    public async Task<FiguresView?> FiguresAsync(string region, int year, CancellationToken ct = default)
    {
        var node = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == region, ct);
        if (node is null || !RegionCode.TryParse(node.Code, out var code, out _))
        {
            return null;
        }

        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var prefix = code.Prefix;
        var steps = await db.Set<DisabilityServiceRecord>().AsNoTracking()
            .Where(s => s.RegionCode.StartsWith(prefix)
                && ((s.AppliedOn >= from && s.AppliedOn <= to) || (s.DecidedOn >= from && s.DecidedOn <= to) || (s.DeliveredOn >= from && s.DeliveredOn <= to)))
            .Select(s => new Step(s.RegionCode, s.Kind, s.Status, s.AppliedOn, s.DecidedOn, s.DeliveredOn))
            .ToListAsync(ct);
        var targets = await db.Set<DisabilityTarget>().AsNoTracking().Where(t => t.Year == year && t.RegionCode.StartsWith(prefix)).ToListAsync(ct);
        var children = await db.Regions.AsNoTracking().Where(r => r.ParentCode == node.Code).OrderBy(r => r.Code).ToListAsync(ct);
        return new FiguresView(
            node.Code, node.Name, year, Count(node.Code, prefix, steps, targets, from, to),
            [.. children.Select(c => new RegionFigures(c.Code, c.Name, Count(c.Code, RegionCode.Parse(c.Code).Prefix, steps, targets, from, to)))]);
    }

    private static List<KindFigures> Count(string code, string prefix, List<Step> steps, List<DisabilityTarget> targets, DateOnly from, DateOnly to)
    {
        var mine = steps.Where(s => s.RegionCode.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        return [.. DisabilityTerms.Kinds.Select(k =>
        {
            var ofKind = mine.Where(s => s.Kind == k.Value).ToList();
            var target = targets.FirstOrDefault(t => t.RegionCode == code && t.Kind == k.Value)?.Count;
            var delivered = ofKind.Count(s => s.DeliveredOn >= from && s.DeliveredOn <= to);
            return new KindFigures(
                k.Code, k.Name.ToString(), target,
                ofKind.Count(s => s.AppliedOn >= from && s.AppliedOn <= to),
                ofKind.Count(s => s.Status is ServiceStatus.Approved or ServiceStatus.Delivered && s.DecidedOn >= from && s.DecidedOn <= to),
                delivered, Rate(delivered, target));
        })];
    }

    private sealed record Step(string RegionCode, ServiceKind Kind, ServiceStatus Status, DateOnly AppliedOn, DateOnly? DecidedOn, DateOnly? DeliveredOn);
}
