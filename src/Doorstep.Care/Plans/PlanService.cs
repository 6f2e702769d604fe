using Doorstep.Care.Households;
using Doorstep.Care.Visits;
using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Plans;

/// <summary>A household to visit under a plan and the user name of who is to go.</summary>
public sealed record PlanEntryInput(Guid? Household, string? Visitor);

/// <summary>
/// A festival's visit plan. Without <see cref="Entries"/>, every needy household of the region
/// is in it, each assigned to its responsible deputy or cadre.
/// </summary>
public sealed record PlanInput(string? Name = null, string? Region = null, DateOnly? StartsOn = null, DateOnly? EndsOn = null, IReadOnlyList<PlanEntryInput>? Entries = null);

public sealed record PlanSummary(Guid Id, string Name, string RegionCode, string? RegionName, DateOnly StartsOn, DateOnly EndsOn, int Households, int Visited);

public sealed record PlanEntryView(Guid Household, string Number, string? Head, string Address, string? RegionName, IReadOnlyList<string> Categories, string? Visitor, string? VisitorName, DateOnly? VisitedOn, Guid? VisitId);

/// <summary>How far one visitor has got with the households given to them.</summary>
public sealed record VisitorProgress(string? Visitor, string Name, int Households, int Visited);

public sealed record PlanView(PlanSummary Plan, IReadOnlyList<VisitorProgress> ByVisitor, IReadOnlyList<PlanEntryView> Entries);

/// <summary>
/// 走访计划: which households a festival's visits must reach, by whom, and how far they have got.
/// A household is visited once any visit to it falls within the plan's dates.
/// </summary>
public sealed class PlanService(DoorstepDb db, HouseholdService households, CareWorkers workers, AuditLog audit, TimeProvider clock)
{
    public const int MaxDays = 120;

    public async Task<List<PlanSummary>> ListAsync(CancellationToken ct = default)
    {
        var plans = await db.Set<VisitPlan>().AsNoTracking().Include(p => p.Entries).OrderByDescending(p => p.StartsOn).ThenByDescending(p => p.CreatedAt).ToListAsync(ct);
        var result = new List<PlanSummary>();
        foreach (var plan in plans)
        {
            var visited = await VisitedAsync(plan, ct);
            result.Add(await SummaryAsync(plan, visited.Count, ct));
        }

        return result;
    }

    public async Task<PlanView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var plan = await db.Set<VisitPlan>().AsNoTracking().Include(p => p.Entries).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
        {
            return null;
        }

