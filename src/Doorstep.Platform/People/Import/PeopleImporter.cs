using System.Globalization;
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

public sealed record PeopleImportOptions(DuplicatePolicy OnDuplicate = DuplicatePolicy.Skip, bool AllOrNothing = false, int BatchSize = 2000);

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

    public async Task<ImportReport> ImportAsync(TabularFile file, PeopleImportOptions options, Actor actor, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var columns = MapColumns(file.Header);
        var report = new ImportReport();
        var visibleRegions = (await db.Regions.AsNoTracking().Select(r => r.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var today = ShanghaiTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;

        await using var writer = await OpenWriterAsync(ct);
        var batch = new List<(int Row, Person Person)>(options.BatchSize);
        var rowNumber = 1;
        foreach (var cells in file.Rows())
        {
            rowNumber++;
            report.Total++;
            if (IsBlank(cells))
            {
                report.Total--;
                continue;
            }

            if (Prepare(cells, columns, rowNumber, today, now, visibleRegions, report) is { } person)
            {
                batch.Add((rowNumber, person));
            }

            if (batch.Count >= options.BatchSize)
            {
                await FlushAsync(writer, batch, options, visibleRegions, report, ct);
                progress?.Report(report.Total);
            }
        }

        await FlushAsync(writer, batch, options, visibleRegions, report, ct);
        progress?.Report(report.Total);

        if (options.AllOrNothing && report.Rejected > 0)
        {
            // Disposing the writer without commit rolls the transaction back.
            report.Imported = 0;
            report.Updated = 0;
        }
        else
        {
            await writer.CommitAsync(ct);
        }

        await audit.WriteAsync(actor.UserName, AuditEvents.Imported, nameof(Person), null,
            report.Rejected > 0 && options.AllOrNothing ? "failed" : "ok",
            $"total={report.Total} imported={report.Imported} updated={report.Updated} duplicates={report.Duplicates} rejected={report.Rejected}", ct);
        return report;
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

    private Person? Prepare(string[] cells, Dictionary<string, int> columns, int row, DateOnly today, DateTime now, HashSet<string> visibleRegions, ImportReport report)
    {
        string? Cell(string column) => columns.TryGetValue(column, out var i) && i < cells.Length && cells[i].Trim() is { Length: > 0 } v ? v : null;

        var problems = new List<(string, string)>();
        double? Number(string column)
        {
            var text = Cell(column);
            if (text is null)
            {
                return null;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            problems.Add((column, $"“{text}”不是数字"));
            return null;
        }

        var input = new PersonInput
        {
            Name = Cell("姓名"),
            IdNumber = Cell("身份证号码"),
            Phone = Cell("联系电话"),
            Address = Cell("现住址"),
            RegionCode = Cell("区划代码"),
            Longitude = Number("经度"),
            Latitude = Number("纬度"),
        };
        var errors = PersonRules.Check(input, today, out var id, out var phone, out var region);
        foreach (var (field, column) in FieldColumns)
        {
            if (errors.For(field) is { } message)
            {
                problems.Add((column, message));
            }
        }

        if (region is not null && !visibleRegions.Contains(region.Value))
        {
            problems.Add(("区划代码", $"区划代码 {region.Value} 不存在或不在您的管辖范围内"));
        }

        if (problems.Count > 0 || id is null || region is null)
        {
            report.Reject(row, problems);
            return null;
        }

        return new Person
        {
            Id = Guid.CreateVersion7(now),
            Name = input.Name!,
            IdNumberCipher = protector.Protect(id.Value),
            IdNumberHash = protector.Hash(id.Value),
            IdNumberMasked = id.Masked,
            BirthDate = id.BirthDate,
            Sex = id.Sex,
            PhoneCipher = phone is { } p ? protector.Protect(p.Value) : null,
            PhoneHash = phone is { } h ? protector.Hash(h.Value) : null,
            PhoneMasked = phone?.Masked,
            Address = input.Address,
            RegionCode = region.Value,
            Longitude = input.Longitude,
            Latitude = input.Latitude,
            CreatedAt = now,
            UpdatedAt = now,
        };
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

        batch.Clear();
    }

    private static bool IsBlank(string[] cells) => cells.All(string.IsNullOrWhiteSpace);
}
