using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Doorstep.Kernel.Tests;

/// <summary>Inputs for a citizen ID built by <see cref="CitizenId.Create"/>.</summary>
public sealed record IdSeed(string Address, DateOnly Birth, int Sequence);

/// <summary>A legacy 15-digit ID: all such IDs were issued to people born in the 1900s.</summary>
public sealed record LegacyId(string Text, DateOnly Birth);

/// <summary>A valid ID with one position to change and the character to put there.</summary>
public sealed record IdEdit(string Valid, int Position, char Replacement);

public sealed record CreditSeed(string AuthorityAndType, string Division, string Organization);

public sealed record CreditEdit(string Valid, int Position, char Replacement);

public sealed record ChinaPoint(GeoPoint Point);

public sealed record AnyPoint(GeoPoint Point);

public sealed record RegionSample(RegionCode Code);

public sealed record CalendarStart(DateTime Moment);

public static class KernelArbitraries
{
    /// <summary>The date every generated ID is validated against, so no birth date is in the future.</summary>
    public static readonly DateOnly Today = new(2026, 6, 30);

    public const string CreditCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly string[] Provinces =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82",
    ];

    private static Gen<string> Digits(int count) =>
        Gen.Choose(0, (int)Math.Pow(10, count) - 1).Select(n => n.ToString(CultureInfo.InvariantCulture).PadLeft(count, '0'));

    private static Gen<string> Address =>
        from province in Gen.Elements(Provinces)
        from rest in Digits(4)
        select province + rest;

    private static Gen<DateOnly> DateBetween(DateOnly first, DateOnly last) =>
        Gen.Choose(0, last.DayNumber - first.DayNumber).Select(first.AddDays);

    private static Gen<string> CreditChars(int count) =>
        Gen.Elements(CreditCharset.ToCharArray()).ArrayOf(count).Select(chars => new string(chars));

    private static Gen<IdSeed> IdSeedGen =>
        from address in Address
        from birth in DateBetween(new DateOnly(1900, 1, 1), Today)
        from sequence in Gen.Choose(1, 999)
        select new IdSeed(address, birth, sequence);

    public static Arbitrary<IdSeed> IdSeeds() => IdSeedGen.ToArbitrary();

    public static Arbitrary<LegacyId> LegacyIds() =>
        (from address in Address
         from birth in DateBetween(new DateOnly(1900, 1, 1), new DateOnly(1999, 12, 31))
         from sequence in Gen.Choose(1, 999)
         select new LegacyId(
             address + birth.ToString("yyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture),
             birth)).ToArbitrary();

    public static Arbitrary<IdEdit> IdEdits() =>
        (from seed in IdSeedGen
         let valid = CitizenId.Create(seed.Address, seed.Birth, seed.Sequence)
         from position in Gen.Choose(0, 17)
         from replacement in Gen.Elements((position == 17 ? "0123456789X" : "0123456789").Where(c => c != valid[position]).ToArray())
         select new IdEdit(valid, position, replacement)).ToArbitrary();

    private static Gen<CreditSeed> CreditSeedGen =>
        from authorityAndType in CreditChars(2)
        from division in Digits(6)
        from organization in CreditChars(8)
        select new CreditSeed(authorityAndType, division, organization);

    public static Arbitrary<CreditSeed> CreditSeeds() => CreditSeedGen.ToArbitrary();

    public static Arbitrary<CreditEdit> CreditEdits() =>
        (from seed in CreditSeedGen
         let valid = CreditCode.Complete(seed.AuthorityAndType, seed.Division, seed.Organization)
         from position in Gen.Choose(0, 17)
         from replacement in Gen.Elements(CreditCharset.Where(c => c != valid[position]).ToArray())
         select new CreditEdit(valid, position, replacement)).ToArbitrary();

    // Micro-degree steps keep the points reproducible in failure reports.
    public static Arbitrary<ChinaPoint> ChinaPoints() =>
        (from lon in Gen.Choose(73_500_000, 135_100_000)
         from lat in Gen.Choose(3_800_000, 53_600_000)
         select new ChinaPoint(new GeoPoint(lon / 1e6, lat / 1e6))).ToArbitrary();

    public static Arbitrary<AnyPoint> AnyPoints() =>
        (from lon in Gen.Choose(-180_000_000, 180_000_000)
         from lat in Gen.Choose(-90_000_000, 90_000_000)
         select new AnyPoint(new GeoPoint(lon / 1e6, lat / 1e6))).ToArbitrary();

    public static Arbitrary<RegionSample> RegionSamples() =>
        (from level in Gen.Elements(Enum.GetValues<RegionLevel>())
         from province in Gen.Elements(Provinces)
         from city in Gen.Choose(1, 99)
         from county in Gen.Choose(level == RegionLevel.County ? 1 : 0, 99)
         from town in Gen.Choose(1, 999)
         from village in Gen.Choose(1, 999)
         from grid in Gen.Choose(1, 999)
         select new RegionSample(RegionCode.Parse(Compose(level, province, city, county, town, village, grid)))).ToArbitrary();

    public static Arbitrary<CalendarStart> CalendarStarts() =>
        (from date in DateBetween(new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31))
         from minute in Gen.Choose(0, (24 * 60) - 1)
         select new CalendarStart(date.ToDateTime(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute))))).ToArbitrary();

    private static string Compose(RegionLevel level, string province, int city, int county, int town, int village, int grid)
    {
        var code = province
            + (level >= RegionLevel.City ? city : 0).ToString("D2", CultureInfo.InvariantCulture)
            + (level >= RegionLevel.County ? county : 0).ToString("D2", CultureInfo.InvariantCulture)
            + (level >= RegionLevel.Town ? town : 0).ToString("D3", CultureInfo.InvariantCulture)
            + (level >= RegionLevel.Village ? village : 0).ToString("D3", CultureInfo.InvariantCulture);
        return level == RegionLevel.Grid ? code + grid.ToString("D3", CultureInfo.InvariantCulture) : code;
    }
}
