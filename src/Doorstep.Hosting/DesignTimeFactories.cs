using Doorstep.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Doorstep.Hosting;

/// <summary>Lets `dotnet ef migrations add X --context SqliteDoorstepDb` build the model without a host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDoorstepDb>
{
    public SqliteDoorstepDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDoorstepDb>().UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable("platform_migrations")).Options,
            DoorstepModules.All(), SystemScope.Instance);
}

/// <summary>Lets `dotnet ef migrations add X --context PostgresDoorstepDb` build the model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDoorstepDb>
{
    public PostgresDoorstepDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDoorstepDb>().UseNpgsql("Host=localhost;Database=doorstep", o => o.MigrationsHistoryTable("platform_migrations")).Options,
            DoorstepModules.All(), SystemScope.Instance);
}
