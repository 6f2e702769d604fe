using System.Text.RegularExpressions;

namespace Doorstep.Platform.People.Import;

/// <summary>
/// Writes people in bulk inside one transaction, with the provider's fast path: prepared
/// statements on SQLite, binary COPY on PostgreSQL. Nothing is visible until commit.
/// </summary>
internal interface IPeopleBulkWriter : IAsyncDisposable
{
    /// <summary>Existing people by ID-number hash, across all regions (one person per ID number nationally).</summary>
    Task<Dictionary<string, ExistingPerson>> FindExistingAsync(IReadOnlyCollection<string> hashes, CancellationToken ct);

    Task InsertAsync(IReadOnlyList<Person> people, CancellationToken ct);

    /// <summary>Inserts those whose ID-number hash is not stored yet; returns how many were already there and so skipped.</summary>
    Task<int> InsertNewAsync(IReadOnlyList<Person> people, CancellationToken ct);

    /// <summary>Updates name, phone, address, region and location of people matched by id.</summary>
    Task UpdateAsync(IReadOnlyList<Person> people, CancellationToken ct);

    /// <summary>About how many people the table held when the import began: an estimate, it only decides when index maintenance is deferred.</summary>
    Task<long> EstimateRowsAsync(CancellationToken ct);

    /// <summary>
    /// Stops maintaining the people table's secondary indexes for the rest of the import, inside
    /// its transaction: they are dropped now and built again by <see cref="RestoreIndexesAsync"/>.
    /// Under <see cref="DuplicatePolicy.Update"/> the unique ID-number index stays, since every
    /// batch then looks existing people up by it; otherwise it is deferred too, and
    /// <see cref="InsertNewAsync"/> inserts every row and leaves the repeats to the rebuild.
    /// </summary>
    Task DeferIndexesAsync(DuplicatePolicy policy, CancellationToken ct);

    /// <summary>
    /// Builds the deferred indexes again. Rows inserted since they were deferred that repeat an ID
    /// number already stored, or an earlier row of the file, are deleted first; returns how many.
    /// </summary>
    Task<int> RestoreIndexesAsync(CancellationToken ct);

    Task CommitAsync(CancellationToken ct);
}

/// <summary>A secondary index of the people table as the database describes it, to be built again exactly so.</summary>
internal sealed partial record DeferredIndex(string Name, string Definition)
{
    public bool Unique => Definition.StartsWith("CREATE UNIQUE", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the import defers this index, given what it does with repeated ID numbers. An index
    /// kept to the rows where a column the import never writes is set gains no entry from it, and
    /// so stays: a rebuild would read the whole table to find nothing to add.
    /// </summary>
    public bool Deferred(DuplicatePolicy policy) => !(Unique && policy == DuplicatePolicy.Update) && !KeptToRowsTheImportLeaves;

    // SQLite keeps the filter as EF wrote it, PostgreSQL in brackets: WHERE ("HouseholdId" IS NOT NULL).
    private bool KeptToRowsTheImportLeaves =>
        NotNullFilter().Match(Definition) is { Success: true } filter && !PeopleColumns.Insert.Contains(filter.Groups["column"].Value);

    [GeneratedRegex("""WHERE\s*\(?\s*"(?<column>\w+)"\s+IS\s+NOT\s+NULL\s*\)?\s*$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotNullFilter();
}

internal readonly record struct ExistingPerson(Guid Id, string RegionCode);

/// <summary>The columns the bulk paths write, in one order for both providers.</summary>
internal static class PeopleColumns
{
    public const string Table = "platform_people";

    public static readonly string[] Insert =
    [
        "Id", "Name", "IdNumberCipher", "IdNumberHash", "IdNumberMasked", "BirthDate", "Sex", "PhoneCipher", "PhoneHash",
        "PhoneMasked", "Address", "RegionCode", "Longitude", "Latitude", "Hardship", "Returnee", "PovertyRelieved",
        "CreatedAt", "UpdatedAt",
    ];

    public static readonly string[] Update =
    [
        "Name", "PhoneCipher", "PhoneHash", "PhoneMasked", "Address", "RegionCode", "Longitude", "Latitude", "UpdatedAt",
    ];

    public static string Quoted(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));
}
