using Doorstep.Platform.Data;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Doorstep.Platform.WorkItems;
using Doorstep.Platform.WorkItems.Lifecycle;
using Doorstep.Platform.WorkItems.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Doorstep.Platform.Tests.WorkItems;

/// <summary>
/// The work-item engine over a real demo database, on a clock the test turns. Each call gets a
/// fresh scope, as each web request would. Starts at 10:00 on 8 February 2024, Beijing time.
/// </summary>
public sealed class WorkItemDesk : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2024, 2, 8, 2, 0, 0, TimeSpan.Zero);

    private WorkItemDesk(PlatformFixture fixture, Guid committee, Guid town)
    {
        Fixture = fixture;
        Committee = committee;
        Town = town;
    }

    public PlatformFixture Fixture { get; }

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>霞石村村民委员会: the grid member's unit.</summary>
    public Guid Committee { get; }

    /// <summary>雷打石镇人民政府.</summary>
    public Guid Town { get; }

    public static async Task<WorkItemDesk> OpenAsync(string provider = TestDatabase.Sqlite)
    {
        var fixture = await PlatformFixture.StartAsync(provider);
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        var committee = await db.Organisations.Where(o => o.Name == DemoDistrict.XiashiCommittee).Select(o => o.Id).FirstAsync();
        var town = await db.Organisations.Where(o => o.Name == DemoDistrict.LeidashiGovernment).Select(o => o.Id).FirstAsync();
        // The demo district brings its own items; these tests count their own from a clean table.
        await db.Set<WorkItemPhoto>().ExecuteDeleteAsync();
        await db.Set<WorkItemEvent>().ExecuteDeleteAsync();
        await db.Set<WorkItem>().ExecuteDeleteAsync();
        await db.Set<Notification>().ExecuteDeleteAsync();
        await db.Set<OutboxMessage>().ExecuteDeleteAsync();
        return new WorkItemDesk(fixture, committee, town);
    }

    public Actor Officer => As("officer", Roles.DistrictOfficer);

    public Actor Grid => As("grid", Roles.GridMember, Committee);

    public Actor Deputy => As("deputy", Roles.Deputy);

    public Actor As(string user, string role, Guid? unit = null)
    {
        using var scope = Fixture.Factory.Services.CreateScope();
        var permissions = scope.ServiceProvider.GetRequiredService<PermissionCatalog>().ForRoles([role]).ToHashSet();
        return new Actor(user, permissions, UnitId: unit);
    }

    /// <summary>Runs <paramref name="work"/> with a service of type <typeparamref name="T"/> on this desk's clock, in its own scope.</summary>
    public async Task<TResult> WithAsync<T, TResult>(Func<T, Task<TResult>> work)
        where T : class
    {
        await using var scope = Fixture.Scope();
        var service = ActivatorUtilities.CreateInstance<T>(scope.ServiceProvider, (TimeProvider)Clock);
        return await work(service);
    }

    public Task<WorkItemOutcome> CreateAsync(NewWorkItem item, Actor actor) =>
        WithAsync<WorkItemService, WorkItemOutcome>(s => s.CreateAsync(item, actor));

    public Task<WorkItemOutcome> ApplyAsync(WorkItem item, string action, Actor actor, TransitionInput? input = null, IReadOnlyList<PhotoUpload>? photos = null) =>
        WithAsync<WorkItemService, WorkItemOutcome>(s => s.ApplyAsync(item.Id, action, (input ?? new TransitionInput()) with { Version = (input?.Version) ?? item.Version }, photos ?? [], actor));

    /// <summary>Takes a step that must succeed, and returns the item after it.</summary>
    public async Task<WorkItem> StepAsync(WorkItem item, string action, Actor actor, TransitionInput? input = null, IReadOnlyList<PhotoUpload>? photos = null)
    {
        var outcome = await ApplyAsync(item, action, actor, input, photos);
        outcome.Succeeded.ShouldBeTrue(outcome.Errors.ToString());
        return outcome.Item!;
    }

    public async Task<T> QueryAsync<T>(Func<DoorstepDb, Task<T>> query)
    {
        await using var scope = Fixture.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<DoorstepDb>());
    }

    /// <summary>A general appeal in 霞石村 grid 3 (7 days by default).</summary>
    public static NewWorkItem Appeal(string title = "村道路灯不亮", string category = "general", bool open = false) => new()
    {
        TypeCode = "care.appeal", Category = category, Title = title, RegionCode = DemoDistrict.Xiashi + "003",
        Address = "霞石村3组", ContactName = "谭大爷", ContactPhone = "13907330215", Open = open,
    };

    public static DateTime Beijing(int year, int month, int day, int hour, int minute) =>
        Ui.ShanghaiTime.ToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified));

    public ValueTask DisposeAsync() => Fixture.DisposeAsync();
}
