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

    Task CommitAsync(CancellationToken ct);
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
