using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Doorstep.Safety.Venues;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Safety.Training;

public sealed record TrainingInput(
    DateOnly? Date, string? RegionCode, string? Place, string? Title, IReadOnlyList<string>? Topics, string? Organiser, string? Trainer,
    int? Attendees, IReadOnlyList<string>? VenueKinds, string? Note);

public sealed record TrainingView(
    Guid Id, string RegionCode, string RegionName, DateOnly Date, string Place, string? Title, IReadOnlyList<string> Topics, string? Organiser,
    string? Trainer, int Attendees, IReadOnlyList<string> VenueKinds, string? Note, string CreatedBy, DateTime CreatedAt);

public sealed record TrainingQuery(string? Region = null, int? Year = null, int Page = 1, int PageSize = 20);

/// <summary>One page of sessions, newest first, with the totals of every session the filter matches.</summary>
public sealed record TrainingList(IReadOnlyList<TrainingView> Items, int Total, int Attendees, int PageNumber, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Fire-safety training sessions: recorded, corrected and removed with an audit entry each, counted per area and year.</summary>
public sealed class TrainingService(DoorstepDb db, AuditLog audit, TimeProvider clock)
{
    public const int MaxAttendees = 10_000;

    private static readonly DateOnly Earliest = new(2000, 1, 1);

    public async Task<TrainingList> SearchAsync(TrainingQuery query, CancellationToken ct = default)
    {
        var sessions = db.Set<TrainingSession>().AsNoTracking();
        if (!string.IsNullOrEmpty(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            sessions = sessions.Where(s => s.RegionCode.StartsWith(prefix));
        }

        if (query.Year is { } year and >= 2000 and <= 9998)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            sessions = sessions.Where(s => s.Date >= from && s.Date < to);
        }

        var page = await sessions.OrderByDescending(s => s.Date).ThenByDescending(s => s.CreatedAt).ToPageAsync(query.Page, query.PageSize, 200, ViewsAsync, ct);
        var attendees = page.Total == 0 ? 0 : await sessions.SumAsync(s => s.Attendees, ct);
        return new TrainingList(page.Items, page.Total, attendees, page.PageNumber, page.PageSize);
    }

    public async Task<TrainingView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<TrainingSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is { } session ? (await ViewsAsync([session], ct)).Single() : null;

    public async Task<Outcome<TrainingView>> CreateAsync(TrainingInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = await CheckAsync(input, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<TrainingView>.Fail(errors);
        }

        var session = new TrainingSession { Id = Guid.CreateVersion7(), RegionCode = "", Place = "", CreatedBy = actor.UserName, CreatedAt = clock.GetUtcNow().UtcDateTime };
        Apply(session, input);
        db.Add(session);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(TrainingSession), session.Id.ToString(), detail: $"{session.Date:yyyy-MM-dd} {session.Place}", cancellationToken: ct);
        return Outcome<TrainingView>.Ok((await ViewsAsync([session], ct)).Single());
    }

    public async Task<Outcome<TrainingView>> UpdateAsync(Guid id, TrainingInput input, Actor actor, CancellationToken ct = default)
    {
        var session = await db.Set<TrainingSession>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return Outcome<TrainingView>.Fail(NotFound());
        }

        var errors = await CheckAsync(input, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<TrainingView>.Fail(errors);
        }

        Apply(session, input);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Updated, nameof(TrainingSession), session.Id.ToString(), detail: $"{session.Date:yyyy-MM-dd} {session.Place}", cancellationToken: ct);
        return Outcome<TrainingView>.Ok((await ViewsAsync([session], ct)).Single());
    }

    public async Task<FieldErrors> DeleteAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var session = await db.Set<TrainingSession>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound();
        }

        db.Remove(session);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Deleted, nameof(TrainingSession), session.Id.ToString(), detail: $"{session.Date:yyyy-MM-dd} {session.Place} {session.Attendees}人", cancellationToken: ct);
        return new FieldErrors();
    }

    private async Task<FieldErrors> CheckAsync(TrainingInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        await ScopedRegion.CheckAsync(db, input.RegionCode, "regionCode", "请选择培训所在区划", errors, ct);

        // Planned sessions are recorded ahead, but not beyond a year: a date further out is a typo.
        var latest = ShanghaiTime.Today(clock).AddYears(1);
        if (input.Date is not { } date)
        {
            errors.Add("date", "请填写培训日期");
        }
        else if (date < Earliest || date > latest)
        {
            errors.Add("date", $"培训日期应在2000年1月1日到{latest.Year}年{latest.Month}月{latest.Day}日之间（计划中的培训最多提前一年登记）");
        }

        var place = input.Place?.Trim();
        if (string.IsNullOrEmpty(place) || place.Length > 100)
        {
            errors.Add("place", "请填写培训地点（不超过100字），如“霞石村村部”");
        }

        if (input.Title?.Trim().Length > 60)
        {
            errors.Add("title", "培训名称不超过60字");
        }

        var topics = Clean(input.Topics);
        if (topics.Count == 0)
        {
            errors.Add("topics", "请至少选择或填写一项培训内容");
        }
        else if (topics.Count > 12 || topics.Any(t => t.Length > 20))
        {
            errors.Add("topics", "培训内容最多12项，每项不超过20字");
        }

        if (input.Organiser?.Trim().Length > 50)
        {
            errors.Add("organiser", "组织单位不超过50字");
        }

        if (input.Trainer?.Trim().Length > 50)
        {
            errors.Add("trainer", "主讲人不超过50字");
        }

        if (input.Attendees is not (>= 1 and <= MaxAttendees))
        {
            errors.Add("attendees", $"参训人数应为1～{MaxAttendees}人");
        }

        var kinds = Clean(input.VenueKinds);
        if (kinds.Count > 0)
        {
            var known = await db.Set<VenueKind>().AsNoTracking().Select(k => k.Code).ToListAsync(ct);
            foreach (var unknown in kinds.Where(k => !known.Contains(k)))
            {
                errors.Add("venueKinds", $"没有“{unknown}”这类场所");
            }
        }

        if (input.Note?.Trim().Length > 500)
        {
            errors.Add("note", "备注不超过500字");
        }

        return errors;
    }

    private static void Apply(TrainingSession session, TrainingInput input)
    {
        session.RegionCode = input.RegionCode!.Trim();
        session.Date = input.Date!.Value;
        session.Place = input.Place!.Trim();
        session.Title = Blank(input.Title);
        session.Topics = Clean(input.Topics);
        session.Organiser = Blank(input.Organiser);
        session.Trainer = Blank(input.Trainer);
        session.Attendees = input.Attendees!.Value;
        session.VenueKinds = Clean(input.VenueKinds);
        session.Note = Blank(input.Note);
    }

    private async Task<List<TrainingView>> ViewsAsync(IReadOnlyList<TrainingSession> sessions, CancellationToken ct)
    {
        var codes = sessions.Select(s => s.RegionCode).Distinct().ToList();
        var names = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return sessions.Select(s => new TrainingView(
            s.Id, s.RegionCode, names.GetValueOrDefault(s.RegionCode) ?? s.RegionCode, s.Date, s.Place, s.Title, s.Topics, s.Organiser, s.Trainer,
            s.Attendees, s.VenueKinds, s.Note, s.CreatedBy, s.CreatedAt)).ToList();
    }

    /// <summary>Trimmed, without blanks or repeats, in the order given.</summary>
    private static List<string> Clean(IReadOnlyList<string>? values) =>
        (values ?? []).Select(v => v?.Trim()).OfType<string>().Where(v => v.Length > 0).Distinct().ToList();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static FieldErrors NotFound()
    {
        var errors = new FieldErrors();
        errors.Add("id", "该培训记录不存在，或不在您的管辖范围内");
        return errors;
    }
}
