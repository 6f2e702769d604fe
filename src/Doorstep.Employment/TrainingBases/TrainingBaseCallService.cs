using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Regions;
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

        var region = await ScopedRegion.CheckAsync(db, input.RegionCode, "regionCode", "请选择所在区划", errors, ct);
        var pillars = Terms(input, errors);
        if (region is { } r && input.Year is { } year &&
            await db.Set<TrainingBaseCall>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(c => c.Year == year && c.RegionCode == r.Value, ct) is { } issued)
        {
            errors.Add("year", issued.CancelledAt is null ? $"{year}年度的申报已经发布，请勿重复发布" : $"{year}年度的申报已撤销（{issued.CancelReason}），本年度不再发布");
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

    /// <summary>
    /// Changes a call's dates, quota, subsidy and pillar industries while no base is accredited;
    /// once one is, only the quota may change, and never below the bases already accredited. The
    /// pillar industries stay as they were once applications have been checked against them.
    /// </summary>
    public async Task<Outcome<CallView>> UpdateCallAsync(Guid id, CallInput input, Actor actor, CancellationToken ct = default)
    {
        if (await db.Set<TrainingBaseCall>().FirstOrDefaultAsync(c => c.Id == id, ct) is not { } call)
        {
            return Outcome<CallView>.Fail(Inputs.Error("id", "该年度申报不存在，或不在您的管辖范围内"));
        }

        var errors = new FieldErrors();
        if (call.CancelledAt is not null)
        {
            return Outcome<CallView>.Fail(Inputs.Error("status", $"{call.Year}年度申报已撤销，不能修改"));
        }

        var pillars = Terms(input, errors);
        var view = (await CallViewsAsync([call], ct)).Single();
        var newPillars = pillars.Count > 0 ? pillars : call.PillarIndustries;
        if (view.Accredited > 0)
        {
            if (input.OpensOn != call.OpensOn || input.ClosesOn != call.ClosesOn || input.SubsidyYuan != call.SubsidyYuan || !newPillars.SequenceEqual(call.PillarIndustries))
            {
                errors.Add("status", $"{call.Year}年度已认定 {view.Accredited} 个基地，只能调整认定名额");
            }

            if (input.Quota < view.Accredited)
            {
                errors.Add("quota", $"{call.Year}年度已认定 {view.Accredited} 个基地，认定名额不能少于 {view.Accredited} 个");
            }
        }
        else if (view.Applications > 0 && !newPillars.SequenceEqual(call.PillarIndustries))
        {
            errors.Add("pillarIndustries", $"已有 {view.Applications} 份申报按原支柱产业审查，支柱产业不能再修改");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<CallView>.Fail(errors);
        }

        var before = $"{call.OpensOn:yyyy-MM-dd}~{call.ClosesOn:yyyy-MM-dd} quota {call.Quota} subsidy {call.SubsidyYuan}";
        call.OpensOn = input.OpensOn!.Value;
        call.ClosesOn = input.ClosesOn!.Value;
        call.Quota = input.Quota!.Value;
        call.SubsidyYuan = input.SubsidyYuan!.Value;
        call.PillarIndustries = [.. newPillars];
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(TrainingBaseCall), call.Id.ToString(), detail: $"{before} -> quota {call.Quota} subsidy {call.SubsidyYuan}", cancellationToken: ct);
        return Outcome<CallView>.Ok((await CallViewsAsync([call], ct)).Single());
    }

    /// <summary>Cancels (撤销) a call that nobody has applied to, with the reason; it then takes no applications and the year is not issued again.</summary>
    public async Task<Outcome<CallView>> CancelCallAsync(Guid id, string? reason, Actor actor, CancellationToken ct = default)
    {
        if (await db.Set<TrainingBaseCall>().FirstOrDefaultAsync(c => c.Id == id, ct) is not { } call)
        {
            return Outcome<CallView>.Fail(Inputs.Error("id", "该年度申报不存在，或不在您的管辖范围内"));
        }

        var errors = new FieldErrors();
        var why = reason?.Trim();
        if (call.CancelledAt is not null)
        {
            errors.Add("status", $"{call.Year}年度申报已于{Tr.Date(call.CancelledAt.Value)}撤销");
        }
        else if (await db.Set<BaseApplication>().IgnoreQueryFilters().CountAsync(a => a.CallId == id, ct) is > 0 and var count)
        {
            errors.Add("status", $"{call.Year}年度申报已收到 {count} 份申报，不能撤销");
        }

        if (string.IsNullOrEmpty(why) || why.Length > 200)
        {
            errors.Add("reason", "请填写撤销原因（不超过200字）");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<CallView>.Fail(errors);
        }

        call.CancelledAt = clock.GetUtcNow().UtcDateTime;
        call.CancelledBy = actor.UserName;
        call.CancelReason = why;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(TrainingBaseCall), call.Id.ToString(), detail: $"cancelled: {why}", cancellationToken: ct);
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
                    c.CancelledAt is null && today >= c.OpensOn && today <= c.ClosesOn, Count(Enum.GetValues<ApplicationStatus>()),
                    Count(ApplicationStatus.Review, ApplicationStatus.Accredited), Count(ApplicationStatus.Accredited), c.CancelledAt, c.CancelReason);
            }),
        ];
    }

    private List<string> Terms(CallInput input, FieldErrors errors)
    {
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

        return pillars;
    }
}
