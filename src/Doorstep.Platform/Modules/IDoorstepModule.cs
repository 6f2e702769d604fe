using Doorstep.Platform.Data;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Ui;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Platform.Modules;

/// <summary>
/// What a module gives the host. The host composes modules through this contract alone and
/// holds no module logic; modules never see each other.
/// </summary>
public interface IDoorstepModule
{
    /// <summary>Short key, also the table prefix (health_, employment_, ...).</summary>
    string Key { get; }

    Text Title { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void ConfigureModel(ModelBuilder model);

    /// <summary>Maps the module's endpoints onto the group that already sits under /api/v1.</summary>
    void MapApi(IEndpointRouteBuilder api);

    IReadOnlyList<PermissionDefinition> Permissions { get; }

    IReadOnlyList<NavEntry> Navigation { get; }

    IReadOnlyList<OrganisationKindDefinition> OrganisationKinds { get; }

    IReadOnlyList<DashboardIndicator> Indicators { get; }

    /// <summary>The kinds of work item the module tracks with the platform's engine (hazards, appeals, referrals).</summary>
    IReadOnlyList<WorkItemTypeDefinition> WorkItemTypes { get; }

    /// <summary>The module's table imports; the host gives each its page, API and CLI command.</summary>
    IReadOnlyList<TableImport> Imports { get; }

    Task SeedDemoAsync(DemoSeedContext context, CancellationToken cancellationToken);
}

/// <summary>A permission and the roles that hold it by default.</summary>
public sealed record PermissionDefinition(string Code, Text Name, params string[] GrantedTo);

/// <summary>
/// A link in the navigation; shown only to users holding <paramref name="Permission"/>. A public
/// page (<see cref="Public"/>) is shown to visitors who are not signed in.
/// </summary>
/// <summary>
/// A page in the navigation. Entries of the same <see cref="Group"/> (a module's pages) share one
/// menu; a group with one page the user may open shows as a plain link under the group's name.
/// </summary>
public sealed record NavEntry(Text Label, string Href, string Permission, int Order = 100, Text? Group = null)
{
    /// <summary>The permission of a page for everyone, listed for visitors who are not signed in.</summary>
    public const string Public = "";
}

/// <summary>A kind of organisation or place a module cares about (clinic, gig market, venue...).</summary>
public sealed record OrganisationKindDefinition(string Code, Text Name);

/// <summary>A live figure on the dashboard, computed inside the viewer's region scope.</summary>
public sealed record DashboardIndicator(Text Name, string Permission, string? DrillDownHref, Func<DoorstepDb, CancellationToken, Task<long>> Compute);
