namespace Doorstep.Platform.People;

/// <summary>
/// A person as pages, the API and exports show them: ID number and phone masked unless the
/// reader asked to reveal them and was allowed to.
/// </summary>
public sealed record PersonView(
    Guid Id,
    string Name,
    string IdNumber,
    string Sex,
    DateOnly BirthDate,
    int Age,
    string? Phone,
    string? Address,
    string RegionCode,
    string? RegionName,
    double? Longitude,
    double? Latitude,
    DisabilityCategory? DisabilityCategory,
    int? DisabilityGrade,
    HardshipStatus Hardship,
    bool Returnee,
    bool PovertyRelieved,
    string? Tags,
    string? HouseholdNumber,
    string? HouseholdRelation,
    bool Revealed);
