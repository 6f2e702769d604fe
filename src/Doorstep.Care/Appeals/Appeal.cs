using Doorstep.Platform.Data;

namespace Doorstep.Care.Appeals;

/// <summary>
/// 群众诉求: what a resident asked of a deputy or cadre — at a visit, at a liaison station or on the
/// phone. Its handling (dispatch, handling, callback, rating) is the work item it opened, written in
/// the same transaction; the appeal keeps who asked, what kind of thing, and who heard it.
/// </summary>
public sealed class Appeal : IRegional
{
    public Guid Id { get; set; }

    public AppealKind Kind { get; set; }

    public AppealSource Source { get; set; }

    /// <summary>时限类别: the work-item category of <see cref="AppealWorkItems.Appeal"/> (emergency, utilities, general, complex).</summary>
    public required string TimeClass { get; set; }

    public required string Content { get; set; }

    /// <summary>The appellant in the person registry, when known there.</summary>
    public Guid? PersonId { get; set; }

    public required string AppellantName { get; set; }

    /// <summary>The phone given for an appellant outside the registry, encrypted.</summary>
    public string? AppellantPhoneCipher { get; set; }

    public string? AppellantPhoneMasked { get; set; }

    public Guid? NeedyHouseholdId { get; set; }

    /// <summary>The visit the appeal was heard at.</summary>
    public Guid? VisitId { get; set; }

    /// <summary>User name of the deputy or cadre who received it and follows it to the end.</summary>
    public required string ReceivedBy { get; set; }

    public required string RegionCode { get; set; }

    public DateTime ReceivedAt { get; set; }

    public Guid WorkItemId { get; set; }
}

/// <summary>诉求类型.</summary>
public enum AppealKind
{
    /// <summary>咨询.</summary>
    Enquiry = 1,

    /// <summary>求助.</summary>
    Help = 2,

    /// <summary>投诉.</summary>
    Complaint = 3,

    /// <summary>举报.</summary>
    Report = 4,

    /// <summary>建议.</summary>
    Suggestion = 5,
}

/// <summary>诉求来源.</summary>
public enum AppealSource
{
    /// <summary>走访时反映.</summary>
    Visit = 1,

    /// <summary>到联络站反映.</summary>
    Station = 2,

    /// <summary>电话反映.</summary>
    Phone = 3,
}
