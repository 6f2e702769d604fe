using Doorstep.Employment.Employers;
using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.TrainingBases;

public sealed record CallInput(int? Year, string? RegionCode, DateOnly? OpensOn, DateOnly? ClosesOn, int? Quota, int? SubsidyYuan, IReadOnlyList<string>? PillarIndustries);

/// <summary>A call with how far it has come: applications, those that passed the check, those accredited.</summary>
public sealed record CallView(
    Guid Id, int Year, string RegionCode, string RegionName, DateOnly OpensOn, DateOnly ClosesOn, int Quota, int SubsidyYuan, IReadOnlyList<string> PillarIndustries,
    bool Open, int Applications, int Eligible, int Accredited);

/// <summary>
/// An application as entered. Evidence is keyed by the check's rule keys (training.person-times …).
/// </summary>
public sealed record ApplicationInput(
    Guid? CallId = null, string? InstitutionName = null, string? CreditCode = null, string? Address = null, string? RegionCode = null,
    string? ContactName = null, string? ContactPhone = null, int? AnnualPersonTimes = null, int? SubsidisedPersonTimes = null, int? TotalTrained = null,
    IReadOnlyList<PartnerInput>? Partners = null, IReadOnlyList<string>? Programmes = null, bool? SharedBase = null, string? SharedBaseDescription = null,
    decimal? LocalEmploymentPercent = null, IReadOnlyList<string>? IndustriesServed = null, IReadOnlyDictionary<string, string>? Evidence = null);

public sealed record PartnerView(string Name, EmployerSize Size);

public sealed record ScoreView(Guid Id, string Expert, int Score, string? Comment, string RecordedBy, DateTime RecordedAt);

/// <summary>An application with its criteria judged (met or not, with the evidence), its experts' scores and their average.</summary>
public sealed record ApplicationView(
    Guid Id, Guid CallId, int Year, string RegionCode, string RegionName, string InstitutionName, string CreditCode, string Address, string ContactName,
    string? ContactPhone, int AnnualPersonTimes, int SubsidisedPersonTimes, int TotalTrained, IReadOnlyList<PartnerView> Partners, IReadOnlyList<string> Programmes,
    bool SharedBase, string? SharedBaseDescription, decimal LocalEmploymentPercent, IReadOnlyList<string> IndustriesServed, ApplicationStatus Status,
    IReadOnlyList<BaseCriterion> Criteria, IReadOnlyList<ScoreView> Scores, decimal? AverageScore, int? SubsidyYuan, DateTime? AccreditedAt,
    string? AccreditedBy, string CreatedBy, DateTime CreatedAt);

/// <summary>Filters of the application list; sort is <c>submitted</c> (newest first, the default), <c>name</c>, <c>person-times</c> or <c>score</c> (highest average first).</summary>
public sealed record ApplicationQuery(int? Year = null, Guid? CallId = null, ApplicationStatus? Status = null, string? Q = null, string? Sort = null, int Page = 1, int PageSize = 20);

public sealed record ScoreInput(string? Expert, int? Score, string? Comment);

public sealed record RankingView(CallView Call, int MinExpertScores, IReadOnlyList<RankedApplication> Rows);

/// <summary>An accredited base (认定的高技能人才培训基地): what the public list shows, plus the subsidy.</summary>
public sealed record AccreditedBase(Guid Id, int Year, string InstitutionName, string RegionName, string Address, IReadOnlyList<string> IndustriesServed, int SubsidyYuan, DateTime AccreditedAt);

/// <summary>
/// 高技能人才培训基地认定: yearly calls, applications checked against the criteria as they are
/// submitted, expert scores, the ranking within the quota and the officer's accreditation.
/// </summary>
public sealed class TrainingBaseService(DoorstepDb db, FieldProtector protector, AuditLog audit, TimeProvider clock, TrainingBaseSettings settings)
{
    public const int MaxPartners = 20;
    public const int MaxProgrammes = 20;

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

        var region = await RegionAsync(input.RegionCode, "regionCode", errors, ct);
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

