using System.Diagnostics;
using Doorstep.Health.Checks;
using Doorstep.Health.Contracts;
using Doorstep.Health.Indicators;
using Doorstep.Health.Teams;
using Doorstep.Health.Visits;
using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Bench;

/// <summary>
/// Times the health indicators over a district: residents, chronic patients with a year of
/// follow-ups, contracts with the services delivered, and elderly checks; then the 签而不约 and
/// not-yet-checked lists the figures drill down to.
/// </summary>
internal static class HealthIndicatorsRun
{
    public static async Task<int> RunAsync(Args args)
    {
        var count = args.Int("--people", 100_000);
        var provider = args.Get("--provider") ?? "sqlite";
        var (services, data, postgres) = await ReadTiming.FreshAsync(args);
        await using var owned = services;

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var seeding = Stopwatch.StartNew();
        var rows = await SeedAsync(services, count, today);
        Console.WriteLine($"{provider}: {count:N0} residents, {rows} seeded in {seeding.Elapsed.TotalSeconds:F1} s");

        await using var district = ImportRun.BuildServices(data, postgres, new RegionScope([RegionCode.Parse("430211000000").Prefix]));
        await ReadTiming.TimeAsync("indicators, district by town", district, sp => sp.GetRequiredService<HealthIndicators>().ForYearAsync(today.Year, "430211000000"));
        await ReadTiming.TimeAsync("indicators, district by team", district, sp => sp.GetRequiredService<HealthIndicators>().ForYearAsync(today.Year, "430211000000", byTeam: true));
        await ReadTiming.TimeAsync("indicators, one town by village", district, sp => sp.GetRequiredService<HealthIndicators>().ForYearAsync(today.Year, "430211101000"));
        await ReadTiming.TimeAsync("签而不约 list, first page", district, sp => sp.GetRequiredService<ContractService>().SearchAsync(new ContractQuery(Unserved: true)));
        await ReadTiming.TimeAsync("65+ not checked, first page", district, sp => sp.GetRequiredService<ElderlyChecks>().NotCheckedAsync(today.Year, "430211000000"));
        Directory.Delete(data, recursive: true);
        return 0;
    }

    /// <summary>
    /// Residents across 天元区's grids; a team per town; 40% signed (every chronic patient and
    /// most of the elderly), services delivered for three in four contracts; chronic patients
    /// with four follow-ups; half the elderly checked.
    /// </summary>
    private static async Task<string> SeedAsync(ServiceProvider services, int count, DateOnly today)
    {
        var random = new Random(20240210);
        var grids = BenchRegions.All().Where(r => r.Level == RegionLevel.Grid && r.Code.StartsWith("430211", StringComparison.Ordinal)).Select(r => r.Code).ToList();
        var towns = grids.Select(g => g[..9] + "000").Distinct().ToList();
        var now = DateTime.UtcNow;
        await using (var scope = services.CreateAsyncScope())
        {
            var catalogue = scope.ServiceProvider.GetRequiredService<PackageCatalogue>();
            await catalogue.SaveAsync("basic", new PackageInput("基础服务包", PackageKind.Basic, "健康咨询*4\n一般体检", 0, []), Actor.System("bench"));
            await catalogue.SaveAsync("elderly", new PackageInput("老年人健康管理包", PackageKind.Personalised, "老年人健康体检\n血压测量*4", 0, ["elderly"]), Actor.System("bench"));
            var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
            foreach (var town in towns)
            {
                db.Add(new Team { Id = Guid.CreateVersion7(), Name = $"{town}团队", FacilityName = "卫生院", RegionCode = town, Doctor = "doctor-" + town, CreatedAt = now, UpdatedAt = now });
            }

            await db.SaveChangesAsync();
        }

        Dictionary<string, Guid> teams;
        await using (var scope = services.CreateAsyncScope())
        {
            teams = scope.ServiceProvider.GetRequiredService<DoorstepDb>().Set<Team>().ToDictionary(t => t.RegionCode, t => t.Id);
        }

        int contracts = 0, visits = 0, checks = 0, deliveries = 0, enrolled = 0;
        const int batch = 2_000;
        for (var start = 0; start < count; start += batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
            var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var birth = today.AddDays(-random.Next(0, 90 * 365));
                var id = CitizenId.Create("430211", birth, i % 999 + 1);
                var grid = grids[random.Next(grids.Count)];
                var age = KeyPopulation.Age(birth, today);
                var person = new Person
                {
                    Id = Guid.CreateVersion7(), Name = "压测居民", IdNumberCipher = protector.Protect(id), IdNumberHash = protector.Hash(id) + i.ToString("x"), IdNumberMasked = id[..4] + "**********" + id[^4..],
                    BirthDate = birth, RegionCode = grid, CreatedAt = now, UpdatedAt = now,
                };
                db.Add(person);
                var chronic = age >= 35 && random.Next(100) < 15;
                if (chronic)
                {
                    enrolled++;
                    db.Add(new Enrolment { Id = Guid.CreateVersion7(), PersonId = person.Id, RegionCode = grid, Disease = random.Next(3) == 0 ? ChronicDisease.Type2Diabetes : ChronicDisease.Hypertension, EnrolledOn = today.AddYears(-2), Doctor = "doctor", CreatedAt = now });
                    for (var q = 0; q < 4; q++)
                    {
                        visits++;
                        db.Add(new Visit { Id = Guid.CreateVersion7(), PersonId = person.Id, RegionCode = grid, Date = today.AddDays(-random.Next(0, today.DayOfYear)), Kind = VisitKind.Home, ReadingsCipher = "x", Controlled = random.Next(10) < 7, RecordedBy = "doctor", RecordedAt = now });
                    }
                }

                if (chronic || (age >= 65 && random.Next(10) < 7) || random.Next(10) < 3)
                {
                    contracts++;
                    var startsOn = today.AddDays(-random.Next(0, 360));
                    var contract = new Contract
                    {
                        Id = Guid.CreateVersion7(), Number = $"QY{i:D10}", PersonId = person.Id, RegionCode = grid, TeamId = teams[grid[..9] + "000"], Doctor = "doctor",
                        Status = ContractStatus.Signed, ActivePersonId = person.Id, SignedOn = startsOn, StartsOn = startsOn, EndsOn = startsOn.AddYears(1).AddDays(-1),
                        Packages = age >= 65 ? "basic,elderly" : "basic", KeyPopulations = age >= 65 ? "elderly" : "", EmergencyContact = "医生", SignedBy = "bench", CreatedAt = now, UpdatedAt = now,
                    };
                    db.Add(contract);
                    if (random.Next(4) > 0)
                    {
                        for (var d = 0; d < 3; d++)
                        {
                            deliveries++;
                            db.Add(new ServiceDelivery { Id = Guid.CreateVersion7(), ContractId = contract.Id, RegionCode = grid, Service = "健康咨询", Date = startsOn.AddDays(d * 30) < today ? startsOn.AddDays(d * 30) : today, Source = "manual", RecordedBy = "doctor", RecordedAt = now });
                        }
                    }
                }

                if (age >= 65 && random.Next(2) == 0)
                {
                    checks++;
                    db.Add(new ElderlyCheck { Id = Guid.CreateVersion7(), PersonId = person.Id, RegionCode = grid, Date = today, Year = today.Year, Parts = "lifestyle,physical", FindingsCipher = "x", RecordedBy = "doctor", RecordedAt = now });
                }
            }

            await db.SaveChangesAsync();
        }

        return $"{enrolled:N0} chronic patients, {visits:N0} visits, {contracts:N0} contracts, {deliveries:N0} services delivered, {checks:N0} elderly checks";
    }
}
