using System.Globalization;
using System.Threading.Channels;
using Doorstep.Kernel;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Data;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Doorstep.Platform.People.Import;

public enum DuplicatePolicy
{
    Skip,
    Update,
}

/// <param name="DeferIndexesAfter">
/// After how many written rows the table's secondary indexes stop being maintained row by row and
/// are built again at the end; null lets the importer choose from the table's size.
/// </param>
public sealed record PeopleImportOptions(DuplicatePolicy OnDuplicate = DuplicatePolicy.Skip, bool AllOrNothing = false, int BatchSize = 2000, long? DeferIndexesAfter = null);

/// <summary>
/// Imports people from a table with the columns 姓名,身份证号码,联系电话,现住址,区划代码,经度,纬度.
/// Valid rows go in and each bad row is reported with its number, column and reason; the whole
/// file is one transaction, so a failure (or a bad row under all-or-nothing) writes nothing.
/// This is the hot path: rows are validated, encrypted and written in batches without EF tracking.
/// </summary>
public sealed class PeopleImporter(DoorstepDb db, FieldProtector protector, AuditLog audit, TimeProvider clock)
{
    private static readonly (string Field, string Column)[] FieldColumns =
    [
        ("name", "姓名"), ("idNumber", "身份证号码"), ("phone", "联系电话"), ("address", "现住址"),
        ("regionCode", "区划代码"), ("longitude", "经度"), ("latitude", "纬度"),
        ("disabilityGrade", "残疾等级"), ("disabilityCategory", "残疾类别"),
    ];

    public static readonly string[] RequiredColumns = ["姓名", "身份证号码", "区划代码"];

    // Chunks being encrypted or waiting for the writer: enough to keep every core busy, few
    // enough that memory stays flat whatever the file's size.
    private static readonly int ChunksInFlight = 2 * Environment.ProcessorCount + 2;

    // Rows travel in chunks of at most this many valid ones (a batch may span several chunks), and
    // a file of mostly bad rows sends its rejections in chunks too, so that nothing piles up. The
    // rows in flight when the GC runs survive it and are copied, with every thread stopped: in
    // chunks of 500 the import stood still 0.8–0.9 s per million rows, in chunks of 250 0.4 s.
    private const int RowsPerChunk = 250;
    private const int RejectsPerChunk = 1000;

    // Inserting a row into an index at a random place costs several times what sorting it into a
    // fresh index does, but a rebuild sorts the rows already stored too. Deferring pays once the
    // import has written about half as many rows as the table held, and not for small files.
    private const long MinRowsToDefer = 50_000;

