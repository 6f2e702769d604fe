using Doorstep.Employment.Seekers;
using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Entrepreneurship;

/// <summary>
/// An application as a specialist fills it in. The applicant is a registry person (personId or
/// idNumber); partners of a partnership are the other partners' ID numbers, the applicant not among
/// them; the amount of a subsidy defaults to the configured one; months in operation may be given
/// instead of the date operation began.
/// </summary>
public sealed record StartupInput(
    StartupKind? Kind = null, Guid? PersonId = null, string? IdNumber = null, string? BusinessName = null, string? CreditCode = null, int? Amount = null,
    int? TermMonths = null, int? Members = null, IReadOnlyList<TargetGroup>? TargetGroups = null, bool? FirstTimeFounder = null,
    DateOnly? OperatingSince = null, int? MonthsInOperation = null, int? JobsCreated = null, string? Note = null, IReadOnlyList<string>? Partners = null);

/// <summary>Filters of the list; q is a name, a business name or a full ID number; sort is <c>submitted</c> (newest first, the default), <c>amount</c> (largest first) or <c>name</c>.</summary>
public sealed record StartupQuery(
    string? Q = null, string? Region = null, StartupKind? Kind = null, StartupStage? Stage = null, string? Sort = null, int Page = 1, int PageSize = 20);

/// <summary>
/// Startup loan and subsidy applications as they come in: checked against the rules without saving,
/// submitted only when eligible, corrected while nobody has checked them yet; every write audited,
/// every read within the caller's regions. The review after submission is <see cref="StartupReviewService"/>.
/// </summary>
public sealed class StartupApplicationService(DoorstepDb db, EntrepreneurshipSettings rules, FieldProtector protector, RegistryLookup registry, AuditLog audit, TimeProvider clock)
{
    public const int MaxAmount = 100_000_000;
    public const int MaxTermMonths = 120;
    public const int MaxMembers = 50;

    /// <summary>What a valid application is made of: the facts the rules read, its partners, the cleaned business name and note.</summary>
    private sealed record Draft(StartupFacts Facts, IReadOnlyList<StartupPartner> Partners, string BusinessName, string? Note);

    /// <summary>
    /// Evaluates the rules without saving; the errors are for input that cannot be evaluated (no kind,
    /// a bad date, a person or partner outside scope, a partner listed twice). Without a partner list,
    /// members (applicant included) is read as the count.
    /// </summary>
    public async Task<Outcome<EligibilityResult>> CheckAsync(StartupInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var person = input.PersonId is null && string.IsNullOrWhiteSpace(input.IdNumber) ? null : await PersonAsync(input, errors, ct);
        var partners = await PartnersAsync(input, person, errors, ct);
        var facts = Facts(input, person, partners, ShanghaiTime.Today(clock), countAllowed: true, errors);
        return errors.IsEmpty ? Outcome<EligibilityResult>.Ok(StartupEligibility.Evaluate(facts!, rules)) : Outcome<EligibilityResult>.Fail(errors);
    }

    /// <summary>Records an application; one that fails a rule is refused with every reason, under the field it concerns, and nothing is written.</summary>
    public async Task<Outcome<StartupView>> SubmitAsync(StartupInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var person = await PersonAsync(input, errors, ct);
        var today = ShanghaiTime.Today(clock);
        var draft = await DraftAsync(input, person, today, errors, ct);
        if (draft is null)
        {
            return Outcome<StartupView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var application = new StartupApplication
        {
            Id = Guid.CreateVersion7(), PersonId = person!.Id, RegionCode = person.RegionCode, BusinessName = draft.BusinessName, Stage = StartupStage.Submitted,
            SubmittedOn = today, CreatedBy = actor.UserName, CreatedAt = now, UpdatedBy = actor.UserName, UpdatedAt = now,
        };
        Apply(application, draft, input);
        db.Add(application);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(StartupApplication), application.Id.ToString(), detail: $"{application.Kind} {application.Amount}", cancellationToken: ct);
        return Outcome<StartupView>.Ok((await StartupViews.LoadAsync(db, [application], ct)).Single());
    }

