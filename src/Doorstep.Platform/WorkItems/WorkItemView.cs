using Doorstep.Platform.WorkItems.Deadlines;
using Doorstep.Platform.WorkItems.Lifecycle;
using Doorstep.Platform.WorkItems.Types;

namespace Doorstep.Platform.WorkItems;

/// <summary>A work item as the API shows it: names beside codes, the contact phone masked, the urgency worked out.</summary>
public sealed record WorkItemView(
    Guid Id,
    string Number,
    string TypeCode,
    string TypeName,
    string Category,
    string CategoryName,
    string Title,
    string? Description,
    string RegionCode,
    string? Address,
    double? Longitude,
    double? Latitude,
    string? SubjectRef,
    WorkItemStatus Status,
    string StatusName,
    DateTime ReportedAt,
    string ReportedBy,
    string? ContactName,
    string? ContactPhone,
    string? TimeLimit,
    DateTime? OpenedAt,
    DateTime? DueAt,
    Urgency Urgency,
    string? AssignedUnitId,
    string? AssignedUnitName,
    string? AssignedUser,
    DateTime? ClosedAt,
    Satisfaction? Satisfaction,
    int ReworkCount,
    int ExtensionCount,
    PendingRequest Pending,
    string? PendingReason,
    int? PendingDays,
    int Version)
{
    public static WorkItemView From(WorkItem w, WorkItemTypeCatalog types, DateTime nowUtc) => new(
        w.Id, w.Number, w.TypeCode, types.NameOf(w.TypeCode), w.Category, types.CategoryNameOf(w.TypeCode, w.Category),
        w.Title, w.Description, w.RegionCode, w.Address, w.Longitude, w.Latitude, w.SubjectRef,
        w.Status, WorkItemActions.StatusName(w.Status).ToString(), w.ReportedAt, w.ReportedBy,
        w.ContactName, w.ContactPhoneMasked, w.TimeLimit, w.OpenedAt, w.DueAt, DeadlineClock.Of(w, nowUtc),
        w.AssignedUnitId?.ToString(), w.AssignedUnitName, w.AssignedUser, w.ClosedAt, w.Satisfaction,
        w.ReworkCount, w.ExtensionCount, w.Pending, w.PendingReason, w.PendingDays, w.Version);
}

/// <summary>An item with its history and photos, for the API's detail call.</summary>
public sealed record WorkItemDetail(WorkItemView Item, IReadOnlyList<WorkItemEventView> History, IReadOnlyList<PhotoInfo> Photos);

public sealed record WorkItemEventView(DateTime At, string UserName, string Action, string ActionName, WorkItemStatus? FromStatus, WorkItemStatus ToStatus, string? Note, double? Longitude, double? Latitude)
{
    public static WorkItemEventView From(WorkItemEvent e) =>
        new(e.At, e.UserName, e.Action, WorkItemActions.ActionName(e.Action).ToString(), e.FromStatus, e.ToStatus, e.Note, e.Longitude, e.Latitude);
}
