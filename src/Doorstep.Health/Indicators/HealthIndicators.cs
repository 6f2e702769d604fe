using Doorstep.Health.Checks;
using Doorstep.Health.Contracts;
using Doorstep.Health.Visits;
using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Indicators;

/// <summary>
/// Computes the health indicators for a year, per area one level below the chosen region (towns
/// of a district, villages of a town), plus the total. One pass per table over the region's rows,
/// all inside the reader's scope.
/// </summary>
public sealed class HealthIndicators(DoorstepDb db, PackageCatalogue catalogue, IndicatorSettings settings, TimeProvider clock)
{
    /// <summary>
    /// The year's figures under <paramref name="region"/>, one row per area below it, or with
    /// <paramref name="byTeam"/> one row per family-doctor team. A team has one family doctor, so
    /// that is also the row per doctor. A resident counts for the team she signed with, or else
    /// for the team whose area holds her address; residents no team covers make a row of their own.
    /// </summary>
    public async Task<List<IndicatorRow>> ForYearAsync(int year, string region, bool byTeam = false, CancellationToken ct = default)
    {
        var top = RegionCode.Parse(region);
        var prefix = top.Prefix;
        var today = ShanghaiTime.Today(clock);
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var asOf = today < yearEnd ? today : yearEnd;

        var people = await db.People.AsNoTracking().Where(p => p.RegionCode.StartsWith(prefix))
            .Select(p => new { p.Id, p.RegionCode, p.BirthDate, Disabled = p.DisabilityCategory != null, p.Hardship }).ToListAsync(ct);
        var enrolled = await db.Set<Enrolment>().AsNoTracking()
            .Where(e => e.RegionCode.StartsWith(prefix) && e.EnrolledOn <= yearEnd && (e.EndedOn == null || e.EndedOn >= yearStart))
            .Select(e => new { e.PersonId, e.Disease }).ToListAsync(ct);
        var visits = await db.Set<Visit>().AsNoTracking()
            .Where(v => v.RegionCode.StartsWith(prefix) && v.Date >= yearStart && v.Date <= yearEnd && v.Controlled != null)
            .Select(v => new { v.PersonId, v.Date, v.Kind, v.RecordedAt, v.Controlled }).ToListAsync(ct);
        var contracts = await db.Set<Contract>().AsNoTracking()
            .Where(c => c.RegionCode.StartsWith(prefix) && c.Status != ContractStatus.Pending && c.StartsOn <= yearEnd && (c.EndedOn ?? c.EndsOn) >= yearStart)
            // Only what the figures read: a district has tens of thousands of contracts.
            .Select(c => new Contract
            {
                Id = c.Id, PersonId = c.PersonId, RegionCode = c.RegionCode, TeamId = c.TeamId, Status = c.Status, ActivePersonId = c.ActivePersonId,
                StartsOn = c.StartsOn, EndsOn = c.EndsOn, EndedOn = c.EndedOn, EndReason = c.EndReason, Packages = c.Packages,
                Number = "", Doctor = "", KeyPopulations = "", EmergencyContact = "", SignedBy = "",
            })
            .ToListAsync(ct);
        var delivered = (await db.Set<ServiceDelivery>().AsNoTracking().Where(d => d.RegionCode.StartsWith(prefix) && d.Date <= asOf)
                .GroupBy(d => new { d.ContractId, d.Service }).Select(g => new { g.Key.ContractId, g.Key.Service, Count = g.Count() }).ToListAsync(ct))
            .ToLookup(d => d.ContractId);
        var checkedIds = (await db.Set<ElderlyCheck>().AsNoTracking().Where(c => c.RegionCode.StartsWith(prefix) && c.Year == year).Select(c => c.PersonId).ToListAsync(ct)).ToHashSet();
        var packages = await catalogue.ListAsync(false, ct);
        var names = await db.Regions.AsNoTracking().Where(r => r.Code.StartsWith(prefix)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);

        var diseases = enrolled.ToLookup(e => e.PersonId, e => e.Disease);
        var faceToFace = visits.Where(v => v.Kind is VisitKind.Home or VisitKind.Clinic).GroupBy(v => v.PersonId).ToDictionary(g => g.Key, g => g.Count());
        var lastControlled = visits.GroupBy(v => v.PersonId).ToDictionary(g => g.Key, g => g.OrderBy(v => v.Date).ThenBy(v => v.RecordedAt).Last().Controlled == true);
        var signedPeople = contracts.Where(c => c.StartsOn <= asOf).Select(c => c.PersonId).ToHashSet();
        var areaOf = AreaLookup(top);
        var teams = byTeam ? await TeamsAsync(prefix, ct) : [];
        var contractTeam = contracts.Where(c => c.ActivePersonId != null || c.StartsOn <= asOf).GroupBy(c => c.PersonId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.StartsOn).First().TeamId);
        string PersonKey(Guid person, string code) =>
            !byTeam ? areaOf(code)
            : contractTeam.TryGetValue(person, out var team) ? team.ToString()
            : teams.FirstOrDefault(t => code.StartsWith(t.Prefix, StringComparison.Ordinal))?.Id.ToString() ?? "";
        string ContractKey(Contract c) => byTeam ? c.TeamId.ToString() : areaOf(c.RegionCode);
        if (byTeam)
        {
            names = teams.ToDictionary(t => t.Id.ToString(), t => t.Label);
            names[""] = T("无团队覆盖", "No team covers");
            names[top.Value] = await db.Regions.AsNoTracking().Where(r => r.Code == top.Value).Select(r => r.Name).FirstOrDefaultAsync(ct) ?? top.Value;
        }