    /// <summary>
    /// Corrects an application nobody has checked yet, through the same rules as submission; the
    /// applicant and the day of submission stay, and so do the partners when none are listed (the
    /// form shows them masked, so it cannot send them back). Once checked, decided or withdrawn it is refused.
    /// </summary>
    public async Task<Outcome<StartupView>> EditAsync(Guid id, StartupInput input, Actor actor, CancellationToken ct = default)
    {
        var application = await db.Set<StartupApplication>().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return Outcome<StartupView>.Fail(Inputs.Error("id", "该申请不存在，或不在您的管辖范围内"));
        }

        if (application.Stage != StartupStage.Submitted)
        {
            return Outcome<StartupView>.Fail(Inputs.Error("stage",
                $"该申请当前为“{StartupTerms.Stage(application.Stage).Zh}”，不能再修改：只有已受理、尚未初审的申请可以修改"));
        }

        var errors = new FieldErrors();
        var person = await registry.FindAsync(application.PersonId, null, RegistryAsk.Default, errors, ct);
        var partners = input.Partners is { Count: > 0 } || input.Kind != StartupKind.Partnership ? input.Partners : await CurrentPartnersAsync(application, ct);
        var draft = await DraftAsync(input with { PersonId = application.PersonId, IdNumber = null, Partners = partners }, person, application.SubmittedOn, errors, ct);
        if (draft is null)
        {
            return Outcome<StartupView>.Fail(errors);
        }

