using Doorstep.Platform.Validation;

namespace Doorstep.Platform.WorkItems.Lifecycle;

/// <summary>What a reporter fills in.</summary>
public sealed record NewWorkItem
{
    public string? TypeCode { get; init; }
    public string? Category { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? RegionCode { get; init; }
    public string? Address { get; init; }
    public double? Longitude { get; init; }
    public double? Latitude { get; init; }
    public string? SubjectRef { get; init; }
    public string? ContactName { get; init; }
    public string? ContactPhone { get; init; }

    /// <summary>For types whose deadline the reporter sets (a rectification notice): the last day, Beijing date.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Open (and dispatch by rule) at once, when the reporter may open items.</summary>
    public bool Open { get; init; }
}

/// <summary>What a transition carries; each action reads the fields it needs.</summary>
public sealed record TransitionInput
{
    /// <summary>The version the user saw; a stale one is refused as a conflict.</summary>
    public int? Version { get; init; }
    public string? Note { get; init; }
    public double? Longitude { get; init; }
    public double? Latitude { get; init; }

    /// <summary>Dispatch: the unit (an organisation) or the person to send the item to.</summary>
    public Guid? UnitId { get; init; }
    public string? AssignUser { get; init; }

    /// <summary>Extension: extra working days asked for.</summary>
    public int? Days { get; init; }

    /// <summary>Decide: approve (true) or refuse (false) the pending request.</summary>
    public bool? Approve { get; init; }

    /// <summary>Verify: the result seen on site is acceptable.</summary>
    public bool? Passed { get; init; }

    public Satisfaction? Satisfaction { get; init; }

    /// <summary>Evaluate: an unsatisfied rating is the handler's fault, which sends the item back for rework.</summary>
    public bool? HandlerAtFault { get; init; }
}

/// <summary>A photo as it arrives from a form or the API.</summary>
public sealed record PhotoUpload(string FileName, string ContentType, byte[] Content);

public enum WorkItemFailure
{
    None,
    NotFound,
    Invalid,
    Forbidden,
    Conflict,
}

/// <summary>The result of a command on a work item.</summary>
public sealed record WorkItemOutcome(WorkItem? Item, FieldErrors Errors, WorkItemFailure Failure)
{
    public bool Succeeded => Failure == WorkItemFailure.None;

    public static WorkItemOutcome Ok(WorkItem item) => new(item, new FieldErrors(), WorkItemFailure.None);

    public static WorkItemOutcome Fail(WorkItemFailure failure, string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return new(null, errors, failure);
    }

    public static WorkItemOutcome Invalid(FieldErrors errors) => new(null, errors, WorkItemFailure.Invalid);
}

/// <summary>Text as stored: trimmed, and null rather than blank, so "not given" has one form.</summary>
internal static class InputText
{
    public static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
