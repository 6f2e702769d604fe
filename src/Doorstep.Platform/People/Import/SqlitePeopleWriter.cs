using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Doorstep.Platform.People.Import;

/// <summary>SQLite: one transaction, prepared statements reused for every row.</summary>
internal sealed class SqlitePeopleWriter : IPeopleBulkWriter
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly SqliteCommand find;
    private readonly SqliteCommand insert;
    private readonly SqliteCommand update;

    private SqlitePeopleWriter(SqliteConnection connection)
    {
        this.connection = connection;
        transaction = connection.BeginTransaction();
        find = Prepare($"SELECT \"Id\", \"RegionCode\" FROM {PeopleColumns.Table} WHERE \"IdNumberHash\" = $p0", 1);
        insert = Prepare(
            $"INSERT INTO {PeopleColumns.Table} ({PeopleColumns.Quoted(PeopleColumns.Insert)}) VALUES ({string.Join(", ", PeopleColumns.Insert.Select((_, i) => "$p" + i))})",
            PeopleColumns.Insert.Length);
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
        var p = insert.Parameters;
        foreach (var person in people)
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
            p[15].Value = person.Returnee ? 1 : 0;
            p[16].Value = person.PovertyRelieved ? 1 : 0;
            p[17].Value = TimeText(person.CreatedAt);
            p[18].Value = TimeText(person.UpdatedAt);
            insert.ExecuteNonQuery();
        }

        return Task.CompletedTask;
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
            p[8].Value = TimeText(person.UpdatedAt);
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
        update.Dispose();
        transaction.Dispose();
        return ValueTask.CompletedTask;
    }

    // The same text forms EF Core's SQLite provider writes, so EF reads these rows back as its own.
    private static string GuidText(Guid id) => id.ToString().ToUpperInvariant();

    private static string TimeText(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

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
}
