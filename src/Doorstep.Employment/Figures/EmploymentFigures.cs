using Doorstep.Employment.Matching;
using Doorstep.Employment.Occupations;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;
using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Figures;

/// <summary>One row of the figures: a region or an occupation; a rate is null where there is nothing to divide by.</summary>
public sealed record FigureRow(
    string Code, string Name, int OpenVacancies, int OpenPosts, int Seeking, int Referrals, int Interviews, int Hires, double? HireRate, double? JobsPerApplicant);

/// <summary>
/// The employment figures of a region over a period: matches made (referrals), interviews,
/// hires, the hire rate (hires ÷ referrals) and the job-to-applicant ratio (求人倍率: posts open
/// ÷ people seeking), in total, per subordinate region and per occupation.
/// </summary>
public sealed record FiguresReport(string Region, string RegionName, DateOnly From, DateOnly To, FigureRow Total, IReadOnlyList<FigureRow> Regions, IReadOnlyList<FigureRow> Occupations);

public sealed class EmploymentFigures(DoorstepDb db, TimeProvider clock)
{
    public async Task<Outcome<FiguresReport>> ComputeAsync(string? region, DateOnly? from, DateOnly? to, CancellationToken ct = default)
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
            return Outcome<FiguresReport>.Fail(errors);
        }

        var (code, regionName) = found!.Value;

        var prefix = code.Prefix;
        var (fromUtc, toUtc) = (ShanghaiTime.ToUtc(start.ToDateTime(TimeOnly.MinValue)), ShanghaiTime.ToUtc(end.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        var vacancies = await db.Set<Vacancy>().AsNoTracking()
            .Where(v => v.RegionCode.StartsWith(prefix) && v.Status == VacancyStatus.Published && v.ExpiresOn >= today && v.PostedOn <= today)
            .Select(v => new { v.RegionCode, v.OccupationCode, v.Headcount }).ToListAsync(ct);
        var seekers = await db.Set<Seeker>().AsNoTracking().Where(s => s.RegionCode.StartsWith(prefix) && s.Status == SeekerStatus.Seeking)
            .Select(s => new { s.RegionCode, s.DesiredOccupations }).ToListAsync(ct);
        var referrals = await db.Set<Referral>().AsNoTracking()
            .Where(r => r.RegionCode.StartsWith(prefix) && r.RecommendedAt >= fromUtc && r.RecommendedAt < toUtc)
            .Select(r => new { r.RegionCode, r.OccupationCode, r.Stage, r.InterviewedAt }).ToListAsync(ct);

        // Figures per region go one level down: a district by towns, a town by villages and communities.
        var childLength = code.Level switch
        {
            RegionLevel.Province => 4,
            RegionLevel.City => 6,
            RegionLevel.County => 9,
            RegionLevel.Town => 12,
            _ => int.MaxValue,
        };
        string Child(string regionCode) => regionCode.Length >= childLength ? regionCode[..childLength] : regionCode;
        var childCodes = vacancies.Select(v => Child(v.RegionCode)).Concat(seekers.Select(s => Child(s.RegionCode))).Concat(referrals.Select(r => Child(r.RegionCode))).Distinct().ToList();
        static string Full(string c) => c.Length < 12 ? c.PadRight(12, '0') : c;
        var padded = childCodes.Select(Full).ToList();
        var names = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => padded.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var regions = childCodes.Order(StringComparer.Ordinal).Select(c => Row(
            Full(c), names.GetValueOrDefault(Full(c), c),
            [.. vacancies.Where(v => Child(v.RegionCode) == c).Select(v => v.Headcount)], seekers.Count(s => Child(s.RegionCode) == c),
            [.. referrals.Where(r => Child(r.RegionCode) == c).Select(r => (r.Stage, r.InterviewedAt))])).ToList();

        var occupationCodes = vacancies.Select(v => v.OccupationCode).Concat(seekers.SelectMany(s => s.DesiredOccupations.Take(1))).Concat(referrals.Select(r => r.OccupationCode)).Distinct().ToList();
        var occupationNames = await db.Set<Occupation>().AsNoTracking().Where(o => occupationCodes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);

        // A seeker counts towards their first choice only, so the ratios add up to the whole.
        var occupations = occupationCodes.Select(o => Row(
            o, occupationNames.GetValueOrDefault(o, o), [.. vacancies.Where(v => v.OccupationCode == o).Select(v => v.Headcount)],
            seekers.Count(s => s.DesiredOccupations.Count > 0 && s.DesiredOccupations[0] == o),
            [.. referrals.Where(r => r.OccupationCode == o).Select(r => (r.Stage, r.InterviewedAt))]))
            .OrderByDescending(r => r.OpenPosts).ThenByDescending(r => r.Seeking).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        var total = Row(code.Value, regionName, [.. vacancies.Select(v => v.Headcount)], seekers.Count, [.. referrals.Select(r => (r.Stage, r.InterviewedAt))]);
        return Outcome<FiguresReport>.Ok(new(code.Value, regionName, start, end, total, regions, occupations));
    }

    private static FigureRow Row(string code, string name, List<int> posts, int seeking, List<(ReferralStage Stage, DateTime? InterviewedAt)> referrals)
    {
        var hires = referrals.Count(r => r.Stage == ReferralStage.Hired);
        return new(
            code, name, posts.Count, posts.Sum(), seeking, referrals.Count, referrals.Count(r => r.InterviewedAt is not null), hires,
            referrals.Count == 0 ? null : Math.Round((double)hires / referrals.Count, 3), seeking == 0 ? null : Math.Round((double)posts.Sum() / seeking, 2));
    }
}
