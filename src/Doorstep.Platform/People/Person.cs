using Doorstep.Platform.Data;

namespace Doorstep.Platform.People;

/// <summary>
/// 居民: one record per person across every service. The ID number and phone never sit in
/// clear text: a cipher for reading back, a keyed hash for finding and de-duplicating, and
/// the masked form for everyone without the reveal permission.
/// </summary>
public sealed class Person : IRegional
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string IdNumberCipher { get; set; }
    public required string IdNumberHash { get; set; }
    public required string IdNumberMasked { get; set; }
    public DateOnly BirthDate { get; set; }
    public Kernel.Sex Sex { get; set; }
    public string? PhoneCipher { get; set; }
    public string? PhoneHash { get; set; }
    public string? PhoneMasked { get; set; }
    public string? Address { get; set; }
    public required string RegionCode { get; set; }
    public double? Longitude { get; set; }
    public double? Latitude { get; set; }
    public Guid? HouseholdId { get; set; }
    public string? HouseholdRelation { get; set; }
    public DisabilityCategory? DisabilityCategory { get; set; }
    public int? DisabilityGrade { get; set; }
    public HardshipStatus Hardship { get; set; }
    public bool Returnee { get; set; }
    public bool PovertyRelieved { get; set; }
    public string? Tags { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>残疾类别 (GB/T 26341-2010).</summary>
public enum DisabilityCategory
{
    Visual = 1,
    Hearing = 2,
    Speech = 3,
    Physical = 4,
    Intellectual = 5,
    Mental = 6,
    Multiple = 7,
}

/// <summary>困难类别, a set because a household can be both 低保 and disabled.</summary>
[Flags]
public enum HardshipStatus
{
    None = 0,
    SubsistenceAllowance = 1,
    ExtremePoverty = 2,
    LowIncome = 4,
    ElderlyAlone = 8,
}

/// <summary>户: people who live together; the head is one of its members.</summary>
public sealed class Household : IRegional
{
    public Guid Id { get; set; }

    /// <summary>户编号, as the household register or the village writes it.</summary>
    public required string Number { get; set; }

    public required string Address { get; set; }
    public required string RegionCode { get; set; }
    public Guid? HeadPersonId { get; set; }
}
