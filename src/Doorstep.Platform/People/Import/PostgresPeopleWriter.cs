using Npgsql;
using NpgsqlTypes;

namespace Doorstep.Platform.People.Import;

/// <summary>PostgreSQL: one transaction, new rows by binary COPY, look-ups and updates in batches.</summary>
internal sealed class PostgresPeopleWriter : IPeopleBulkWriter
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;

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

        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {PeopleColumns.Table} ({PeopleColumns.Quoted(PeopleColumns.Insert)}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var p in people)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(p.Name, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(p.IdNumberCipher, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(p.IdNumberHash, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(p.IdNumberMasked, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(p.BirthDate, NpgsqlDbType.Date, ct);
            await copy.WriteAsync((int)p.Sex, NpgsqlDbType.Integer, ct);
            await WriteNullable(copy, p.PhoneCipher, ct);
            await WriteNullable(copy, p.PhoneHash, ct);
            await WriteNullable(copy, p.PhoneMasked, ct);
            await WriteNullable(copy, p.Address, ct);
            await copy.WriteAsync(p.RegionCode, NpgsqlDbType.Varchar, ct);
            await WriteNullable(copy, p.Longitude, ct);
            await WriteNullable(copy, p.Latitude, ct);
            await copy.WriteAsync((int)p.Hardship, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(p.Returnee, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(p.PovertyRelieved, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(p.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(p.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
        }

        await copy.CompleteAsync(ct);
    }

    public async Task UpdateAsync(IReadOnlyList<Person> people, CancellationToken ct)
    {
        if (people.Count == 0)
        {
            return;
        }

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

    public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

    public ValueTask DisposeAsync() => transaction.DisposeAsync();

    private static Task WriteNullable(NpgsqlBinaryImporter copy, string? value, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, NpgsqlDbType.Varchar, ct);

    private static Task WriteNullable(NpgsqlBinaryImporter copy, double? value, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value.Value, NpgsqlDbType.Double, ct);
}
