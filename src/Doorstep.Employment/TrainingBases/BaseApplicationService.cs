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

/// <summary>
/// 培训基地申报: applications checked against the criteria as they are submitted, and found again
/// by the list and the detail page.
/// </summary>
public sealed class BaseApplicationService(DoorstepDb db, FieldProtector protector, AuditLog audit, TimeProvider clock, TrainingBaseSettings settings)
{
    public const int MaxPartners = 20;
    public const int MaxProgrammes = 20;

    public TrainingBaseSettings Settings => settings;


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
            if (call.CancelledAt is not null)
            {
                errors.Add("callId", $"{call.Year}年度申报已撤销（{call.CancelReason}），不再受理");
            }
            else if (today > call.ClosesOn)
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

        var region = await ScopedRegion.CheckAsync(db, input.RegionCode, "regionCode", "请选择所在区划", errors, ct);
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
        return await ordered.ToPageAsync(query.Page, query.PageSize, 500, ViewsAsync, ct);
    }

    public async Task<ApplicationView?> ViewAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<BaseApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is { } application ? (await ViewsAsync([application], ct)).Single() : null;


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
