using Doorstep.Employment.Coverage;
using Doorstep.Employment.Occupations;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Data;
using Doorstep.Platform.Ui;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Employment.Matching;

/// <summary>
/// The one matching index of this process. A change to a vacancy, a seeker or a referral made
/// here marks it stale and the next query rebuilds it; changes made by another instance behind
/// the same database are picked up when the index is a minute old.
/// </summary>
public sealed class MatchIndexHolder(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private (MatchIndex Index, long Version, DateTimeOffset BuiltAt, DateOnly Day)? current;
    private long version;

    public void Invalidate() => Interlocked.Increment(ref version);

    public void Dispose() => gate.Dispose();

    public async Task<MatchIndex> GetAsync(CancellationToken ct = default)
    {
        if (Fresh() is { } index)
        {
            return index;
        }

        await gate.WaitAsync(ct);
        try
        {
            if (Fresh() is { } built)
            {
                return built;
            }

            var wanted = Interlocked.Read(ref version);
            var today = ShanghaiTime.Today(clock);
            var fresh = await BuildAsync(today, ct);
            current = (fresh, wanted, clock.GetUtcNow(), today);
            return fresh;
        }
        finally
        {
            gate.Release();
        }
    }

    private MatchIndex? Fresh() =>
        current is { } c && c.Version == Interlocked.Read(ref version) && clock.GetUtcNow() - c.BuiltAt < MaxAge && c.Day == ShanghaiTime.Today(clock) ? c.Index : null;

    private async Task<MatchIndex> BuildAsync(DateOnly today, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();

        // The index serves every caller; each query applies the caller's scope to what it returns.
        var vacancies = await db.Set<Vacancy>().IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.Status == VacancyStatus.Published && v.ExpiresOn >= today && v.PostedOn <= today)
            .OrderBy(v => v.Id).ToListAsync(ct);
        var seekers = await db.Set<Seeker>().IgnoreQueryFilters().AsNoTracking().Where(s => s.Status == SeekerStatus.Seeking).OrderBy(s => s.Id).ToListAsync(ct);
        var catalogue = await db.Set<Occupation>().AsNoTracking().Select(o => o.Code).ToListAsync(ct);
        var plane = LocalPlane.Around(vacancies.Select(v => (v.Longitude, v.Latitude)).Concat(seekers.Select(s => (s.Longitude, s.Latitude))));
        return MatchIndex.Build([.. vacancies.Select(VacancyFacts.Of)], [.. seekers.Select(SeekerFacts.Of)], catalogue, plane);
    }
}
