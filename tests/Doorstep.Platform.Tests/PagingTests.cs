using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.Tests;

public sealed class PagingTests : IAsyncLifetime
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private NumbersDb db = null!;

    public async ValueTask InitializeAsync()
    {
        await connection.OpenAsync();
        db = new NumbersDb(new DbContextOptionsBuilder<NumbersDb>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync();
        db.Numbers.AddRange(Enumerable.Range(1, 7).Select(n => new Number { Id = n }));
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await db.DisposeAsync();
        await connection.DisposeAsync();
    }

    [Theory]
    [InlineData(1, 20, 50, 1, 20)]
    [InlineData(0, 0, 50, 1, 1)]
    [InlineData(-3, -5, 50, 1, 1)]
    [InlineData(2, 50, 50, 2, 50)]
    [InlineData(2, 51, 50, 2, 50)]
    [InlineData(int.MaxValue, int.MaxValue, 500, int.MaxValue, 500)]
    public void Clamp_keeps_the_size_within_one_and_the_maximum_and_the_number_at_least_one(int page, int size, int max, int number, int clamped)
    {
        var request = PageRequest.Clamp(page, size, max);

        request.ShouldBe(new PageRequest(number, clamped));
    }

    [Fact]
    public void Skip_counts_the_rows_of_the_earlier_pages_and_never_overflows()
    {
        PageRequest.Clamp(1, 20, 50).Skip.ShouldBe(0);
        PageRequest.Clamp(3, 20, 50).Skip.ShouldBe(40);
        PageRequest.Clamp(int.MaxValue, 500, 500).Skip.ShouldBe(int.MaxValue);
    }

    [Fact]
    public async Task A_page_holds_its_slice_of_the_ordered_rows_and_the_total_of_all()
    {
        var page = await Ordered().ToPageAsync(2, 3, 50, TestContext.Current.CancellationToken);

        page.Items.Select(n => n.Id).ShouldBe([4, 3, 2]);
        page.Total.ShouldBe(7);
        page.PageNumber.ShouldBe(2);
        page.PageSize.ShouldBe(3);
        page.PageCount.ShouldBe(3);
    }

    [Fact]
    public async Task The_last_page_holds_what_is_left()
    {
        var page = await Ordered().ToPageAsync(3, 3, 50, TestContext.Current.CancellationToken);

        page.Items.Select(n => n.Id).ShouldBe([1]);
    }

    [Fact]
    public async Task A_page_beyond_the_end_is_empty_but_keeps_the_total_and_the_number_asked_for()
    {
        var far = await Ordered().ToPageAsync(5, 3, 50, TestContext.Current.CancellationToken);
        var farthest = await Ordered().ToPageAsync(int.MaxValue, 3, 50, TestContext.Current.CancellationToken);

        far.Items.ShouldBeEmpty();
        far.Total.ShouldBe(7);
        far.PageNumber.ShouldBe(5);
        farthest.Items.ShouldBeEmpty();
        farthest.Total.ShouldBe(7);
    }

    [Fact]
    public async Task An_oversized_page_is_cut_to_the_maximum()
    {
        var page = await Ordered().ToPageAsync(1, 1_000, 4, TestContext.Current.CancellationToken);

        page.Items.Select(n => n.Id).ShouldBe([7, 6, 5, 4]);
        page.PageSize.ShouldBe(4);
    }

    [Fact]
    public async Task An_empty_query_gives_one_empty_page()
    {
        var page = await Ordered().Where(n => n.Id > 100).ToPageAsync(1, 20, 50, TestContext.Current.CancellationToken);

        page.Items.ShouldBeEmpty();
        page.Total.ShouldBe(0);
        page.PageCount.ShouldBe(1);
    }

    [Fact]
    public async Task Views_are_built_from_the_rows_of_the_page_only()
    {
        List<int>? seen = null;
        var page = await Ordered().ToPageAsync(2, 2, 50, (rows, _) =>
        {
            seen = rows.ConvertAll(n => n.Id);
            return Task.FromResult(rows.ConvertAll(n => $"#{n.Id}"));
        }, TestContext.Current.CancellationToken);

        seen.ShouldBe([5, 4]);
        page.Items.ShouldBe(["#5", "#4"]);
        page.Total.ShouldBe(7);
        page.PageNumber.ShouldBe(2);
        page.PageSize.ShouldBe(2);
    }

    [Fact]
    public async Task Each_row_can_be_turned_into_a_view()
    {
        var page = await Ordered().ToPageAsync(1, 2, 50, n => n.Id * 10, TestContext.Current.CancellationToken);

        page.Items.ShouldBe([70, 60]);
        page.Total.ShouldBe(7);
    }

    /// <summary>Descending, so a page that ignored the ordering would show.</summary>
    private IQueryable<Number> Ordered() => db.Numbers.AsNoTracking().OrderByDescending(n => n.Id);

    private sealed class Number
    {
        public int Id { get; set; }
    }

    private sealed class NumbersDb(DbContextOptions<NumbersDb> options) : DbContext(options)
    {
        public DbSet<Number> Numbers => Set<Number>();
    }
}
