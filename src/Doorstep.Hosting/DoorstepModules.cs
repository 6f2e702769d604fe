using Doorstep.Care;
using Doorstep.Employment;
using Doorstep.Health;
using Doorstep.Platform.Modules;
using Doorstep.Safety;

namespace Doorstep.Hosting;

/// <summary>The modules this build of Doorstep is composed of. The one place that names them all.</summary>
public static class DoorstepModules
{
    public static IReadOnlyList<IDoorstepModule> All() =>
        [new HealthModule(), new EmploymentModule(), new SafetyModule(), new CareModule()];
}
