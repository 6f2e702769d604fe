using System.Text.RegularExpressions;
using Doorstep.Platform;
using Doorstep.Platform.Data;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Occupations;

public sealed record OccupationInput(string? Code, string? Name, string? ParentCode);

/// <summary>The occupational catalogue: searched by code or name, and kept up to date one entry at a time (the import's rows).</summary>
public sealed partial class OccupationService(DoorstepDb db)
{
    public async Task<Page<Occupation>> SearchAsync(string? q, int page = 1, int pageSize = 20, CancellationToken ct = default)
    {
        var occupations = db.Set<Occupation>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            occupations = occupations.Where(o => o.Code.StartsWith(text) || o.Name.Contains(text));
        }

        return await occupations.OrderBy(o => o.Code).ToPageAsync(page, pageSize, 200, ct);
    }

    public Task<Occupation?> FindAsync(string? code, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(code) ? Task.FromResult<Occupation?>(null) : db.Set<Occupation>().AsNoTracking().FirstOrDefaultAsync(o => o.Code == code.Trim(), ct);

    /// <summary>The occupations (not groups) by name, for pickers: a specialist chooses 保安员, not a code.</summary>
    public async Task<List<Occupation>> PickListAsync(CancellationToken ct = default) =>
        await db.Set<Occupation>().AsNoTracking().Where(o => o.Code.Length == 10).OrderBy(o => o.Code).ToListAsync(ct);

    /// <summary>Adds an entry or renames one; the parent must already be on file, so a file is read top-down.</summary>
    public async Task<Outcome<bool>> SaveAsync(OccupationInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var code = input.Code?.Trim();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            errors.Add("code", "请填写职业编码");
        }
        else if (!CodePattern().IsMatch(code))
        {
            errors.Add("code", $"职业编码“{code}”格式不对，应如 4 (大类)、4-07 (中类)、4-07-05 (小类) 或 4-07-05-01 (职业)，大类为1～8");
        }

        if (string.IsNullOrEmpty(name) || name.Length > 60)
        {
            errors.Add("name", "请填写职业名称（不超过60字）");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<bool>.Fail(errors);
        }

        // A blank parent is the code without its last segment: 4-07-05-01 belongs to 4-07-05.
        var cut = code!.LastIndexOf('-');
        var parent = string.IsNullOrWhiteSpace(input.ParentCode) ? (cut < 0 ? null : code[..cut]) : input.ParentCode.Trim();
        if (parent is not null)
        {
            if (cut < 0 || !code.StartsWith(parent + "-", StringComparison.Ordinal))
            {
                errors.Add("parentCode", $"上级编码“{parent}”不是“{code}”的上级");
            }
            else if (!await db.Set<Occupation>().AnyAsync(o => o.Code == parent, ct))
            {
                errors.Add("parentCode", $"上级编码“{parent}”不在职业分类中（上级应排在下级之前）");
            }
        }
        else if (cut >= 0)
        {
            errors.Add("parentCode", "请填写上级编码");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<bool>.Fail(errors);
        }

        var occupation = await db.Set<Occupation>().FirstOrDefaultAsync(o => o.Code == code, ct);
        var created = occupation is null;
        if (occupation is null)
        {
            occupation = new Occupation { Code = code, Name = name! };
            db.Add(occupation);
        }

        occupation.Name = name!;
        occupation.MajorGroup = code[0] - '0';
        occupation.ParentCode = parent;
        await db.SaveChangesAsync(ct);
        return Outcome<bool>.Ok(created);
    }

    [GeneratedRegex(@"^[1-8](-\d{2}){0,3}$")]
    private static partial Regex CodePattern();
}
