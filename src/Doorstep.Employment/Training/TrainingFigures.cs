using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Training;

/// <summary>
/// One row of the training figures: person-times trained (enrolments not withdrawn), of them
/// subsidised, completed, certified and employed after training, the subsidy due in yuan and the
/// employment rate (employed ÷ completed; null with nobody completed).
/// </summary>
public sealed record TrainingFigureRow(
    string Code, string Name, int Trained, int Subsidised, int Completed, int Certified, int EmployedAfter, long SubsidyAmount, double? EmploymentRate);

/// <summary>The training figures of a region over the courses starting from–to: in total, by the next level of regions (where the trainees live), by course and by provider.</summary>
public sealed record TrainingFiguresReport(
    string Region, string RegionName, DateOnly From, DateOnly To, bool SubsidyRequiresCertificate, TrainingFigureRow Total, IReadOnlyList<TrainingFigureRow> Regions,
    IReadOnlyList<TrainingFigureRow> Courses, IReadOnlyList<TrainingFigureRow> Providers);

/// <summary>
/// 培训统计. Counted from the enrolments of the caller's regions, so a town sees its own people. The
/// subsidy is due for a subsidised trainee who completed (or, where the settings say so, who also
/// gained a certificate), at the course's rate.
/// </summary>
public sealed class TrainingFigures(DoorstepDb db, TrainingSettings settings, TimeProvider clock)
{
    public async Task<Outcome<TrainingFiguresReport>> ComputeAsync(string? region, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var today = ShanghaiTime.Today(clock);
        var end = to ?? new DateOnly(today.Year, 12, 31);
        var start = from ?? new DateOnly(end.Year, 1, 1);
        if (start > end)
        {
            errors.Add("from", $"开始日期{Tr.Date(start)}晚于结束日期{Tr.Date(end)}");
        }

        var found = await RegionArgument.CheckAsync(db, region, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<TrainingFiguresReport>.Fail(errors);
        }

        var (code, regionName) = found!.Value;
        var prefix = code.Prefix;
        var courses = await db.Set<TrainingCourse>().AsNoTracking().Where(c => c.StartsOn >= start && c.StartsOn <= end)
            .Select(c => new { c.Id, c.Title, c.ProviderId, c.SubsidyPerPerson }).ToDictionaryAsync(c => c.Id, ct);
        var courseIds = courses.Keys.ToList();
        var enrolments = await db.Set<TrainingEnrolment>().AsNoTracking()
            .Where(e => e.RegionCode.StartsWith(prefix) && e.Status != EnrolmentStatus.Withdrawn && courseIds.Contains(e.CourseId))
            .Select(e => new Fact(e.CourseId, e.ProviderId, e.RegionCode, e.Subsidised, e.Status == EnrolmentStatus.Completed, e.CertificateKind != null, e.EmployedOn != null))
            .ToListAsync(ct);

        long Subsidy(Fact f) =>
            f.Subsidised && f.Completed && (!settings.SubsidyRequiresCertificate || f.Certified) ? courses[f.CourseId].SubsidyPerPerson : 0;

        // Figures per region go one level down: a district by towns, a town by villages and communities.
        var childLength = code.Level switch
        {
            RegionLevel.Province => 4,
            RegionLevel.City => 6,
            RegionLevel.County => 9,
            RegionLevel.Town => 12,
            _ => int.MaxValue,
        };
        string Child(string regionCode) => Full(regionCode.Length >= childLength ? regionCode[..childLength] : regionCode);
        var childCodes = enrolments.Select(e => Child(e.RegionCode)).Distinct().Order(StringComparer.Ordinal).ToList();
        var names = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => childCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var regions = childCodes.Select(c => Row(c, names.GetValueOrDefault(c, c), enrolments.Where(e => Child(e.RegionCode) == c), Subsidy)).ToList();

        var byCourse = enrolments.GroupBy(e => e.CourseId)
            .Select(g => Row(g.Key.ToString(), courses[g.Key].Title, g, Subsidy))
            .OrderByDescending(r => r.Trained).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var providerIds = enrolments.Select(e => e.ProviderId).Distinct().ToList();
        var providerNames = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => providerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var byProvider = enrolments.GroupBy(e => e.ProviderId)
            .Select(g => Row(g.Key.ToString(), providerNames.GetValueOrDefault(g.Key) ?? "", g, Subsidy))
            .OrderByDescending(r => r.Trained).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var total = Row(code.Value, regionName, enrolments, Subsidy);
        return Outcome<TrainingFiguresReport>.Ok(new(code.Value, regionName, start, end, settings.SubsidyRequiresCertificate, total, regions, byCourse, byProvider));
    }

    private static string Full(string code) => code.Length < 12 ? code.PadRight(12, '0') : code;

    private static TrainingFigureRow Row(string code, string name, IEnumerable<Fact> facts, Func<Fact, long> subsidy)
    {
        var list = facts.ToList();
        var completed = list.Count(f => f.Completed);
        var employed = list.Count(f => f.Employed);
        return new(code, name, list.Count, list.Count(f => f.Subsidised), completed, list.Count(f => f.Certified), employed, list.Sum(subsidy),
            completed == 0 ? null : Math.Round((double)employed / completed, 3));
    }

    private sealed record Fact(Guid CourseId, Guid ProviderId, string RegionCode, bool Subsidised, bool Completed, bool Certified, bool Employed);
}
