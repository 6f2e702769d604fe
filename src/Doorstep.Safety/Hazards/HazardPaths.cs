using Doorstep.Platform.Security;

namespace Doorstep.Safety.Hazards;

/// <summary>Where a hazard's page is (its work item links there), and who acts for the venue's owner.</summary>
public static class HazardPaths
{
    private const string Root = "/safety/hazards/";

    public static string Of(Guid hazardId) => Root + hazardId;

    public static bool IsHazard(string? subjectRef) => subjectRef?.StartsWith(Root, StringComparison.Ordinal) == true;

    /// <summary>
    /// The owner signs the notice and reports the fix, but has no account: an inspector records it,
    /// and the history names the venue so a handler never seems to verify their own work.
    /// </summary>
    public static Actor Owner(string venueName) => Actor.System($"场所负责人（{venueName}）");
}
