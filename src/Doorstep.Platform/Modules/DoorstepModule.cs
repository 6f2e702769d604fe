using Doorstep.Platform.Data;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.WorkItems.Types;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Platform.Modules;

/// <summary>
/// What every module has in common: a home page listing its kinds of place, a dashboard figure
/// counting them, and demo places. A module overrides what it adds beyond that.
/// </summary>
public abstract class DoorstepModule(string key, Text title, int navOrder, Text placesFigure) : IDoorstepModule
{
    public string Key { get; } = key;

    public Text Title { get; } = title;

    public abstract IReadOnlyList<OrganisationKindDefinition> OrganisationKinds { get; }

    /// <summary>The module's places in the demo district.</summary>
    protected abstract IReadOnlyList<DemoPlace> DemoPlaces { get; }

    public virtual IReadOnlyList<PermissionDefinition> Permissions => [];

    public virtual IReadOnlyList<WorkItemTypeDefinition> WorkItemTypes => [];

    public virtual IReadOnlyList<TableImport> Imports => [];

    public virtual IReadOnlyList<NavEntry> Navigation => [new(placesFigure, "/modules/" + Key, Security.Permissions.OrganisationsRead, navOrder, Title)];

    public virtual IReadOnlyList<DashboardIndicator> Indicators =>
    [
        new(placesFigure, Security.Permissions.OrganisationsRead, "/modules/" + Key, CountPlacesAsync),
    ];

    public virtual void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public virtual void ConfigureModel(ModelBuilder model)
    {
    }

    public virtual void MapApi(IEndpointRouteBuilder api)
    {
    }

    public virtual Task SeedDemoAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        foreach (var place in DemoPlaces)
        {
            var (longitude, latitude) = context.Near(context.Region(place.RegionCode), 500);
            context.Db.Organisations.Add(new Organisation
            {
                Id = Guid.CreateVersion7(),
                Name = place.Name,
                Kind = place.Kind,
                Address = "湖南省株洲市" + place.Address,
                RegionCode = place.RegionCode,
                Longitude = longitude,
                Latitude = latitude,
                CreatedAt = context.Now,
                UpdatedAt = context.Now,
            });
        }

        return Task.CompletedTask;
    }

    private Task<long> CountPlacesAsync(DoorstepDb db, CancellationToken ct)
    {
        var codes = OrganisationKinds.Select(k => k.Code).ToList();
        return db.Organisations.LongCountAsync(o => codes.Contains(o.Kind), ct);
    }
}

/// <summary>A place seeded into the demo district.</summary>
public sealed record DemoPlace(string Name, string Kind, string RegionCode, string Address);
