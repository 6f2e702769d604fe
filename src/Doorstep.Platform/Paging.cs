using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform;

/// <summary>One page of a list, with what a pager needs.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The page a caller asked for, made safe: a size in [1, max] and a number of at least 1.</summary>
public readonly record struct PageRequest(int Number, int Size)
{
    public static PageRequest Clamp(int page, int pageSize, int maxPageSize) =>
        new(Math.Max(1, page), Math.Clamp(pageSize, 1, maxPageSize));

    /// <summary>The rows before this page; a page number far past the end skips everything rather than overflowing.</summary>
    public int Skip => (int)Math.Min((long)(Number - 1) * Size, int.MaxValue);
}

public static class Paging
{
    /// <summary>Counts the query and reads one page of it; the query must already be ordered so pages do not overlap.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, int page, int pageSize, int maxPageSize, CancellationToken ct = default)
    {
        var (rows, total, request) = await ReadAsync(ordered, page, pageSize, maxPageSize, ct);
        return new Page<T>(rows, total, request.Number, request.Size);
    }

    /// <summary>One page of the query, its rows turned into views by a second look-up (names, counts) for just those rows.</summary>
    public static async Task<Page<TView>> ToPageAsync<T, TView>(
        this IQueryable<T> ordered, int page, int pageSize, int maxPageSize, Func<List<T>, CancellationToken, Task<List<TView>>> views, CancellationToken ct = default)
    {
        var (rows, total, request) = await ReadAsync(ordered, page, pageSize, maxPageSize, ct);
        return new Page<TView>(await views(rows, ct), total, request.Number, request.Size);
    }

    /// <summary>One page of the query, each row turned into a view on its own.</summary>
    public static async Task<Page<TView>> ToPageAsync<T, TView>(
        this IQueryable<T> ordered, int page, int pageSize, int maxPageSize, Func<T, TView> view, CancellationToken ct = default)
    {
        var (rows, total, request) = await ReadAsync(ordered, page, pageSize, maxPageSize, ct);
        return new Page<TView>(rows.ConvertAll(row => view(row)), total, request.Number, request.Size);
    }

    private static async Task<(List<T> Rows, int Total, PageRequest Request)> ReadAsync<T>(
        IQueryable<T> ordered, int page, int pageSize, int maxPageSize, CancellationToken ct)
    {
        var request = PageRequest.Clamp(page, pageSize, maxPageSize);
        var total = await ordered.CountAsync(ct);
        var rows = await ordered.Skip(request.Skip).Take(request.Size).ToListAsync(ct);
        return (rows, total, request);
    }
}
