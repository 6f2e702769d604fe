using Doorstep.Kernel;
using Doorstep.Platform.WorkItems.Types;

namespace Doorstep.Safety.Hazards;

/// <summary>The safety module's work items: hazards to rectify and complaints about fire safety.</summary>
public static class SafetyWorkItems
{
    /// <summary>
    /// 隐患整改: a failing checklist item that could not be fixed on the spot, or a hazard a grid
    /// member reports on patrol. The rectification notice names the deadline, so the inspector may
    /// set it (otherwise the category default applies) and opens the item on the spot. A hazard
    /// from an inspection is verified by its re-inspection record, not the generic step.
    /// </summary>
    public static readonly WorkItemTypeDefinition Hazard = new(
        "safety.hazard",
        new("火灾隐患整改", "Fire hazard rectification"),
        [
            new("general", new("一般隐患", "General hazard"), TimeLimit.WorkingDays(10)),
            new("major", new("重大隐患", "Major hazard"), TimeLimit.WorkingDays(30)),
        ])
    {
        DeadlineSetByReporter = true,
        ReporterOpens = true,
        VerifiedByModule = item => HazardPaths.IsHazard(item.SubjectRef),
    };

    /// <summary>
    /// 消防投诉举报: blocked exits or disabled fire facilities need someone on site within 24 hours;
    /// other complaints within 3 working days.
    /// </summary>
    public static readonly WorkItemTypeDefinition Complaint = new(
        "safety.complaint",
        new("消防投诉举报", "Fire-safety complaint"),
        [
            new("blocked-exit", new("堵塞通道、损坏消防设施", "Blocked exit or disabled fire facility"), TimeLimit.CalendarHours(24)),
            new("other", new("其他消防投诉", "Other complaint"), TimeLimit.WorkingDays(3)),
        ])
    {
        CallbackRequired = true,
    };
}
