using Npgsql;
using NpgsqlTypes;

namespace Doorstep.Platform.People.Import;

/// <summary>
/// PostgreSQL: one transaction, new rows by binary COPY, look-ups and updates in batches. A COPY
/// stays open across batches until another statement needs the connection, so that the server
/// stores rows while this side prepares the next ones instead of waiting for each batch's end.
/// </summary>
internal sealed class PostgresPeopleWriter : IPeopleBulkWriter
{
    private static readonly string CopySql = $"COPY {PeopleColumns.Table} ({PeopleColumns.Quoted(PeopleColumns.Insert)}) FROM STDIN (FORMAT BINARY)";

    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private List<DeferredIndex> deferred = [];
    private NpgsqlBinaryImporter? copy;

    private PostgresPeopleWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
    }

    public static async Task<PostgresPeopleWriter> OpenAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }

        return new PostgresPeopleWriter(connection, await connection.BeginTransactionAsync(ct));
    }

    public async Task<Dictionary<string, ExistingPerson>> FindExistingAsync(IReadOnlyCollection<string> hashes, CancellationToken ct)
    {
        await EndCopyAsync(ct);
        await using var command = new NpgsqlCommand(
            $"SELECT \"IdNumberHash\", \"Id\", \"RegionCode\" FROM {PeopleColumns.Table} WHERE \"IdNumberHash\" = ANY($1)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = hashes.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        var found = new Dictionary<string, ExistingPerson>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            found[reader.GetString(0)] = new ExistingPerson(reader.GetGuid(1), reader.GetString(2));
        }

        return found;
    }

    public async Task InsertAsync(IReadOnlyList<Person> people, CancellationToken ct)
    {
        if (people.Count == 0)
        {
            return;
        }

        copy ??= await connection.BeginBinaryImportAsync(CopySql, ct);
        foreach (var p in people)
        {
            // Synchronous writes: they only fill Npgsql's buffer, and an awaited call per field
            // costs more than the field itself; the buffer goes out when full and at Complete.
            copy.StartRow();
            copy.Write(p.Id, NpgsqlDbType.Uuid);
            copy.Write(p.Name, NpgsqlDbType.Varchar);
            copy.Write(p.IdNumberCipher, NpgsqlDbType.Varchar);
            copy.Write(p.IdNumberHash, NpgsqlDbType.Varchar);
            copy.Write(p.IdNumberMasked, NpgsqlDbType.Varchar);
            copy.Write(p.BirthDate, NpgsqlDbType.Date);
            copy.Write((int)p.Sex, NpgsqlDbType.Integer);
            WriteNullable(copy, p.PhoneCipher);
            WriteNullable(copy, p.PhoneHash);
            WriteNullable(copy, p.PhoneMasked);
            WriteNullable(copy, p.Address);
            copy.Write(p.RegionCode, NpgsqlDbType.Varchar);
            WriteNullable(copy, p.Longitude);
            WriteNullable(copy, p.Latitude);
            copy.Write((int)p.Hardship, NpgsqlDbType.Integer);
            copy.Write(p.Returnee, NpgsqlDbType.Boolean);
            copy.Write(p.PovertyRelieved, NpgsqlDbType.Boolean);
            copy.Write(p.CreatedAt, NpgsqlDbType.TimestampTz);
            copy.Write(p.UpdatedAt, NpgsqlDbType.TimestampTz);
        }
    }

    // COPY cannot skip conflicting rows, so the existing ones are looked up first, in one query;
    // without the unique index every row goes in and the repeats are deleted before it is rebuilt.
    public async Task<int> InsertNewAsync(IReadOnlyList<Person> people, CancellationToken ct)
    {
        if (deferred.Any(i => i.Unique))
        {
            await InsertAsync(people, ct);
            return 0;
        }

        var existing = await FindExistingAsync(people.Select(p => p.IdNumberHash).ToList(), ct);
        var fresh = existing.Count == 0 ? people : people.Where(p => !existing.ContainsKey(p.IdNumberHash)).ToList();
        await InsertAsync(fresh, ct);
        return people.Count - fresh.Count;
    }

    public async Task UpdateAsync(IReadOnlyList<Person> people, CancellationToken ct)
    {
        if (people.Count == 0)
        {
            return;
        }

        await EndCopyAsync(ct);
        await using var batch = new NpgsqlBatch(connection, transaction);
        var sql = $"UPDATE {PeopleColumns.Table} SET {string.Join(", ", PeopleColumns.Update.Select((c, i) => $"\"{c}\" = ${i + 1}"))} WHERE \"Id\" = ${PeopleColumns.Update.Length + 1}";
        foreach (var p in people)
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.Add(new NpgsqlParameter { Value = p.Name });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)p.PhoneCipher ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)p.PhoneHash ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)p.PhoneMasked ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)p.Address ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter { Value = p.RegionCode });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)p.Longitude ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Double });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)p.Latitude ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Double });
            command.Parameters.Add(new NpgsqlParameter { Value = p.UpdatedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter { Value = p.Id });
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(ct);
    }

    // The planner's estimate, kept fresh by autovacuum; -1 means the table was never analysed.
    public async Task<long> EstimateRowsAsync(CancellationToken ct)
    {
        var estimate = Convert.ToInt64(await ScalarAsync($"SELECT reltuples::bigint FROM pg_class WHERE oid = '{PeopleColumns.Table}'::regclass", ct));
        return estimate >= 0 ? estimate : Convert.ToInt64(await ScalarAsync($"SELECT count(*) FROM {PeopleColumns.Table}", ct));
    }

    // Dropping an index locks the table until commit, so readers of people wait for a deferred
    // import to end (docs/operations.md); nor can another import add anyone meanwhile, which is
    // what lets the unique index go too. Indexes behind a constraint stay.
    public async Task DeferIndexesAsync(DuplicatePolicy policy, CancellationToken ct)
    {
        await EndCopyAsync(ct);
        var indexes = new List<DeferredIndex>();
        await using (var command = new NpgsqlCommand(
            "SELECT c.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid " +
            $"WHERE x.indrelid = '{PeopleColumns.Table}'::regclass AND NOT x.indisprimary " +
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)", connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                indexes.Add(new DeferredIndex(reader.GetString(0), reader.GetString(1)));
            }
        }

        deferred = indexes.Where(i => i.Deferred(policy)).ToList();
        foreach (var index in deferred)
        {
            await ScalarAsync($"DROP INDEX \"{index.Name}\"", ct);
        }
    }

    // Ids of one import ascend in file order (PersonIds), and rows this transaction wrote carry its
    // id in xmin; so for each ID number the row to keep is the one stored before, or else the
    // file's first. A failed CREATE aborts what it is part of, hence the savepoint.
    public async Task<int> RestoreIndexesAsync(CancellationToken ct)
    {
        await EndCopyAsync(ct);
        var removed = 0;
        foreach (var index in deferred.OrderByDescending(i => i.Unique))
        {
            if (!index.Unique)
            {
                await ScalarAsync(index.Definition, ct);
                continue;
            }

            await transaction.SaveAsync("unique_index", ct);
            try
            {
                await ScalarAsync(index.Definition, ct);
                await transaction.ReleaseAsync("unique_index", ct);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                await transaction.RollbackAsync("unique_index", ct);
                await using var delete = new NpgsqlCommand(
                    $"DELETE FROM {PeopleColumns.Table} WHERE ctid IN (SELECT ctid FROM (SELECT ctid, row_number() OVER " +
                    "(PARTITION BY \"IdNumberHash\" ORDER BY xmin = pg_current_xact_id()::xid, \"Id\") AS n " +
                    $"FROM {PeopleColumns.Table}) AS r WHERE n > 1)", connection, transaction);
                removed = await delete.ExecuteNonQueryAsync(ct);
                await ScalarAsync(index.Definition, ct);
            }
        }

        deferred = [];
        return removed;
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        await EndCopyAsync(ct);
        await transaction.CommitAsync(ct);
    }

    // An unfinished COPY is cancelled when disposed, and the transaction then rolls back.
    public async ValueTask DisposeAsync()
    {
        if (copy is not null)
        {
            await copy.DisposeAsync();
        }

        await transaction.DisposeAsync();
    }

    private async Task EndCopyAsync(CancellationToken ct)
    {
        if (copy is null)
        {
            return;
        }

        await copy.CompleteAsync(ct);
        await copy.DisposeAsync();
        copy = null;
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken ct)
    {
        await EndCopyAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return await command.ExecuteScalarAsync(ct);
    }

    private static void WriteNullable(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Varchar);
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter copy, double? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value.Value, NpgsqlDbType.Double);
        }
    }
}
