using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.ModelWorkers;

/// <summary>A winner: a model worker of the registry (<see cref="ModelWorker"/>), or a person named with their employer; and the prize.</summary>
public sealed record WinnerInput(Guid? ModelWorker = null, string? Name = null, string? Employer = null, string? Prize = null);

public sealed record CompetitionInput(string? Name = null, int? Year = null, string? Organiser = null, string? Field = null, string? Region = null, IReadOnlyList<WinnerInput>? Winners = null);

public sealed record WinnerView(Guid Id, Guid? ModelWorkerId, string Name, string? Employer, string Prize);

public sealed record CompetitionRow(Guid Id, string Name, int Year, string Organiser, string Field, string RegionCode, string? RegionName, int Winners);

public sealed record CompetitionDetail(CompetitionRow Competition, IReadOnlyList<WinnerView> Winners);

/// <summary>劳动竞赛: labour and skills competitions of the caller's regions and their award winners.</summary>
public sealed class CompetitionService(DoorstepDb db, ModelWorkerSettings settings, ModelWorkerService workers, AuditLog audit, TimeProvider clock)
{
    public async Task<Page<CompetitionRow>> SearchAsync(string? q, int? year, int page = 1, int pageSize = 20, CancellationToken ct = default)
    {
        var rows = db.Set<LabourCompetition>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            rows = rows.Where(c => c.Name.Contains(text) || c.Field.Contains(text) || c.Organiser.Contains(text));
        }

        if (year is { } y)
        {
            rows = rows.Where(c => c.Year == y);
        }