    public async Task<ImportReport> ImportAsync(TabularFile file, PeopleImportOptions options, Actor actor, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var columns = MapColumns(file.Header);
        var report = new ImportReport();
        var visibleRegions = (await db.Regions.AsNoTracking().Select(r => r.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var rows = new RowPreparer(protector, columns, visibleRegions, ShanghaiTime.Today(clock), clock.GetUtcNow().UtcDateTime);

        // The audit entry is written after the bulk transaction has ended, in a transaction of its
        // own, so that it is kept even when the import is rolled back.
        await WriteAsync(file, rows, options, visibleRegions, report, progress, ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(Person), null,
            report.Rejected > 0 && options.AllOrNothing ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} updated={report.Updated} duplicates={report.Duplicates} rejected={report.Rejected}", ct);
        return report;
    }

    private async Task WriteAsync(TabularFile file, RowPreparer rows, PeopleImportOptions options, HashSet<string> visibleRegions, ImportReport report, IProgress<int>? progress, CancellationToken ct)
    {
        await using var writer = await OpenWriterAsync(ct);

        // Reading and validating run on one thread, encrypting on the thread pool, while the
        // database takes the previous chunks on this one. Chunks are applied to the report in file
        // order, and a batch is flushed exactly where it would be if every row were handled in
        // turn on one thread.
        var channel = Channel.CreateBounded<Task<Chunk>>(new BoundedChannelOptions(ChunksInFlight) { SingleReader = true, SingleWriter = true });
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reading = Task.Run(() => ReadAsync(file, rows, options.BatchSize, channel.Writer, stopReading.Token), CancellationToken.None);

        // Skipping duplicates while writing gives the same report however the rows are batched
        // (a repeat is skipped whether its first row is in the same batch or an earlier one), so
        // then each chunk is written as it comes: rows die young, and the GC has little to copy.
        var streaming = options.OnDuplicate == DuplicatePolicy.Skip && !options.AllOrNothing;
        var deferAfter = options.DeferIndexesAfter ?? Math.Max(MinRowsToDefer, await writer.EstimateRowsAsync(ct) / 2);
        var deferring = false;
        try
        {
            var batch = new List<(int Row, Person Person)>(options.BatchSize);
            await foreach (var sealing in channel.Reader.ReadAllAsync(ct))
            {
                var chunk = await sealing;
                chunk.ApplyTo(report);
                batch.AddRange(chunk.People);
                if (streaming || chunk.EndsBatch)
                {
                    if (!deferring && report.Imported + report.Updated + batch.Count >= deferAfter)
                    {
                        await writer.DeferIndexesAsync(options.OnDuplicate, ct);
                        deferring = true;
                    }

                    await FlushAsync(writer, batch, options, visibleRegions, report, ct);
                    batch.Clear();
                }

                if (chunk.EndsBatch)
                {
                    progress?.Report(report.Total);
                }
            }
        }
        finally
        {
            // The caller disposes the file when this returns, so the reader must be done with it.
            await stopReading.CancelAsync();
            await reading;
        }

        if (options.AllOrNothing && report.Rejected > 0)
        {
            // Disposing the writer without commit rolls the transaction back.
            report.Imported = 0;
            report.Updated = 0;
        }
        else
        {
            if (deferring)
            {
                var repeats = await writer.RestoreIndexesAsync(ct);
                report.Imported -= repeats;
                report.Duplicates += repeats;
            }

            await writer.CommitAsync(ct);
        }
    }

    /// <summary>
    /// Cuts the file into chunks; a chunk that fills a batch of <paramref name="batchSize"/> valid
    /// rows ends it. A failure reaches the writer's side through the channel, so this never faults.
    /// </summary>
    private static async Task ReadAsync(TabularFile file, RowPreparer rows, int batchSize, ChannelWriter<Task<Chunk>> output, CancellationToken ct)
    {
        try
        {
            var chunk = new Chunk();
            var inBatch = 0;
            var rowNumber = 1;
            foreach (var cells in file.Rows())
            {
                rowNumber++;
                if (IsBlank(cells))
                {
                    continue;
                }

                chunk.Total++;
                if (rows.Prepare(cells, rowNumber, chunk))
                {
                    inBatch++;
                }

                if (inBatch >= batchSize || chunk.People.Count >= RowsPerChunk || chunk.Rejects >= RejectsPerChunk)
                {
                    chunk.EndsBatch = inBatch >= batchSize;
                    inBatch = chunk.EndsBatch ? 0 : inBatch;
                    await output.WriteAsync(rows.SealAsync(chunk), ct);
                    chunk = new Chunk();
                }
            }

            // The last batch is flushed even when empty, for its progress report.
            chunk.EndsBatch = true;
            await output.WriteAsync(rows.SealAsync(chunk), ct);
            output.TryComplete();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            output.TryComplete();
        }
        catch (Exception e)
        {
            output.TryComplete(e);
        }
    }

    private async Task<IPeopleBulkWriter> OpenWriterAsync(CancellationToken ct) => db.Database.GetDbConnection() switch
    {
        SqliteConnection sqlite => await SqlitePeopleWriter.OpenAsync(sqlite, ct),
        NpgsqlConnection npgsql => await PostgresPeopleWriter.OpenAsync(npgsql, ct),
        var other => throw new NotSupportedException($"No bulk path for {other.GetType().Name}."),
    };

    private static Dictionary<string, int> MapColumns(string[] header)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            map.TryAdd(header[i].Trim(), i);
        }

        var missing = RequiredColumns.Where(c => !map.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"第1行表头缺少必填列：{string.Join("、", missing)}。表头应为：姓名,身份证号码,联系电话,现住址,区划代码,经度,纬度");
        }

