using Doorstep.Employment.Coverage;
using Doorstep.Employment.Occupations;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Vacancies;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Matching;

public sealed record ReferralInput(Guid? SeekerId, Guid? VacancyId, string? Note);

/// <summary>The next step of a referral: stage contacted, interviewed, hired or declined (declined needs the reason as note).</summary>
public sealed record ReferralStep(string? Stage, string? Note);

public sealed record ReferralView(
    Guid Id, Guid SeekerId, string SeekerName, Guid VacancyId, string VacancyTitle, string OccupationCode, string RegionCode, ReferralStage Stage,
    double Score, IReadOnlyList<string> Reasons, DateTime RecommendedAt, DateTime? ContactedAt, DateTime? InterviewedAt, DateTime? ClosedAt, string? Note, string CreatedBy);

/// <summary>
/// Outcomes of matching (推荐 → 联系 → 面试 → 录用 / 未录用), recorded by the specialist who
/// serves the seeker. A hire marks the seeker employed; every step is audited.
/// </summary>
public sealed class ReferralService(DoorstepDb db, MatchIndexHolder holder, AuditLog audit, TimeProvider clock)
{
    private static readonly Dictionary<ReferralStage, ReferralStage[]> Next = new()
    {
        [ReferralStage.Recommended] = [ReferralStage.Contacted, ReferralStage.Interviewed, ReferralStage.Hired, ReferralStage.Declined],
        [ReferralStage.Contacted] = [ReferralStage.Interviewed, ReferralStage.Hired, ReferralStage.Declined],
        [ReferralStage.Interviewed] = [ReferralStage.Hired, ReferralStage.Declined],
        [ReferralStage.Hired] = [],
        [ReferralStage.Declined] = [],
    };

    public static IReadOnlyList<ReferralStage> NextStages(ReferralStage stage) => Next[stage];

    public async Task<Page<ReferralView>> SearchAsync(Guid? seekerId, Guid? vacancyId, ReferralStage? stage, int page, int pageSize, CancellationToken ct = default)
    {
        var rows = db.Set<Referral>().AsNoTracking();
        rows = seekerId is { } s ? rows.Where(r => r.SeekerId == s) : rows;
        rows = vacancyId is { } v ? rows.Where(r => r.VacancyId == v) : rows;
        rows = stage is { } st ? rows.Where(r => r.Stage == st) : rows;
        return await rows.OrderByDescending(r => r.UpdatedAt).ToPageAsync(page, pageSize, 200, ViewsAsync, ct);
    }

