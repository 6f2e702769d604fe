using System.Globalization;
using Doorstep.Platform.Validation;

namespace Doorstep.Platform.People;

/// <summary>The person form as the browser posts it: text in, parsed and checked on the server.</summary>
public sealed class PersonForm
{
    public string? Name { get; set; }
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? RegionCode { get; set; }
    public string? Longitude { get; set; }
    public string? Latitude { get; set; }
    public DisabilityCategory? DisabilityCategory { get; set; }
    public int? DisabilityGrade { get; set; }
    public bool SubsistenceAllowance { get; set; }
    public bool ExtremePoverty { get; set; }
    public bool LowIncome { get; set; }
    public bool ElderlyAlone { get; set; }
    public bool Returnee { get; set; }
    public bool PovertyRelieved { get; set; }
    public string? Tags { get; set; }
    public string? HouseholdNumber { get; set; }
    public string? HouseholdRelation { get; set; }

    public static PersonForm From(PersonView p) => new()
    {
        Name = p.Name,
        IdNumber = p.IdNumber,
        Phone = p.Phone,
        Address = p.Address,
        RegionCode = p.RegionCode,
        Longitude = p.Longitude?.ToString(CultureInfo.InvariantCulture),
        Latitude = p.Latitude?.ToString(CultureInfo.InvariantCulture),
        DisabilityCategory = p.DisabilityCategory,
        DisabilityGrade = p.DisabilityGrade,
        SubsistenceAllowance = p.Hardship.HasFlag(HardshipStatus.SubsistenceAllowance),
        ExtremePoverty = p.Hardship.HasFlag(HardshipStatus.ExtremePoverty),
        LowIncome = p.Hardship.HasFlag(HardshipStatus.LowIncome),
        ElderlyAlone = p.Hardship.HasFlag(HardshipStatus.ElderlyAlone),
        Returnee = p.Returnee,
        PovertyRelieved = p.PovertyRelieved,
        Tags = p.Tags,
        HouseholdNumber = p.HouseholdNumber,
        HouseholdRelation = p.HouseholdRelation,
    };

    public PersonInput ToInput(FieldErrors errors) => new()
    {
        Name = Name,
        IdNumber = IdNumber?.Trim(),
        Phone = Phone,
        Address = Address,
        RegionCode = RegionCode,
        Longitude = errors.OptionalNumber(Longitude, "longitude", "经度应为数字，如 113.08"),
        Latitude = errors.OptionalNumber(Latitude, "latitude", "纬度应为数字，如 27.83"),
        DisabilityCategory = DisabilityCategory,
        DisabilityGrade = DisabilityGrade,
        Hardship = (SubsistenceAllowance ? HardshipStatus.SubsistenceAllowance : 0)
            | (ExtremePoverty ? HardshipStatus.ExtremePoverty : 0)
            | (LowIncome ? HardshipStatus.LowIncome : 0)
            | (ElderlyAlone ? HardshipStatus.ElderlyAlone : 0),
        Returnee = Returnee,
        PovertyRelieved = PovertyRelieved,
        Tags = Tags,
        HouseholdNumber = HouseholdNumber,
        HouseholdRelation = HouseholdRelation,
    };
}
