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
/// idNumber); the amount of a subsidy defaults to the configured one; months in operation may be
/// given instead of the date operation began.
/// </summary>
public sealed record StartupInput(
    StartupKind? Kind = null, Guid? PersonId = null, string? IdNumber = null, string? BusinessName = null, string? CreditCode = null, int? Amount = null,
    int? TermMonths = null, int? Members = null, IReadOnlyList<TargetGroup>? TargetGroups = null, bool? FirstTimeFounder = null,
    DateOnly? OperatingSince = null, int? MonthsInOperation = null, int? JobsCreated = null, string? Note = null);

/// <summary>The officer's decision: approve, or reject with the reason.</summary>
public sealed record StartupDecisionInput(string? Decision, string? Reason);

/// <summary>What the bank lent and when (a loan), or when the subsidy was paid.</summary>
public sealed record StartupPaymentInput(int? Amount, DateOnly? On);

/// <summary>An application with the applicant's name and masked ID number, and the months in operation on the day it was submitted.</summary>
public sealed record StartupView(
    Guid Id, StartupKind Kind, Guid PersonId, string Name, string IdNumber, string RegionCode, string RegionName, string BusinessName, string? CreditCode,
    int Amount, int? TermMonths, int Members, IReadOnlyList<TargetGroup> TargetGroups, bool FirstTimeFounder, DateOnly? OperatingSince, int? MonthsInOperation,
    int JobsCreated, StartupStage Stage, DateOnly SubmittedOn, string? CheckedBy, DateTime? CheckedAt, string? DecidedBy, DateTime? DecidedAt,
    string? RejectionReason, int? IssuedAmount, DateOnly? IssuedOn, DateOnly? PaidOn, string? Note, string CreatedBy, DateTime CreatedAt);

/// <summary>Filters of the list; q is a name, a business name or a full ID number; sort is <c>submitted</c> (newest first, the default), <c>amount</c> (largest first) or <c>name</c>.</summary>
public sealed record StartupQuery(
    string? Q = null, string? Region = null, StartupKind? Kind = null, StartupStage? Stage = null, string? Sort = null, int Page = 1, int PageSize = 20);

/// <summary>
/// Startup loan and subsidy applications: checked against the rules without saving, submitted only
/// when eligible, then checked by a specialist and decided by the officer, forward only; every
/// write audited, every read within the caller's regions.
/// </summary>
public sealed class StartupApplicationService(DoorstepDb db, EntrepreneurshipSettings rules, FieldProtector protector, AuditLog audit, TimeProvider clock)
{
    public const int MaxAmount = 100_000_000;
    public const int MaxTermMonths = 120;
    public const int MaxMembers = 50;

    /// <summary>Evaluates the rules without saving; the errors are for input that cannot be evaluated (no kind, a bad date, a person outside scope).</summary>
    public async Task<Outcome<EligibilityResult>> CheckAsync(StartupInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var person = input.PersonId is null && string.IsNullOrWhiteSpace(input.IdNumber) ? null : await PersonAsync(input, errors, ct);
        var facts = Facts(input, person, errors);
        return errors.IsEmpty ? Outcome<EligibilityResult>.Ok(StartupEligibility.Evaluate(facts!, rules)) : Outcome<EligibilityResult>.Fail(errors);
    }

