using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Doorstep.Platform.Tests.Data;

/// <summary>How the host makes and keeps the SQLite file it migrates.</summary>
public sealed class SqliteFileTests
{
    [Fact]
    public async Task A_new_database_gets_16_KB_pages_and_a_write_ahead_log()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using (var factory = new DoorstepAppFactory(database))
        {
            _ = factory.Server;
        }

        (await PragmaAsync(database, "page_size")).ShouldBe(16384L);
        (await PragmaAsync(database, "journal_mode")).ShouldBe("wal");
        (await PragmaAsync(database, "integrity_check")).ShouldBe("ok");
    }

    [Fact]
    public async Task An_existing_database_keeps_its_page_size_and_is_migrated()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using (var connection = new SqliteConnection($"Data Source={PathOf(database)};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_size=4096; CREATE TABLE kept (note TEXT); INSERT INTO kept VALUES ('made before Doorstep');";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await using (var factory = new DoorstepAppFactory(database))
        {
            _ = factory.Server;
        }

        (await PragmaAsync(database, "page_size")).ShouldBe(4096L);
        (await PragmaAsync(database, "journal_mode")).ShouldBe("wal");
        (await ScalarAsync(database, "SELECT note FROM kept")).ShouldBe("made before Doorstep");
        (await ScalarAsync(database, "SELECT count(*) FROM sqlite_master WHERE name = 'platform_people'")).ShouldBe(1L);
    }

    // Where the host puts the file, read from the settings as the host reads them.
    private static string PathOf(TestDatabase database) =>
        DoorstepSettings.From(new ConfigurationBuilder().AddInMemoryCollection(database.Settings()).Build()).SqlitePath;

    private static Task<object?> PragmaAsync(TestDatabase database, string pragma) => ScalarAsync(database, "PRAGMA " + pragma);

    private static async Task<object?> ScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={PathOf(database)};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
