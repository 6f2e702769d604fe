using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Gigs;

/// <summary>A category as sent: a new name, or a rename; retired takes it off the pick lists.</summary>
public sealed record GigCategoryInput(string? Name, bool? Retired = null, int? Order = null);

public sealed record GigCategoryView(Guid Id, string Name, int Order, bool Retired, string UpdatedBy, DateTime UpdatedAt);

/// <summary>
/// The gig categories: a short list the officer keeps (add, rename, retire), seeded with the usual
/// trades the first time it is read, so a new district starts with something sensible.
/// </summary>
public sealed class GigCategoryService(DoorstepDb db, GigSettings settings, AuditLog audit, TimeProvider clock)
{
    public const int MaxCategoryName = 20;

    public async Task<List<GigCategoryView>> ListAsync(bool includeRetired = true, CancellationToken ct = default)
    {
        await EnsureDefaultsAsync(ct);
        var categories = db.Set<GigCategory>().AsNoTracking();
        if (!includeRetired)
        {
            categories = categories.Where(c => !c.Retired);
        }

        return await categories.OrderBy(c => c.Order).ThenBy(c => c.Name).Select(c => new GigCategoryView(c.Id, c.Name, c.Order, c.Retired, c.UpdatedBy, c.UpdatedAt)).ToListAsync(ct);
    }

    public async Task<Outcome<GigCategoryView>> CreateAsync(GigCategoryInput input, Actor actor, CancellationToken ct = default)
    {
        await EnsureDefaultsAsync(ct);
        var errors = new FieldErrors();
        var name = await CheckNameAsync(input.Name, null, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<GigCategoryView>.Fail(errors);
        }

        var order = input.Order ?? (await db.Set<GigCategory>().MaxAsync(c => (int?)c.Order, ct) ?? 0) + 1;
        var category = new GigCategory { Id = Guid.CreateVersion7(), Name = name!, Order = order, Retired = input.Retired ?? false, UpdatedBy = actor.UserName, UpdatedAt = clock.GetUtcNow().UtcDateTime };
        db.Add(category);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(GigCategory), category.Id.ToString(), detail: category.Name, cancellationToken: ct);
        return Outcome<GigCategoryView>.Ok(View(category));
    }

    /// <summary>Renames, reorders or retires; jobs and workers keep the category by id, so a rename shows everywhere.</summary>
    public async Task<Outcome<GigCategoryView>> UpdateAsync(Guid id, GigCategoryInput input, Actor actor, CancellationToken ct = default)
    {
        var category = await db.Set<GigCategory>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null)
        {
            return Outcome<GigCategoryView>.Fail(Inputs.Error("id", "该零工类别不存在"));
        }

        var errors = new FieldErrors();
        var name = await CheckNameAsync(input.Name ?? category.Name, id, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<GigCategoryView>.Fail(errors);
        }

        var detail = category.Name == name ? name : $"{category.Name} -> {name}";
        category.Name = name!;
        category.Order = input.Order ?? category.Order;
        category.Retired = input.Retired ?? category.Retired;
        category.UpdatedBy = actor.UserName;
        category.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(GigCategory), id.ToString(), detail: category.Retired ? detail + " (retired)" : detail, cancellationToken: ct);
        return Outcome<GigCategoryView>.Ok(View(category));
    }

    /// <summary>Seeds the default list once, when there is no category at all.</summary>
    public async Task EnsureDefaultsAsync(CancellationToken ct = default)
    {
        if (await db.Set<GigCategory>().AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var order = 0;
        foreach (var name in settings.DefaultCategories.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct())
        {
            db.Add(new GigCategory { Id = Guid.CreateVersion7(), Name = name, Order = ++order, UpdatedBy = "system", UpdatedAt = now });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two first readers seeded at once; the other's list stands.
            db.ChangeTracker.Clear();
        }
    }

    private async Task<string?> CheckNameAsync(string? raw, Guid? self, FieldErrors errors, CancellationToken ct)
    {
        var name = raw?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add("name", "请填写类别名称，如“家电维修”");
            return null;
        }

        if (name.Length > MaxCategoryName)
        {
            errors.Add("name", $"类别名称不超过{MaxCategoryName}字");
            return null;
        }

        if (await db.Set<GigCategory>().AnyAsync(c => c.Name == name && c.Id != self, ct))
        {
            errors.Add("name", $"已有名为“{name}”的类别");
        }

        return name;
    }

    private static GigCategoryView View(GigCategory c) => new(c.Id, c.Name, c.Order, c.Retired, c.UpdatedBy, c.UpdatedAt);
}
