using Doorstep.Health.Teams;
using Doorstep.Health.Visits;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Contracts;

/// <summary>
/// The district's package catalogue, a team at 嵩山街道's centre (陈容医生) and one at 霞石村's
/// clinic (胡亮村医), and their residents' contracts: every chronic patient and most of the
/// elderly, four in ten of the rest; some awaiting signature, some due for renewal or renewed,
/// some expired, a few ended.
/// </summary>
internal static class ContractDemo
{
    private static readonly (string Code, string Name, PackageKind Kind, string Services, decimal Fee, string[] Targets)[] Packages =
    [
        ("basic", "基础服务包", PackageKind.Basic, "建立和更新健康档案\n健康咨询*4\n一般体检\n预约转诊", 0, []),
        ("elderly", "老年人健康管理包", PackageKind.Personalised, "老年人健康体检\n中医体质辨识\n血压测量*4\n用药指导*2", 0, [KeyPopulation.Elderly]),
        ("hypertension", "高血压管理包", PackageKind.Personalised, "面对面随访*4\n血压测量*12\n用药指导*4", 0, [KeyPopulation.Hypertension]),
        ("diabetes", "糖尿病管理包", PackageKind.Personalised, "面对面随访*4\n空腹血糖检测*4\n足部检查", 0, [KeyPopulation.Diabetes]),
        ("rehabilitation", "康复服务包", PackageKind.Personalised, "上门康复训练*24\n中医推拿*12\n辅具适配指导", 120, [KeyPopulation.Disabled, KeyPopulation.Elderly]),
        ("maternal", "孕产妇保健包", PackageKind.Personalised, "孕期随访*5\n产后访视*2", 0, [KeyPopulation.Pregnant]),
        ("child", "儿童保健包", PackageKind.Personalised, "儿童健康检查*2\n预防接种提醒*4", 0, [KeyPopulation.Child]),
    ];

    private static readonly (string Name, string Facility, string Area, string Doctor, string DoctorPhone, string Nurse, string NursePhone, string PublicHealth)[] Teams =
    [
        ("嵩山街道家庭医生一团队", "天元区嵩山街道社区卫生服务中心", DemoDistrict.Songshan, "doctor", "13907330118", "刘芳", "0731-22851120", "陈静"),
        ("霞石村家庭医生团队", "霞石村卫生室", DemoDistrict.Xiashi, "villagedoctor", "13787330261", "谭敏", "0731-22716033", "周建华"),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var system = Actor.System("demo");
        var catalogue = context.Service<PackageCatalogue>();
        foreach (var (p, position) in Packages.Select((p, i) => (p, i)))
        {
            var (package, errors) = await catalogue.SaveAsync(p.Code, new PackageInput(p.Name, p.Kind, p.Services, p.Fee, p.Targets, true, position), system, ct);
            _ = package ?? throw new InvalidOperationException($"Demo package {p.Code}: {errors}");
        }

        var teams = context.Service<TeamService>();
        foreach (var t in Teams)
        {
            var facility = await context.OrganisationIdAsync(t.Facility, ct);
            var (team, errors) = await teams.SaveAsync(null, new TeamInput(t.Name, facility, t.Area,
            [
                new(TeamRole.Doctor, null, t.Doctor, t.DoctorPhone),
                new(TeamRole.Nurse, t.Nurse, null, t.NursePhone),
                new(TeamRole.PublicHealth, t.PublicHealth, null, null),
            ]), system, ct);
            _ = team ?? throw new InvalidOperationException($"Demo team {t.Name}: {errors}");
            await SignResidentsAsync(context, team, ct);
        }
    }

