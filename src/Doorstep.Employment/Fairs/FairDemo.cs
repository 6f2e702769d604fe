using Doorstep.Employment.Employers;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;
using Doorstep.Kernel;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Fairs;

/// <summary>
/// The seed's special job fair in miniature — 59 firms and 1,600 posts, more than half suitable for
/// disabled people, 24 disabled people hired — as a 残疾人专场招聘会 in 天元区 three weeks ago with
/// the demo employers, their posts, a dozen visitors and a few hires; and a night fair next week.
/// The visitors are walk-ins from 茶陵 and 炎陵 (birthplaces the demo residents do not have), so
/// the fair stands on its own when the demo has no residents.
/// </summary>
internal static class FairDemo
{
    private sealed record Walker(string Name, int BirthYear, TargetGroup[] Groups, string? Wish);

    private static readonly Walker[] Walkers =
    [
        new("谭小兵", 1988, [TargetGroup.Disabled], "6-22-02-01"),
        new("刘桂芳", 1979, [TargetGroup.Disabled, TargetGroup.PovertyRelieved], "4-02-06-02"),
        new("陈志明", 1992, [TargetGroup.Disabled], "4-07-05-01"),
        new("周丽娟", 1985, [TargetGroup.Disabled, TargetGroup.Returnee], "6-22-02-01"),
        new("易建国", 1975, [TargetGroup.Disabled], "4-02-06-01"),
        new("罗晓燕", 1996, [TargetGroup.Disabled, TargetGroup.Graduate], "4-02-07-09"),
        new("彭海峰", 1983, [TargetGroup.Disabled, TargetGroup.PovertyRelieved], null),
        new("贺秀英", 1970, [TargetGroup.PovertyRelieved], "4-10-01-06"),
        new("龙文亮", 1990, [TargetGroup.Returnee], "4-02-05-01"),
        new("汤美兰", 1987, [TargetGroup.Disabled], "6-22-02-01"),
        new("段志强", 1981, [], "4-02-02-02"),
        new("黎巧玲", 1998, [TargetGroup.Disabled, TargetGroup.Graduate], null),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var fairs = context.Service<FairService>();
        var visitors = context.Service<FairVisitorService>();
        var actor = Actor.System("jobs");
        var today = DateOnly.FromDateTime(ShanghaiTime.ToLocal(context.Now));

        var special = await fairs.CreateAsync(new FairInput(
            $"天元区{today.AddDays(-21).Year}年残疾人专场招聘会", FairKind.Disabled, today.AddDays(-21), "09:00", "12:00", "天元区人力资源市场（天元区黄河北路）", DemoDistrict.Tianyuan,
            113.1003, 27.8436, ["天元区人力资源和社会保障局", "天元区残疾人联合会"], [TargetGroup.Disabled, TargetGroup.PovertyRelieved],
            "现场提供手语翻译和无障碍通道"), actor, ct);
        var fair = special.Value ?? throw new InvalidOperationException($"Demo fair: {special.Errors}");

        // Every firm brings its posts open on the day, those suitable for disabled people first, until they are more than half.
        var open = await context.Db.Set<Vacancy>().AsNoTracking()
            .Where(v => v.Status == VacancyStatus.Published && v.PostedOn <= fair.Date && v.ExpiresOn >= fair.Date && v.Schedule != WorkSchedule.Gig).ToListAsync(ct);
        var suitable = open.Where(v => v.SuitsDisabilities.Count > 0).ToList();
        var others = new List<Vacancy>();
        var room = suitable.Sum(v => v.Headcount) - 1;
        foreach (var v in open.Except(suitable).OrderBy(v => v.Headcount))
        {
            if (v.Headcount <= room)
            {
                others.Add(v);
                room -= v.Headcount;
            }
        }

        var booth = 0;
        foreach (var group in suitable.Concat(others).GroupBy(v => v.EmployerId))
        {
            var set = await fairs.SetEmployerAsync(fair.Id, group.Key, new FairEmployerInput($"A{++booth:00}", [.. group.Select(v => v.Id)]), actor, ct);
            _ = set.Value ?? throw new InvalidOperationException($"Demo fair employer: {set.Errors}");
        }

        var registered = new List<FairVisitorView>();
        for (var i = 0; i < Walkers.Length; i++)
        {
            var w = Walkers[i];
            var id = CitizenId.Create(i % 2 == 0 ? "430224" : "430225", new DateOnly(w.BirthYear, 1 + (i % 12), 3 + i), 801 + (i * 7));
            var phone = $"1397331{2000 + (i * 37):0000}";
            var visitor = await visitors.RegisterAsync(fair.Id, new FairVisitorInput(id, w.Name, phone, w.Groups, w.Wish), actor, ct);
            registered.Add(visitor.Value ?? throw new InvalidOperationException($"Demo fair visitor {w.Name}: {visitor.Errors}"));
        }

        // The first visitors' best matches: four hired, two at interview, three with an intent.
        var stages = new[] { FairStage.Hired, FairStage.Hired, FairStage.Hired, FairStage.Hired, FairStage.Interview, FairStage.Interview, FairStage.Intent, FairStage.Intent, FairStage.Intent };
        for (var i = 0; i < stages.Length; i++)
        {
            var matches = await visitors.MatchesAsync(fair.Id, registered[i].Id, ct);
            if (matches is { Count: > 0 })
            {
                await visitors.RecordAsync(fair.Id, new FairOutcomeInput(registered[i].Id, matches[0].VacancyId, stages[i]), actor, ct);
            }
        }

        var night = await fairs.CreateAsync(new FairInput(
            "神农城夏季夜市招聘会", FairKind.Night, today.AddDays(9), "19:00", "21:30", "天元区神农城南广场", "430211002000", 113.1089, 27.8512,
            ["天元区人力资源和社会保障局", "泰山街道办事处"], [], "下班后来逛，现场面试，零工和全职岗位都有"), actor, ct);
        var evening = night.Value ?? throw new InvalidOperationException($"Demo night fair: {night.Errors}");
        var upcoming = open.Where(v => v.ExpiresOn >= evening.Date).GroupBy(v => v.EmployerId).Take(4);
        foreach (var group in upcoming)
        {
            await fairs.SetEmployerAsync(evening.Id, group.Key, new FairEmployerInput(null, [.. group.Take(2).Select(v => v.Id)]), actor, ct);
        }
    }
}
