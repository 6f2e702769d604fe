using Npgsql;

namespace Doorstep.Testing;

/// <summary>
/// A fresh, real database for one test: a SQLite file in a temp folder, or a new database on
/// the PostgreSQL server that ./test.sh starts (DOORSTEP_TEST_PG). Dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly string? adminConnection;
    private readonly string? databaseName;

    private TestDatabase(string provider, string dataFolder, string? connection, string? adminConnection, string? databaseName)
    {
        Provider = provider;
        DataFolder = dataFolder;
        PostgresConnection = connection;
        this.adminConnection = adminConnection;
        this.databaseName = databaseName;
    }

    public string Provider { get; }

    public string DataFolder { get; }

    public string? PostgresConnection { get; }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "doorstep-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (provider == Sqlite)
        {
            return new TestDatabase(provider, folder, null, null, null);
        }

        var admin = Environment.GetEnvironmentVariable("DOORSTEP_TEST_PG")
            ?? throw new InvalidOperationException("PostgreSQL tests need DOORSTEP_TEST_PG (a connection string to a server); ./test.sh starts one and sets it.");
        var name = "doorstep_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, folder, builder.ConnectionString, admin, name);
    }

    /// <summary>The settings a Doorstep process needs to use this database.</summary>
    public Dictionary<string, string?> Settings(bool demo = false) => new()
    {
        ["DOORSTEP_DATA"] = DataFolder,
        ["DOORSTEP_DB"] = PostgresConnection,
        ["DOORSTEP_DEMO"] = demo ? "true" : "false",
        // Tests drive the jobs themselves, on a clock they control.
        ["DOORSTEP_SCHEDULER"] = "false",
    };

    public async ValueTask DisposeAsync()
    {
        // SQLite's pooled connections hold the database file open in the folder deleted below.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (adminConnection is not null)
        {
            // Only this test's pool: tests in one process run side by side on their own databases,
            // and clearing every pool would close the connections the others are about to reuse.
            await using (var own = new NpgsqlConnection(PostgresConnection))
            {
                NpgsqlConnection.ClearPool(own);
            }

            await using var connection = new NpgsqlConnection(adminConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on the way out is left for the OS to clean; it is in a temp folder.
        }
    }
}
