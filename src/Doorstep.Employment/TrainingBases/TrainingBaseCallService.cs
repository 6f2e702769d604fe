using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.TrainingBases;

/// <summary>年度申报: the yearly calls for high-skill training bases, with how far each has come.</summary>
public sealed class TrainingBaseCallService(DoorstepDb db, AuditLog audit, TimeProvider clock, TrainingBaseSettings settings)
{
    public TrainingBaseSettings Settings => settings;

    public async Task<List<CallView>> CallsAsync(CancellationToken ct = default)
    {
        var calls = await db.Set<TrainingBaseCall>().AsNoTracking().OrderByDescending(c => c.Year).ThenBy(c => c.RegionCode).ToListAsync(ct);
        return await CallViewsAsync(calls, ct);
    }

    public async Task<CallView?> GetCallAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<TrainingBaseCall>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } call ? (await CallViewsAsync([call], ct)).Single() : null;

    /// <summary>Issues a year's call; one per year and area, the quota within the configured range.</summary>
    public async Task<Outcome<CallView>> CreateCallAsync(CallInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (input.Year is not (>= 2000 and <= 2100))
        {
            errors.Add("year", "请填写申报年度，如 2026");
        }

        var region = await BaseRegions.FindAsync(db, input.RegionCode, "regionCode", errors, ct);
        if (input.OpensOn is null)
        {
            errors.Add("opensOn", "请填写申报开始日期");
        }

        if (input.ClosesOn is null)
        {
            errors.Add("closesOn", "请填写申报截止日期");
        }
        else if (input.OpensOn is { } opens && input.ClosesOn < opens)
        {
            errors.Add("closesOn", "截止日期不能早于开始日期");
        }

        if (input.Quota is not { } quota || quota < settings.MinQuota || quota > settings.MaxQuota)
        {
            errors.Add("quota", $"年度认定名额应为 {settings.MinQuota}～{settings.MaxQuota} 个");
        }

        if (input.SubsidyYuan is not (>= 0 and <= 100_000_000))
        {
            errors.Add("subsidyYuan", "请填写每个基地的补助金额（元），0～1亿元");
        }

        var pillars = Inputs.Clean(input.PillarIndustries);
        if (pillars.Any(p => p.Length > 20))
        {
            errors.Add("pillarIndustries", "每个支柱产业名称不超过20字");
        }

        if (region is { } r && input.Year is { } year &&
            await db.Set<TrainingBaseCall>().IgnoreQueryFilters().AnyAsync(c => c.Year == year && c.RegionCode == r.Value, ct))
        {
            errors.Add("year", $"{year}年度的申报已经发布，请勿重复发布");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<CallView>.Fail(errors);
        }

        var call = new TrainingBaseCall
        {
            Id = Guid.CreateVersion7(), Year = input.Year!.Value, RegionCode = region!.Value, OpensOn = input.OpensOn!.Value, ClosesOn = input.ClosesOn!.Value,
            Quota = input.Quota!.Value, SubsidyYuan = input.SubsidyYuan!.Value, PillarIndustries = pillars.Count > 0 ? pillars : [.. settings.Pillars],
            CreatedBy = actor.UserName, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(call);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(TrainingBaseCall), call.Id.ToString(), detail: $"{call.Year}", cancellationToken: ct);
        return Outcome<CallView>.Ok((await CallViewsAsync([call], ct)).Single());
    }

    internal async Task<List<CallView>> CallViewsAsync(List<TrainingBaseCall> calls, CancellationToken ct)
    {
        var ids = calls.Select(c => c.Id).ToList();
        var counts = await db.Set<BaseApplication>().IgnoreQueryFilters().AsNoTracking().Where(a => ids.Contains(a.CallId))
            .GroupBy(a => new { a.CallId, a.Status }).Select(g => new { g.Key.CallId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var codes = calls.Select(c => c.RegionCode).Distinct().ToList();
        var names = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var today = ShanghaiTime.Today(clock);
        return
        [
            .. calls.Select(c =>
            {
                int Count(params ApplicationStatus[] statuses) => counts.Where(x => x.CallId == c.Id && statuses.Contains(x.Status)).Sum(x => x.Count);
                return new CallView(
                    c.Id, c.Year, c.RegionCode, names.GetValueOrDefault(c.RegionCode, c.RegionCode), c.OpensOn, c.ClosesOn, c.Quota, c.SubsidyYuan, c.PillarIndustries,
                    today >= c.OpensOn && today <= c.ClosesOn, Count(Enum.GetValues<ApplicationStatus>()), Count(ApplicationStatus.Review, ApplicationStatus.Accredited),
                    Count(ApplicationStatus.Accredited));
            }),
        ];
    }

}
