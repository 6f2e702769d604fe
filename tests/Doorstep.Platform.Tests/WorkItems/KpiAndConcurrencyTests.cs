using Doorstep.Platform.Demo;
using Doorstep.Platform.WorkItems;
using Doorstep.Platform.WorkItems.Kpis;
using Doorstep.Platform.WorkItems.Lifecycle;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Platform.Tests.WorkItems;

/// <summary>KPIs that match the items behind them, and concurrent writers that never lose an update.</summary>
public sealed class KpiAndConcurrencyTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Closure_and_on_time_rates_match_the_items_behind_them(string provider)
    {
        await using var desk = await WorkItemDesk.OpenAsync(provider);
        // 霞石村: one closed on time, one closed late, one overdue now. 康华: one still within time.
        var onTime = await OpenAndDispatchAsync(desk, WorkItemDesk.Appeal("按期办结"));
        onTime = await CloseAsync(desk, onTime);
        var late = await OpenAndDispatchAsync(desk, WorkItemDesk.Appeal("超期办结"));
        await OpenAndDispatchAsync(desk, WorkItemDesk.Appeal("仍未办结"));
        await desk.CreateAsync(WorkItemDesk.Appeal("康华诉求", category: "complex", open: true) with { RegionCode = DemoDistrict.Kanghua + "001" }, desk.Officer);
        desk.Clock.Advance(TimeSpan.FromDays(8));
        late = await CloseAsync(desk, late);
        await desk.StepAsync(late, WorkItemActions.Evaluate, desk.Officer, new TransitionInput { Satisfaction = Satisfaction.BasicallySatisfied });
        await desk.StepAsync(onTime, WorkItemActions.Evaluate, desk.Officer, new TransitionInput { Satisfaction = Satisfaction.Unsatisfied });

        var query = new KpiQuery(new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29), DemoDistrict.Tianyuan);
        var (table, behind) = await desk.WithAsync<KpiService, (KpiTable, Dictionary<string, int>)>(async kpis =>
        {
            var t = await kpis.ComputeAsync(query);
            var counts = new Dictionary<string, int>();
            foreach (var kpi in WorkItemKpi.All)
            {
                counts[kpi] = await kpis.Behind(kpi, query).CountAsync();
            }

            return (t, counts);
        });

        var total = table.Total;
        total[WorkItemKpi.Reported].ShouldBe(4);
        total[WorkItemKpi.Due].ShouldBe(4);
        total[WorkItemKpi.Closed].ShouldBe(2);
        total[WorkItemKpi.OnTime].ShouldBe(1);
        total[WorkItemKpi.Overdue].ShouldBe(1);
        total.ClosureRate.ShouldBe(0.5);
        total.OnTimeRate.ShouldBe(0.25);
        total.SatisfactionRate.ShouldBe(0.5);
        foreach (var kpi in WorkItemKpi.All)
        {
            behind[kpi].ShouldBe(total[kpi], kpi);
        }

        // Grouped by town: 雷打石镇 holds the three 霞石村 items, 嵩山街道 the one in 康华.
        var leidashi = table.Rows.Single(r => r.Key == DemoDistrict.Leidashi);
        leidashi[WorkItemKpi.Due].ShouldBe(3);
        leidashi[WorkItemKpi.Overdue].ShouldBe(1);
        table.Rows.Single(r => r.Key == DemoDistrict.Songshan)[WorkItemKpi.Due].ShouldBe(1);
        table.Rows.Sum(r => r[WorkItemKpi.Due]).ShouldBe(total[WorkItemKpi.Due]);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task The_second_of_two_writers_holding_the_same_version_gets_a_conflict_and_changes_nothing(string provider)
    {
        await using var desk = await WorkItemDesk.OpenAsync(provider);
        var item = (await desk.CreateAsync(WorkItemDesk.Appeal(open: true), desk.Officer)).Item!;

        // Both dispatchers read version 1; the first sends it to the grid member, the second to the committee.
        var first = await desk.ApplyAsync(item, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { AssignUser = "grid" });
        var second = await desk.ApplyAsync(item, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { UnitId = desk.Committee });

        first.Succeeded.ShouldBeTrue();
        second.Failure.ShouldBe(WorkItemFailure.Conflict);
        second.Errors.For("version").ShouldBe("该工单刚被他人更新，请刷新后再操作");
        var after = await desk.QueryAsync(db => db.Set<WorkItem>().SingleAsync(w => w.Id == item.Id));
        after.AssignedUser.ShouldBe("grid");
        after.AssignedUnitId.ShouldBeNull();
        after.Version.ShouldBe(item.Version + 1);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Two_writers_racing_at_the_same_moment_never_both_win(string provider)
    {
        await using var desk = await WorkItemDesk.OpenAsync(provider);
        var item = (await desk.CreateAsync(WorkItemDesk.Appeal(open: true), desk.Officer)).Item!;

        // Load in two scopes first, then save together: only the database's version check can decide.
        await using var a = desk.Fixture.Scope();
        await using var b = desk.Fixture.Scope();
        var serviceA = ActivatorUtilities.CreateInstance<WorkItemService>(a.ServiceProvider, (TimeProvider)desk.Clock);
        var serviceB = ActivatorUtilities.CreateInstance<WorkItemService>(b.ServiceProvider, (TimeProvider)desk.Clock);
        var results = await Task.WhenAll(
            Task.Run(() => serviceA.ApplyAsync(item.Id, WorkItemActions.DispatchTo, new TransitionInput { Version = item.Version, AssignUser = "grid" }, [], desk.Officer)),
            Task.Run(() => serviceB.ApplyAsync(item.Id, WorkItemActions.DispatchTo, new TransitionInput { Version = item.Version, UnitId = desk.Committee }, [], desk.Officer)));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Count(r => r.Failure == WorkItemFailure.Conflict).ShouldBe(1);
        var after = await desk.QueryAsync(db => db.Set<WorkItem>().SingleAsync(w => w.Id == item.Id));
        after.Version.ShouldBe(item.Version + 1);
        (await desk.QueryAsync(db => db.Set<WorkItemEvent>().CountAsync(e => e.WorkItemId == item.Id && e.Action == WorkItemActions.DispatchTo))).ShouldBe(1);
    }

    private static async Task<WorkItem> OpenAndDispatchAsync(WorkItemDesk desk, NewWorkItem input)
    {
        var item = (await desk.CreateAsync(input with { Open = true }, desk.Officer)).Item!;
        return await desk.StepAsync(item, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { AssignUser = "grid" });
    }

    private static async Task<WorkItem> CloseAsync(WorkItemDesk desk, WorkItem item)
    {
        item = await desk.StepAsync(item, WorkItemActions.Accept, desk.Grid);
        item = await desk.StepAsync(item, WorkItemActions.Handle, desk.Grid, new TransitionInput { Note = "已处理" });
        item = await desk.StepAsync(item, WorkItemActions.Verify, desk.Officer, new TransitionInput { Passed = true });
        return await desk.StepAsync(item, WorkItemActions.Close, desk.Officer);
    }
}