        var visited = await VisitedAsync(plan, ct);
        var rows = (await households.RowsAsync([.. plan.Entries.Select(e => e.NeedyHouseholdId)], ct)).ToDictionary(r => r.Id);
        var names = await workers.NamesAsync(ct);
        var entries = plan.Entries
            .Select(e =>
            {
                var row = rows.GetValueOrDefault(e.NeedyHouseholdId);
                var visit = visited.GetValueOrDefault(e.NeedyHouseholdId);
                return new PlanEntryView(
                    e.NeedyHouseholdId, row?.Number ?? "", row?.Head, row?.Address ?? "", row?.RegionName, row?.CategoryNames ?? [],
                    e.Visitor, e.Visitor is null ? null : names.GetValueOrDefault(e.Visitor) ?? e.Visitor, visit?.VisitedOn, visit?.Id);
            })
            .OrderBy(e => e.VisitedOn is null ? 0 : 1).ThenBy(e => e.Number, StringComparer.Ordinal)
            .ToList();
        var byVisitor = entries.GroupBy(e => e.Visitor)
            .Select(g => new VisitorProgress(g.Key, g.First().VisitorName ?? "未分配", g.Count(), g.Count(e => e.VisitedOn is not null)))
            .OrderBy(v => v.Visitor is null ? 1 : 0).ThenBy(v => v.Name, StringComparer.Ordinal)
            .ToList();
        return new PlanView(await SummaryAsync(plan, visited.Count, ct), byVisitor, entries);
    }

    public async Task<Outcome<PlanSummary>> CreateAsync(PlanInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 60)
        {
            errors.Add("name", "请填写计划名称（不超过60字），如“2025年春节送温暖”");
        }

        var regionCode = (await ScopedRegion.CheckAsync(db, input.Region, "region", "请选择计划走访的区划", errors, ct))?.Value;

        if (input.StartsOn is not { } starts || input.EndsOn is not { } ends)
        {
            errors.Add("endsOn", "请填写走访的起止日期");
        }
        else if (ends < starts)
        {
            errors.Add("endsOn", "结束日期不能早于开始日期");
        }
        else if (ends.DayNumber - starts.DayNumber + 1 > MaxDays)
        {
            errors.Add("endsOn", $"一次走访计划不超过{MaxDays}天");
        }

        var entries = regionCode is null ? [] : await EntriesAsync(input.Entries, regionCode, errors, ct);
        if (regionCode is not null && entries.Count == 0 && errors.For("entries") is null)
        {
            errors.Add("entries", "该区划没有登记的困难家庭，无法制定走访计划");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<PlanSummary>.Fail(errors);
        }

        var plan = new VisitPlan
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            RegionCode = regionCode!,
            StartsOn = input.StartsOn!.Value,
            EndsOn = input.EndsOn!.Value,
            Entries = entries,
            CreatedBy = actor.UserName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(plan);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(VisitPlan), plan.Id.ToString(), detail: $"{name} {entries.Count}户", cancellationToken: ct);
        return Outcome<PlanSummary>.Ok(await SummaryAsync(plan, (await VisitedAsync(plan, ct)).Count, ct));
    }

    /// <summary>Gives a household of the plan to another visitor, or adds it to the plan.</summary>
    public async Task<FieldErrors> AssignAsync(Guid planId, PlanEntryInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var plan = await db.Set<VisitPlan>().Include(p => p.Entries).FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            errors.Add("id", "找不到该走访计划，或不在您的管辖范围内");
            return errors;
        }

        var found = await EntriesAsync([input], plan.RegionCode, errors, ct);
        if (!errors.IsEmpty)
        {
            return errors;
        }

        var entry = plan.Entries.FirstOrDefault(e => e.NeedyHouseholdId == found[0].NeedyHouseholdId);
        if (entry is null)
        {
            plan.Entries.Add(found[0]);
        }
        else
        {
            entry.Visitor = found[0].Visitor;
        }

        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(VisitPlan), planId.ToString(), detail: $"{found[0].NeedyHouseholdId} → {found[0].Visitor}", cancellationToken: ct);
        return errors;
    }

    private async Task<List<VisitPlanEntry>> EntriesAsync(IReadOnlyList<PlanEntryInput>? given, string regionCode, FieldErrors errors, CancellationToken ct)
    {
        var prefix = RegionCode.Parse(regionCode).Prefix;
        var inRegion = await db.Set<NeedyHousehold>().AsNoTracking().Where(h => h.RegionCode.StartsWith(prefix)).ToDictionaryAsync(h => h.Id, ct);
        if (given is null)
        {
            return [.. inRegion.Values.OrderBy(h => h.RegionCode).ThenBy(h => h.CreatedAt).Select(h => new VisitPlanEntry { NeedyHouseholdId = h.Id, Visitor = h.Responsible })];
        }

        var entries = new List<VisitPlanEntry>();
        foreach (var entry in given)
        {
            if (entry.Household is not { } id || !inRegion.TryGetValue(id, out var household))
            {
                errors.Add("entries", "所选家庭不是该区划登记的困难家庭");
                continue;
            }

            string? visitor = null;
            if (!string.IsNullOrWhiteSpace(entry.Visitor))
            {
                visitor = (await workers.CheckAsync([entry.Visitor], household.RegionCode, "entries", errors, ct)).FirstOrDefault()?.UserName;
            }

            if (entries.All(e => e.NeedyHouseholdId != id))
            {
                entries.Add(new VisitPlanEntry { NeedyHouseholdId = id, Visitor = visitor });
            }
        }

        return entries;
    }

    /// <summary>The first visit within the plan's dates to each household of the plan.</summary>
    private async Task<Dictionary<Guid, Visit>> VisitedAsync(VisitPlan plan, CancellationToken ct)
    {
        var ids = plan.Entries.Select(e => e.NeedyHouseholdId).ToList();
        var visits = await db.Set<Visit>().AsNoTracking()
            .Where(v => ids.Contains(v.NeedyHouseholdId) && v.VisitedOn >= plan.StartsOn && v.VisitedOn <= plan.EndsOn)
            .ToListAsync(ct);
        return visits.GroupBy(v => v.NeedyHouseholdId).ToDictionary(g => g.Key, g => g.OrderBy(v => v.VisitedOn).First());
    }

    private async Task<PlanSummary> SummaryAsync(VisitPlan plan, int visited, CancellationToken ct)
    {
        var name = await db.Regions.AsNoTracking().Where(r => r.Code == plan.RegionCode).Select(r => r.Name).FirstOrDefaultAsync(ct);
        return new PlanSummary(plan.Id, plan.Name, plan.RegionCode, name, plan.StartsOn, plan.EndsOn, plan.Entries.Count, visited);
    }
}
