using Doorstep.Kernel;
using Doorstep.Platform.WorkItems.Types;

namespace Doorstep.Care.Appeals;

/// <summary>
/// The care module's work items: residents' appeals (诉求), with the 12345 hotline's time classes
/// (officers change the limits per region in the engine's settings). The deputy or cadre who
/// hears an appeal has already accepted it as one, so it opens (受理) when recorded.
/// </summary>
public static class AppealWorkItems
{
    public static readonly WorkItemTypeDefinition Appeal = new(
        "care.appeal",
        new("群众诉求", "Resident appeal"),
        [
            new("emergency", new("紧急诉求", "Emergency"), TimeLimit.CalendarHours(2)),
            new("utilities", new("水电气暖", "Water, power, gas, heating"), TimeLimit.CalendarHours(24)),
            new("general", new("一般诉求", "General"), TimeLimit.CalendarDays(7)),
            new("complex", new("复杂诉求", "Complex"), TimeLimit.CalendarDays(15)),
        ])
    {
        CallbackRequired = true,
        ReporterOpens = true,
    };
}
