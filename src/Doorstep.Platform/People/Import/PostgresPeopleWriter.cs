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
    private readonly CopyRows rows = new();
    private NpgsqlRawCopyStream? copy;

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

        if (copy is null)
        {
            copy = await connection.BeginRawBinaryCopyAsync(CopySql, ct);
            rows.Start();
        }

        foreach (var p in people)
        {
            rows.Row((short)PeopleColumns.Insert.Length);
            rows.Uuid(p.Id);
            rows.Text(p.Name);
            rows.Text(p.IdNumberCipher);
            rows.Text(p.IdNumberHash);
            rows.Text(p.IdNumberMasked);
            rows.Date(p.BirthDate);
            rows.Integer((int)p.Sex);
            rows.Text(p.PhoneCipher);
            rows.Text(p.PhoneHash);
            rows.Text(p.PhoneMasked);
            rows.Text(p.Address);
            rows.Text(p.RegionCode);
            rows.Double(p.Longitude);
            rows.Double(p.Latitude);
            rows.Integer((int)p.Hardship);
            rows.Boolean(p.Returnee);
            rows.Boolean(p.PovertyRelieved);
            rows.Timestamp(p.CreatedAt);
            rows.Timestamp(p.UpdatedAt);
            if (rows.Full)
            {
                await SendAsync(ct);
            }
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
            try
            {
                await copy.CancelAsync();
            }
            finally
            {
                await copy.DisposeAsync();
            }
        }

        await transaction.DisposeAsync();
    }

    private async Task EndCopyAsync(CancellationToken ct)
    {
        if (copy is null)
        {
            return;
        }

        rows.End();
        await SendAsync(ct);
        await copy.DisposeAsync();
        copy = null;
    }

    private async Task SendAsync(CancellationToken ct)
    {
        await copy!.WriteAsync(rows.Pending, ct);
        rows.Sent();
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken ct)
    {
        await EndCopyAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return await command.ExecuteScalarAsync(ct);
    }
}
