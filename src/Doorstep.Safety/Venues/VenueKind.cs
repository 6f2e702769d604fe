using Doorstep.Platform.Ui;

namespace Doorstep.Safety.Venues;

/// <summary>
/// A kind of venue the grid inspects (九小场所 and the key venues) and the size beyond which it is
/// no longer "small": provinces draw the line differently, so the limits are the district's to set.
/// </summary>
public sealed class VenueKind
{
    /// <summary>The organisation kind the venue is registered under, e.g. small-shop.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public VenueGroup Group { get; set; }

    public SizeMeasure Measure { get; set; }

    /// <summary>The largest size still in the kind, in the measure's unit; null for no limit.</summary>
    public int? Limit { get; set; }

    /// <summary>The highest floor the kind may occupy (entertainment venues: the 3rd); null for any.</summary>
    public int? HighestFloor { get; set; }

    public int Position { get; set; }
}

public enum VenueGroup
{
    /// <summary>九小场所.</summary>
    Small = 1,

    /// <summary>重点场所: petrol stations, LPG dealers, fireworks sellers.</summary>
    Key = 2,
}

/// <summary>What a kind's size limit counts.</summary>
public enum SizeMeasure
{
    None = 0,
    FloorArea = 1,
    Seats = 2,
    Beds = 3,
}

/// <summary>The kinds as domain-rules gives them: the defaults a new district starts with.</summary>
public static class VenueKinds
{
    public static readonly IReadOnlyList<VenueKind> Defaults =
    [
        Kind(1, "small-shop", "小商店", VenueGroup.Small, SizeMeasure.FloorArea, 300),
        Kind(2, "small-restaurant", "小餐饮", VenueGroup.Small, SizeMeasure.Seats, 100),
        Kind(3, "small-hotel", "小旅馆", VenueGroup.Small, SizeMeasure.Beds, 50),
        Kind(4, "small-entertainment", "小歌舞娱乐场所", VenueGroup.Small, SizeMeasure.FloorArea, 200, highestFloor: 3),
        Kind(5, "small-internet-cafe", "小网吧", VenueGroup.Small, SizeMeasure.FloorArea, 200),
        Kind(6, "small-beauty-bath", "小美容洗浴场所", VenueGroup.Small, SizeMeasure.FloorArea, 200),
        Kind(7, "small-school", "小学校（幼儿园）", VenueGroup.Small, SizeMeasure.None, null),
        Kind(8, "small-clinic", "小医院（诊所）", VenueGroup.Small, SizeMeasure.Beds, 20),
        Kind(9, "small-workshop", "小生产加工企业", VenueGroup.Small, SizeMeasure.FloorArea, 1000),
        Kind(10, "petrol-station", "加油站", VenueGroup.Key, SizeMeasure.None, null),
        Kind(11, "lpg-dealer", "液化气经销店", VenueGroup.Key, SizeMeasure.None, null),
        Kind(12, "fireworks-seller", "烟花爆竹经营店", VenueGroup.Key, SizeMeasure.None, null),
    ];

    private static VenueKind Kind(int position, string code, string name, VenueGroup group, SizeMeasure measure, int? limit, int? highestFloor = null) =>
        new() { Code = code, Name = name, Group = group, Measure = measure, Limit = limit, HighestFloor = highestFloor, Position = position };

    public static Text UnitOf(SizeMeasure measure) => measure switch
    {
        SizeMeasure.FloorArea => new("平方米", "m²"),
        SizeMeasure.Seats => new("座", "seats"),
        SizeMeasure.Beds => new("床", "beds"),
        _ => new("", ""),
    };

    public static Text NameOf(SizeMeasure measure) => measure switch
    {
        SizeMeasure.FloorArea => new("营业面积", "Floor area"),
        SizeMeasure.Seats => new("座位", "Seats"),
        SizeMeasure.Beds => new("床位", "Beds"),
        _ => new("不限", "No limit"),
    };
}
