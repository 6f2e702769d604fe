using System.Linq.Expressions;
using System.Reflection;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Modules;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.People;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Doorstep.Platform.Data;

/// <summary>
/// The one database context of the application, assembled from the platform's tables and each
/// module's. Every row that belongs to a place is filtered to the actor's regions here, once.
/// </summary>
public abstract class DoorstepDb : IdentityDbContext<DoorstepUser, IdentityRole, string>
{
    public const string ScopeFilter = "region-scope";

    private readonly IReadOnlyList<IDoorstepModule> modules;
    private readonly IDataScope scope;

    protected DoorstepDb(DbContextOptions options, IEnumerable<IDoorstepModule> modules, IDataScope scope)
        : base(options)
    {
        this.modules = modules.ToList();
        this.scope = scope;
    }

    /// <summary>Read by the query filter on every query; EF parameterises it per context.</summary>
    public bool ScopeAll => scope.All;

    public List<string> ScopePrefixes => scope.Prefixes.ToList();

    public abstract DatabaseProvider Provider { get; }

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Household> Households => Set<Household>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<UserScope> UserScopes => Set<UserScope>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite hands back DateTime without a kind; everything stored is UTC, so say so on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        PlatformModel.Configure(builder, Provider);
        foreach (var module in modules)
        {
            module.ConfigureModel(builder);
        }

        ApplyRegionScope(builder);
    }

    private void ApplyRegionScope(ModelBuilder builder)
    {
        foreach (var entityType in builder.Model.GetEntityTypes().ToList())
        {
            var clr = entityType.ClrType;
            if (!typeof(IRegional).IsAssignableFrom(clr) || entityType.BaseType is not null)
            {
                continue;
            }

            var column = clr.GetCustomAttribute<RegionScopeKeyAttribute>()?.Property ?? nameof(IRegional.RegionCode);
            builder.Entity(clr).HasQueryFilter(ScopeFilter, BuildScopeFilter(clr, column));
        }
    }

    private LambdaExpression BuildScopeFilter(Type clr, string column)
    {
        // e => ScopeAll || ScopePrefixes.Any(p => e.<column>.StartsWith(p))
        var e = Expression.Parameter(clr, "e");
        var p = Expression.Parameter(typeof(string), "p");
        var self = Expression.Constant(this);
        var code = Expression.Property(e, column);
        var startsWith = Expression.Call(code, typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!, p);
        var any = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Any), [typeof(string)],
            Expression.Property(self, nameof(ScopePrefixes)),
            Expression.Lambda<Func<string, bool>>(startsWith, p));
        var body = Expression.OrElse(Expression.Property(self, nameof(ScopeAll)), any);
        return Expression.Lambda(body, e);
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime(),
        v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
