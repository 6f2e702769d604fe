using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Demo;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Seekers;

/// <summary>
/// About a hundred and twenty residents of 嵩山街道, 泰山街道, 雷打石镇 and 芦淞区 the specialists
/// recorded as seekers, from their homes: a quarter from the registry's disabled, returnee and
/// poverty-relieved people, young graduates, older people and those in hardship counted as having
/// employment difficulty; most still seeking, some employed, a few paused.
/// </summary>
internal static class SeekerDemo
{
    private sealed record Wish(string Occupation, int Min, int Max, string[] Skills, WageUnit Unit = WageUnit.Month);

    /// <summary>What people in the district ask the stations for, as in the demo vacancies.</summary>
    private static readonly Wish[] Wishes =
    [
        new("6-22-02-01", 3800, 5500, ["流水线作业", "焊锡"]),
        new("4-07-05-01", 3000, 4000, ["巡逻", "监控"]),
        new("4-03-02-05", 3000, 4000, ["点菜", "传菜"]),
        new("4-10-01-06", 4000, 6000, ["保洁收纳", "做饭"]),
        new("4-02-06-02", 3500, 4800, ["扫码枪", "盘点"]),
        new("4-02-07-09", 4000, 5500, ["扫码", "分拣"]),
        new("4-01-02-03", 3000, 3800, ["收银", "理货"]),
        new("4-10-01-05", 3500, 5000, ["失能照护"]),
        new("6-05-01-03", 3200, 5000, ["平车", "包缝机"]),
        new("4-02-05-01", 150, 250, ["搬运", "装卸"], WageUnit.Day),
        new("6-29-01-01", 250, 350, ["砌砖", "抹灰"], WageUnit.Day),
        new("4-02-02-02", 5500, 8000, ["C1驾照", "B2驾照"]),
        new("6-31-01-03", 5500, 8000, ["电工证", "水电维修"]),
        new("4-03-02-01", 5000, 7500, ["湘菜", "炒锅"]),
        new("4-02-07-08", 4500, 7000, ["电动车驾驶", "快递APP"]),
    ];

    private static readonly string[] Towns = ["430211001", "430211002", "430211101", "430203"];

    private static readonly string[] Notes = ["希望离家近，方便接送孩子", "可以倒班", "有意参加免费技能培训", "想找包吃住的", "刚从广东返乡，想在本地就业"];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var seekers = context.Service<SeekerService>();
        var random = new Random(20240601);
        var today = DateOnly.FromDateTime(ShanghaiTime.ToLocal(context.Now));
        var people = (await context.Db.People.IgnoreQueryFilters().AsNoTracking()
                .Where(p => p.Longitude != null && p.BirthDate <= today.AddYears(-18) && p.BirthDate > today.AddYears(-60))
                .ToListAsync(ct))
            .Where(p => Towns.Any(t => p.RegionCode.StartsWith(t, StringComparison.Ordinal)))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.BirthDate).ThenBy(p => p.RegionCode, StringComparer.Ordinal).ThenBy(p => p.IdNumberMasked, StringComparer.Ordinal)
            .ToList();
        var count = Math.Min(120, people.Count / 8);
        var special = Shuffle(people.Where(p => p.DisabilityCategory is not null || p.Returnee || p.PovertyRelieved), random).Take(count / 4).ToList();
        var chosen = special.Concat(Shuffle(people.Except(special), random).Take(count - special.Count)).ToList();
        foreach (var person in chosen)
        {
            var age = today.Year - person.BirthDate.Year;
            var wish = Wishes[random.Next(Wishes.Length)];
            var second = random.Next(3) == 0 ? Wishes[random.Next(Wishes.Length)].Occupation : wish.Occupation;
            var graduate = age <= 26 && random.Next(2) == 0;
            var difficulty = person.Hardship != HardshipStatus.None || (age >= (person.Sex == Kernel.Sex.Female ? 40 : 50) && random.Next(3) == 0);
            var wage = wish.Unit == WageUnit.Month ? random.Next(wish.Min / 100, wish.Max / 100 + 1) * 100 : random.Next(wish.Min / 10, wish.Max / 10 + 1) * 10;
            var input = new SeekerInput(
                PersonId: person.Id,
                DesiredOccupations: [wish.Occupation, second],
                ExpectedWage: wage,
                WageUnit: wish.Unit,
                MaxCommuteMeters: person.DisabilityCategory is not null ? 2_000 : random.Next(2, 21) * 1_000,
                Schedules: person.DisabilityCategory is not null || random.Next(5) == 0 ? [WorkSchedule.FullTime, WorkSchedule.PartTime] : wish.Unit == WageUnit.Day ? [WorkSchedule.Gig] : [],
                Skills: wish.Skills.Take(random.Next(1, wish.Skills.Length + 1)).ToList(),
                Education: graduate ? (random.Next(2) == 0 ? Education.College : Education.Bachelor) : (Education)random.Next(0, 3),
                ExperienceYears: graduate ? 0 : Math.Min(age - 18, random.Next(0, 16)),
                AvailableFrom: random.Next(4) == 0 ? today.AddDays(random.Next(3, 40)) : null,
                TargetGroups: [.. graduate ? [TargetGroup.Graduate] : Array.Empty<TargetGroup>(), .. difficulty ? [TargetGroup.EmploymentDifficulty] : Array.Empty<TargetGroup>()],
                PublicWallConsent: random.Next(5) < 3,
                Note: random.Next(6) == 0 ? Notes[random.Next(Notes.Length)] : null);
            var outcome = await seekers.CreateAsync(input, Actor.System("jobs"), ct);
            var seeker = outcome.Value ?? throw new InvalidOperationException($"Demo seeker {person.Name}: {outcome.Errors}");
            var status = random.Next(100) switch { < 12 => SeekerStatus.Employed, < 20 => SeekerStatus.Paused, _ => SeekerStatus.Seeking };
            if (status != SeekerStatus.Seeking)
            {
                await seekers.SetStatusAsync(seeker.Id, new SeekerStatusInput(status), Actor.System("jobs"), ct);
            }
        }
    }

    private static List<Person> Shuffle(IEnumerable<Person> people, Random random)
    {
        var list = people.ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }
}