        return await rows.OrderByDescending(c => c.Year).ThenByDescending(c => c.CreatedAt).ToPageAsync(page, pageSize, ModelWorkerService.MaxPageSize, RowsAsync, ct);
    }

    public async Task<CompetitionDetail?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var competition = await db.Set<LabourCompetition>().AsNoTracking().Include(c => c.Winners).FirstOrDefaultAsync(c => c.Id == id, ct);
        return competition is null ? null : new CompetitionDetail((await RowsAsync([competition], ct)).Single(), Winners(competition));
    }

    public async Task<Outcome<CompetitionRow>> CreateAsync(CompetitionInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var regionCode = await CheckAsync(input, errors, ct);
        var winners = await CheckWinnersAsync(input.Winners ?? [], [], errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<CompetitionRow>.Fail(errors);
        }

        var competition = new LabourCompetition
        {
            Id = Guid.CreateVersion7(),
            Name = input.Name!.Trim(),
            Year = input.Year!.Value,
            Organiser = input.Organiser!.Trim(),
            Field = input.Field!.Trim(),
            RegionCode = regionCode!,
            Winners = winners,
            UpdatedBy = actor.UserName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(competition);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(LabourCompetition), competition.Id.ToString(), detail: $"{winners.Count} winners", cancellationToken: ct);
        return Outcome<CompetitionRow>.Ok((await RowsAsync([competition], ct)).Single());
    }

    /// <summary>
    /// Corrects a competition's name, year, organiser, field and region, through the same checks as
    /// recording it. Winners are changed by adding and removing them.
    /// </summary>
    public async Task<Outcome<CompetitionRow>> UpdateAsync(Guid id, CompetitionInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var competition = await db.Set<LabourCompetition>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (competition is null)
        {
            errors.Add("id", "找不到该劳动竞赛，或不在您的管辖范围内");
            return Outcome<CompetitionRow>.Fail(errors);
        }

        var regionCode = await CheckAsync(input, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<CompetitionRow>.Fail(errors);
        }

        competition.Name = input.Name!.Trim();
        competition.Year = input.Year!.Value;
        competition.Organiser = input.Organiser!.Trim();
        competition.Field = input.Field!.Trim();
        competition.RegionCode = regionCode!;
        competition.UpdatedBy = actor.UserName;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(LabourCompetition), id.ToString(), detail: "details", cancellationToken: ct);
        return Outcome<CompetitionRow>.Ok((await RowsAsync([competition], ct)).Single());
    }

    /// <summary>Takes a winner entered by mistake off the list; false when the competition or the winner is not there.</summary>
    public async Task<bool> RemoveWinnerAsync(Guid id, Guid winnerId, Actor actor, CancellationToken ct = default)
    {
        var competition = await db.Set<LabourCompetition>().Include(c => c.Winners).FirstOrDefaultAsync(c => c.Id == id, ct);
        var winner = competition?.Winners.FirstOrDefault(w => w.Id == winnerId);
        if (winner is null)
        {
            return false;
        }

        competition!.Winners.Remove(winner);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(LabourCompetition), id.ToString(), detail: $"-winner {winner.Name} {winner.Prize}", cancellationToken: ct);
        return true;
    }

    /// <summary>The checks a competition's own fields pass, whether recorded or corrected; returns its region.</summary>
    private async Task<string?> CheckAsync(CompetitionInput input, FieldErrors errors, CancellationToken ct)
    {
        ModelWorkerService.Required(input.Name, "name", "竞赛名称", 100, errors);
        ModelWorkerService.Required(input.Organiser, "organiser", "主办单位", 100, errors);
        ModelWorkerService.Required(input.Field, "field", "行业领域或竞赛工种", 50, errors);
        if (ModelWorkerRules.YearProblem(input.Year, settings.FirstYear, ShanghaiTime.Today(clock).Year) is { } year)
        {
            errors.Add("year", year);
        }

        return (await ScopedRegion.CheckAsync(db, input.Region, "region", "请选择竞赛所属区划", errors, ct))?.Value;
    }

    public async Task<Outcome<CompetitionRow>> AddWinnerAsync(Guid id, WinnerInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var competition = await db.Set<LabourCompetition>().Include(c => c.Winners).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (competition is null)
        {
            errors.Add("id", "找不到该劳动竞赛，或不在您的管辖范围内");
            return Outcome<CompetitionRow>.Fail(errors);
        }

        var added = await CheckWinnersAsync([input], competition.Winners, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<CompetitionRow>.Fail(errors);
        }

        foreach (var winner in added)
        {
            winner.CompetitionId = id;
            db.Add(winner);
        }

        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(LabourCompetition), id.ToString(), detail: $"winner {added[0].Name} {added[0].Prize}", cancellationToken: ct);
        return Outcome<CompetitionRow>.Ok((await RowsAsync([competition], ct)).Single());
    }

    /// <summary>The winners given, a model worker by the registry's name and employer; the same person twice in one competition is refused.</summary>
    private async Task<List<CompetitionWinner>> CheckWinnersAsync(IReadOnlyList<WinnerInput> given, List<CompetitionWinner> listed, FieldErrors errors, CancellationToken ct)
    {
        var known = (await workers.RowsAsync([.. given.Where(w => w.ModelWorker is not null).Select(w => w.ModelWorker!.Value).Distinct()], ct)).ToDictionary(w => w.Id);
        var winners = new List<CompetitionWinner>();
        foreach (var input in given)
        {
            string? name;
            string? employer;
            if (input.ModelWorker is { } id)
            {
                if (!known.TryGetValue(id, out var worker))
                {
                    errors.Add("winners", "劳模工匠名册中没有该人员，或不在您的管辖范围内");
                    continue;
                }

                (name, employer) = (worker.Name, worker.Employer);
            }
            else if (string.IsNullOrWhiteSpace(input.Name))
            {
                errors.Add("winners", "请从名册中选择获奖者，或填写获奖者姓名");
                continue;
            }
            else
            {
                (name, employer) = (input.Name.Trim(), ModelWorkerService.Clean(input.Employer));
                if (name.Length > 50 || employer?.Length > 100)
                {
                    errors.Add("winners", "获奖者姓名不超过50字，工作单位不超过100字");
                    continue;
                }
            }

            if (string.IsNullOrWhiteSpace(input.Prize) || input.Prize.Trim().Length > 50)
            {
                errors.Add("winners", $"{name}：请填写奖项或名次（不超过50字）");
                continue;
            }

            if (listed.Concat(winners).Any(w => input.ModelWorker is { } m ? w.ModelWorkerId == m : w.ModelWorkerId is null && w.Name == name && w.Employer == employer))
            {
                errors.Add("winners", $"{name}已在获奖名单中");
                continue;
            }

            // After the last listed, not after their count: a winner taken off leaves a gap.
            var last = listed.Count == 0 ? 0 : listed.Max(w => w.Position);
            winners.Add(new CompetitionWinner { Id = Guid.CreateVersion7(), Position = last + winners.Count + 1, ModelWorkerId = input.ModelWorker, Name = name, Employer = employer, Prize = input.Prize.Trim() });
        }

        return winners;
    }

    private static List<WinnerView> Winners(LabourCompetition competition) =>
        [.. competition.Winners.OrderBy(w => w.Position).Select(w => new WinnerView(w.Id, w.ModelWorkerId, w.Name, w.Employer, w.Prize))];

    private async Task<List<CompetitionRow>> RowsAsync(IReadOnlyList<LabourCompetition> page, CancellationToken ct)
    {
        var ids = page.Select(c => c.Id).ToList();
        var counts = await db.Set<CompetitionWinner>().AsNoTracking().Where(w => ids.Contains(w.CompetitionId))
            .GroupBy(w => w.CompetitionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var codes = page.Select(c => c.RegionCode).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return [.. page.Select(c => new CompetitionRow(c.Id, c.Name, c.Year, c.Organiser, c.Field, c.RegionCode, regions.GetValueOrDefault(c.RegionCode), counts.GetValueOrDefault(c.Id)))];
    }
}
