using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Doorstep.Platform.People.Import;

/// <summary>SQLite: one transaction, prepared statements reused for every row.</summary>
internal sealed class SqlitePeopleWriter : IPeopleBulkWriter
{
    // The people table has six indexes on mostly random keys; with SQLite's default 2 MB page
    // cache an import into a large table spends its time spilling and re-reading index pages. The
    // cache is per connection and connections are pooled, so the old size is put back at the end.
    // Sized to the table (about 256 bytes of index entries per person), since memory SQLite has
    // once taken stays with the process even after the cache shrinks again.
    private const int MinCacheKiB = 16 * 1024;
    private const int MaxCacheKiB = 64 * 1024;
    private const int IndexBytesPerRow = 256;

    private readonly SqliteConnection connection;
    private readonly long previousCacheSize;
    private readonly long storedRows;
    private readonly SqliteTransaction transaction;
    private readonly Statement find;
    private readonly Statement insert;
    private readonly Statement insertNew;
    private readonly Statement update;
    private readonly TimeTexts times = new();
    private List<DeferredIndex> deferred = [];

    private SqlitePeopleWriter(SqliteConnection connection)
    {
        this.connection = connection;
        previousCacheSize = (long)Pragma("cache_size")!;
        transaction = connection.BeginTransaction();

        // The largest rowid bounds the row count and is one look-up, where count(*) reads the table.
        storedRows = (long)Run($"SELECT coalesce(max(rowid), 0) FROM {PeopleColumns.Table}")!;
        Run($"PRAGMA cache_size = {-Math.Clamp(storedRows * IndexBytesPerRow / 1024, MinCacheKiB, MaxCacheKiB)}");
        var insertSql = $"INSERT INTO {PeopleColumns.Table} ({PeopleColumns.Quoted(PeopleColumns.Insert)}) VALUES ({Placeholders(1, PeopleColumns.Insert.Length)})";
        find = new Statement(connection, $"SELECT \"Id\", \"RegionCode\" FROM {PeopleColumns.Table} WHERE \"IdNumberHash\" = ?1");
        insert = new Statement(connection, insertSql);
        insertNew = new Statement(connection, insertSql + " ON CONFLICT (\"IdNumberHash\") DO NOTHING");
        update = new Statement(connection,
            $"UPDATE {PeopleColumns.Table} SET {string.Join(", ", PeopleColumns.Update.Select((c, i) => $"\"{c}\" = ?{i + 1}"))} WHERE \"Id\" = ?{PeopleColumns.Update.Length + 1}");
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
            find.Text(1, hash);
            if (find.QuerySingle(2) is [var id, var region])
            {
                found[hash] = new ExistingPerson(Guid.Parse(id), region);
            }
        }

        return Task.FromResult(found);
    }

    public Task InsertAsync(IReadOnlyList<Person> people, CancellationToken ct)
    {
        Insert(people);
        return Task.CompletedTask;
    }

    // One statement instead of a look-up and an insert: the unique index on the hash already
    // answers "is this person there?", and SQLite reports no change when the row was skipped.
    // Without that index every row goes in and the repeats are deleted before it is rebuilt.
    public Task<int> InsertNewAsync(IReadOnlyList<Person> people, CancellationToken ct)
    {
        if (deferred.Any(i => i.Unique))
        {
            Insert(people);
            return Task.FromResult(0);
        }

        var skipped = 0;
        foreach (var person in people)
        {
            Bind(insertNew, person);
            if (insertNew.Execute() == 0)
            {
                skipped++;
            }
        }

        return Task.FromResult(skipped);
    }

    public Task UpdateAsync(IReadOnlyList<Person> people, CancellationToken ct)
    {
        foreach (var person in people)
        {
            update.Text(1, person.Name);
            update.Text(2, person.PhoneCipher);
            update.Text(3, person.PhoneHash);
            update.Text(4, person.PhoneMasked);
            update.Text(5, person.Address);
            update.Text(6, person.RegionCode);
            update.Real(7, person.Longitude);
            update.Real(8, person.Latitude);
            update.Utf8(9, times.Text(person.UpdatedAt));
            update.Id(10, person.Id);
            update.Execute();
        }

        return Task.CompletedTask;
    }

    public Task<long> EstimateRowsAsync(CancellationToken ct) => Task.FromResult(storedRows);

    // SQLite's schema changes are part of the transaction: other connections keep reading the
    // table with its indexes until commit, and a rollback brings the indexes back untouched.
    public Task DeferIndexesAsync(DuplicatePolicy policy, CancellationToken ct)
    {
        var indexes = new List<DeferredIndex>();
        using (var command = Command($"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '{PeopleColumns.Table}' AND sql IS NOT NULL"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                indexes.Add(new DeferredIndex(reader.GetString(0), reader.GetString(1)));
            }
        }

        deferred = indexes.Where(i => i.Deferred(policy)).ToList();
        foreach (var index in deferred)
        {
            Run($"DROP INDEX \"{index.Name}\"");
        }

        // Rows now go only to the end of the table and of the indexes left, which needs little
        // cache, and each sorter that rebuilds an index takes as much memory as the cache is large.
        Run($"PRAGMA cache_size = {-MinCacheKiB}");
        return Task.CompletedTask;
    }

    // Rowids grow in insertion order, so for each ID number the row with the lowest rowid is the
    // one stored before the import or the file's first; the later ones are the repeats.
    public Task<int> RestoreIndexesAsync(CancellationToken ct)
    {
        // The sorts that build the indexes may use the other cores; the reading thread is done.
        var previousThreads = (long)Run("PRAGMA threads")!;
        Run($"PRAGMA threads = {Math.Max(1, Environment.ProcessorCount - 1)}");
        try
        {
            var removed = 0;
            foreach (var index in deferred.OrderByDescending(i => i.Unique))
            {
                try
                {
                    Run(index.Definition);
                }
                catch (SqliteException e) when (index.Unique && e.SqliteErrorCode == raw.SQLITE_CONSTRAINT)
                {
                    removed = RunChanges($"DELETE FROM {PeopleColumns.Table} WHERE rowid IN (SELECT rowid FROM (SELECT rowid, row_number() OVER (PARTITION BY \"IdNumberHash\" ORDER BY rowid) AS n FROM {PeopleColumns.Table}) WHERE n > 1)");
                    Run(index.Definition);
                }
            }

            deferred = [];
            return Task.FromResult(removed);
        }
        finally
        {
            Run($"PRAGMA threads = {previousThreads}");
        }
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

    private void Insert(IReadOnlyList<Person> people)
    {
        foreach (var person in people)
        {
            Bind(insert, person);
            insert.Execute();
        }
    }

    private void Bind(Statement s, Person person)
    {
        s.Id(1, person.Id);
        s.Text(2, person.Name);
        s.Text(3, person.IdNumberCipher);
        s.Text(4, person.IdNumberHash);
        s.Text(5, person.IdNumberMasked);
        s.Date(6, person.BirthDate);
        s.Integer(7, (int)person.Sex);
        s.Text(8, person.PhoneCipher);
        s.Text(9, person.PhoneHash);
        s.Text(10, person.PhoneMasked);
        s.Text(11, person.Address);
        s.Text(12, person.RegionCode);
        s.Real(13, person.Longitude);
        s.Real(14, person.Latitude);
        s.Integer(15, (int)person.Hardship);
        s.Integer(16, person.Returnee ? 1 : 0);
        s.Integer(17, person.PovertyRelieved ? 1 : 0);
        s.Utf8(18, times.Text(person.CreatedAt));
        s.Utf8(19, times.Text(person.UpdatedAt));
    }

    private static string Placeholders(int first, int count) => string.Join(", ", Enumerable.Range(first, count).Select(i => "?" + i));

    private object? Pragma(string pragma)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        return command.ExecuteScalar();
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private object? Run(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteScalar();
    }

    private int RunChanges(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteNonQuery();
    }

    /// <summary>Every row of an import carries the same timestamps, so each is formatted once.</summary>
    private sealed class TimeTexts
    {
        private DateTime last;
        private byte[]? text;

        public byte[] Text(DateTime utc)
        {
            if (text is null || utc != last)
            {
                last = utc;
                text = Encoding.UTF8.GetBytes(utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
            }

            return text;
        }
    }

    /// <summary>
    /// A prepared statement bound by position straight on SQLite. SqliteCommand looks each
    /// parameter up by name, boxes each value and builds a data reader on every execution,
    /// which at a million rows costs about as much as the inserts themselves.
    /// </summary>
    private sealed unsafe class Statement : IDisposable
    {
        private const int RowReady = 100;
        private const int Done = 101;

        // SQLITE_TRANSIENT: SQLite copies the bytes it is given, so one buffer serves every value.
        private const nint Transient = -1;

        private readonly sqlite3 db;
        private readonly sqlite3_stmt statement;
        private readonly SqliteRowCalls calls = SqliteRowCalls.Functions;
        private readonly nint dbHandle;
        private readonly nint handle;
        private byte[] scratch = new byte[256];

        public Statement(SqliteConnection connection, string sql)
        {
            db = connection.Handle!;
            SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, sql, out statement), db);
            dbHandle = db.DangerousGetHandle();
            handle = statement.DangerousGetHandle();
        }

        /// <summary>Binds the 1-based parameter <paramref name="index"/>; null binds NULL.</summary>
        public void Text(int index, string? value)
        {
            if (value is null)
            {
                Null(index);
                return;
            }

            var most = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (most > scratch.Length)
            {
                scratch = new byte[most];
            }

            var length = Encoding.UTF8.GetBytes(value, scratch);
            Utf8(index, scratch.AsSpan(0, length));
        }

        public void Utf8(int index, ReadOnlySpan<byte> value)
        {
            fixed (byte* text = value)
            {
                Check(calls.BindText(handle, index, text, value.Length, Transient));
            }
        }

        // The same text forms EF Core's SQLite provider writes (upper-case GUIDs, ISO dates), so EF
        // reads these rows back as its own; formatted straight to UTF-8, without a string per row.
        public void Id(int index, Guid id)
        {
            Span<byte> text = stackalloc byte[36];
            id.TryFormat(text, out _);
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is >= (byte)'a' and <= (byte)'f')
                {
                    text[i] -= 'a' - 'A';
                }
            }

            Utf8(index, text);
        }

        public void Date(int index, DateOnly date)
        {
            Span<byte> text = stackalloc byte[10];
            date.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Utf8(index, text[..written]);
        }

        public void Integer(int index, long value) => Check(calls.BindInt64(handle, index, value));

        public void Real(int index, double? value)
        {
            if (value is not { } v)
            {
                Null(index);
                return;
            }

            Check(calls.BindDouble(handle, index, v));
        }

        /// <summary>Runs a statement that returns no rows; returns how many rows it changed.</summary>
        public int Execute()
        {
            try
            {
                Check(calls.Step(handle), Done);
                return calls.Changes(dbHandle);
            }
            finally
            {
                calls.Reset(handle);
            }
        }

        /// <summary>Runs a query of at most one row and returns its columns as text, or null for no row.</summary>
        public string[]? QuerySingle(int columns)
        {
            try
            {
                var rc = calls.Step(handle);
                if (rc == Done)
                {
                    return null;
                }

                Check(rc, RowReady);
                return Enumerable.Range(0, columns).Select(i => raw.sqlite3_column_text(statement, i).utf8_to_string()).ToArray();
            }
            finally
            {
                calls.Reset(handle);
            }
        }

        public void Dispose() => statement.Dispose();

        private void Null(int index) => Check(calls.BindNull(handle, index));

        private void Check(int rc, int expected = raw.SQLITE_OK)
        {
            if (rc != expected)
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }
        }
    }
}
