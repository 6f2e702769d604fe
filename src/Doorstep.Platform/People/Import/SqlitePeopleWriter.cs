using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Doorstep.Platform.People.Import;

/// <summary>SQLite: one transaction, prepared statements reused for every row.</summary>
internal sealed class SqlitePeopleWriter : IPeopleBulkWriter
{
    // The people table has six indexes on mostly random keys; with SQLite's default 2 MB page
    // cache a big import spends its time spilling and re-reading index pages. The cache is per
    // connection and connections are pooled, so the old size is put back when the import ends.
    private const int ImportCacheKiB = 64 * 1024;

    private static readonly object True = 1;
    private static readonly object False = 0;

    private readonly SqliteConnection connection;
    private readonly long previousCacheSize;
    private readonly SqliteTransaction transaction;
    private readonly SqliteCommand find;
    private readonly SqliteCommand insert;
    private readonly SqliteCommand insertNew;
    private readonly SqliteCommand update;
    private readonly TimeTexts times = new();

    private SqlitePeopleWriter(SqliteConnection connection)
    {
        this.connection = connection;
        previousCacheSize = (long)Pragma("cache_size")!;
        Pragma($"cache_size = {-ImportCacheKiB}");
        transaction = connection.BeginTransaction();
        var insertSql = $"INSERT INTO {PeopleColumns.Table} ({PeopleColumns.Quoted(PeopleColumns.Insert)}) VALUES ({string.Join(", ", PeopleColumns.Insert.Select((_, i) => "$p" + i))})";
        find = Prepare($"SELECT \"Id\", \"RegionCode\" FROM {PeopleColumns.Table} WHERE \"IdNumberHash\" = $p0", 1);
        insert = Prepare(insertSql, PeopleColumns.Insert.Length);
        insertNew = Prepare(insertSql + " ON CONFLICT (\"IdNumberHash\") DO NOTHING", PeopleColumns.Insert.Length);
        update = Prepare(
            $"UPDATE {PeopleColumns.Table} SET {string.Join(", ", PeopleColumns.Update.Select((c, i) => $"\"{c}\" = $p{i}"))} WHERE \"Id\" = $p{PeopleColumns.Update.Length}",
            PeopleColumns.Update.Length + 1);
    }

    public static async Task<SqlitePeopleWriter> OpenAsync(SqliteConnection connection, CancellationToken ct)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }

        return new SqlitePeopleWriter(connection);
    }

    public Task<Dictionary<string, ExistingPerson>> FindExistingAsync(IReadOnlyCollection<string> hashes, CancellationToken ct)
    {
        var found = new Dictionary<string, ExistingPerson>();
        foreach (var hash in hashes)
        {
            find.Parameters[0].Value = hash;
            using var reader = find.ExecuteReader();
            if (reader.Read())
            {
                found[hash] = new ExistingPerson(Guid.Parse(reader.GetString(0)), reader.GetString(1));
            }
        }

        return Task.FromResult(found);
    }

    public Task InsertAsync(IReadOnlyList<Person> people, CancellationToken ct)
    {
        foreach (var person in people)
        {
            Bind(insert.Parameters, person);
            insert.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    // One statement instead of a look-up and an insert: the unique index on the hash already
    // answers "is this person there?", and SQLite reports no change when the row was skipped.
    public Task<int> InsertNewAsync(IReadOnlyList<Person> people, CancellationToken ct)
    {
        var skipped = 0;
        foreach (var person in people)
        {
            Bind(insertNew.Parameters, person);
            if (insertNew.ExecuteNonQuery() == 0)
            {
                skipped++;
            }
        }

        return Task.FromResult(skipped);
    }

    public Task UpdateAsync(IReadOnlyList<Person> people, CancellationToken ct)
    {
        var p = update.Parameters;
        foreach (var person in people)
        {
            p[0].Value = person.Name;
            p[1].Value = (object?)person.PhoneCipher ?? DBNull.Value;
            p[2].Value = (object?)person.PhoneHash ?? DBNull.Value;
            p[3].Value = (object?)person.PhoneMasked ?? DBNull.Value;
            p[4].Value = (object?)person.Address ?? DBNull.Value;
            p[5].Value = person.RegionCode;
            p[6].Value = (object?)person.Longitude ?? DBNull.Value;
            p[7].Value = (object?)person.Latitude ?? DBNull.Value;
            p[8].Value = times.Text(person.UpdatedAt);
            p[9].Value = GuidText(person.Id);
            update.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    public Task CommitAsync(CancellationToken ct)
    {
        transaction.Commit();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        find.Dispose();
        insert.Dispose();
        insertNew.Dispose();
        update.Dispose();
        transaction.Dispose();
        Pragma($"cache_size = {previousCacheSize}");
        return ValueTask.CompletedTask;
    }

    private void Bind(SqliteParameterCollection p, Person person)
    {
        p[0].Value = GuidText(person.Id);
        p[1].Value = person.Name;
        p[2].Value = person.IdNumberCipher;
        p[3].Value = person.IdNumberHash;
        p[4].Value = person.IdNumberMasked;
        p[5].Value = person.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        p[6].Value = (int)person.Sex;
        p[7].Value = (object?)person.PhoneCipher ?? DBNull.Value;
        p[8].Value = (object?)person.PhoneHash ?? DBNull.Value;
        p[9].Value = (object?)person.PhoneMasked ?? DBNull.Value;
        p[10].Value = (object?)person.Address ?? DBNull.Value;
        p[11].Value = person.RegionCode;
        p[12].Value = (object?)person.Longitude ?? DBNull.Value;
        p[13].Value = (object?)person.Latitude ?? DBNull.Value;
        p[14].Value = (int)person.Hardship;
        p[15].Value = person.Returnee ? True : False;
        p[16].Value = person.PovertyRelieved ? True : False;
        p[17].Value = times.Text(person.CreatedAt);
        p[18].Value = times.Text(person.UpdatedAt);
    }

    // The same text forms EF Core's SQLite provider writes, so EF reads these rows back as its own.
    private static string GuidText(Guid id) => string.Create(36, id, static (span, g) =>
    {
        g.TryFormat(span, out _);
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = char.ToUpperInvariant(span[i]);
        }
    });

    private object? Pragma(string pragma)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        return command.ExecuteScalar();
    }

    private SqliteCommand Prepare(string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i, null));
        }

        command.Prepare();
        return command;
    }

    /// <summary>Every row of an import carries the same timestamps, so each is formatted once.</summary>
    private sealed class TimeTexts
    {
        private DateTime last;
        private string? text;

        public string Text(DateTime utc)
        {
            if (text is null || utc != last)
            {
                last = utc;
                text = utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            }

            return text;
        }
    }
}
