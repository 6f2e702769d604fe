using Doorstep.Platform.Data;
using Doorstep.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Hosting;

/// <summary>
/// The application context on SQLite. A subclass per provider lets each keep its own migrations
/// in this assembly (Migrations/Sqlite, Migrations/Postgres) while sharing one model.
/// </summary>
public sealed class SqliteDoorstepDb(DbContextOptions<SqliteDoorstepDb> options, IEnumerable<IDoorstepModule> modules, IDataScope scope)
    : DoorstepDb(options, modules, scope)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>The application context on PostgreSQL.</summary>
public sealed class PostgresDoorstepDb(DbContextOptions<PostgresDoorstepDb> options, IEnumerable<IDoorstepModule> modules, IDataScope scope)
    : DoorstepDb(options, modules, scope)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
