using Doorstep.Employment.Employers;
using Doorstep.Employment.Occupations;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Matching;

/// <summary>A vacancy found for a seeker, with what a specialist needs to put it to them.</summary>
public sealed record VacancyMatch(
    Guid VacancyId, double Score, int DistanceMeters, IReadOnlyList<string> Reasons, string Title, string EmployerName, string OccupationCode, string OccupationName,
    int WageMin, int WageMax, WageUnit WageUnit, WorkSchedule Schedule, string? Address, Guid? ReferralId, ReferralStage? Stage);

/// <summary>A seeker found for a vacancy; the ID number masked as everywhere else.</summary>
public sealed record SeekerMatch(
    Guid SeekerId, double Score, int DistanceMeters, IReadOnlyList<string> Reasons, string Name, string IdNumber, string RegionCode, string RegionName,
    IReadOnlyList<TargetGroup> TargetGroups, Guid? ReferralId, ReferralStage? Stage);

/// <summary>Matching both ways for the caller: a seeker they may see, a vacancy they may see, and only seekers in their regions as candidates.</summary>
public sealed class MatchService(DoorstepDb db, MatchIndexHolder holder, IDataScope scope, TimeProvider clock)
{
    public const int MaxTop = 100;

    /// <summary>The seeker's name and status for a page's heading; null outside the caller's regions.</summary>
    public async Task<(string Name, SeekerStatus Status)?> SeekerAsync(Guid seekerId, CancellationToken ct = default) =>
        await db.Set<Seeker>().AsNoTracking().Where(s => s.Id == seekerId)
            .Join(db.People.AsNoTracking(), s => s.PersonId, p => p.Id, (s, p) => new { p.Name, s.Status }).FirstOrDefaultAsync(ct) is { } found
            ? (found.Name, found.Status)
            : null;

    /// <summary>Null when the seeker does not exist or lies outside the caller's regions.</summary>
    public async Task<IReadOnlyList<VacancyMatch>?> ForSeekerAsync(Guid seekerId, int top, CancellationToken ct = default)
    {
        var seeker = await db.Set<Seeker>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == seekerId, ct);
        if (seeker is null)
        {
            return null;
        }

        var index = await holder.GetAsync(ct);
        var matches = index.ForSeeker(SeekerFacts.Of(seeker), Math.Clamp(top, 1, MaxTop), ShanghaiTime.Today(clock));
        var ids = matches.Select(m => m.Id).ToList();
        var vacancies = await db.Set<Vacancy>().IgnoreQueryFilters().AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var employerIds = vacancies.Values.Select(v => v.EmployerId).Distinct().ToList();
        var employers = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => employerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var occupations = await OccupationNamesAsync(vacancies.Values.Select(v => v.OccupationCode), ct);
        var referrals = await db.Set<Referral>().AsNoTracking().Where(r => r.SeekerId == seekerId && ids.Contains(r.VacancyId)).ToDictionaryAsync(r => r.VacancyId, ct);
        return [.. matches.Where(m => vacancies.ContainsKey(m.Id)).Select(m =>
        {
            var v = vacancies[m.Id];
            var referral = referrals.GetValueOrDefault(v.Id);
            return new VacancyMatch(
                v.Id, m.Score, m.DistanceMeters, [.. m.Reasons.Select(r => r.ToString())], v.Title, employers.GetValueOrDefault(v.EmployerId, ""), v.OccupationCode,
                occupations.GetValueOrDefault(v.OccupationCode, v.OccupationCode), v.WageMin, v.WageMax, v.WageUnit, v.Schedule, v.Address, referral?.Id, referral?.Stage);
        })];
    }

    /// <summary>Null when the vacancy does not exist or lies outside the caller's regions.</summary>
    public async Task<IReadOnlyList<SeekerMatch>?> ForVacancyAsync(Guid vacancyId, int top, CancellationToken ct = default)
    {
        var vacancy = await db.Set<Vacancy>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == vacancyId, ct);
        if (vacancy is null)
        {
            return null;
        }

        var index = await holder.GetAsync(ct);
        var prefixes = scope.Prefixes;
        var all = scope.All;
        var matches = index.ForVacancy(VacancyFacts.Of(vacancy), Math.Clamp(top, 1, MaxTop), region => all || prefixes.Any(p => region.StartsWith(p, StringComparison.Ordinal)));
        var ids = matches.Select(m => m.Id).ToList();
        var seekers = await db.Set<Seeker>().AsNoTracking().Where(s => ids.Contains(s.Id))
            .Join(db.People.AsNoTracking(), s => s.PersonId, p => p.Id, (s, p) => new { s.Id, s.RegionCode, s.TargetGroups, p.Name, p.IdNumberMasked })
            .ToDictionaryAsync(s => s.Id, ct);
        var regionCodes = seekers.Values.Select(s => s.RegionCode).Distinct().ToList();
        var regions = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var referrals = await db.Set<Referral>().AsNoTracking().Where(r => r.VacancyId == vacancyId && ids.Contains(r.SeekerId)).ToDictionaryAsync(r => r.SeekerId, ct);
        return [.. matches.Where(m => seekers.ContainsKey(m.Id)).Select(m =>
        {
            var s = seekers[m.Id];
            var referral = referrals.GetValueOrDefault(s.Id);
            return new SeekerMatch(
                s.Id, m.Score, m.DistanceMeters, [.. m.Reasons.Select(r => r.ToString())], s.Name, s.IdNumberMasked, s.RegionCode, regions.GetValueOrDefault(s.RegionCode, s.RegionCode),
                s.TargetGroups, referral?.Id, referral?.Stage);
        })];
    }

    private async Task<Dictionary<string, string>> OccupationNamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var wanted = codes.Distinct().ToList();
        return await db.Set<Occupation>().AsNoTracking().Where(o => wanted.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.Name, ct);
    }
}