    public async Task<ReferralView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<Referral>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } r ? (await ViewsAsync([r], ct)).Single() : null;

    /// <summary>Puts a seeker forward for a vacancy that suits them; the score and reasons are kept as they stood.</summary>
    public async Task<Outcome<ReferralView>> RecommendAsync(ReferralInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var seeker = input.SeekerId is { } sid ? await db.Set<Seeker>().FirstOrDefaultAsync(s => s.Id == sid, ct) : null;
        if (seeker is null)
        {
            errors.Add("seekerId", input.SeekerId is null ? "请选择求职者" : "求职者不存在或不在您的管辖范围内");
        }
        else if (seeker.Status != SeekerStatus.Seeking)
        {
            errors.Add("seekerId", $"求职者目前为“{SeekerTerms.Status(seeker.Status).Zh}”，改回求职中后才能推荐");
        }

        var today = ShanghaiTime.Today(clock);

        // Published vacancies are public; a seeker may be put forward for one anywhere.
        var vacancy = input.VacancyId is { } vid ? await db.Set<Vacancy>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(v => v.Id == vid, ct) : null;
        if (vacancy is null)
        {
            errors.Add("vacancyId", input.VacancyId is null ? "请选择岗位" : "岗位不存在");
        }
        else if (vacancy.Status != VacancyStatus.Published || vacancy.ExpiresOn < today)
        {
            errors.Add("vacancyId", $"岗位“{vacancy.Title}”不在招聘中，不能推荐");
        }

        if (input.Note?.Trim().Length > 500)
        {
            errors.Add("note", "备注不超过500字");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<ReferralView>.Fail(errors);
        }

        if (await db.Set<Referral>().AnyAsync(r => r.SeekerId == seeker!.Id && r.VacancyId == vacancy!.Id, ct))
        {
            errors.Add("vacancyId", $"已向该求职者推荐过“{vacancy!.Title}”");
            return Outcome<ReferralView>.Fail(errors);
        }

        var catalogue = await db.Set<Occupation>().AsNoTracking().Select(o => o.Code).ToListAsync(ct);
        var pair = MatchIndex.Build([VacancyFacts.Of(vacancy!)], [], catalogue, LocalPlane.Around([(seeker!.Longitude, seeker.Latitude)]))
            .ForSeeker(SeekerFacts.Of(seeker), 1, today);
        if (pair.Count == 0)
        {
            errors.Add("vacancyId", $"“{vacancy!.Title}”不符合该求职者的条件（通勤距离、最低薪资、残疾适配或用工形式）");
            return Outcome<ReferralView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var referral = new Referral
        {
            Id = Guid.CreateVersion7(), SeekerId = seeker.Id, VacancyId = vacancy!.Id, RegionCode = seeker.RegionCode, OccupationCode = vacancy.OccupationCode,
            VacancyRegionCode = vacancy.RegionCode, Stage = ReferralStage.Recommended, Score = pair[0].Score, Reasons = [.. pair[0].Reasons.Select(r => r.Zh)],
            RecommendedAt = now, Note = Clean(input.Note), CreatedBy = actor.UserName, UpdatedBy = actor.UserName, UpdatedAt = now,
        };
        db.Add(referral);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(Referral), referral.Id.ToString(), detail: $"{vacancy.Title} {referral.Score}", cancellationToken: ct);
        return Outcome<ReferralView>.Ok((await ViewsAsync([referral], ct)).Single());
    }

    /// <summary>Moves a referral on; the stages go forward only, and a hire marks the seeker employed in the same save.</summary>
    public async Task<Outcome<ReferralView>> AdvanceAsync(Guid id, ReferralStep step, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var referral = await db.Set<Referral>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            errors.Add("id", "推荐记录不存在或不在您的管辖范围内");
            return Outcome<ReferralView>.Fail(errors);
        }

        var note = Clean(step.Note);
        ReferralStage? stage = VacancyTerms.TryParse<ReferralStage>(step.Stage?.Trim(), out var parsed) ? parsed : null;
        if (stage is null)
        {
            errors.Add("stage", "请选择进展：contacted（已联系）、interviewed（已面试）、hired（已录用）或 declined（未录用）");
        }
        else if (!Next[referral.Stage].Contains(stage.Value))
        {
            errors.Add("stage", $"推荐已是“{ReferralTerms.Stage(referral.Stage).Zh}”，不能改为“{ReferralTerms.Stage(stage.Value).Zh}”");
        }
        else if (stage == ReferralStage.Declined && note is null)
        {
            errors.Add("note", "未录用请写明原因");
        }

        if (note?.Length > 500)
        {
            errors.Add("note", "备注不超过500字");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<ReferralView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        referral.Stage = stage!.Value;
        switch (referral.Stage)
        {
            case ReferralStage.Contacted:
                referral.ContactedAt = now;
                break;
            case ReferralStage.Interviewed:
                referral.InterviewedAt = now;
                break;
            default:
                referral.ClosedAt = now;
                break;
        }

        referral.Note = note ?? referral.Note;
        referral.UpdatedBy = actor.UserName;
        referral.UpdatedAt = now;
        if (referral.Stage == ReferralStage.Hired && await db.Set<Seeker>().IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Id == referral.SeekerId, ct) is { } seeker)
        {
            seeker.Status = SeekerStatus.Employed;
            seeker.UpdatedBy = actor.UserName;
            seeker.UpdatedAt = now;
        }

        await db.SaveChangesAsync(ct);
        holder.Invalidate();
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Referral), referral.Id.ToString(), detail: VacancyTerms.Name(referral.Stage), cancellationToken: ct);
        return Outcome<ReferralView>.Ok((await ViewsAsync([referral], ct)).Single());
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<List<ReferralView>> ViewsAsync(List<Referral> referrals, CancellationToken ct)
    {
        var seekerIds = referrals.Select(r => r.SeekerId).Distinct().ToList();
        var vacancyIds = referrals.Select(r => r.VacancyId).Distinct().ToList();
        var names = await db.Set<Seeker>().IgnoreQueryFilters().AsNoTracking().Where(s => seekerIds.Contains(s.Id))
            .Join(db.People.IgnoreQueryFilters().AsNoTracking(), s => s.PersonId, p => p.Id, (s, p) => new { s.Id, p.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var titles = await db.Set<Vacancy>().IgnoreQueryFilters().AsNoTracking().Where(v => vacancyIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Title, ct);
        return [.. referrals.Select(r => new ReferralView(
            r.Id, r.SeekerId, names.GetValueOrDefault(r.SeekerId, ""), r.VacancyId, titles.GetValueOrDefault(r.VacancyId, ""), r.OccupationCode, r.RegionCode, r.Stage,
            r.Score, r.Reasons, r.RecommendedAt, r.ContactedAt, r.InterviewedAt, r.ClosedAt, r.Note, r.CreatedBy))];
    }
}

public static class ReferralTerms
{
    public static Text Stage(ReferralStage stage) => stage switch
    {
        ReferralStage.Recommended => new("已推荐", "Recommended"),
        ReferralStage.Contacted => new("已联系", "Contacted"),
        ReferralStage.Interviewed => new("已面试", "Interviewed"),
        ReferralStage.Hired => new("已录用", "Hired"),
        _ => new("未录用", "Declined"),
    };
}