        return map;
    }

    private static async Task FlushAsync(IPeopleBulkWriter writer, List<(int Row, Person Person)> batch, PeopleImportOptions options, HashSet<string> visibleRegions, ImportReport report, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var unique = new Dictionary<string, (int Row, Person Person)>(batch.Count, StringComparer.Ordinal);
        foreach (var item in batch)
        {
            if (!unique.TryAdd(item.Person.IdNumberHash, item))
            {
                report.Duplicates++;
            }
        }

        var writing = !(options.AllOrNothing && report.Rejected > 0);
        if (writing && options.OnDuplicate == DuplicatePolicy.Skip)
        {
            // Skipping rejects nothing, so the writer may find the existing people as it inserts.
            var people = unique.Values.Select(u => u.Person).ToList();
            var skipped = await writer.InsertNewAsync(people, ct);
            report.Duplicates += skipped;
            report.Imported += people.Count - skipped;
            return;
        }

        var existing = await writer.FindExistingAsync(unique.Keys, ct);
        var inserts = new List<Person>(unique.Count);
        var updates = new List<Person>();
        foreach (var (hash, item) in unique)
        {
            if (!existing.TryGetValue(hash, out var found))
            {
                inserts.Add(item.Person);
            }
            else if (options.OnDuplicate == DuplicatePolicy.Skip)
            {
                report.Duplicates++;
            }
            else if (!visibleRegions.Contains(found.RegionCode))
            {
                report.Reject(item.Row, "身份证号码", "该身份证号码已登记在您管辖范围以外的地区，不能更新");
            }
            else
            {
                item.Person.Id = found.Id;
                updates.Add(item.Person);
            }
        }

        if (!(options.AllOrNothing && report.Rejected > 0))
        {
            await writer.InsertAsync(inserts, ct);
            await writer.UpdateAsync(updates, ct);
            report.Imported += inserts.Count;
            report.Updated += updates.Count;
        }
    }

    private static bool IsBlank(string[] cells) => Array.TrueForAll(cells, string.IsNullOrWhiteSpace);

    /// <summary>Consecutive rows of the file: the valid ones, and the refused ones with their problems.</summary>
    private sealed class Chunk
    {
        private readonly List<(int Row, List<(string Column, string Message)> Problems)> rejects = [];

        public int Total { get; set; }

        public int Rejects => rejects.Count;

        public List<(int Row, Person Person)> People { get; } = [];

        /// <summary>The plain ID number and phone of each of <see cref="People"/>, until they are sealed.</summary>
        public List<(string IdNumber, string? Phone)> Plain { get; } = [];

        /// <summary>True when the batch is complete with this chunk and goes to the database.</summary>
        public bool EndsBatch { get; set; }

        public void Reject(int row, List<(string Column, string Message)> problems) => rejects.Add((row, problems));

        public void ApplyTo(ImportReport report)
        {
            report.Total += Total;
            foreach (var (row, problems) in rejects)
            {
                report.Reject(row, problems);
            }
        }
    }

    /// <summary>Turns one row into a validated, encrypted person, or its problems. Runs off the writer's thread.</summary>
    private sealed class RowPreparer(FieldProtector protector, Dictionary<string, int> columns, HashSet<string> visibleRegions, DateOnly today, DateTime now)
    {
        private readonly int name = Index(columns, "姓名");
        private readonly int idNumber = Index(columns, "身份证号码");
        private readonly int phone = Index(columns, "联系电话");
        private readonly int address = Index(columns, "现住址");
        private readonly int regionCode = Index(columns, "区划代码");
        private readonly int longitude = Index(columns, "经度");
        private readonly int latitude = Index(columns, "纬度");
        private readonly PersonIds ids = new(now);

        /// <summary>Adds the row to the chunk as a person still to be sealed, or as a rejection; true for a person.</summary>
        public bool Prepare(string[] cells, int row, Chunk chunk)
        {
            List<(string, string)>? problems = null;
            var input = new PersonInput
            {
                Name = Cell(cells, name),
                IdNumber = Cell(cells, idNumber),
                Phone = Cell(cells, phone),
                Address = Cell(cells, address),
                RegionCode = Cell(cells, regionCode),
                Longitude = Number(cells, longitude, "经度", ref problems),
                Latitude = Number(cells, latitude, "纬度", ref problems),
            };
            var errors = PersonRules.Check(input, today, out var id, out var phoneNumber, out var region);
            if (!errors.IsEmpty)
            {
                foreach (var (field, column) in FieldColumns)
                {
                    if (errors.For(field) is { } message)
                    {
                        (problems ??= []).Add((column, message));
                    }
                }
            }

            if (region is not null && !visibleRegions.Contains(region.Value))
            {
                (problems ??= []).Add(("区划代码", $"区划代码 {region.Value} 不存在或不在您的管辖范围内"));
            }

            if (problems is not null || id is null || region is null)
            {
                chunk.Reject(row, problems ?? []);
                return false;
            }

            chunk.People.Add((row, new Person
            {
                Id = ids.Next(),
                Name = input.Name!,
                IdNumberCipher = string.Empty,
                IdNumberHash = string.Empty,
                IdNumberMasked = id.Masked,
                BirthDate = id.BirthDate,
                Sex = id.Sex,
                PhoneMasked = phoneNumber?.Masked,
                Address = input.Address,
                RegionCode = region.Value,
                Longitude = input.Longitude,
                Latitude = input.Latitude,
                CreatedAt = now,
                UpdatedAt = now,
            }));
            chunk.Plain.Add((id.Value, phoneNumber?.Value));
            return true;
        }

        /// <summary>
        /// Encrypts and hashes the chunk's ID numbers and phones on the thread pool: the most costly
        /// step of a row, and one that, unlike reading the file, the cores can share.
        /// </summary>
        public Task<Chunk> SealAsync(Chunk chunk) => chunk.People.Count == 0 ? Task.FromResult(chunk) : Task.Run(() =>
        {
            for (var i = 0; i < chunk.People.Count; i++)
            {
                var (idNumber, phone) = chunk.Plain[i];
                var person = chunk.People[i].Person;
                person.IdNumberCipher = protector.Protect(idNumber);
                person.IdNumberHash = protector.Hash(idNumber);
                person.PhoneCipher = phone is null ? null : protector.Protect(phone);
                person.PhoneHash = phone is null ? null : protector.Hash(phone);
            }

            chunk.Plain.Clear();
            return chunk;
        });

        private static int Index(Dictionary<string, int> columns, string column) => columns.TryGetValue(column, out var i) ? i : -1;

        private static string? Cell(string[] cells, int i) => i >= 0 && i < cells.Length && cells[i].Trim() is { Length: > 0 } v ? v : null;

        private static double? Number(string[] cells, int i, string column, ref List<(string, string)>? problems)
        {
            var text = Cell(cells, i);
            if (text is null)
            {
                return null;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            (problems ??= []).Add((column, $"“{text}”不是数字"));
            return null;
        }
    }
}
