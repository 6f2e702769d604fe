using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Entrepreneurship;

/// <summary>One row of the figures: loans issued and their amount, subsidies paid and theirs, trainees (and those who completed), enterprises in the bases now.</summary>
public sealed record StartupFigureRow(
    string Code, string Name, int LoansIssued, long LoanAmount, int SubsidiesPaid, long SubsidyAmount, int Trainees, int TraineesCompleted, int ResidentEnterprises);

/// <summary>The entrepreneurship figures of a region over a period, in total and by the next level of regions.</summary>
public sealed record StartupFiguresReport(string Region, string RegionName, DateOnly From, DateOnly To, StartupFigureRow Total, IReadOnlyList<StartupFigureRow> Regions);

/// <summary>
/// Counts what the programme delivered: loans by the day they were issued, subsidies by the day
/// they were paid, trainees by the day their class ended, and the enterprises in the bases today.
/// </summary>
public sealed class EntrepreneurshipFigures(DoorstepDb db, TimeProvider clock)
{
    public async Task<Outcome<StartupFiguresReport>> ComputeAsync(string? region, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var today = ShanghaiTime.Today(clock);
        var end = to ?? today;
        var start = from ?? new DateOnly(end.Year, 1, 1);
        if (start > end)
        {
            errors.Add("from", $"开始日期{Tr.Date(start)}晚于结束日期{Tr.Date(end)}");
        }

        var found = await RegionArgument.CheckAsync(db, region, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<StartupFiguresReport>.Fail(errors);
        }

        var (code, regionName) = found!.Value;
        var prefix = code.Prefix;
        var loans = await db.Set<StartupApplication>().AsNoTracking()
            .Where(a => a.RegionCode.StartsWith(prefix) && a.IssuedOn != null && a.IssuedOn >= start && a.IssuedOn <= end)
            .Select(a => new { a.RegionCode, Amount = a.IssuedAmount ?? 0 }).ToListAsync(ct);
        var subsidies = await db.Set<StartupApplication>().AsNoTracking()
            .Where(a => a.RegionCode.StartsWith(prefix) && a.PaidOn != null && a.PaidOn >= start && a.PaidOn <= end)
            .Select(a => new { a.RegionCode, a.Amount }).ToListAsync(ct);
        var classes = db.Set<StartupClass>().Where(c => c.EndsOn >= start && c.EndsOn <= end).Select(c => c.Id);
        var trainees = await db.Set<StartupTrainee>().AsNoTracking().Where(t => t.RegionCode.StartsWith(prefix) && classes.Contains(t.ClassId))
            .Select(t => new { t.RegionCode, t.Completed }).ToListAsync(ct);
        var residents = await db.Set<ResidentEnterprise>().AsNoTracking().Where(r => r.RegionCode.StartsWith(prefix) && r.MovedIn <= today && r.MovedOut == null)
            .Select(r => r.RegionCode).ToListAsync(ct);

        // One level down: a district by towns, a town by villages and communities.
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
        var childCodes = loans.Select(l => Child(l.RegionCode)).Concat(subsidies.Select(s => Child(s.RegionCode)))
            .Concat(trainees.Select(t => Child(t.RegionCode))).Concat(residents.Select(Child)).Distinct().Order(StringComparer.Ordinal).ToList();
        var padded = childCodes.Select(Full).ToList();
        var names = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => padded.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);

        StartupFigureRow Row(string rowCode, string name, Func<string, bool> within)
        {
            var rowLoans = loans.Where(l => within(l.RegionCode)).ToList();
            var rowSubsidies = subsidies.Where(s => within(s.RegionCode)).ToList();
            var rowTrainees = trainees.Where(t => within(t.RegionCode)).ToList();
            return new(
                rowCode, name, rowLoans.Count, rowLoans.Sum(l => (long)l.Amount), rowSubsidies.Count, rowSubsidies.Sum(s => (long)s.Amount),
                rowTrainees.Count, rowTrainees.Count(t => t.Completed), residents.Count(within));
        }

        var regions = childCodes.Select(c => Row(Full(c), names.GetValueOrDefault(Full(c), c), r => Child(r) == c)).ToList();
        return Outcome<StartupFiguresReport>.Ok(new(code.Value, regionName, start, end, Row(code.Value, regionName, _ => true), regions));
    }
}