        var rows = new Dictionary<string, Counts>();
        Counts Row(string key) => rows.TryGetValue(key, out var r) ? r : rows[key] = new Counts();

        foreach (var p in people)
        {
            var row = Row(PersonKey(p.Id, p.RegionCode));
            var age = year - p.BirthDate.Year;
            row.Population++;
            var key = age >= ElderlyChecks.ElderlyAge || age <= 6 || diseases[p.Id].Any() || p.Disabled
                || (p.Hardship & (HardshipStatus.SubsistenceAllowance | HardshipStatus.ExtremePoverty | HardshipStatus.LowIncome)) != 0;
            var signed = signedPeople.Contains(p.Id);
            row.Signed += signed ? 1 : 0;
            row.KeyPopulation += key ? 1 : 0;
            row.KeySigned += key && signed ? 1 : 0;
            if (age >= 18)
            {
                row.Adults++;
            }

            if (age >= ElderlyChecks.ElderlyAge)
            {
                row.Elderly++;
                row.ElderlyChecked += checkedIds.Contains(p.Id) ? 1 : 0;
            }

            foreach (var disease in diseases[p.Id].Distinct())
            {
                var standard = faceToFace.GetValueOrDefault(p.Id) >= settings.StandardFollowUps ? 1 : 0;
                var controlled = lastControlled.GetValueOrDefault(p.Id) ? 1 : 0;
                if (disease == ChronicDisease.Hypertension)
                {
                    row.HypertensionManaged++;
                    row.HypertensionStandard += standard;
                    row.HypertensionControlled += controlled;
                }
                else
                {
                    row.DiabetesManaged++;
                    row.DiabetesStandard += standard;
                    row.DiabetesControlled += controlled;
                }
            }
        }

        foreach (var c in contracts)
        {
            var row = Row(ContractKey(c));
            if (c.EndsOn >= yearStart && c.EndsOn <= asOf && c.EndReason is not (ContractEnd.Died or ContractEnd.MovedAway or ContractEnd.ChangedTeam))
            {
                row.TermsEnded++;
                row.Renewed += c.Status == ContractStatus.Renewed ? 1 : 0;
            }

            if (c.StartsOn > asOf)
            {
                continue;
            }

            row.InService++;
            var counts = delivered[c.Id].ToDictionary(d => d.Service, d => d.Count);
            row.Fulfilled += ServiceDeliveries.Progress(c, packages, counts, asOf).All(s => !s.Behind) ? 1 : 0;
            var unserved = c.Status == ContractStatus.Signed && counts.Count == 0 && c.StartsOn <= today.AddDays(-ServiceDeliveries.UnservedAfterDays);
            row.Unserved += unserved ? 1 : 0;
        }

