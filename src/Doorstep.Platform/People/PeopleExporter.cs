using System.Globalization;
using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.People;

/// <summary>
/// Exports people in the import's own columns, so an export can be edited and imported back.
/// Masked unless the actor may reveal and asked to; every export is audited.
/// </summary>
public sealed class PeopleExporter(DoorstepDb db, FieldProtector protector, AuditLog audit)
{
    public static readonly string[] Columns = ["姓名", "身份证号码", "联系电话", "现住址", "区划代码", "经度", "纬度", "性别", "出生日期"];

    public async Task<int> ExportAsync(Stream output, ExportFormat format, string? region, bool reveal, Actor actor, CancellationToken ct = default)
    {
        if (reveal && !actor.Can(Permissions.PeopleReveal))
        {
            await audit.WriteAsync(actor.UserName, AuditEvents.Exported, nameof(Person), region, "denied", "reveal requested without permission", ct);
            throw new UnauthorizedAccessException("您没有导出完整身份证号码和电话的权限");
        }

        var people = db.People.AsNoTracking();
        if (!string.IsNullOrEmpty(region) && RegionCode.TryParse(region, out var code, out _))
        {
            var prefix = code.Prefix;
            people = people.Where(p => p.RegionCode.StartsWith(prefix));
        }

        var rows = people.OrderBy(p => p.RegionCode).ThenBy(p => p.Name).AsAsyncEnumerable().Select(p => Cells(p, reveal));
        var count = await TableExport.WriteAsync(output, format, Columns, rows, ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Exported, nameof(Person), region, "ok", $"rows={count} reveal={reveal} format={format}", ct);
        return count;
    }

    private string?[] Cells(Person p, bool reveal) =>
    [
        p.Name,
        reveal ? protector.Unprotect(p.IdNumberCipher) : p.IdNumberMasked,
        reveal && p.PhoneCipher is not null ? protector.Unprotect(p.PhoneCipher) : p.PhoneMasked,
        p.Address,
        p.RegionCode,
        p.Longitude?.ToString("R", CultureInfo.InvariantCulture),
        p.Latitude?.ToString("R", CultureInfo.InvariantCulture),
        p.Sex == Sex.Male ? "男" : "女",
        p.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    ];
}
