using System.Diagnostics;
using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.WorkItems;
using Doorstep.Platform.WorkItems.Kpis;
using Doorstep.Platform.WorkItems.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Bench;

/// <summary>
/// Times the work-item engine's read paths over a district-sized table: the KPI page (a month and
/// a year), "my work" for a busy grid member, the overdue list, and one run of the reminder job.
/// </summary>
internal static class WorkItemsRun
{
    public static async Task<int> RunAsync(Args args)
    {
        var count = args.Int("--items", 100_000);
        var provider = args.Get("--provider") ?? "sqlite";
        var (services, data, postgres) = await ReadTiming.FreshAsync(args);
        await using var owned = services;

        var now = DateTime.UtcNow;
        var seeding = Stopwatch.StartNew();
        await SeedAsync(services, count, now);
        Console.WriteLine($"{provider}: {count:N0} work items seeded in {seeding.Elapsed.TotalSeconds:F1} s");

        // A district officer sees the whole district; a grid member one village.
        await using var district = ImportRun.BuildServices(data, postgres, new RegionScope([RegionCode.Parse("430211000000").Prefix]));
        await using var village = ImportRun.BuildServices(data, postgres, new RegionScope([RegionCode.Parse("430211101201").Prefix]));
        var today = DateOnly.FromDateTime(now.AddHours(8));
        var grid = new Actor("grid-3", new HashSet<string> { WorkItemPermissions.Read, WorkItemPermissions.Handle, WorkItemPermissions.Verify });

        await ReadTiming.TimeAsync("KPI table, this month, by town (officer)", district, sp => sp.GetRequiredService<KpiService>().ComputeAsync(new KpiQuery(today.AddDays(1 - today.Day), today, "430211000000")));
        await ReadTiming.TimeAsync("KPI table, past year, by town (officer)", district, sp => sp.GetRequiredService<KpiService>().ComputeAsync(new KpiQuery(today.AddYears(-1), today, "430211000000")));
        await ReadTiming.TimeAsync("KPI table, past year, by unit (officer)", district, sp => sp.GetRequiredService<KpiService>().ComputeAsync(new KpiQuery(today.AddYears(-1), today, "430211000000", By: KpiGrouping.Unit)));
        await ReadTiming.TimeAsync("my work (grid member, one village)", village, sp => sp.GetRequiredService<WorkItemQueries>().MineAsync(grid));
        await ReadTiming.TimeAsync("overdue list, first page (officer)", district, sp => sp.GetRequiredService<WorkItemQueries>().SearchAsync(new WorkItemQuery { Overdue = true }));
        await ReadTiming.TimeAsync("KPI drill-down: due this year, first page", district, sp => sp.GetRequiredService<WorkItemQueries>().SearchAsync(new WorkItemQuery { Kpi = WorkItemKpi.Due, From = today.AddYears(-1), To = today }));

        await using (var scope = services.CreateAsyncScope())
        {
            var watch = Stopwatch.StartNew();
            var (reminders, escalations) = await scope.ServiceProvider.GetRequiredService<DeadlineWatch>().RunOnceAsync();
            Console.WriteLine($"{"reminder job, first run",-45} {watch.Elapsed.TotalMilliseconds,9:F0} ms  ({reminders:N0} reminders, {escalations:N0} escalations)");
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var watch = Stopwatch.StartNew();
            var (reminders, escalations) = await scope.ServiceProvider.GetRequiredService<DeadlineWatch>().RunOnceAsync();
            Console.WriteLine($"{"reminder job, next run (nothing new)",-45} {watch.Elapsed.TotalMilliseconds,9:F0} ms  ({reminders} reminders, {escalations} escalations)");
        }

        Directory.Delete(data, recursive: true);
        return 0;
    }

    /// <summary>
    /// Items over the past year across the district's grids: most closed (some late, some rated),
    /// some open and overdue, some within time, a few backlogged; 40 handlers and 8 units.
    /// </summary>
    private static async Task SeedAsync(ServiceProvider services, int count, DateTime now)
    {
        var random = new Random(20240208);
        var grids = BenchRegions.All().Where(r => r.Level == RegionLevel.Grid && r.Code.StartsWith("430211", StringComparison.Ordinal)).Select(r => r.Code).ToList();
        var units = Enumerable.Range(0, 8).Select(_ => Guid.CreateVersion7()).ToList();
        const int batch = 5_000;
        for (var start = 0; start < count; start += batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var reported = now.AddMinutes(-random.Next(0, 365 * 24 * 60));
                var opened = reported.AddHours(1);
                var due = opened.AddDays(random.Next(1, 15));
                var roll = random.Next(100);
                var status = roll switch
                {
                    < 55 => WorkItemStatus.Closed,
                    < 70 => WorkItemStatus.Evaluated,
                    < 75 => WorkItemStatus.Backlogged,
                    < 77 => WorkItemStatus.Cancelled,
                    < 85 => WorkItemStatus.Accepted,
                    < 92 => WorkItemStatus.Dispatched,
                    _ => WorkItemStatus.Handled,
                };
                var closed = status is WorkItemStatus.Closed or WorkItemStatus.Evaluated ? opened.AddHours(random.Next(2, 24 * 16)) : (DateTime?)null;
                if (closed > now)
                {
                    closed = now;
                }

                var byUnit = random.Next(3) == 0;
                db.Add(new WorkItem
                {
                    Id = Guid.CreateVersion7(),
                    Number = $"GD{i:D12}",
                    TypeCode = random.Next(3) switch { 0 => "safety.hazard", 1 => "care.appeal", _ => "safety.complaint" },
                    Category = "general",
                    Title = $"压测工单 {i}",
                    RegionCode = grids[random.Next(grids.Count)],
                    Status = status,
                    ReportedAt = reported,
                    ReportedBy = "bench",
                    OpenedAt = opened,
                    DueAt = due,
                    RemindAt = due - ((due - opened) / 4),
                    TimeLimit = "7d",
                    AssignedUnitId = byUnit ? units[random.Next(units.Count)] : null,
                    AssignedUnitName = byUnit ? "单位" : null,
                    AssignedUser = byUnit ? null : $"grid-{random.Next(40)}",
                    ClosedAt = closed,
                    EvaluatedAt = status == WorkItemStatus.Evaluated ? closed : null,
                    Satisfaction = status == WorkItemStatus.Evaluated ? (Satisfaction)random.Next(1, 4) : null,
                    ReworkCount = random.Next(20) == 0 ? 1 : 0,
                    UpdatedAt = now,
                });
            }

            await db.SaveChangesAsync();
        }
    }
}