    /// <summary>Records an application; one that fails a rule is refused with every reason, under the field it concerns, and nothing is written.</summary>
    public async Task<Outcome<StartupView>> SubmitAsync(StartupInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var person = await PersonAsync(input, errors, ct);
        var facts = Facts(input, person, errors);
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

        if (!errors.IsEmpty)
        {
            return Outcome<StartupView>.Fail(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var application = new StartupApplication
        {
            Id = Guid.CreateVersion7(), Kind = facts!.Kind, PersonId = person!.Id, RegionCode = person.RegionCode, BusinessName = name!,
            CreditCode = Code(input.CreditCode), Amount = facts.Amount, TermMonths = facts.Kind == StartupKind.Subsidy ? null : facts.TermMonths,
            Members = facts.Members, TargetGroups = [.. facts.TargetGroups!], FirstTimeFounder = facts.FirstTimeFounder,
            OperatingSince = OperatingSince(input), JobsCreated = facts.JobsCreated, Stage = StartupStage.Submitted, SubmittedOn = ShanghaiTime.Today(clock),
            Note = string.IsNullOrEmpty(note) ? null : note, CreatedBy = actor.UserName, CreatedAt = now, UpdatedBy = actor.UserName, UpdatedAt = now,
        };
        db.Add(application);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(StartupApplication), application.Id.ToString(), detail: $"{application.Kind} {application.Amount}", cancellationToken: ct);
        return Outcome<StartupView>.Ok((await ViewsAsync([application], ct)).Single());
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
        var total = await applications.CountAsync(ct);
        var size = Math.Clamp(query.PageSize, 1, 10_000);
        var number = Math.Max(1, query.Page);
        var rows = await ordered.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Page<StartupView>(await ViewsAsync(rows, ct), total, number, size);
    }

    public async Task<StartupView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<StartupApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is { } found ? (await ViewsAsync([found], ct)).Single() : null;

    /// <summary>初审: a specialist has checked the papers against the application.</summary>
    public Task<Outcome<StartupView>> MarkCheckedAsync(Guid id, Actor actor, CancellationToken ct = default) =>
        MoveAsync(id, StartupStage.Submitted, actor, (a, now) =>
        {
            a.Stage = StartupStage.Checked;
            a.CheckedBy = actor.UserName;
            a.CheckedAt = now;
            return null;
        }, ct);

    /// <summary>The officer approves a checked application, or rejects it with the reason.</summary>
    public Task<Outcome<StartupView>> DecideAsync(Guid id, StartupDecisionInput input, Actor actor, CancellationToken ct = default) =>
        MoveAsync(id, StartupStage.Checked, actor, (a, now) =>
        {
            var reason = input.Reason?.Trim();
            switch (input.Decision)
            {
                case "approve":
                    a.Stage = StartupStage.Approved;
                    break;
                case "reject" when string.IsNullOrEmpty(reason):
                    return Inputs.Error("reason", "驳回须写明理由");
                case "reject" when reason.Length > 500:
                    return Inputs.Error("reason", "理由不超过500字");
                case "reject":
                    a.Stage = StartupStage.Rejected;
                    a.RejectionReason = reason;
                    break;
                default:
                    return Inputs.Error("decision", "审批结果应为 approve（批准）或 reject（驳回）");
            }

            a.DecidedBy = actor.UserName;
            a.DecidedAt = now;
            return null;
        }, ct);

    /// <summary>Records the loan the bank issued (放款), at most the amount approved, or the day the subsidy was paid; once.</summary>
    public Task<Outcome<StartupView>> RecordPaymentAsync(Guid id, StartupPaymentInput input, Actor actor, CancellationToken ct = default) =>
        MoveAsync(id, StartupStage.Approved, actor, (a, _) =>
        {
            if (a.IssuedOn is not null || a.PaidOn is not null)
            {
                return Inputs.Error("stage", a.Kind == StartupKind.Subsidy ? $"补贴已于{Tr.Date(a.PaidOn!.Value)}发放" : $"贷款已于{Tr.Date(a.IssuedOn!.Value)}发放");
            }

            var today = ShanghaiTime.Today(clock);
            var approved = DateOnly.FromDateTime(ShanghaiTime.ToLocal(a.DecidedAt!.Value));
            if (input.On is not { } on)
            {
                return Inputs.Error("on", a.Kind == StartupKind.Subsidy ? "请填写补贴发放日期" : "请填写放款日期");
            }

            if (on > today || on < approved)
            {
                return Inputs.Error("on", $"日期应在批准之日（{Tr.Date(approved)}）到今天之间");
            }

            if (a.Kind == StartupKind.Subsidy)
            {
                a.PaidOn = on;
                return null;
            }

            if (input.Amount is not { } amount || amount <= 0 || amount > a.Amount)
            {
                return Inputs.Error("amount", $"放款金额应为 1～{a.Amount:N0} 元（不超过批准的金额）");
            }

            a.IssuedAmount = amount;
            a.IssuedOn = on;
            return null;
        }, ct);

    private async Task<Outcome<StartupView>> MoveAsync(Guid id, StartupStage from, Actor actor, Func<StartupApplication, DateTime, FieldErrors?> step, CancellationToken ct)
    {
        var application = await db.Set<StartupApplication>().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return Outcome<StartupView>.Fail(Inputs.Error("id", "该申请不存在，或不在您的管辖范围内"));
        }

        if (application.Stage != from)
        {
            return Outcome<StartupView>.Fail(Inputs.Error("stage", $"该申请当前为“{StartupTerms.Stage(application.Stage).Zh}”，不能办理此步骤（应为“{StartupTerms.Stage(from).Zh}”）"));
        }

        var before = application.Stage;
        var now = clock.GetUtcNow().UtcDateTime;
        if (step(application, now) is { } errors)
        {
            return Outcome<StartupView>.Fail(errors);
        }

        application.UpdatedBy = actor.UserName;
        application.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(StartupApplication), application.Id.ToString(),
            detail: $"{before} -> {application.Stage}{(application.IssuedAmount is { } issued ? $" issued {issued}" : "")}", cancellationToken: ct);
        return Outcome<StartupView>.Ok((await ViewsAsync([application], ct)).Single());
    }

    /// <summary>The facts the rules read, or null with the reasons when the input cannot be evaluated; the registry adds the groups it proves.</summary>
    private StartupFacts? Facts(StartupInput input, Person? person, FieldErrors errors)
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

        var members = input.Members ?? (kind == StartupKind.Partnership ? 0 : 1);
        if (kind == StartupKind.Partnership && input.Members is null)
        {
            errors.Add("members", "请填写合伙人人数（含申请人）");
        }
        else if (members is < 1 or > MaxMembers)
        {
            errors.Add("members", $"合伙人人数应为1～{MaxMembers}人");
        }

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

        var today = ShanghaiTime.Today(clock);
        if (input.OperatingSince is { } since && since > today)
        {
            errors.Add("operatingSince", $"经营日期{Tr.Date(since)}晚于今天");
        }
        else if (input.OperatingSince is null && input.MonthsInOperation is < 0 or > 1200)
        {
            errors.Add("monthsInOperation", "经营月数应为0或正整数");
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        if (person is not null)
        {
            groups = [.. Groups(groups, person)];
        }

        var months = input.OperatingSince is { } from ? StartupEligibility.MonthsBetween(from, today) : input.MonthsInOperation;
        return new StartupFacts(kind, amount!.Value, input.TermMonths, members, groups, input.FirstTimeFounder ?? false, months, input.JobsCreated ?? 0);
    }

    private DateOnly? OperatingSince(StartupInput input) =>
        input.OperatingSince ?? (input.MonthsInOperation is { } months ? ShanghaiTime.Today(clock).AddMonths(-months) : null);

    private static string? Code(string? text) => Kernel.CreditCode.TryParse(text, out var code, out _) ? code.Value : null;

    /// <summary>The groups ticked with those the registry proves (returnee, poverty-relieved).</summary>
    private static IEnumerable<TargetGroup> Groups(List<TargetGroup> ticked, Person person)
    {
        var groups = new HashSet<TargetGroup>(ticked);
        if (person.Returnee)
        {
            groups.Add(TargetGroup.Returnee);
        }

        if (person.PovertyRelieved)
        {
            groups.Add(TargetGroup.PovertyRelieved);
        }

        if (person.DisabilityCategory is not null)
        {
            groups.Add(TargetGroup.Disabled);
        }

        return groups.Order();
    }

    /// <summary>The applicant by id or by ID number, inside the caller's scope; null with the reason when there is none.</summary>
    internal async Task<Person?> PersonAsync(StartupInput input, FieldErrors errors, CancellationToken ct) =>
        await StartupPeople.FindAsync(db, protector, input.PersonId, input.IdNumber, errors, ct);

    private async Task<List<StartupView>> ViewsAsync(IReadOnlyList<StartupApplication> applications, CancellationToken ct)
    {
        var personIds = applications.Select(a => a.PersonId).Distinct().ToList();
        var regionCodes = applications.Select(a => a.RegionCode).Distinct().ToList();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.IdNumberMasked }).ToDictionaryAsync(p => p.Id, ct);
        var regions = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return applications.Select(a =>
        {
            var p = people[a.PersonId];
            return new StartupView(
                a.Id, a.Kind, a.PersonId, p.Name, p.IdNumberMasked, a.RegionCode, regions.GetValueOrDefault(a.RegionCode) ?? a.RegionCode, a.BusinessName, a.CreditCode,
                a.Amount, a.TermMonths, a.Members, a.TargetGroups, a.FirstTimeFounder, a.OperatingSince,
                a.OperatingSince is { } since ? StartupEligibility.MonthsBetween(since, a.SubmittedOn) : null, a.JobsCreated, a.Stage, a.SubmittedOn,
                a.CheckedBy, a.CheckedAt, a.DecidedBy, a.DecidedAt, a.RejectionReason, a.IssuedAmount, a.IssuedOn, a.PaidOn, a.Note, a.CreatedBy, a.CreatedAt);
        }).ToList();
    }
}

/// <summary>Finds a registry person for an application or a trainee the way the seeker form does: by id or ID number, inside the caller's scope.</summary>
internal static class StartupPeople
{
    public static async Task<Person?> FindAsync(DoorstepDb db, FieldProtector protector, Guid? personId, string? idNumber, FieldErrors errors, CancellationToken ct)
    {
        var people = db.People.AsNoTracking();
        Person? person;
        if (personId is { } id)
        {
            person = await people.FirstOrDefaultAsync(p => p.Id == id, ct);
        }
        else if (!string.IsNullOrWhiteSpace(idNumber))
        {
            if (!CitizenId.TryParse(idNumber.Trim(), out var citizen, out var error))
            {
                errors.Add("idNumber", error);
                return null;
            }

            var hash = protector.Hash(citizen.Value);
            person = await people.FirstOrDefaultAsync(p => p.IdNumberHash == hash, ct);
        }
        else
        {
            errors.Add("personId", "请选择居民（按姓名或身份证号码查找）");
            return null;
        }

        if (person is null)
        {
            errors.Add(personId is null ? "idNumber" : "personId", "居民档案中没有这个人，或不在您的管辖范围内；请先登记居民信息");
        }

        return person;
    }
}
