using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Workshops;

/// <summary>
/// Three workshops of the demo district: 霞石村's garment floor (厂房式), piecework from the 栗雨
/// electronics firm taken home in 康华社区 (居家式), and a loofah-growing base in 芦淞区白关镇
/// (基地式, a 共富工坊). When the demo has residents, poverty-relieved ones work there — enough at
/// 霞石村 for basic recognition, which the officer has granted; without residents (the tests) the
/// workshops stand empty.
/// </summary>
internal static class WorkshopDemo
{
    private sealed record Demo(string Name, string Host, WorkshopType Type, string Region, string Address, DateOnly Started, string District, int Workers, IncomePeriod Period, int MinIncome, int MaxIncome);

    private static readonly Demo[] Workshops =
    [
        new("霞石村服饰帮扶车间", "霞石村乡村振兴服饰车间", WorkshopType.Factory, "430211101201", "天元区雷打石镇霞石村村部旁", new(2021, 4, 6), "430211", 6, IncomePeriod.Month, 2200, 3200),
        new("康华社区居家电子装配点", "栗雨电子科技有限公司", WorkshopType.HomeBased, "430211001001", "天元区嵩山街道康华社区党群服务中心二楼（领料点）", new(2022, 9, 1), "430211", 3, IncomePeriod.Month, 900, 1600),
        new("白关镇丝瓜络种植基地", "嵩山花园惠民超市", WorkshopType.Base, "430203101201", "芦淞区白关镇丝瓜络产业园", new(2020, 5, 20), "430203", 4, IncomePeriod.Year, 9_000, 15_000),
    ];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var workshops = context.Service<WorkshopService>();
        var workers = context.Service<WorkshopWorkerService>();
        var designations = context.Service<WorkshopDesignationService>();
        var jobs = Actor.System("jobs");
        var officer = Actor.System("officer");
        var random = new Random(20240708);
        var today = DateOnly.FromDateTime(ShanghaiTime.ToLocal(context.Now));
        var relieved = (await context.Db.People.IgnoreQueryFilters().AsNoTracking()
                .Where(p => p.PovertyRelieved && p.BirthDate <= today.AddYears(-18) && p.BirthDate > today.AddYears(-60))
                .Select(p => new { p.Id, p.Name, p.RegionCode, p.IdNumberMasked }).ToListAsync(ct))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.IdNumberMasked, StringComparer.Ordinal).ToList();
        var taken = new HashSet<Guid>();
        for (var i = 0; i < Workshops.Length; i++)
        {
            var demo = Workshops[i];
            var centre = context.Region(demo.Region);
            var created = await workshops.CreateAsync(new WorkshopInput(
                demo.Name, await context.OrganisationIdAsync(demo.Host, ct), demo.Type, "湖南省株洲市" + demo.Address, demo.Region,
                centre.Longitude + 0.0015 * (i + 1), centre.Latitude - 0.001, null, null, demo.Started), jobs, ct);
            var workshop = created.Value ?? throw new InvalidOperationException($"Demo workshop {demo.Name}: {created.Errors}");

            foreach (var person in relieved.Where(p => p.RegionCode.StartsWith(demo.District, StringComparison.Ordinal) && !taken.Contains(p.Id)).Take(demo.Workers).ToList())
            {
                taken.Add(person.Id);
                var hiredOn = today.AddMonths(-random.Next(2, 30)).AddDays(-random.Next(0, 28));
                var added = await workers.AddWorkerAsync(workshop.Id, new WorkerInput(
                    person.Id, HiredOn: hiredOn < demo.Started ? demo.Started : hiredOn, Income: random.Next(demo.MinIncome / 100, demo.MaxIncome / 100 + 1) * 100,
                    IncomePeriod: demo.Period), jobs, ct);
                _ = added.Value ?? throw new InvalidOperationException($"Demo worker {person.Name}: {added.Errors}");
            }

            if ((await designations.RecognitionAsync(workshop.Id, ct))!.Basic.Met)
            {
                await designations.DesignateAsync(workshop.Id, new DesignationInput(WorkshopDesignation.Recognised, On: today.AddDays(-20)), officer, ct);
            }

            if (demo.Type == WorkshopType.Base)
            {
                await designations.DesignateAsync(workshop.Id, new DesignationInput(WorkshopDesignation.CommonProsperity, On: today.AddDays(-45)), officer, ct);
            }
        }
    }
}
