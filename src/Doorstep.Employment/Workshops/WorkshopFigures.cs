using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Workshops;

/// <summary>One row of the workshop figures: a region and its workshops by type and designation, and the poverty-relieved people working in them today.</summary>
public sealed record WorkshopFigureRow(
    string Code, string Name, int Workshops, int Factory, int HomeBased, int Base, int Recognised, int Model, int CommonProsperity, int Absorbed);

/// <summary>The workshop figures of a region today, in total and one level of regions down.</summary>
public sealed record WorkshopFiguresReport(string Region, string RegionName, DateOnly AsOf, WorkshopFigureRow Total, IReadOnlyList<WorkshopFigureRow> Regions);

/// <summary>
/// 帮扶车间统计: how many workshops, recognised, model and 共富工坊, and how many poverty-relieved
/// people they absorb. A person working at two workshops of one region counts once in it.
/// </summary>
public sealed class WorkshopFigures(DoorstepDb db, TimeProvider clock)
{
    public async Task<Outcome<WorkshopFiguresReport>> ComputeAsync(string? region, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var found = await RegionArgument.CheckAsync(db, region, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<WorkshopFiguresReport>.Fail(errors);
        }

        var (code, regionName) = found!.Value;
        var prefix = code.Prefix;
        var today = ShanghaiTime.Today(clock);
        var workshops = await db.Set<Workshop>().AsNoTracking().Where(w => w.RegionCode.StartsWith(prefix))
            .Select(w => new { w.Id, w.RegionCode, w.Type, w.RecognisedOn, w.ModelOn, w.CommonProsperityOn }).ToListAsync(ct);
        var workers = await db.Set<WorkshopWorker>().AsNoTracking()
            .Where(w => w.RegionCode.StartsWith(prefix) && w.HiredOn <= today && (w.LeftOn == null || w.LeftOn >= today))
            .Select(w => new { w.RegionCode, w.PersonId }).ToListAsync(ct);
        var personIds = workers.Select(w => w.PersonId).Distinct().ToList();
        var relieved = (await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id) && p.PovertyRelieved).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var absorbed = workers.Where(w => relieved.Contains(w.PersonId)).ToList();

        // One level down, as the employment figures: a district by towns, a town by villages and communities.
        var childLength = code.Level switch
        {
            RegionLevel.Province => 4,
            RegionLevel.City => 6,
            RegionLevel.County => 9,
            RegionLevel.Town => 12,
            _ => int.MaxValue,
        };
        string Child(string regionCode) => regionCode.Length >= childLength ? regionCode[..childLength] : regionCode;
        static string Full(string c) => c.Length < 12 ? c.PadRight(12, '0') : c;
        var childCodes = workshops.Select(w => Child(w.RegionCode)).Distinct().Order(StringComparer.Ordinal).ToList();
        var padded = childCodes.Select(Full).ToList();
        var names = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => padded.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);

        WorkshopFigureRow Row(string rowCode, string name, Func<string, bool> inRow)
        {
            var these = workshops.Where(w => inRow(w.RegionCode)).ToList();
            return new(
                rowCode, name, these.Count, these.Count(w => w.Type == WorkshopType.Factory), these.Count(w => w.Type == WorkshopType.HomeBased),
                these.Count(w => w.Type == WorkshopType.Base), these.Count(w => w.RecognisedOn != null), these.Count(w => w.ModelOn != null),
                these.Count(w => w.CommonProsperityOn != null), absorbed.Where(w => inRow(w.RegionCode)).Select(w => w.PersonId).Distinct().Count());
        }

        var rows = childCodes.Select(c => Row(Full(c), names.GetValueOrDefault(Full(c), c), r => Child(r) == c)).ToList();
        return Outcome<WorkshopFiguresReport>.Ok(new(code.Value, regionName, today, Row(code.Value, regionName, _ => true), rows));
    }
}