    private static async Task SignResidentsAsync(DemoSeedContext context, TeamView team, CancellationToken ct)
    {
        var contracts = context.Service<ContractService>();
        var random = context.Random;
        var today = DateOnly.FromDateTime(context.Now.AddHours(8));
        var area = Kernel.RegionCode.Parse(team.RegionCode).Prefix;
        var doctor = Actor.System(team.Doctor);
        var enrolled = await context.Db.Set<Enrolment>().Where(e => e.RegionCode.StartsWith(area)).Select(e => e.PersonId).ToListAsync(ct);
        var people = await context.Db.People.AsNoTracking().Where(p => p.RegionCode.StartsWith(area)).OrderBy(p => p.Id).ToListAsync(ct);
        foreach (var person in people)
        {
            var elderly = KeyPopulation.Age(person.BirthDate, today) >= 65;
            if (!(enrolled.Contains(person.Id) || (elderly && random.NextDouble() < 0.8) || random.NextDouble() < 0.4))
            {
                continue;
            }

            var signedOn = today.AddDays(-random.Next(0, 420));
            var groups = await contracts.DerivedKeyPopulationsAsync(person.Id, signedOn, ct);
            var packages = Packages.Where(p => p.Targets.Length == 0 || (p.Targets.Any(groups.Contains) && (p.Fee == 0 || random.NextDouble() < 0.3))).Select(p => p.Code).ToList();
            var outcome = await contracts.SignAsync(new ContractInput(person.Id, team.Id, packages, [], signedOn, AwaitingSignature: random.NextDouble() < 0.04), doctor, ct);
            var contract = outcome.Value ?? throw new InvalidOperationException($"Demo contract {person.Name}: {outcome.Errors}");
            await FollowUpAsync(contracts, contract, random, today, doctor, ct);
            Deliver(context, contract, random, today);
        }

        await context.Db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Three contracts in four were served about as due so far; the fourth got nothing, and once
    /// 90 days old shows up as 签而不约.
    /// </summary>
    private static void Deliver(DemoSeedContext context, ContractView contract, Random random, DateOnly today)
    {
        if (contract.Status != ContractStatus.Signed || random.NextDouble() < 0.25)
        {
            return;
        }

        var gone = Math.Clamp(today.DayNumber - contract.StartsOn.DayNumber, 0, 365);
        foreach (var service in Packages.Where(p => contract.Packages.Contains(p.Code)).SelectMany(p => PackageService.Parse(p.Services)))
        {
            var due = service.TimesPerYear * gone / 365;
            var done = random.NextDouble() < 0.8 ? due : random.Next(0, due + 1);
            for (var i = 0; i < done; i++)
            {
                context.Db.Add(new ServiceDelivery
                {
                    Id = Guid.CreateVersion7(),
                    ContractId = contract.Id,
                    RegionCode = contract.RegionCode,
                    Service = service.Name,
                    Date = contract.StartsOn.AddDays(random.Next(0, Math.Max(1, gone))),
                    Source = "manual",
                    RecordedBy = contract.Doctor,
                    RecordedAt = context.Now,
                });
            }
        }
    }

    /// <summary>Half the contracts past their term were renewed on time; a few ended for a reason.</summary>
    private static async Task FollowUpAsync(ContractService contracts, ContractView contract, Random random, DateOnly today, Actor doctor, CancellationToken ct)
    {
        if (contract.Status == ContractStatus.Signed && contract.EndsOn < today.AddDays(20) && random.NextDouble() < 0.5)
        {
            var on = contract.EndsOn.AddDays(-random.Next(0, 30));
            await contracts.RenewAsync(contract.Id, new RenewalInput(null, on < today ? on : today), doctor, ct);
        }
        else if (contract.Status == ContractStatus.Signed && random.NextDouble() < 0.03)
        {
            var reason = random.NextDouble() < 0.5 ? ContractEnd.MovedAway : ContractEnd.Died;
            await contracts.TerminateAsync(contract.Id, new TerminationInput(reason, contract.SignedOn.AddDays((today.DayNumber - contract.SignedOn.DayNumber) / 2), null), doctor, ct);
        }
    }
}
