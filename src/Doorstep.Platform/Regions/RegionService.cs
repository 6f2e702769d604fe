using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.Regions;

/// <summary>Reads and maintains the region tree inside the actor's scope.</summary>
public sealed class RegionService(DoorstepDb db, AuditLog audit)
{
    public Task<List<Region>> ChildrenAsync(string? parentCode, CancellationToken ct = default) =>
        db.Regions.AsNoTracking().Where(r => r.ParentCode == parentCode).OrderBy(r => r.Code).ToListAsync(ct);

    /// <summary>The regions at the top of what the actor sees: their scope roots.</summary>
    public async Task<List<Region>> RootsAsync(CancellationToken ct = default)
    {
        var visible = await db.Regions.AsNoTracking().Select(r => new { r.Code, r.ParentCode }).ToListAsync(ct);
        var codes = visible.Select(v => v.Code).ToHashSet();
        var roots = visible.Where(v => v.ParentCode is null || !codes.Contains(v.ParentCode)).Select(v => v.Code).ToList();
        return await db.Regions.AsNoTracking().Where(r => roots.Contains(r.Code)).OrderBy(r => r.Code).ToListAsync(ct);
    }

    public Task<Region?> GetAsync(string code, CancellationToken ct = default) =>
        db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct);

    /// <summary>The chain from the highest visible ancestor down to the region itself.</summary>
    public async Task<List<Region>> PathAsync(string code, CancellationToken ct = default)
    {
        if (!RegionCode.TryParse(code, out var region, out _))
        {
            return [];
        }

        var chain = new List<string>();
        for (var r = region; r is not null; r = r.Parent)
        {
            chain.Add(r.Value);
        }

        var found = await db.Regions.AsNoTracking().Where(r => chain.Contains(r.Code)).ToListAsync(ct);
        return found.OrderBy(r => r.Level).ToList();
    }

    /// <summary>Every visible region as code → name, for pickers.</summary>
    public Task<List<Region>> AllAsync(CancellationToken ct = default) =>
        db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct);

    public async Task<Outcome<Region>> SaveAsync(RegionInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (!RegionCode.TryParse(input.Code, out var code, out var codeError))
        {
            errors.Add("code", codeError);
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 100)
        {
            errors.Add("name", "名称不能为空，且不超过100个字");
        }

        if (errors.IsEmpty && code!.Parent is { } parent && !await db.Regions.AnyAsync(r => r.Code == parent.Value, ct))
        {
            errors.Add("code", $"上级区划 {parent.Value} 不存在，请先添加上级");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<Region>.Fail(errors);
        }

        var existing = await db.Regions.FirstOrDefaultAsync(r => r.Code == code!.Value, ct);
        var region = existing ?? new Region { Code = code!.Value, Name = "" };
        region.Name = input.Name!.Trim();
        region.ParentCode = code!.Parent?.Value;
        region.Level = code.Level;
        region.Longitude = input.Longitude;
        region.Latitude = input.Latitude;
        if (existing is null)
        {
            db.Regions.Add(region);
        }

        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, existing is null ? AuditEvents.Created : AuditEvents.Updated, nameof(Region), region.Code, cancellationToken: ct);
        return Outcome<Region>.Ok(region);
    }
}

public sealed record RegionInput(string? Code, string? Name, double? Longitude = null, double? Latitude = null);
