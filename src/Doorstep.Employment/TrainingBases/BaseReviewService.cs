using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.TrainingBases;

/// <summary>
/// 专家评审与认定: expert scores, the ranking within the call's quota, the officer's accreditation
/// and the list of accredited bases.
/// </summary>
public sealed class BaseReviewService(DoorstepDb db, AuditLog audit, TimeProvider clock, TrainingBaseSettings settings, TrainingBaseCallService calls, BaseApplicationService applications)
{
    /// <summary>Records one expert's score; only applications that passed the check and are not yet accredited are scored, once per expert.</summary>
    public async Task<Outcome<ApplicationView>> ScoreAsync(Guid id, ScoreInput input, Actor actor, CancellationToken ct = default)
    {
        var application = await db.Set<BaseApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return Outcome<ApplicationView>.Fail(Inputs.Error("id", "该申报不存在，或不在您的管辖范围内"));
        }

        var errors = new FieldErrors();
        if (application.Status == ApplicationStatus.Ineligible)
        {
            errors.Add("status", "该申报未通过资格审查，不进入专家评审");
        }
        else if (application.Status == ApplicationStatus.Accredited)
        {
            errors.Add("status", "该申报已认定，评分不再变更");
        }

        var expert = input.Expert?.Trim();
        if (string.IsNullOrEmpty(expert) || expert.Length > 20)
        {
            errors.Add("expert", "请填写评审专家姓名（不超过20字）");
        }
        else if (await db.Set<ExpertScore>().AnyAsync(s => s.ApplicationId == id && s.Expert == expert, ct))
        {
            errors.Add("expert", $"专家{expert}已为该申报评分");
        }

        if (input.Score is not (>= 0 and <= 100))
        {
            errors.Add("score", "评分应为 0～100 分");
        }

        if (input.Comment?.Trim().Length > 500)
        {
            errors.Add("comment", "评审意见不超过500字");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<ApplicationView>.Fail(errors);
        }

        var score = new ExpertScore
        {
            Id = Guid.CreateVersion7(), ApplicationId = id, RegionCode = application.RegionCode, Expert = expert!, Score = input.Score!.Value,
            Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(), RecordedBy = actor.UserName, RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(score);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(ExpertScore), score.Id.ToString(), detail: $"{application.InstitutionName} {expert} {score.Score}", cancellationToken: ct);
        return Outcome<ApplicationView>.Ok((await applications.ViewAsync(id, ct))!);
    }

    /// <summary>The call's applications in review or accredited, ranked (see <see cref="BaseRanking"/>).</summary>
    public async Task<RankingView?> RankingAsync(Guid callId, CancellationToken ct = default)
    {
        if (await calls.GetCallAsync(callId, ct) is not { } call)
        {
            return null;
        }

        var applications = await db.Set<BaseApplication>().AsNoTracking()
            .Where(a => a.CallId == callId && a.Status != ApplicationStatus.Ineligible)
            .Select(a => new { a.Id, a.InstitutionName, a.AnnualPersonTimes, a.CreatedAt, a.Status })
            .ToListAsync(ct);
        var ids = applications.Select(a => a.Id).ToList();
        var scores = (await db.Set<ExpertScore>().AsNoTracking().Where(s => ids.Contains(s.ApplicationId)).Select(s => new { s.ApplicationId, s.Score }).ToListAsync(ct))
            .ToLookup(s => s.ApplicationId, s => s.Score);
        var rows = BaseRanking.Rank(
            applications.Select(a => new RankCandidate(a.Id, a.InstitutionName, [.. scores[a.Id]], a.AnnualPersonTimes, a.CreatedAt, a.Status)), call.Quota, settings.MinExpertScores);
        return new RankingView(call, settings.MinExpertScores, rows);
    }

    /// <summary>
    /// Accredits an application ranked within the call's quota and grants the call's subsidy;
    /// refused, with the reason, for one unranked or ranked beyond the quota, or once the quota is used.
    /// </summary>
    public async Task<Outcome<ApplicationView>> AccreditAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var application = await db.Set<BaseApplication>().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return Outcome<ApplicationView>.Fail(Inputs.Error("id", "该申报不存在，或不在您的管辖范围内"));
        }

        if (application.Status != ApplicationStatus.Review)
        {
            return Outcome<ApplicationView>.Fail(Inputs.Error("status", application.Status == ApplicationStatus.Accredited ? "该申报已认定" : "该申报未通过资格审查，不能认定"));
        }

        var ranking = (await RankingAsync(application.CallId, ct))!;
        var call = ranking.Call;
        var row = ranking.Rows.Single(r => r.Id == id);
        if (row.Rank is not { } rank)
        {
            return Outcome<ApplicationView>.Fail(Inputs.Error("rank", $"该申报只有 {row.ScoreCount} 位专家评分，须至少 {ranking.MinExpertScores} 位专家评分后才能排名认定"));
        }

        if (call.Accredited >= call.Quota)
        {
            return Outcome<ApplicationView>.Fail(Inputs.Error("rank", $"{call.Year}年度 {call.Quota} 个认定名额已用完"));
        }

        if (!row.WithinQuota)
        {
            return Outcome<ApplicationView>.Fail(Inputs.Error("rank", $"该申报排名第 {rank}（平均 {row.Average:0.##} 分），超出{call.Year}年度 {call.Quota} 个认定名额"));
        }

        application.Status = ApplicationStatus.Accredited;
        application.SubsidyYuan = call.SubsidyYuan;
        application.AccreditedAt = clock.GetUtcNow().UtcDateTime;
        application.AccreditedBy = actor.UserName;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(BaseApplication), id.ToString(), detail: $"accredited rank {rank} subsidy {call.SubsidyYuan}", cancellationToken: ct);
        return Outcome<ApplicationView>.Ok((await applications.ViewAsync(id, ct))!);
    }

    /// <summary>Accredited bases, newest year first; <paramref name="everywhere"/> lifts the caller's scope for the public list.</summary>
    public async Task<List<AccreditedBase>> AccreditedAsync(int? year = null, bool everywhere = false, CancellationToken ct = default)
    {
        var applications = everywhere ? db.Set<BaseApplication>().IgnoreQueryFilters() : db.Set<BaseApplication>();
        var regions = everywhere ? db.Regions.IgnoreQueryFilters() : db.Regions;
        var rows = applications.AsNoTracking().Where(a => a.Status == ApplicationStatus.Accredited);
        if (year is { } y)
        {
            rows = rows.Where(a => a.Year == y);
        }

        var found = await rows.OrderByDescending(a => a.Year).ThenBy(a => a.AccreditedAt).ThenBy(a => a.InstitutionName).ToListAsync(ct);
        var codes = found.Select(a => a.RegionCode).Distinct().ToList();
        var names = await regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return [.. found.Select(a => new AccreditedBase(a.Id, a.Year, a.InstitutionName, names.GetValueOrDefault(a.RegionCode, a.RegionCode), a.Address, a.IndustriesServed, a.SubsidyYuan ?? 0, a.AccreditedAt!.Value))];
    }
}
