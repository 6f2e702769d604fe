using Doorstep.Health.Teams;
using Doorstep.Health.Visits;
using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Health.Contracts;

/// <summary>
/// Signs, renews, changes and ends family-doctor contracts. One resident has one active contract
/// (pending or signed) at a time; the database's unique index on the active person enforces it
/// against races, and every change runs in one transaction.
/// </summary>
public sealed class ContractService(DoorstepDb db, FieldProtector protector, PackageCatalogue catalogue, AuditLog audit, TimeProvider clock)
{
    /// <summary>A contract shows as due for renewal this many days before its term ends.</summary>
    public const int RenewalWindowDays = 60;

    private DateOnly Today => ShanghaiTime.Today(clock);

    public async Task<Outcome<ContractView>> SignAsync(ContractInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var person = input.PersonId is { } personId ? await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct) : null;
        if (person is null)
        {
            errors.Add("personId", "请选择您管辖范围内的居民");
        }

        var team = await CheckTeamAsync(input.TeamId, person?.RegionCode, "teamId", errors, ct);
        var signedOn = CheckDate(input.SignedOn, "signedOn", "签约日期", actor, errors);
        var enrolled = person is null ? [] : await EnrolledAsync(person.Id, signedOn ?? Today, ct);
        var derived = person is null ? [] : KeyPopulation.Derive(person, enrolled, signedOn ?? Today);
        var keyPopulations = CheckKeyPopulations(input.KeyPopulations, derived, errors);
        var packages = await CheckPackagesAsync(input.Packages, keyPopulations, errors, ct);
        var (contact, phone) = CheckEmergencyContact(input.EmergencyContact, input.EmergencyPhone, team, errors);
        if (person is not null && await db.Set<Contract>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(c => c.ActivePersonId == person.Id, ct) is { } current
            && !(current.Status == ContractStatus.Signed && current.EndsOn < (signedOn ?? Today)))
        {
            errors.Add("personId", await AlreadySignedAsync(current, ct));
        }

        if (!errors.IsEmpty)
        {
            return Outcome<ContractView>.Fail(errors);
        }

