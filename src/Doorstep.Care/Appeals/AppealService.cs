using Doorstep.Care.Households;
using Doorstep.Care.Visits;
using Doorstep.Kernel;
using Doorstep.Platform;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.People;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;
using Doorstep.Platform.WorkItems;
using Doorstep.Platform.WorkItems.Lifecycle;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Appeals;

/// <summary>
/// An appeal to record. The appellant is a registry person (<see cref="Person"/>) or a name and
/// phone. The region comes from the household or the person; <see cref="Region"/> is needed only
/// when neither is given (a call from someone outside the registry). <see cref="TimeClass"/> is a
/// category of the appeal work item (emergency, utilities, general — the default —, complex).
/// </summary>
public sealed record AppealInput(
    string? Kind = null, string? Source = null, string? TimeClass = null, string? Content = null,
    Guid? Person = null, string? AppellantName = null, string? AppellantPhone = null,
    Guid? Household = null, Guid? Visit = null, string? Region = null, string? IdNumber = null);

/// <summary>An appeal with the state of its work item, the appellant's phone masked.</summary>
public sealed record AppealRow(
    Guid Id, string Number, AppealKind Kind, string KindName, AppealSource Source, string SourceName, string TimeClass, string TimeClassName,
    string Content, Guid? PersonId, string AppellantName, string? AppellantPhone, Guid? HouseholdId, Guid? VisitId,
    string ReceivedBy, string ReceivedByName, string RegionCode, string? RegionName, DateTime ReceivedAt,
    Guid WorkItemId, WorkItemStatus Status, string StatusName, DateTime? DueAt, string? HandledBy, Satisfaction? Satisfaction, string? SatisfactionName);

/// <summary>An appeal with its work item's deadline, history and rating, for the deputy following it.</summary>
public sealed record AppealDetail(AppealRow Appeal, string? Address, string? VisitNumber, DateOnly? VisitedOn, string? TimeLimit, int ReworkCount, IReadOnlyList<WorkItemEventView> History);

/// <summary>Filters of the appeal list; <see cref="Mine"/> keeps the appeals the caller received.</summary>
public sealed record AppealQuery(string? Q = null, AppealKind? Kind = null, WorkItemStatus? Status = null, string? Region = null, bool Mine = false, int Page = 1, int PageSize = 20);