        Apply(application, draft, input);
        application.BusinessName = draft.BusinessName;
        application.UpdatedBy = actor.UserName;
        application.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(StartupApplication), application.Id.ToString(), detail: $"edited {application.Kind} {application.Amount}", cancellationToken: ct);
        return Outcome<StartupView>.Ok((await StartupViews.LoadAsync(db, [application], ct)).Single());
    }

    public async Task<Page<StartupView>> SearchAsync(StartupQuery query, CancellationToken ct = default)
    {
        var applications = db.Set<StartupApplication>().AsNoTracking();
        var people = db.People;
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            if (CitizenId.TryParse(q, out var citizen, out _))
            {
                var hash = protector.Hash(citizen.Value);
                var found = people.Where(p => p.IdNumberHash == hash).Select(p => p.Id);
                applications = applications.Where(a => found.Contains(a.PersonId));
            }
            else
            {
                var named = people.Where(p => p.Name.Contains(q)).Select(p => p.Id);
                applications = applications.Where(a => a.BusinessName.Contains(q) || named.Contains(a.PersonId));
            }
        }

        if (!string.IsNullOrEmpty(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            applications = applications.Where(a => a.RegionCode.StartsWith(prefix));
        }

        if (query.Kind is { } kind)
        {
            applications = applications.Where(a => a.Kind == kind);
        }

        if (query.Stage is { } stage)
        {
            applications = applications.Where(a => a.Stage == stage);
        }

        var ordered = query.Sort switch
        {
            "amount" => applications.OrderByDescending(a => a.Amount).ThenByDescending(a => a.CreatedAt),
            "name" => applications.OrderBy(a => people.Where(p => p.Id == a.PersonId).Select(p => p.Name).FirstOrDefault()).ThenBy(a => a.Id),
            _ => applications.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id),
        };
        return await ordered.ToPageAsync(query.Page, query.PageSize, 10_000, (rows, token) => StartupViews.LoadAsync(db, rows, token), ct);
    }

    public async Task<StartupView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<StartupApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is { } found ? (await StartupViews.LoadAsync(db, [found], ct)).Single() : null;

    /// <summary>Every check of submission and editing: the input, the partners, then the rules on <paramref name="on"/>; null with the reasons when any fails.</summary>
    private async Task<Draft?> DraftAsync(StartupInput input, Person? person, DateOnly on, FieldErrors errors, CancellationToken ct)
    {
        var partners = await PartnersAsync(input, person, errors, ct);
        var facts = Facts(input, person, partners, on, countAllowed: false, errors);
        var name = input.BusinessName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add("businessName", "请填写创业项目（个体工商户字号或企业名称）");
        }
        else if (name.Length > 100)
        {
            errors.Add("businessName", "名称不超过100字");
        }

        if (input.Kind is StartupKind.SmallBusiness && string.IsNullOrWhiteSpace(input.CreditCode))
        {
            errors.Add("creditCode", "小微企业申请须填写统一社会信用代码");
        }

        if (input.Kind is StartupKind.Individual or StartupKind.Partnership or StartupKind.SmallBusiness && input.TermMonths is null)
        {
            errors.Add("termMonths", "请填写贷款期限（月）");
        }

        var note = input.Note?.Trim();
        if (note?.Length > 500)
        {
            errors.Add("note", "备注不超过500字");
        }

        if (facts is not null && errors.IsEmpty)
        {
            foreach (var failure in StartupEligibility.Evaluate(facts, rules).Failed)
            {
                errors.Add(failure.Field, failure.Message);
            }
        }

        return errors.IsEmpty ? new Draft(facts!, partners ?? [], name!, string.IsNullOrEmpty(note) ? null : note) : null;
    }

    private void Apply(StartupApplication application, Draft draft, StartupInput input)
    {
        var facts = draft.Facts;
        application.Kind = facts.Kind;
        application.CreditCode = Code(input.CreditCode);
        application.Amount = facts.Amount;
        application.TermMonths = facts.Kind == StartupKind.Subsidy ? null : facts.TermMonths;
        application.Members = facts.Members;
        application.PartnerIds = [.. draft.Partners.Select(p => p.PersonId)];
        application.TargetGroups = [.. facts.TargetGroups!];
        application.FirstTimeFounder = facts.FirstTimeFounder;
        application.OperatingSince = input.OperatingSince ?? (input.MonthsInOperation is { } months ? application.SubmittedOn.AddMonths(-months) : null);
        application.JobsCreated = facts.JobsCreated;
        application.Note = draft.Note;
    }

    /// <summary>The partners listed, refused when the applicant is among them or someone is listed twice; null when none are listed or they cannot be found.</summary>
    private async Task<List<StartupPartner>?> PartnersAsync(StartupInput input, Person? applicant, FieldErrors errors, CancellationToken ct)
    {
        var idNumbers = (input.Partners ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        if (idNumbers.Count == 0)
        {
            return null;
        }

        if (idNumbers.Count >= MaxMembers)
        {
            errors.Add("partners", $"合伙人不超过{MaxMembers - 1}人（不含申请人）");
            return null;
        }

        var partners = await StartupPeople.PartnersAsync(db, protector, idNumbers, errors, ct);
        if (partners is null)
        {
            return null;
        }

        foreach (var reason in StartupPartnerRules.Check(applicant?.Id, partners))
        {
            errors.Add("partners", reason);
        }

        return partners;
    }

    /// <summary>
    /// The facts the rules read, or null with the reasons when the input cannot be evaluated; the
    /// registry adds the groups it proves. Members come from the partner list; only the check may
    /// take a bare count instead (<paramref name="countAllowed"/>), so its existing callers keep working.
    /// </summary>
    private StartupFacts? Facts(StartupInput input, Person? person, IReadOnlyList<StartupPartner>? partners, DateOnly on, bool countAllowed, FieldErrors errors)
    {
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("kind", "申请类别应为 individual（个人创业担保贷款）、partnership（合伙）、small-business（小微企业）或 subsidy（一次性创业补贴）");
            return null;
        }

        var amount = input.Amount ?? (kind == StartupKind.Subsidy ? rules.SubsidyAmount : (int?)null);
        if (amount is not { } yuan)
        {
            errors.Add("amount", "请填写申请金额（元）");
        }
        else if (yuan is <= 0 or > MaxAmount)
        {
            errors.Add("amount", "申请金额应为正整数（元）");
        }

        if (input.TermMonths is { } term && kind != StartupKind.Subsidy && term is < 1 or > MaxTermMonths)
        {
            errors.Add("termMonths", $"贷款期限应为1～{MaxTermMonths}个月");
        }

        var members = Members(input, kind, partners, countAllowed, errors);
        if (input.JobsCreated is < 0 or > 100_000)
        {
            errors.Add("jobsCreated", "带动就业人数应为0或正整数");
        }

        if (!string.IsNullOrWhiteSpace(input.CreditCode) && !Kernel.CreditCode.TryParse(input.CreditCode, out _, out var codeError))
        {
            errors.Add("creditCode", codeError);
        }

        var groups = (input.TargetGroups ?? []).Distinct().ToList();
        if (groups.Any(g => !Enum.IsDefined(g)))
        {
            errors.Add("targetGroups", "重点群体应为 returnee、poverty-relieved、disabled、graduate 或 employment-difficulty");
        }

        if (input.OperatingSince is { } since && since > on)
        {
            errors.Add("operatingSince", $"经营日期{Tr.Date(since)}晚于受理之日{Tr.Date(on)}");
        }
        else if (input.OperatingSince is null && input.MonthsInOperation is < 0 or > 1200)
        {
            errors.Add("monthsInOperation", "经营月数应为0或正整数");
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        var months = input.OperatingSince is { } from ? StartupEligibility.MonthsBetween(from, on) : input.MonthsInOperation;
        return new StartupFacts(kind, amount!.Value, input.TermMonths, members, person is null ? groups : StartupPeople.Groups(groups, person),
            input.FirstTimeFounder ?? false, months, input.JobsCreated ?? 0);
    }

    private static int Members(StartupInput input, StartupKind kind, IReadOnlyList<StartupPartner>? partners, bool countAllowed, FieldErrors errors)
    {
        var listed = (input.Partners ?? []).Any(n => !string.IsNullOrWhiteSpace(n));
        if (listed && kind != StartupKind.Partnership)
        {
            errors.Add("partners", "只有合伙创业担保贷款填写合伙人");
            return 1;
        }

        if (listed)
        {
            var members = partners is null ? 0 : StartupPartnerRules.Members(partners);
            if (partners is not null && input.Members is { } typed && typed != members)
            {
                errors.Add("members", $"合伙人数填写 {typed} 人，与申请人加所列合伙人共 {members} 人不一致");
            }

            return members;
        }

        if (kind == StartupKind.Partnership && !countAllowed)
        {
            errors.Add("partners", "请逐行填写其他合伙人的身份证号码（申请人本人不填）");
            return 0;
        }

        if (kind == StartupKind.Partnership && input.Members is null)
        {
            errors.Add("members", "请填写合伙人（身份证号码）或合伙人人数（含申请人）");
            return 0;
        }

        var count = input.Members ?? 1;
        if (count is < 1 or > MaxMembers)
        {
            errors.Add("members", $"合伙人人数应为1～{MaxMembers}人");
        }

        return count;
    }

    /// <summary>The ID numbers of the partners on record, read back from their ciphers to go through the rules again.</summary>
    private async Task<IReadOnlyList<string>> CurrentPartnersAsync(StartupApplication application, CancellationToken ct)
    {
        var ids = application.PartnerIds;
        var ciphers = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.IdNumberCipher, ct);
        return [.. ids.Where(ciphers.ContainsKey).Select(id => protector.Unprotect(ciphers[id]))];
    }

    private static string? Code(string? text) => Kernel.CreditCode.TryParse(text, out var code, out _) ? code.Value : null;

    /// <summary>The applicant by id or by ID number, inside the caller's scope; null with the reason when there is none.</summary>
    internal async Task<Person?> PersonAsync(StartupInput input, FieldErrors errors, CancellationToken ct) =>
        await registry.FindAsync(input.PersonId, input.IdNumber, RegistryAsk.Default, errors, ct);
}