        var result = rows.OrderBy(r => r.Key == "" ? 1 : 0).ThenBy(r => names.GetValueOrDefault(r.Key) ?? r.Key, StringComparer.Ordinal).Select(r => r.Value.ToRow(r.Key, names.GetValueOrDefault(r.Key) ?? r.Key, settings)).ToList();
        var total = rows.Values.Aggregate(new Counts(), (sum, r) => sum.Add(r));
        result.Add(total.ToRow(top.Value, T("合计", "Total") + " " + (names.GetValueOrDefault(top.Value) ?? top.Value), settings));
        return result;
    }

    private static string T(string zh, string en) => Tr.T(zh, en);

    private sealed record TeamArea(Guid Id, string Prefix, string Label);

    /// <summary>The teams serving the region, most specific area first so a village team wins over its town's.</summary>
    private async Task<List<TeamArea>> TeamsAsync(string prefix, CancellationToken ct)
    {
        var teams = await db.Set<Teams.Team>().AsNoTracking().ToListAsync(ct);
        var doctors = teams.Select(t => t.Doctor).ToList();
        var names = await db.Users.AsNoTracking().Where(u => doctors.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName ?? u.UserName!, ct);
        return teams
            .Select(t => new TeamArea(t.Id, RegionCode.Parse(t.RegionCode).Prefix, $"{t.Name}（{names.GetValueOrDefault(t.Doctor) ?? t.Doctor}）{(t.Active ? "" : T("·已解散", " · disbanded"))}"))
            .Where(t => t.Prefix.StartsWith(prefix, StringComparison.Ordinal) || prefix.StartsWith(t.Prefix, StringComparison.Ordinal))
            .OrderByDescending(t => t.Prefix.Length)
            .ToList();
    }

    /// <summary>Maps a stored code to the area one level below <paramref name="top"/> that holds it.</summary>
    private static Func<string, string> AreaLookup(RegionCode top)
    {
        var cache = new Dictionary<string, string>(StringComparer.Ordinal);
        var childLevel = top.Level == RegionLevel.Grid ? RegionLevel.Grid : top.Level + 1;
        return code =>
        {
            if (!cache.TryGetValue(code, out var area))
            {
                var region = RegionCode.Parse(code);
                while (region.Level > childLevel && region.Parent is { } parent)
                {
                    region = parent;
                }

                cache[code] = area = region.Value;
            }

            return area;
        };
    }

    private sealed class Counts
    {
        public int Population;
        public int Adults;
        public int Signed;
        public int KeyPopulation;
        public int KeySigned;
        public int TermsEnded;
        public int Renewed;
        public int InService;
        public int Fulfilled;
        public int Unserved;
        public int HypertensionManaged;
        public int HypertensionStandard;
        public int HypertensionControlled;
        public int DiabetesManaged;
        public int DiabetesStandard;
        public int DiabetesControlled;
        public int Elderly;
        public int ElderlyChecked;

        public Counts Add(Counts o)
        {
            Population += o.Population; Adults += o.Adults; Signed += o.Signed; KeyPopulation += o.KeyPopulation; KeySigned += o.KeySigned;
            TermsEnded += o.TermsEnded; Renewed += o.Renewed; InService += o.InService; Fulfilled += o.Fulfilled; Unserved += o.Unserved;
            HypertensionManaged += o.HypertensionManaged; HypertensionStandard += o.HypertensionStandard; HypertensionControlled += o.HypertensionControlled;
            DiabetesManaged += o.DiabetesManaged; DiabetesStandard += o.DiabetesStandard; DiabetesControlled += o.DiabetesControlled;
            Elderly += o.Elderly; ElderlyChecked += o.ElderlyChecked;
            return this;
        }

        public IndicatorRow ToRow(string code, string name, IndicatorSettings s) => new(
            code, name, Population, Signed, KeyPopulation, KeySigned, TermsEnded, Renewed, InService, Fulfilled, Unserved,
            (int)Math.Round(Adults * s.HypertensionPrevalence), HypertensionManaged, HypertensionStandard, HypertensionControlled,
            (int)Math.Round(Adults * s.DiabetesPrevalence), DiabetesManaged, DiabetesStandard, DiabetesControlled,
            Elderly, ElderlyChecked, s.KeyRateOverSigned);
    }
}