        await using var work = await Work.BeginAsync(db.Database, ct);
        await LapsePreviousAsync(person!.Id, signedOn!.Value, ct);
        var contract = await NewContractAsync(person, team!, signedOn.Value, signedOn.Value, packages, keyPopulations, contact!, phone, null, actor, ct);
        contract.Status = input.AwaitingSignature ? ContractStatus.Pending : ContractStatus.Signed;
        var saved = await SaveNewAsync(contract, errors, ct);
        if (!saved)
        {
            return Outcome<ContractView>.Fail(errors);
        }

        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(Contract), contract.Number, detail: $"person {person.Id} team {team!.Name}", cancellationToken: ct);
        await work.CommitAsync(ct);
        return Outcome<ContractView>.Ok((await ViewsAsync(db.Set<Contract>().Where(c => c.Id == contract.Id), ct)).Single());
    }

    /// <summary>The resident signed the paper agreement: a pending contract becomes signed.</summary>
    public async Task<Outcome<ContractView>> ConfirmAsync(Guid id, Actor actor, CancellationToken ct = default) =>
        await ChangeAsync(id, actor, "confirm", async (contract, errors) =>
        {
            if (contract.Status != ContractStatus.Pending)
            {
                errors.Add("status", $"签约当前为“{ContractLabels.Of(contract.Status).Zh}”，无需确认");
                return null;
            }

            contract.Status = ContractStatus.Signed;
            await Task.CompletedTask;
            return null;
        }, ct);

    /// <summary>Another year with the same team, starting the day after this term ends (or today, when it has already run out).</summary>
    public async Task<Outcome<ContractView>> RenewAsync(Guid id, RenewalInput input, Actor actor, CancellationToken ct = default) =>
        await ChangeAsync(id, actor, "renew", async (contract, errors) =>
        {
            var on = CheckDate(input.On, "on", "续约日期", actor, errors) ?? Today;
            if (contract.Status != ContractStatus.Signed)
            {
                errors.Add("status", $"签约当前为“{ContractLabels.Of(contract.Status).Zh}”，只有已签约的才能续约");
            }
            else if (on < contract.EndsOn.AddDays(-RenewalWindowDays))
            {
                errors.Add("on", $"服务期至{ZhDate(contract.EndsOn)}，到期前{RenewalWindowDays}天内才能续约");
            }

            return errors.IsEmpty ? await SuccessorAsync(contract, contract.TeamId, input.Packages, on, on > contract.EndsOn ? on : contract.EndsOn.AddDays(1), ContractStatus.Renewed, ContractEnd.Renewed, actor, errors, ct) : null;
        }, ct);

    /// <summary>改签: the contract ends on the day and one with the other team starts that day for a year.</summary>
    public async Task<Outcome<ContractView>> ChangeTeamAsync(Guid id, ChangeTeamInput input, Actor actor, CancellationToken ct = default) =>
        await ChangeAsync(id, actor, "change-team", async (contract, errors) =>
        {
            var on = CheckDate(input.On, "on", "改签日期", actor, errors) ?? Today;
            if (contract.Status is not (ContractStatus.Signed or ContractStatus.Pending))
            {
                errors.Add("status", $"签约当前为“{ContractLabels.Of(contract.Status).Zh}”，不能改签");
            }
            else if (input.TeamId == contract.TeamId)
            {
                errors.Add("teamId", "请选择另一个团队；同一团队请办理续约");
            }

            return errors.IsEmpty ? await SuccessorAsync(contract, input.TeamId, input.Packages, on, on, ContractStatus.Changed, ContractEnd.ChangedTeam, actor, errors, ct) : null;
        }, ct);

    public async Task<Outcome<ContractView>> TerminateAsync(Guid id, TerminationInput input, Actor actor, CancellationToken ct = default) =>
        await ChangeAsync(id, actor, "terminate", async (contract, errors) =>
        {
            var on = CheckDate(input.On, "on", "解约日期", actor, errors) ?? Today;
            var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
            if (contract.Status is not (ContractStatus.Signed or ContractStatus.Pending))
            {
                errors.Add("status", $"签约当前为“{ContractLabels.Of(contract.Status).Zh}”，不能解约");
            }

            if (input.Reason is not { } reason || !ContractLabels.TerminationReasons.Contains(reason))
            {
                errors.Add("reason", "请选择解约原因");
            }
            else if (reason == ContractEnd.Other && note is null)
            {
                errors.Add("note", "原因为“其他”时请写明原因");
            }

            if (note?.Length > 200)
            {
                errors.Add("note", "说明不超过200字");
            }

            if (on < contract.SignedOn)
            {
                errors.Add("on", "解约日期不能早于签约日期");
            }

            if (errors.IsEmpty)
            {
                End(contract, ContractStatus.Terminated, input.Reason!.Value, on, note);
            }

            await Task.CompletedTask;
            return null;
        }, ct);

    /// <summary>
    /// One contract. Reading it is audited unless the reader is on the contract's team: the
    /// team sees its residents every day, anyone else's look is the one worth recording.
    /// </summary>
    public async Task<ContractView?> GetAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var view = (await ViewsAsync(db.Set<Contract>().Where(c => c.Id == id), ct)).SingleOrDefault();
        if (view is not null && !await IsOnTeamAsync(view.TeamId, actor.UserName, ct))
        {
            await audit.WriteAsync(actor.UserName, AuditEvents.Viewed, nameof(Contract), view.Number, detail: $"person {view.PersonId}", cancellationToken: ct);
        }

        return view;
    }

    /// <summary>The key populations a resident belongs to by the records on a day (today by default), for the signing form.</summary>
    public async Task<List<string>> DerivedKeyPopulationsAsync(Guid personId, DateOnly? on = null, CancellationToken ct = default)
    {
        var day = on ?? Today;
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct);
        return person is null ? [] : KeyPopulation.Derive(person, await EnrolledAsync(personId, day, ct), day);
    }

    /// <summary>A resident's contracts, newest first.</summary>
    public async Task<List<ContractView>> ForPersonAsync(Guid personId, CancellationToken ct = default) =>
        (await ViewsAsync(db.Set<Contract>().Where(c => c.PersonId == personId), ct)).OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Number).ToList();

    public async Task<Page<ContractView>> SearchAsync(ContractQuery query, CancellationToken ct = default)
    {
        var contracts = Filter(db.Set<Contract>().AsNoTracking(), query);
        var total = await contracts.CountAsync(ct);
        var request = PageRequest.Clamp(query.Page, query.PageSize, 500);
        contracts = query.Sort switch
        {
            "ends" => contracts.OrderBy(c => c.EndsOn).ThenBy(c => c.Number),
            "signed" => contracts.OrderBy(c => c.SignedOn).ThenBy(c => c.Number),
            "number" => contracts.OrderBy(c => c.Number),
            _ => contracts.OrderByDescending(c => c.SignedOn).ThenByDescending(c => c.Number),
        };
        var items = await ViewsAsync(contracts.Skip(request.Skip).Take(request.Size), ct);
        return new Page<ContractView>(items, total, request.Number, request.Size);
    }

    /// <summary>Every contract the query matches, in number order, a slice at a time: for exports.</summary>
    public async IAsyncEnumerable<ContractView> AllAsync(ContractQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        const int slice = 500;
        for (var skip = 0; ; skip += slice)
        {
            var items = await ViewsAsync(Filter(db.Set<Contract>().AsNoTracking(), query).OrderBy(c => c.Number).Skip(skip).Take(slice), ct);
            foreach (var item in items)
            {
                yield return item;
            }

            if (items.Count < slice)
            {
                yield break;
            }
        }
    }

    private IQueryable<Contract> Filter(IQueryable<Contract> contracts, ContractQuery query)
    {
        var today = Today;
        var q = query.Q?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            if (CitizenId.TryParse(q, out var id, out _))
            {
                var hash = protector.Hash(id.Value);
                contracts = contracts.Where(c => db.People.Any(p => p.Id == c.PersonId && p.IdNumberHash == hash));
            }
            else
            {
                var number = q.ToUpperInvariant();
                contracts = contracts.Where(c => c.Number == number || db.People.Any(p => p.Id == c.PersonId && p.Name.Contains(q)));
            }
        }

        if (!string.IsNullOrEmpty(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            contracts = contracts.Where(c => c.RegionCode.StartsWith(prefix));
        }

        if (query.TeamId is { } team)
        {
            contracts = contracts.Where(c => c.TeamId == team);
        }

        if (!string.IsNullOrEmpty(query.KeyPopulation))
        {
            var code = query.KeyPopulation;
            contracts = contracts.Where(c => ("," + c.KeyPopulations + ",").Contains("," + code + ","));
        }

        if (query.Unserved)
        {
            var servedBy = today.AddDays(-ServiceDeliveries.UnservedAfterDays);
            var deliveries = db.Set<ServiceDelivery>();
            contracts = contracts.Where(c => c.Status == ContractStatus.Signed && c.StartsOn <= servedBy && !deliveries.Any(d => d.ContractId == c.Id));
        }

        var renewFrom = today.AddDays(RenewalWindowDays);
        return query.Standing switch
        {
            ContractStanding.Pending => contracts.Where(c => c.Status == ContractStatus.Pending),
            ContractStanding.Signed => contracts.Where(c => c.Status == ContractStatus.Signed && c.EndsOn > renewFrom),
            ContractStanding.DueForRenewal => contracts.Where(c => c.Status == ContractStatus.Signed && c.EndsOn <= renewFrom && c.EndsOn >= today),
            ContractStanding.Expired => contracts.Where(c => c.Status == ContractStatus.Signed && c.EndsOn < today),
            ContractStanding.Ended => contracts.Where(c => c.ActivePersonId == null),
            _ => contracts,
        };
    }

    public ContractStanding StandingOf(ContractStatus status, DateOnly endsOn) => status switch
    {
        ContractStatus.Pending => ContractStanding.Pending,
        ContractStatus.Signed when endsOn < Today => ContractStanding.Expired,
        ContractStatus.Signed when endsOn <= Today.AddDays(RenewalWindowDays) => ContractStanding.DueForRenewal,
        ContractStatus.Signed => ContractStanding.Signed,
        _ => ContractStanding.Ended,
    };

    private async Task<List<ContractView>> ViewsAsync(IQueryable<Contract> contracts, CancellationToken ct)
    {
        var rows = await (from c in contracts
                          join p in db.People on c.PersonId equals p.Id
                          select new { c, p.Name, p.IdNumberMasked, p.BirthDate, p.Sex, p.Address }).ToListAsync(ct);

        // Team names come in a query of their own: ignoring the filters in a join would lift the
        // region filter off the contracts too, and a resident's team may sit outside the reader's
        // regions (a town team serving a village).
        var teamIds = rows.Select(r => r.c.TeamId).Distinct().ToList();
        var teams = await db.Set<Team>().IgnoreQueryFilters().AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var doctors = rows.Select(r => r.c.Doctor).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => doctors.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName ?? u.UserName!, ct);
        var today = Today;
        return rows.Select(r => new ContractView(
            r.c.Id, r.c.Number, r.c.PersonId, r.Name, r.IdNumberMasked, KeyPopulation.Age(r.BirthDate, today), r.Sex, r.c.RegionCode, r.Address,
            r.c.TeamId, teams.GetValueOrDefault(r.c.TeamId) ?? "", r.c.Doctor, names.GetValueOrDefault(r.c.Doctor) ?? r.c.Doctor, r.c.Status, StandingOf(r.c.Status, r.c.EndsOn),
            r.c.SignedOn, r.c.StartsOn, r.c.EndsOn, r.c.Packages.Split(',', StringSplitOptions.RemoveEmptyEntries), KeyPopulation.Split(r.c.KeyPopulations),
            r.c.EmergencyContact, r.c.EmergencyPhone, r.c.PreviousId, r.c.EndedOn, r.c.EndReason, r.c.EndNote, r.c.SignedBy)).ToList();
    }

    /// <summary>Loads the contract, applies the change, saves it all in one transaction and audits it.</summary>
    private async Task<Outcome<ContractView>> ChangeAsync(Guid id, Actor actor, string action, Func<Contract, FieldErrors, Task<Contract?>> change, CancellationToken ct)
    {
        var errors = new FieldErrors();
        await using var work = await Work.BeginAsync(db.Database, ct);
        var contract = await db.Set<Contract>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contract is null)
        {
            errors.Add("id", "该签约不存在，或不在您的管辖范围内");
            return Outcome<ContractView>.Fail(errors);
        }

        var successor = await change(contract, errors);
        if (!errors.IsEmpty)
        {
            return Outcome<ContractView>.Fail(errors);
        }

        contract.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        if (successor is not null && !await SaveNewAsync(successor, errors, ct))
        {
            return Outcome<ContractView>.Fail(errors);
        }

        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(Contract), contract.Number, detail: successor is null ? action : $"{action} → {successor.Number}", cancellationToken: ct);
        await work.CommitAsync(ct);
        var shown = successor?.Id ?? contract.Id;
        return Outcome<ContractView>.Ok((await ViewsAsync(db.Set<Contract>().AsNoTracking().Where(c => c.Id == shown), ct)).Single());
    }

    /// <summary>Ends <paramref name="contract"/> and builds the one that follows it; the caller saves both.</summary>
    private async Task<Contract?> SuccessorAsync(Contract contract, Guid? teamId, IReadOnlyList<string>? packageCodes, DateOnly on, DateOnly startsOn, ContractStatus endStatus, ContractEnd reason, Actor actor, FieldErrors errors, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == contract.PersonId, ct);
        if (person is null)
        {
            errors.Add("personId", "该居民不在您的管辖范围内");
            return null;
        }

        var team = await CheckTeamAsync(teamId, person.RegionCode, "teamId", errors, ct);
        var enrolled = await EnrolledAsync(person.Id, startsOn, ct);
        var manual = KeyPopulation.Split(contract.KeyPopulations).Where(c => KeyPopulation.All.Any(d => d.Code == c && !d.Derived));
        var keyPopulations = KeyPopulation.Derive(person, enrolled, startsOn).Concat(manual).Distinct().ToList();
        var packages = await CheckPackagesAsync(packageCodes ?? contract.Packages.Split(',', StringSplitOptions.RemoveEmptyEntries), keyPopulations, errors, ct);
        if (!errors.IsEmpty)
        {
            return null;
        }

        var keepsContact = team!.Id == contract.TeamId;
        var (contact, phone) = keepsContact ? (contract.EmergencyContact, contract.EmergencyPhone) : CheckEmergencyContact(null, null, team, errors);
        End(contract, endStatus, reason, reason == ContractEnd.Renewed ? startsOn.AddDays(-1) : on, null);
        var next = await NewContractAsync(person, team, on, startsOn, packages, keyPopulations, contact!, phone, contract.Id, actor, ct);
        next.Status = ContractStatus.Signed;
        return next;
    }

    private static void End(Contract contract, ContractStatus status, ContractEnd reason, DateOnly on, string? note)
    {
        contract.Status = status;
        contract.ActivePersonId = null;
        contract.EndedOn = on;
        contract.EndReason = reason;
        contract.EndNote = note;
    }

    /// <summary>A term that ran out without renewal ends as lapsed when the resident signs again.</summary>
    private async Task LapsePreviousAsync(Guid personId, DateOnly signedOn, CancellationToken ct)
    {
        var lapsed = await db.Set<Contract>().IgnoreQueryFilters().FirstOrDefaultAsync(c => c.ActivePersonId == personId && c.Status == ContractStatus.Signed && c.EndsOn < signedOn, ct);
        if (lapsed is not null)
        {
            End(lapsed, ContractStatus.Terminated, ContractEnd.Lapsed, lapsed.EndsOn, null);
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task<Contract> NewContractAsync(Person person, TeamView team, DateOnly signedOn, DateOnly startsOn, IReadOnlyList<ServicePackage> packages, IReadOnlyList<string> keyPopulations, string contact, string? phone, Guid? previous, Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new Contract
        {
            Id = Guid.CreateVersion7(),
            Number = await NextNumberAsync(signedOn.Year, ct),
            PersonId = person.Id,
            RegionCode = person.RegionCode,
            TeamId = team.Id,
            Doctor = team.Doctor,
            ActivePersonId = person.Id,
            SignedOn = signedOn,
            StartsOn = startsOn,
            EndsOn = startsOn.AddYears(1).AddDays(-1),
            Packages = string.Join(',', packages.Select(p => p.Code)),
            KeyPopulations = KeyPopulation.Join(keyPopulations),
            EmergencyContact = contact,
            EmergencyPhone = phone,
            PreviousId = previous,
            SignedBy = actor.UserName,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Saves a new contract; losing the race for the resident's one active contract is a clear error, not a crash.</summary>
    private async Task<bool> SaveNewAsync(Contract contract, FieldErrors errors, CancellationToken ct)
    {
        db.Add(contract);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(contract).State = EntityState.Detached;
            errors.Add("personId", "该居民刚刚已由他人签约，请刷新后查看");
            return false;
        }
    }

    private async Task<string> NextNumberAsync(int year, CancellationToken ct)
    {
        var prefix = $"QY{year}";
        var last = await db.Set<Contract>().IgnoreQueryFilters().Where(c => c.Number.StartsWith(prefix)).MaxAsync(c => (string?)c.Number, ct);
        var next = last is null ? 1 : int.Parse(last[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture) + 1;
        return $"{prefix}{next:D6}";
    }

    private async Task<string> AlreadySignedAsync(Contract current, CancellationToken ct)
    {
        var team = await db.Set<Team>().IgnoreQueryFilters().Where(t => t.Id == current.TeamId).Select(t => t.Name).FirstOrDefaultAsync(ct);
        return $"该居民已与{team}签约（{current.Number}，服务期至{ZhDate(current.EndsOn)}），一人同时只能有一名家庭医生；如需更换团队，请在该签约上办理改签";
    }

    private async Task<TeamView?> CheckTeamAsync(Guid? teamId, string? personRegion, string field, FieldErrors errors, CancellationToken ct)
    {
        var team = teamId is { } id ? await db.Set<Team>().AsNoTracking().Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct) : null;
        if (team is null || !team.Active)
        {
            errors.Add(field, "请选择在岗的家庭医生团队");
            return null;
        }

        if (personRegion is not null && !personRegion.StartsWith(RegionCode.Parse(team.RegionCode).Prefix, StringComparison.Ordinal))
        {
            errors.Add(field, $"{team.Name}的服务区域不含该居民所在的村（社区），请选择负责该区域的团队");
            return null;
        }

        return new TeamView(team.Id, team.Name, team.FacilityId, team.FacilityName, team.RegionCode, team.Doctor, team.Active,
            team.Members.OrderBy(m => m.Position).Select(m => new TeamMemberView(m.Role, m.Name, m.UserName, m.Phone)).ToList(), 0);
    }

    /// <summary>Today or up to a year back; only the system (an import, the demo) may record older history.</summary>
    private DateOnly? CheckDate(DateOnly? date, string field, string label, Actor actor, FieldErrors errors)
    {
        var value = date ?? Today;
        if (value > Today)
        {
            errors.Add(field, $"{label}不能晚于今天");
            return null;
        }

        if (value < Today.AddYears(-1) && !actor.IsSystem)
        {
            errors.Add(field, $"{label}只能补录一年以内的");
            return null;
        }

        return value;
    }

    private static List<string> CheckKeyPopulations(IReadOnlyList<string>? input, List<string> derived, FieldErrors errors)
    {
        var chosen = (input ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        var unknown = chosen.Where(c => !KeyPopulation.IsKnown(c)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add("keyPopulations", $"没有这类重点人群：{string.Join("、", unknown)}");
        }

        return derived.Concat(chosen.Where(KeyPopulation.IsKnown)).Distinct().ToList();
    }

    private async Task<List<ServicePackage>> CheckPackagesAsync(IReadOnlyList<string>? codes, IReadOnlyList<string> keyPopulations, FieldErrors errors, CancellationToken ct)
    {
        var active = await catalogue.ListAsync(activeOnly: true, ct);
        var chosen = (codes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        var unknown = chosen.Where(c => active.All(p => p.Code != c)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add("packages", $"服务包目录中没有（或已停用）：{string.Join("、", unknown)}");
        }

        var packages = active.Where(p => chosen.Contains(p.Code)).ToList();
        if (!packages.Any(p => p.Kind == PackageKind.Basic))
        {
            errors.Add("packages", "请至少选择一个基础服务包");
        }

        foreach (var package in packages)
        {
            var targets = KeyPopulation.Split(package.Targets);
            if (targets.Count > 0 && !targets.Any(keyPopulations.Contains))
            {
                errors.Add("packages", $"“{package.Name}”面向{string.Join("、", targets.Select(t => KeyPopulation.NameOf(t).Zh))}，该居民不属于这些人群");
            }
        }

        return packages;
    }

    /// <summary>The emergency contact defaults to the team's doctor and the doctor's work phone.</summary>
    private static (string? Contact, string? Phone) CheckEmergencyContact(string? contact, string? phone, TeamView? team, FieldErrors errors)
    {
        var name = string.IsNullOrWhiteSpace(contact) ? team?.Lead?.Name : contact.Trim();
        var number = string.IsNullOrWhiteSpace(phone) ? (string.IsNullOrWhiteSpace(contact) ? team?.Lead?.Phone : null) : phone.Trim();
        if (name?.Length > 20)
        {
            errors.Add("emergencyContact", "急诊联系医生姓名不超过20字");
        }

        if (number is not null && !Phone.IsMobileOrLandline(number))
        {
            errors.Add("emergencyPhone", "电话应为11位手机号或带区号的固定电话，如 0731-22334455");
        }

        return (name, number);
    }

    private async Task<List<ChronicDisease>> EnrolledAsync(Guid personId, DateOnly on, CancellationToken ct) =>
        await db.Set<Enrolment>().AsNoTracking()
            .Where(e => e.PersonId == personId && e.EnrolledOn <= on && (e.EndedOn == null || e.EndedOn >= on))
            .Select(e => e.Disease).ToListAsync(ct);

    private static string ZhDate(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    private async Task<bool> IsOnTeamAsync(Guid teamId, string userName, CancellationToken ct) =>
        await db.Set<TeamMember>().AnyAsync(m => m.TeamId == teamId && m.UserName == userName, ct);
}