    /// <summary>
    /// Judges an application without saving it: field errors for values that cannot be right
    /// (negative counts, more subsidised than trained, a rate over 100%), else every criterion.
    /// The call's pillar industries apply when a call is named, else the configured ones.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<BaseCriterion>>> CheckAsync(ApplicationInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var pillars = settings.Pillars;
        if (input.CallId is { } callId)
        {
            if (await db.Set<TrainingBaseCall>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct) is { } call)
            {
                pillars = call.PillarIndustries;
            }
            else
            {
                errors.Add("callId", "该年度申报不存在，或不在您的管辖范围内");
            }
        }

        var figures = Figures(input, errors);
        return errors.IsEmpty ? Outcome<IReadOnlyList<BaseCriterion>>.Ok(BaseCheck.Evaluate(figures, settings, pillars)) : Outcome<IReadOnlyList<BaseCriterion>>.Fail(errors);
    }

    /// <summary>
    /// Submits an application: refused outside the call's dates and for a second application of the
    /// same institution in a year. It is checked as it is saved; one that fails a criterion is kept
    /// with the reasons and does not go to expert review.
    /// </summary>
    public async Task<Outcome<ApplicationView>> SubmitAsync(ApplicationInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        TrainingBaseCall? call = null;
        if (input.CallId is not { } callId || (call = await db.Set<TrainingBaseCall>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct)) is null)
        {
            errors.Add("callId", "请选择年度申报");
        }
        else
        {
            var today = ShanghaiTime.Today(clock);
            if (today > call.ClosesOn)
            {
                errors.Add("callId", $"{call.Year}年度申报已于{Tr.Date(call.ClosesOn)}截止，不再受理");
            }
            else if (today < call.OpensOn)
            {
                errors.Add("callId", $"{call.Year}年度申报自{Tr.Date(call.OpensOn)}开始受理");
            }
        }

        var name = input.InstitutionName?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 60)
        {
            errors.Add("institutionName", "请填写申报单位名称（不超过60字）");
        }

        CreditCode? code = null;
        if (string.IsNullOrWhiteSpace(input.CreditCode))
        {
            errors.Add("creditCode", "请填写统一社会信用代码");
        }
        else if (!Kernel.CreditCode.TryParse(input.CreditCode, out code, out var why))
        {
            errors.Add("creditCode", why);
        }

        var address = input.Address?.Trim();
        if (string.IsNullOrEmpty(address) || address.Length > 100)
        {
            errors.Add("address", "请填写单位地址（不超过100字）");
        }

        var region = await RegionAsync(input.RegionCode, "regionCode", errors, ct);
        if (region is not null && call is not null && !RegionCode.Parse(call.RegionCode).Contains(region))
        {
            errors.Add("regionCode", "申报单位不在本年度申报的受理范围内");
        }

        var contact = input.ContactName?.Trim();
        if (string.IsNullOrEmpty(contact) || contact.Length > 20)
        {
            errors.Add("contactName", "请填写联系人（不超过20字）");
        }

        Phone? phone = null;
        if (string.IsNullOrWhiteSpace(input.ContactPhone))
        {
            errors.Add("contactPhone", "请填写联系电话");
        }
        else if (Phone.TryParse(input.ContactPhone, out var parsed, out var phoneWhy))
        {
            phone = parsed;
        }
        else
        {
            errors.Add("contactPhone", phoneWhy);
        }

        var figures = Figures(input, errors, required: true);
        if (input.SharedBase == true && string.IsNullOrWhiteSpace(input.SharedBaseDescription))
        {
            errors.Add("sharedBaseDescription", "请说明共建共享实训基地的名称、地点和合作企业");
        }

        if (input.SharedBaseDescription?.Trim().Length > 500)
        {
            errors.Add("sharedBaseDescription", "实训基地说明不超过500字");
        }

        if (code is not null && call is not null &&
            await db.Set<BaseApplication>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(a => a.CreditCode == code.Value && a.Year == call.Year, ct) is { } earlier)
        {
            errors.Add("creditCode", $"{earlier.InstitutionName}已于{Tr.Date(earlier.CreatedAt)}申报{call.Year}年度培训基地，同一单位每年只能申报一次");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<ApplicationView>.Fail(errors);
        }

        var results = BaseCheck.Evaluate(figures, settings, call!.PillarIndustries);
        var application = new BaseApplication
        {
            Id = Guid.CreateVersion7(), CallId = call.Id, Year = call.Year, RegionCode = region!.Value, InstitutionName = name!, CreditCode = code!.Value,
            Address = address!, ContactName = contact!, ContactPhoneCipher = protector.Protect(phone!.Value), ContactPhoneMasked = phone.Masked,
            AnnualPersonTimes = figures.AnnualPersonTimes!.Value, SubsidisedPersonTimes = figures.SubsidisedPersonTimes!.Value, TotalTrained = figures.TotalTrained!.Value,
            Partners = [.. figures.Partners.Select(p => new PartnerEnterprise { Name = p.Name!.Trim(), Size = p.Size!.Value })], Programmes = [.. figures.Programmes],
            SharedBase = figures.SharedBase, SharedBaseDescription = string.IsNullOrWhiteSpace(input.SharedBaseDescription) ? null : input.SharedBaseDescription.Trim(),
            LocalEmploymentPercent = figures.LocalEmploymentPercent!.Value, IndustriesServed = [.. figures.IndustriesServed],
            Evidence = [.. figures.Evidence.Select(e => new EvidenceNote { Rule = e.Key, Note = e.Value })],
            Status = results.All(r => r.Met) ? ApplicationStatus.Review : ApplicationStatus.Ineligible,
            FailedRules = [.. results.Where(r => !r.Met).Select(r => $"{r.Rule}: {r.Message}")],
            CreatedBy = actor.UserName, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(application);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(BaseApplication), application.Id.ToString(), detail: $"{application.Year} {application.InstitutionName} {application.Status}", cancellationToken: ct);
        return Outcome<ApplicationView>.Ok((await ViewAsync(application.Id, ct))!);
    }

    public async Task<Page<ApplicationView>> SearchAsync(ApplicationQuery query, CancellationToken ct = default)
    {
        var rows = db.Set<BaseApplication>().AsNoTracking();
        if (query.Year is { } year)
        {
            rows = rows.Where(a => a.Year == year);
        }

        if (query.CallId is { } callId)
        {
            rows = rows.Where(a => a.CallId == callId);
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(a => a.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            var upper = q.ToUpperInvariant();
            rows = rows.Where(a => a.InstitutionName.Contains(q) || a.CreditCode == upper);
        }

        var scores = db.Set<ExpertScore>();
        var ordered = query.Sort switch
        {
            "name" => rows.OrderBy(a => a.InstitutionName).ThenBy(a => a.Id),
            "person-times" => rows.OrderByDescending(a => a.AnnualPersonTimes).ThenBy(a => a.Id),
            "score" => rows.OrderByDescending(a => scores.Where(s => s.ApplicationId == a.Id).Average(s => (double?)s.Score) ?? -1).ThenBy(a => a.Id),
            _ => rows.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id),
        };
        var total = await rows.CountAsync(ct);
        var size = Math.Clamp(query.PageSize, 1, 500);
        var number = Math.Max(1, query.Page);
        var page = await ordered.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Page<ApplicationView>(await ViewsAsync(page, ct), total, number, size);
    }

    public async Task<ApplicationView?> ViewAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<BaseApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is { } application ? (await ViewsAsync([application], ct)).Single() : null;

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
        return Outcome<ApplicationView>.Ok((await ViewAsync(id, ct))!);
    }

    /// <summary>The call's applications in review or accredited, ranked (see <see cref="BaseRanking"/>).</summary>
    public async Task<RankingView?> RankingAsync(Guid callId, CancellationToken ct = default)
    {
        if (await GetCallAsync(callId, ct) is not { } call)
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
        return Outcome<ApplicationView>.Ok((await ViewAsync(id, ct))!);
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

    private static BaseFigures Figures(ApplicationInput input, FieldErrors errors, bool required = false)
    {
        CheckCount(errors, "annualPersonTimes", "年培训人次", input.AnnualPersonTimes, required);
        CheckCount(errors, "subsidisedPersonTimes", "政府补贴性培训人次", input.SubsidisedPersonTimes, required);
        CheckCount(errors, "totalTrained", "累计培养技能人才人数", input.TotalTrained, required);
        if (input.SubsidisedPersonTimes > input.AnnualPersonTimes)
        {
            errors.Add("subsidisedPersonTimes", "政府补贴性培训人次不能多于年培训人次");
        }

        var partners = (input.Partners ?? []).Where(p => !string.IsNullOrWhiteSpace(p.Name) || p.Size is not null).ToList();
        if (partners.Count > MaxPartners)
        {
            errors.Add("partners", $"合作企业最多填写 {MaxPartners} 家");
        }

        for (var i = 0; i < partners.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(partners[i].Name) || partners[i].Name!.Trim().Length > 60)
            {
                errors.Add($"partners[{i}].name", $"第 {i + 1} 家合作企业：请填写企业名称（不超过60字）");
            }

            if (partners[i].Size is not { } size || !Enum.IsDefined(size))
            {
                errors.Add($"partners[{i}].size", $"第 {i + 1} 家合作企业：请选择企业规模（大型、中型、小型或微型）");
            }
        }

        var programmes = Inputs.Clean(input.Programmes);
        if (programmes.Count > MaxProgrammes || programmes.Any(p => p.Length > 60))
        {
            errors.Add("programmes", $"共同开发的培训项目最多 {MaxProgrammes} 个，每个名称不超过60字");
        }

        if (input.LocalEmploymentPercent is < 0 or > 100)
        {
            errors.Add("localEmploymentPercent", "毕业生本地就业率应为 0～100（%）");
        }
        else if (required && input.LocalEmploymentPercent is null)
        {
            errors.Add("localEmploymentPercent", "请填写毕业生本地就业率（%）");
        }

        var industries = Inputs.Clean(input.IndustriesServed);
        if (industries.Count > 10 || industries.Any(i => i.Length > 20))
        {
            errors.Add("industriesServed", "服务产业最多 10 个，每个名称不超过20字");
        }
        else if (required && industries.Count == 0)
        {
            errors.Add("industriesServed", "请填写服务的产业");
        }

        var evidence = new Dictionary<string, string>();
        foreach (var (rule, note) in input.Evidence ?? new Dictionary<string, string>())
        {
            if (!BaseCheck.Rules.Contains(rule))
            {
                errors.Add("evidence", $"佐证材料的条件“{rule}”不存在，应为 {string.Join("、", BaseCheck.Rules)}");
            }
            else if (note?.Trim().Length > 500)
            {
                errors.Add($"evidence.{rule}", "每项佐证材料说明不超过500字");
            }
            else if (!string.IsNullOrWhiteSpace(note))
            {
                evidence[rule] = note.Trim();
            }
        }

        return new BaseFigures(
            input.AnnualPersonTimes, input.SubsidisedPersonTimes, input.TotalTrained,
            [.. partners.Where(p => !string.IsNullOrWhiteSpace(p.Name)).Select(p => p with { Name = p.Name!.Trim() })], programmes, input.SharedBase == true,
            input.LocalEmploymentPercent, industries, evidence);
    }

    private static void CheckCount(FieldErrors errors, string field, string what, int? value, bool required)
    {
        if (value is < 0 or > 10_000_000)
        {
            errors.Add(field, $"{what}应为 0～10000000");
        }
        else if (required && value is null)
        {
            errors.Add(field, $"请填写{what}");
        }
    }

    /// <summary>A region the caller may see, or null with the reason.</summary>
    private async Task<RegionCode?> RegionAsync(string? text, string field, FieldErrors errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "请选择所在区划");
            return null;
        }

        if (!RegionCode.TryParse(text.Trim(), out var code, out var reason))
        {
            errors.Add(field, reason);
            return null;
        }

        if (!await db.Regions.AsNoTracking().AnyAsync(r => r.Code == code.Value, ct))
        {
            errors.Add(field, $"区划 {code.Value} 不存在或不在您的管辖范围内");
            return null;
        }

        return code;
    }

    private async Task<List<CallView>> CallViewsAsync(List<TrainingBaseCall> calls, CancellationToken ct)
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

    private async Task<List<ApplicationView>> ViewsAsync(List<BaseApplication> applications, CancellationToken ct)
    {
        var ids = applications.Select(a => a.Id).ToList();
        var callIds = applications.Select(a => a.CallId).Distinct().ToList();
        var pillars = await db.Set<TrainingBaseCall>().IgnoreQueryFilters().AsNoTracking().Where(c => callIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.PillarIndustries, ct);
        var scores = (await db.Set<ExpertScore>().AsNoTracking().Where(s => ids.Contains(s.ApplicationId)).OrderBy(s => s.RecordedAt).ToListAsync(ct)).ToLookup(s => s.ApplicationId);
        var codes = applications.Select(a => a.RegionCode).Distinct().ToList();
        var names = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return
        [
            .. applications.Select(a =>
            {
                var figures = new BaseFigures(
                    a.AnnualPersonTimes, a.SubsidisedPersonTimes, a.TotalTrained, [.. a.Partners.Select(p => new PartnerInput(p.Name, p.Size))], a.Programmes,
                    a.SharedBase, a.LocalEmploymentPercent, a.IndustriesServed, a.Evidence.ToDictionary(e => e.Rule, e => e.Note));
                var mine = scores[a.Id].Select(s => new ScoreView(s.Id, s.Expert, s.Score, s.Comment, s.RecordedBy, s.RecordedAt)).ToList();
                return new ApplicationView(
                    a.Id, a.CallId, a.Year, a.RegionCode, names.GetValueOrDefault(a.RegionCode, a.RegionCode), a.InstitutionName, a.CreditCode, a.Address, a.ContactName,
                    a.ContactPhoneMasked, a.AnnualPersonTimes, a.SubsidisedPersonTimes, a.TotalTrained, [.. a.Partners.Select(p => new PartnerView(p.Name, p.Size))],
                    a.Programmes, a.SharedBase, a.SharedBaseDescription, a.LocalEmploymentPercent, a.IndustriesServed, a.Status,
                    BaseCheck.Evaluate(figures, settings, pillars.GetValueOrDefault(a.CallId) ?? [.. settings.Pillars]), mine,
                    mine.Count == 0 ? null : Math.Round((decimal)mine.Sum(s => s.Score) / mine.Count, 2, MidpointRounding.AwayFromZero),
                    a.SubsidyYuan, a.AccreditedAt, a.AccreditedBy, a.CreatedBy, a.CreatedAt);
            }),
        ];
    }
}
