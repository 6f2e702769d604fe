using Doorstep.Platform.WorkItems;
using Doorstep.Platform.WorkItems.Lifecycle;
using Doorstep.Platform.WorkItems.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Doorstep.Platform.Tests.WorkItems;

/// <summary>
/// Reminders before the deadline and escalations after it: once each, across restarts, none lost
/// while the host was down; and the outbox keeps what a channel refused.
/// </summary>
public sealed class SchedulerTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Reminders_and_escalations_are_raised_once_each_across_a_restart(string provider)
    {
        await using var desk = await WorkItemDesk.OpenAsync(provider);
        var item = (await desk.CreateAsync(WorkItemDesk.Appeal(open: true), desk.Officer)).Item!;
        item = await desk.StepAsync(item, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { AssignUser = "grid" });

        // Before the last quarter: nothing.
        (await RunAsync(desk)).ShouldBe((0, 0));

        // Into the last quarter of the 7 days: one reminder, however often the job runs.
        desk.Clock.Advance(TimeSpan.FromDays(5.5));
        (await RunAsync(desk)).ShouldBe((1, 0));
        (await RunAsync(desk)).ShouldBe((0, 0));

        // "Restart": a new host process over the same database, as after a deployment.
        await using (var restarted = new DoorstepAppFactory(desk.Fixture.Database))
        {
            _ = restarted.Server;
            await using var scope = restarted.Services.CreateAsyncScope();
            var watch = ActivatorUtilities.CreateInstance<DeadlineWatch>(scope.ServiceProvider, (TimeProvider)desk.Clock);
            (await watch.RunOnceAsync(TestContext.Current.CancellationToken)).ShouldBe((0, 0));
        }

        // Down over the deadline: the escalation is raised at the next run, not lost.
        desk.Clock.Advance(TimeSpan.FromDays(3));
        (await RunAsync(desk)).ShouldBe((0, 1));
        (await RunAsync(desk)).ShouldBe((0, 0));

        var notes = await desk.QueryAsync(db => db.Set<Notification>().Where(n => n.WorkItemId == item.Id).OrderBy(n => n.Id).Select(n => new { n.UserName, n.Kind }).ToListAsync());
        notes.Select(n => $"{n.UserName}:{n.Kind}").ShouldBe(["grid:assigned", "grid:reminder", "grid:escalation", "officer:escalation"]);
        (await desk.QueryAsync(db => db.Set<OutboxMessage>().CountAsync())).ShouldBe(3);
    }

    [Fact]
    public async Task An_extension_earns_a_new_reminder_for_the_new_deadline()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        var item = (await desk.CreateAsync(WorkItemDesk.Appeal(open: true), desk.Officer)).Item!;
        item = await desk.StepAsync(item, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { AssignUser = "grid" });
        item = await desk.StepAsync(item, WorkItemActions.Accept, desk.Grid);
        desk.Clock.Advance(TimeSpan.FromDays(6));
        (await RunAsync(desk)).ShouldBe((1, 0));

        item = await desk.StepAsync(item, WorkItemActions.RequestExtension, desk.Grid, new TransitionInput { Days = 10, Note = "等配件" });
        item = await desk.StepAsync(item, WorkItemActions.Decide, desk.Officer, new TransitionInput { Approve = true });
        (await RunAsync(desk)).ShouldBe((0, 0));
        desk.Clock.SetUtcNow(new DateTimeOffset(item.RemindAt!.Value, TimeSpan.Zero).AddMinutes(1));
        (await RunAsync(desk)).ShouldBe((1, 0));
    }

    [Fact]
    public async Task A_message_the_channel_refuses_stays_in_the_outbox_and_goes_later()
    {
        await using var desk = await WorkItemDesk.OpenAsync();
        var item = (await desk.CreateAsync(WorkItemDesk.Appeal(category: "emergency", open: true), desk.Officer)).Item!;
        await desk.StepAsync(item, WorkItemActions.DispatchTo, desk.Officer, new TransitionInput { AssignUser = "grid" });
        desk.Clock.Advance(TimeSpan.FromHours(3));
        (await RunAsync(desk)).ShouldBe((0, 1));

        var gateway = new FlakyChannel { Down = true };
        (await SendAsync(desk, gateway)).ShouldBe(0);
        var waiting = await desk.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.SentAt == null).ToListAsync());
        waiting.Count.ShouldBe(2);
        waiting.ShouldAllBe(m => m.Attempts == 1 && m.LastError == "gateway down");

        gateway.Down = false;
        (await SendAsync(desk, gateway)).ShouldBe(2);
        (await SendAsync(desk, gateway)).ShouldBe(0);
        gateway.Sent.Count.ShouldBe(2);
        gateway.Sent.ShouldContain(s => s.StartsWith("grid:工单已超期", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_default_channel_writes_to_the_log()
    {
        var channel = new LogOutboundChannel(NullLogger<LogOutboundChannel>.Instance);
        channel.Name.ShouldBe("sms");
        await channel.SendAsync("grid", "13907330215", "工单已超期", TestContext.Current.CancellationToken);
    }

    private static Task<(int, int)> RunAsync(WorkItemDesk desk) =>
        desk.WithAsync<DeadlineWatch, (int, int)>(w => w.RunOnceAsync());

    private static async Task<int> SendAsync(WorkItemDesk desk, IOutboundChannel channel)
    {
        await using var scope = desk.Fixture.Scope();
        var sender = ActivatorUtilities.CreateInstance<OutboxSender>(scope.ServiceProvider, (TimeProvider)desk.Clock, new[] { channel }.AsEnumerable());
        return await sender.RunOnceAsync();
    }

    private sealed class FlakyChannel : IOutboundChannel
    {
        public bool Down { get; set; }

        public List<string> Sent { get; } = [];

        public string Name => "sms";

        public Task SendAsync(string userName, string? phone, string text, CancellationToken ct)
        {
            if (Down)
            {
                throw new InvalidOperationException("gateway down");
            }

            Sent.Add($"{userName}:{text}");
            return Task.CompletedTask;
        }
    }
}