/// <summary>The period and region the figures are for: appeals received on [From, To] (Beijing dates, either open) in the region and below.</summary>
public sealed record AppealFiguresQuery(string? Region = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>One line of the figures table: a child region or a handling unit.</summary>
public sealed record AppealFiguresRow(string Key, string Label, AppealFigures Figures);

public sealed record AppealFiguresTable(AppealFigures Total, IReadOnlyList<AppealFiguresRow> ByRegion, IReadOnlyList<AppealFiguresRow> ByUnit);

/// <summary>
/// 群众诉求: records an appeal and opens its work item in one transaction, finds appeals in the
/// caller's regions, and counts the response, resolution and satisfaction figures.
/// </summary>
public sealed class AppealService(
    DoorstepDb db, WorkItemService workItems, WorkItemJournal journal, WorkItemTypeCatalog types, WorkItemDirectory directory, RegistryLookup registry, FieldProtector protector, AuditLog audit, TimeProvider clock)
{
    public const int MaxContent = 2000;
    public const int MaxPageSize = 200;

    /// <summary>An appellant not in the registry is taken by name and phone, so the registry is optional here.</summary>
    private static readonly RegistryAsk AppellantInRegistry = RegistryAsk.Default with
    {
        PersonField = "person",
        Missing = null,
        NotFoundById = "找不到该居民，或不在您的管辖范围内",
        NotFound = "居民档案中没有此身份证号码，或不在您的管辖范围内；不在档案中的请清空身份证号，填写姓名和电话",
    };

    /// <summary>The time classes and their default limits, as the engine holds them.</summary>
    public IReadOnlyList<WorkItemCategory> TimeClasses => AppealWorkItems.Appeal.Categories;

    public async Task<Outcome<AppealRow>> CreateAsync(AppealInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var visit = input.Visit is { } visitId ? await db.Set<Visit>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == visitId, ct) : null;
        if (input.Visit is not null && visit is null)
        {
            errors.Add("visit", "找不到该走访记录，或不在您的管辖范围内");
        }

        var householdId = input.Household ?? visit?.NeedyHouseholdId;
        var needy = householdId is { } hid ? await db.Set<NeedyHousehold>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == hid, ct) : null;
        if (householdId is not null && needy is null)
        {
            errors.Add("household", "找不到该困难家庭，或不在您的管辖范围内");
        }
        else if (visit is not null && needy is not null && visit.NeedyHouseholdId != needy.Id)
        {
            errors.Add("visit", "该走访记录不是对这户的走访");
        }

        var person = await AppellantAsync(input, errors, ct);

        var kind = AppealNames.Kind(input.Kind);
        if (kind is null)
        {
            errors.Add("kind", string.IsNullOrWhiteSpace(input.Kind)
                ? "请选择诉求类型"
                : $"没有“{input.Kind}”这种诉求类型，可选：{string.Join("、", AppealNames.Kinds.Select(k => AppealNames.Of(k).Zh))}");
        }

        var source = string.IsNullOrWhiteSpace(input.Source) && visit is not null ? AppealSource.Visit : AppealNames.Source(input.Source);
        if (source is null)
        {
            errors.Add("source", string.IsNullOrWhiteSpace(input.Source)
                ? "请选择诉求来源"
                : $"没有“{input.Source}”这种诉求来源，可选：走访、联络站、电话");
        }

        var timeClass = AppealWorkItems.Appeal.Category(string.IsNullOrWhiteSpace(input.TimeClass) ? "general" : input.TimeClass.Trim())
            ?? TimeClasses.FirstOrDefault(c => c.Name.Zh == input.TimeClass?.Trim());
        if (timeClass is null)
        {
            errors.Add("timeClass", $"没有“{input.TimeClass}”这一时限类别，可选：{string.Join("、", TimeClasses.Select(c => $"{c.Code}（{c.Name.Zh}）"))}");
        }

        var content = input.Content?.Trim();
        if (string.IsNullOrEmpty(content))
        {
            errors.Add("content", "请填写诉求内容");
        }
        else if (content.Length > MaxContent)
        {
            errors.Add("content", $"诉求内容不超过{MaxContent}字");
        }

        var (name, phone) = Appellant(input, person, errors);
        var regionCode = await RegionAsync(input.Region, needy, person, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<AppealRow>.Fail(errors);
        }

        var appeal = new Appeal
        {
            Id = Guid.CreateVersion7(),
            Kind = kind!.Value,
            Source = source!.Value,
            TimeClass = timeClass!.Code,
            Content = content!,
            PersonId = person?.Id,
            AppellantName = name!,
            AppellantPhoneCipher = person is null ? protector.Protect(phone!.Value) : null,
            AppellantPhoneMasked = person is null ? phone!.Masked : null,
            NeedyHouseholdId = needy?.Id,
            VisitId = visit?.Id,
            ReceivedBy = actor.UserName,
            RegionCode = regionCode!,
            ReceivedAt = clock.GetUtcNow().UtcDateTime,
        };
        var address = needy is not null
            ? await db.Households.AsNoTracking().Where(h => h.Id == needy.HouseholdId).Select(h => h.Address).FirstOrDefaultAsync(ct)
            : person?.Address;

        await using var work = await Work.BeginAsync(db.Database, ct);
        var opened = await workItems.CreateAsync(
            new NewWorkItem
            {
                TypeCode = AppealWorkItems.Appeal.Code,
                Category = appeal.TimeClass,
                Title = Title(appeal.Kind, appeal.Content),
                Description = appeal.Content,
                RegionCode = appeal.RegionCode,
                Address = address is { Length: > 200 } ? address[..200] : address,
                SubjectRef = PathOf(appeal.Id),
                ContactName = appeal.AppellantName,
                ContactPhone = phone?.Value,
                Open = true,
            },
            actor,
            ct);
        if (!opened.Succeeded)
        {
            foreach (var (field, messages) in opened.Errors.ToDictionary())
            {
                errors.Add(field is "typeCode" or "open" ? "workItem" : field, string.Join("，", messages));
            }

            return Outcome<AppealRow>.Fail(errors);
        }

        appeal.WorkItemId = opened.Item!.Id;
        db.Add(appeal);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Created, nameof(Appeal), appeal.Id.ToString(), detail: opened.Item.Number, cancellationToken: ct);
        await work.CommitAsync(ct);
        return Outcome<AppealRow>.Ok((await RowsAsync([appeal], ct)).Single());
    }

    public async Task<Page<AppealRow>> SearchAsync(AppealQuery query, Actor actor, CancellationToken ct = default)
    {
        var appeals = db.Set<Appeal>().AsNoTracking();
        var items = db.Set<WorkItem>();
        if (query.Q?.Trim() is { Length: > 0 } q)
        {
            var number = q.ToUpperInvariant();
            appeals = appeals.Where(a => a.Content.Contains(q) || a.AppellantName.Contains(q) || items.Any(w => w.Id == a.WorkItemId && w.Number == number));
        }

        if (query.Kind is { } kind)
        {
            appeals = appeals.Where(a => a.Kind == kind);
        }

        if (query.Status is { } status)
        {
            appeals = appeals.Where(a => items.Any(w => w.Id == a.WorkItemId && w.Status == status));
        }

        if (!string.IsNullOrWhiteSpace(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            appeals = appeals.Where(a => a.RegionCode.StartsWith(prefix));
        }

        if (query.Mine)
        {
            var me = actor.UserName;
            appeals = appeals.Where(a => a.ReceivedBy == me);
        }

        return await appeals.OrderByDescending(a => a.ReceivedAt).ThenByDescending(a => a.Id).ToPageAsync(query.Page, query.PageSize, MaxPageSize, RowsAsync, ct);
    }

    public async Task<AppealDetail?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var appeal = await db.Set<Appeal>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        var item = appeal is null ? null : await db.Set<WorkItem>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == appeal.WorkItemId, ct);
        if (appeal is null || item is null)
        {
            return null;
        }

        var visit = appeal.VisitId is { } visitId ? await db.Set<Visit>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == visitId, ct) : null;
        var history = await journal.HistoryAsync(item.Id, ct);
        return new AppealDetail(
            (await RowsAsync([appeal], ct)).Single(), item.Address, visit?.Number, visit?.VisitedOn, item.TimeLimit, item.ReworkCount,
            [.. history.Select(WorkItemEventView.From)]);
    }

    /// <summary>The appeals opened from one visit, for the visit's pages.</summary>
    public async Task<List<AppealRow>> ForVisitAsync(Guid visitId, CancellationToken ct = default) =>
        await RowsAsync(await db.Set<Appeal>().AsNoTracking().Where(a => a.VisitId == visitId).OrderBy(a => a.ReceivedAt).ToListAsync(ct), ct);

    /// <summary>The figures of the appeals received in the region (and below) in the period.</summary>
    public async Task<AppealFigures> FiguresAsync(AppealFiguresQuery query, CancellationToken ct = default) =>
        AppealFigures.Tally((await StatesAsync(query, ct)).Select(s => (s.Status, s.Satisfaction, s.Count)));

    /// <summary>The figures in all, per child region of the query's region, and per handling unit (or person; 未派遣 when none yet).</summary>
    public async Task<AppealFiguresTable> TableAsync(AppealFiguresQuery query, IReadOnlyList<Platform.Regions.Region> children, CancellationToken ct = default)
    {
        var states = await StatesAsync(query, ct);
        var users = await directory.UserNamesAsync(ct);
        var byRegion = children
            .Select(child => (child, prefix: RegionCode.TryParse(child.Code, out var code, out _) ? code.Prefix : child.Code))
            .Select(c => new AppealFiguresRow(c.child.Code, c.child.Name, Tally(states.Where(s => s.RegionCode.StartsWith(c.prefix, StringComparison.Ordinal)))))
            .ToList();
        var byUnit = states
            .GroupBy(s => s.UnitName ?? (s.AssignedUser is { } u ? users.GetValueOrDefault(u) ?? u : null) ?? "")
            .Select(g => new AppealFiguresRow(g.Key, g.Key.Length == 0 ? Tr.T("未派遣", "Not dispatched") : g.Key, Tally(g)))
            .OrderBy(r => r.Key.Length == 0 ? 1 : 0).ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();
        return new AppealFiguresTable(Tally(states), byRegion, byUnit);
    }

    public static string PathOf(Guid appealId) => $"/care/appeals/{appealId}";

    /// <summary>The work item's title: the kind and the start of what was asked.</summary>
    internal static string Title(AppealKind kind, string content)
    {
        // The first line, up to the first full stop: callers say the gist first.
        var gist = content.Split('\n', 2)[0].Trim().Split('。', 2)[0] is { Length: > 0 } first ? first : content.Trim();
        var text = gist.Length > 40 ? gist[..40] + "…" : gist;
        return $"{AppealNames.Of(kind).Zh}：{text}";
    }

    private static AppealFigures Tally(IEnumerable<State> states) => AppealFigures.Tally(states.Select(s => (s.Status, s.Satisfaction, s.Count)));

    private async Task<List<State>> StatesAsync(AppealFiguresQuery query, CancellationToken ct)
    {
        var appeals = db.Set<Appeal>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Region) && RegionCode.TryParse(query.Region, out var region, out _))
        {
            var prefix = region.Prefix;
            appeals = appeals.Where(a => a.RegionCode.StartsWith(prefix));
        }

        if (query.From is { } from)
        {
            var fromUtc = ShanghaiTime.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            appeals = appeals.Where(a => a.ReceivedAt >= fromUtc);
        }

        if (query.To is { } to)
        {
            var toUtc = ShanghaiTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            appeals = appeals.Where(a => a.ReceivedAt < toUtc);
        }

        var grouped = await (from a in appeals
                             join w in db.Set<WorkItem>().AsNoTracking() on a.WorkItemId equals w.Id
                             group a by new { a.RegionCode, w.AssignedUnitName, w.AssignedUser, w.Status, w.Satisfaction } into g
                             select new { g.Key.RegionCode, g.Key.AssignedUnitName, g.Key.AssignedUser, g.Key.Status, g.Key.Satisfaction, Count = g.Count() })
            .ToListAsync(ct);
        return [.. grouped.Select(g => new State(g.RegionCode, g.AssignedUnitName, g.AssignedUser, g.Status, g.Satisfaction, g.Count))];
    }

    /// <summary>The registry person the appeal is from, chosen from the household or found by ID number in the caller's regions.</summary>
    private Task<Person?> AppellantAsync(AppealInput input, FieldErrors errors, CancellationToken ct) =>
        registry.FindAsync(input.Person, input.IdNumber, AppellantInRegistry, errors, ct);

    private (string? Name, Phone? Phone) Appellant(AppealInput input, Person? person, FieldErrors errors)
    {
        if (person is not null)
        {
            return (person.Name, person.PhoneCipher is { } cipher && Phone.TryParse(protector.Unprotect(cipher), out var known, out _) ? known : null);
        }

        if (input.Person is not null || !string.IsNullOrWhiteSpace(input.IdNumber))
        {
            return (null, null);
        }

        var name = input.AppellantName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add("appellantName", "请选择登记在册的诉求人，或填写诉求人姓名");
        }
        else if (name.Length > 50)
        {
            errors.Add("appellantName", "诉求人姓名不超过50个字");
        }

        Phone? phone = null;
        if (string.IsNullOrWhiteSpace(input.AppellantPhone))
        {
            errors.Add("appellantPhone", "请填写诉求人的手机号码，以便回访");
        }
        else if (!Phone.TryParse(input.AppellantPhone, out phone, out var problem))
        {
            errors.Add("appellantPhone", problem);
        }

        return (name, phone);
    }

    private async Task<string?> RegionAsync(string? given, NeedyHousehold? needy, Person? person, FieldErrors errors, CancellationToken ct)
    {
        if (needy is not null || person is not null)
        {
            return needy?.RegionCode ?? person!.RegionCode;
        }

        if (errors.For("household") is not null || errors.For("person") is not null || errors.For("visit") is not null)
        {
            return null;
        }

        return (await ScopedRegion.CheckAsync(db, given, "region", "请选择诉求人所在的区划", errors, ct))?.Value;
    }

    private async Task<List<AppealRow>> RowsAsync(IReadOnlyList<Appeal> appeals, CancellationToken ct)
    {
        var itemIds = appeals.Select(a => a.WorkItemId).ToList();
        var items = await db.Set<WorkItem>().AsNoTracking().Where(w => itemIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        var personIds = appeals.Where(a => a.PersonId is not null).Select(a => a.PersonId!.Value).ToList();
        var phones = personIds.Count == 0 ? [] : await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.PhoneMasked, ct);
        var codes = appeals.Select(a => a.RegionCode).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        var users = await directory.UserNamesAsync(ct);
        return [.. appeals.Select(a =>
        {
            var item = items.GetValueOrDefault(a.WorkItemId);
            var status = item?.Status ?? WorkItemStatus.Reported;
            var handler = item?.AssignedUnitName ?? (item?.AssignedUser is { } u ? users.GetValueOrDefault(u) ?? u : null);
            return new AppealRow(
                a.Id, item?.Number ?? "", a.Kind, AppealNames.Of(a.Kind).ToString(), a.Source, AppealNames.Of(a.Source).ToString(),
                a.TimeClass, types.CategoryNameOf(AppealWorkItems.Appeal.Code, a.TimeClass), a.Content,
                a.PersonId, a.AppellantName, a.AppellantPhoneMasked ?? (a.PersonId is { } p ? phones.GetValueOrDefault(p) : null), a.NeedyHouseholdId, a.VisitId,
                a.ReceivedBy, users.GetValueOrDefault(a.ReceivedBy) ?? a.ReceivedBy, a.RegionCode, regions.GetValueOrDefault(a.RegionCode), a.ReceivedAt,
                a.WorkItemId, status, WorkItemActions.StatusName(status).ToString(), item?.DueAt, handler,
                item?.Satisfaction, item?.Satisfaction is { } s ? WorkItemActions.SatisfactionName(s).ToString() : null);
        })];
    }

    private sealed record State(string RegionCode, string? UnitName, string? AssignedUser, WorkItemStatus Status, Satisfaction? Satisfaction, int Count);
}
