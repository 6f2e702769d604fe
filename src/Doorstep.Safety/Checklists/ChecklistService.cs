using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Doorstep.Safety.Venues;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Safety.Checklists;

public sealed record ChecklistItemInput(string? Text, string? Provision, string? Requirement, HazardSeverity? Severity, bool FixableOnSpot);

/// <summary>Checklists per venue kind: the current version for inspecting, every version for reading old inspections, and publishing a new one.</summary>
public sealed class ChecklistService(DoorstepDb db, AuditLog audit, TimeProvider clock)
{
    public const int MaxItems = 60;

    /// <summary>The version inspectors use now: the highest published for the kind.</summary>
    public Task<Checklist?> CurrentAsync(string kind, CancellationToken ct = default) =>
        db.Set<Checklist>().AsNoTracking().Include(c => c.Items.OrderBy(i => i.Position))
            .Where(c => c.Kind == kind).OrderByDescending(c => c.Version).FirstOrDefaultAsync(ct);

    public Task<Checklist?> GetAsync(Guid id, CancellationToken ct = default) =>
        db.Set<Checklist>().AsNoTracking().Include(c => c.Items.OrderBy(i => i.Position)).FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>Every version of the kind's checklist, newest first, without items.</summary>
    public async Task<List<ChecklistVersion>> VersionsAsync(string kind, CancellationToken ct = default) =>
        await db.Set<Checklist>().AsNoTracking().Where(c => c.Kind == kind).OrderByDescending(c => c.Version)
            .Select(c => new ChecklistVersion(c.Id, c.Version, c.PublishedAt, c.PublishedBy, c.Items.Count)).ToListAsync(ct);

    /// <summary>Publishes the items as the kind's next version; inspections already made keep theirs.</summary>
    public async Task<Outcome<Checklist>> PublishAsync(string kind, IReadOnlyList<ChecklistItemInput>? items, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (!await db.Set<VenueKind>().AnyAsync(k => k.Code == kind, ct))
        {
            errors.Add("kind", $"没有“{kind}”这个场所类别");
            return Outcome<Checklist>.Fail(errors);
        }

        var rows = (items ?? []).Where(i => !string.IsNullOrWhiteSpace(i.Text)).ToList();
        if (rows.Count == 0)
        {
            errors.Add("items", "检查表至少要有一项检查内容");
        }
        else if (rows.Count > MaxItems)
        {
            errors.Add("items", $"检查表最多{MaxItems}项");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var label = $"第{i + 1}项";
            if (row.Text!.Trim().Length > 200)
            {
                errors.Add($"items[{i}].text", $"{label}检查内容不超过200个字");
            }

            if (string.IsNullOrWhiteSpace(row.Provision) || row.Provision.Trim().Length > 200)
            {
                errors.Add($"items[{i}].provision", $"{label}须写明依据的条款（不超过200个字），整改通知书要引用");
            }

            if (string.IsNullOrWhiteSpace(row.Requirement) || row.Requirement.Trim().Length > 200)
            {
                errors.Add($"items[{i}].requirement", $"{label}须写明整改要求（不超过200个字）");
            }

            if (row.Severity is not (HazardSeverity.General or HazardSeverity.Major))
            {
                errors.Add($"items[{i}].severity", $"{label}请选择隐患等级：General（一般）或 Major（重大）");
            }
        }

        if (rows.Select(r => r.Text!.Trim()).Distinct(StringComparer.Ordinal).Count() != rows.Count)
        {
            errors.Add("items", "检查表中有重复的检查内容");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<Checklist>.Fail(errors);
        }

        await using var work = await Work.BeginAsync(db.Database, ct);
        var last = await db.Set<Checklist>().Where(c => c.Kind == kind).MaxAsync(c => (int?)c.Version, ct) ?? 0;
        var checklist = new Checklist
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            Version = last + 1,
            PublishedAt = clock.GetUtcNow().UtcDateTime,
            PublishedBy = actor.UserName,
        };
        checklist.Items.AddRange(rows.Select((r, i) => new ChecklistItem
        {
            Id = Guid.CreateVersion7(),
            ChecklistId = checklist.Id,
            Position = i + 1,
            Text = r.Text!.Trim(),
            Provision = r.Provision!.Trim(),
            Requirement = r.Requirement!.Trim(),
            Severity = r.Severity!.Value,
            FixableOnSpot = r.FixableOnSpot,
        }));
        db.Add(checklist);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            errors.Add("version", "该类别的检查表刚被他人更新，请刷新后再发布");
            return Outcome<Checklist>.Fail(errors);
        }

        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Checklist), $"{kind} v{checklist.Version}", detail: $"{rows.Count} items", cancellationToken: ct);
        await work.CommitAsync(ct);
        return Outcome<Checklist>.Ok(checklist);
    }
}

public sealed record ChecklistVersion(Guid Id, int Version, DateTime PublishedAt, string PublishedBy, int Items);
