using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Employment.Entrepreneurship;

/// <summary>The officer's decision: approve, or reject with the reason.</summary>
public sealed record StartupDecisionInput(string? Decision, string? Reason);

/// <summary>What the bank lent and when (a loan), or when the subsidy was paid.</summary>
public sealed record StartupPaymentInput(int? Amount, DateOnly? On);

/// <summary>Why the application is taken back (撤回).</summary>
public sealed record StartupWithdrawalInput(string? Reason);

/// <summary>
/// The review of an application after it was submitted: checked by a specialist, decided by the
/// officer — approval only if the application still meets the rules as configured today — then
/// the loan issued or the subsidy paid; or withdrawn before a decision. Forward only, every step audited.
/// </summary>
public sealed class StartupReviewService(DoorstepDb db, EntrepreneurshipSettings rules, AuditLog audit, TimeProvider clock)
{
    /// <summary>初审: a specialist has checked the papers against the application.</summary>
    public Task<Outcome<StartupView>> MarkCheckedAsync(Guid id, Actor actor, CancellationToken ct = default) =>
        MoveAsync(id, [StartupStage.Submitted], actor, (a, now) =>
        {
            a.Stage = StartupStage.Checked;
            a.CheckedBy = actor.UserName;
            a.CheckedAt = now;
            return Task.FromResult<FieldErrors?>(null);
        }, ct);

    /// <summary>
    /// The officer approves a checked application, or rejects it with the reason. Approval runs the
    /// rules again on the recorded facts and today's registry with today's settings, since either may
    /// have changed since the application was submitted; a failure refuses it with every reason.
    /// </summary>
    public Task<Outcome<StartupView>> DecideAsync(Guid id, StartupDecisionInput input, Actor actor, CancellationToken ct = default) =>
        MoveAsync(id, [StartupStage.Checked], actor, async (a, now) =>
        {
            var reason = input.Reason?.Trim();
            var failed = input.Decision == "approve" ? await RecheckAsync(a, ct) : null;
            switch (input.Decision)
            {
                case "approve" when failed is { IsEmpty: false }:
                    return failed;
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

    /// <summary>撤回: a submitted or checked application is taken back, with the reason; it then counts nowhere.</summary>
    public Task<Outcome<StartupView>> WithdrawAsync(Guid id, StartupWithdrawalInput input, Actor actor, CancellationToken ct = default) =>
        MoveAsync(id, [StartupStage.Submitted, StartupStage.Checked], actor, (a, now) =>
        {
            var reason = input.Reason?.Trim();
            if (string.IsNullOrEmpty(reason))
            {
                return Task.FromResult<FieldErrors?>(Inputs.Error("reason", "撤回须写明理由"));
            }

            if (reason.Length > 500)
            {
                return Task.FromResult<FieldErrors?>(Inputs.Error("reason", "理由不超过500字"));
            }

            a.Stage = StartupStage.Withdrawn;
            a.WithdrawnBy = actor.UserName;
            a.WithdrawnAt = now;
            a.WithdrawalReason = reason;
            return Task.FromResult<FieldErrors?>(null);
        }, ct);

    /// <summary>Records the loan the bank issued (放款), at most the amount approved, or the day the subsidy was paid; once.</summary>
    public Task<Outcome<StartupView>> RecordPaymentAsync(Guid id, StartupPaymentInput input, Actor actor, CancellationToken ct = default) =>
        MoveAsync(id, [StartupStage.Approved], actor, (a, _) => Task.FromResult(Pay(a, input)), ct);

    private FieldErrors? Pay(StartupApplication a, StartupPaymentInput input)
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
    }

    /// <summary>
    /// The rules on the facts as recorded, with the groups the registry proves today; months in
    /// operation still count to the day of submission, so the time the review took costs the applicant nothing.
    /// </summary>
    private async Task<FieldErrors> RecheckAsync(StartupApplication a, CancellationToken ct)
    {
        var person = await db.People.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(p => p.Id == a.PersonId, ct);
        var groups = person is null ? a.TargetGroups : StartupPeople.Groups(a.TargetGroups, person);
        var months = a.OperatingSince is { } since ? StartupEligibility.MonthsBetween(since, a.SubmittedOn) : (int?)null;
        var facts = new StartupFacts(a.Kind, a.Amount, a.TermMonths, a.Members, groups, a.FirstTimeFounder, months, a.JobsCreated);
        var errors = new FieldErrors();
        foreach (var failure in StartupEligibility.Evaluate(facts, rules).Failed)
        {
            errors.Add("eligibility", $"按现行条件复核不通过：{failure.Message}");
        }

        return errors;
    }

    private async Task<Outcome<StartupView>> MoveAsync(
        Guid id, StartupStage[] from, Actor actor, Func<StartupApplication, DateTime, Task<FieldErrors?>> step, CancellationToken ct)
    {
        var application = await db.Set<StartupApplication>().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return Outcome<StartupView>.Fail(Inputs.Error("id", "该申请不存在，或不在您的管辖范围内"));
        }

        if (!from.Contains(application.Stage))
        {
            var expected = string.Join("或", from.Select(s => $"“{StartupTerms.Stage(s).Zh}”"));
            return Outcome<StartupView>.Fail(Inputs.Error("stage", $"该申请当前为“{StartupTerms.Stage(application.Stage).Zh}”，不能办理此步骤（应为{expected}）"));
        }

        var before = application.Stage;
        var now = clock.GetUtcNow().UtcDateTime;
        if (await step(application, now) is { } errors)
        {
            return Outcome<StartupView>.Fail(errors);
        }

        application.UpdatedBy = actor.UserName;
        application.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(StartupApplication), application.Id.ToString(),
            detail: $"{before} -> {application.Stage}{(application.IssuedAmount is { } issued ? $" issued {issued}" : "")}", cancellationToken: ct);
        return Outcome<StartupView>.Ok((await StartupViews.LoadAsync(db, [application], ct)).Single());
    }
}
