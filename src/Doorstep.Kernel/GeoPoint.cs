using System.Globalization;

namespace Doorstep.Kernel;

/// <summary>
/// A WGS-84 / CGCS2000 position (the two agree to centimetres, far below GPS error). Only this
/// datum is stored; AMap/Tencent tiles (GCJ-02) and Baidu (BD-09) are converted at the display
/// edge, so a point read back from a map must come in through <see cref="FromGcj02"/> or
/// <see cref="FromBd09"/>.
/// </summary>
public readonly record struct GeoPoint
{
    /// <summary>Mean Earth radius (IUGG), good to about 0.5% for haversine distances.</summary>
    private const double EarthRadiusMetres = 6_371_008.8;

    // Krasovsky 1940 ellipsoid, as used by the published GCJ-02 offset formula.
    private const double KrasovskyA = 6378245.0;
    private const double KrasovskyEe = 0.00669342162296594323;
    private const double BaiduXPi = Math.PI * 3000.0 / 180.0;
    private const double InverseTolerance = 1e-7;

    public GeoPoint(double longitude, double latitude)
    {
        EnsureInRange(longitude, latitude);
        Longitude = longitude;
        Latitude = latitude;
    }

    public double Longitude { get; }

    public double Latitude { get; }

    /// <summary>"lon,lat" in invariant culture with round-trip precision, for storing as one column.</summary>
    public string Value => string.Create(CultureInfo.InvariantCulture, $"{Longitude:R},{Latitude:R}");

    /// <summary>
    /// A rough bounding box (73.5–135.1 E, 3.8–53.6 N) to catch swapped or foreign coordinates;
    /// it includes parts of neighbouring countries, so it is a plausibility check, not a border.
    /// </summary>
    public bool IsInChina => Longitude is >= 73.5 and <= 135.1 && Latitude is >= 3.8 and <= 53.6;

    /// <summary>Great-circle distance in metres (haversine).</summary>
    public double DistanceTo(GeoPoint other)
    {
        var lat1 = ToRadians(Latitude);
        var lat2 = ToRadians(other.Latitude);
        var sinHalfDLat = Math.Sin((lat2 - lat1) / 2);
        var sinHalfDLon = Math.Sin(ToRadians(other.Longitude - Longitude) / 2);
        var h = (sinHalfDLat * sinHalfDLat) + (Math.Cos(lat1) * Math.Cos(lat2) * sinHalfDLon * sinHalfDLon);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The GCJ-02 coordinates to draw this point on AMap or Tencent tiles; never store the result.</summary>
    public GeoPoint ToGcj02()
    {
        var (lon, lat) = WgsToGcj(Longitude, Latitude);
        return new GeoPoint(lon, lat);
    }

    /// <summary>Recovers WGS-84 from GCJ-02 by iterating the forward formula, which has no closed-form inverse.</summary>
    public static GeoPoint FromGcj02(double longitude, double latitude)
    {
        EnsureInRange(longitude, latitude);
        var (lon, lat) = Invert(WgsToGcj, longitude, latitude);
        return new GeoPoint(lon, lat);
    }

    /// <summary>The BD-09 coordinates for Baidu maps; never store the result.</summary>
    public GeoPoint ToBd09()
    {
        var (gcjLon, gcjLat) = WgsToGcj(Longitude, Latitude);
        var (lon, lat) = GcjToBd(gcjLon, gcjLat);
        return new GeoPoint(lon, lat);
    }

    public static GeoPoint FromBd09(double longitude, double latitude)
    {
        EnsureInRange(longitude, latitude);
        var (gcjLon, gcjLat) = Invert(GcjToBd, longitude, latitude);
        var (lon, lat) = Invert(WgsToGcj, gcjLon, gcjLat);
        return new GeoPoint(lon, lat);
    }

    /// <summary>Parses "lon,lat" (longitude first, as GeoJSON and the map APIs expect); a full-width comma is accepted.</summary>
    public static bool TryParse(string? text, out GeoPoint value, out string error)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "坐标不能为空";
            return false;
        }

        var parts = text.Split([',', '，']);
        if (parts.Length != 2)
        {
            error = "坐标格式应为“经度,纬度”，例如“113.08,27.83”";
            return false;
        }

        return TryParseNumber(parts[0], "经度", out var longitude, out error)
            && TryParseNumber(parts[1], "纬度", out var latitude, out error)
            && TryCreate(longitude, latitude, out value, out error);
    }

    /// <summary>
    /// Checks a position already read as two numbers, with the messages <see cref="TryParse"/>
    /// gives, so that a form or an import row need not write its numbers out to have them checked.
    /// </summary>
    public static bool TryCreate(double longitude, double latitude, out GeoPoint value, out string error)
    {
        value = default;
        error = NotFinite(longitude, "经度") ?? NotFinite(latitude, "纬度") ?? RangeError(longitude, latitude);
        if (error.Length > 0)
        {
            return false;
        }

        value = new GeoPoint(longitude, latitude);
        return true;
    }

    /// <summary>
    /// Whether a number can be a longitude. <see cref="TryCreate"/> checks the longitude first, so
    /// when this holds, its error is about the latitude.
    /// </summary>
    public static bool IsValidLongitude(double longitude) => longitude is >= -180 and <= 180;

    public static GeoPoint Parse(string text) =>
        TryParse(text, out var value, out var error) ? value : throw new FormatException(error);

    public override string ToString() => Value;

    private static bool TryParseNumber(string part, string name, out double number, out string error)
    {
        if (double.TryParse(part.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number))
        {
            error = string.Empty;
            return true;
        }

        error = $"{name}“{part.Trim()}”不是有效数字";
        return false;
    }

    private static string? NotFinite(double number, string name) =>
        double.IsFinite(number) ? null : string.Create(CultureInfo.InvariantCulture, $"{name}“{number}”不是有效数字");

    private static void EnsureInRange(double longitude, double latitude)
    {
        var error = RangeError(longitude, latitude);
        if (error.Length > 0)
        {
            var parameter = IsValidLongitude(longitude) ? nameof(latitude) : nameof(longitude);
            throw new ArgumentOutOfRangeException(parameter, error);
        }
    }

    private static string RangeError(double longitude, double latitude)
    {
        if (IsValidLongitude(longitude) && latitude is >= -90 and <= 90)
        {
            return string.Empty;
        }

        var swapHint = latitude is >= -180 and <= 180 && longitude is >= -90 and <= 90 ? "（是否把经纬度写反了？）" : string.Empty;
        return IsValidLongitude(longitude)
            ? string.Create(CultureInfo.InvariantCulture, $"纬度应在-90到90之间，实际为{latitude}{swapHint}")
            : string.Create(CultureInfo.InvariantCulture, $"经度应在-180到180之间，实际为{longitude}");
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180.0;

    /// <summary>
    /// Fixed-point inverse of a small offset f: p ← p − (f(p) − target). It converges because the
    /// offsets vary slowly with position (a few hundred metres across the whole country).
    /// </summary>
    private static (double Lon, double Lat) Invert(Func<double, double, (double Lon, double Lat)> forward, double targetLon, double targetLat)
    {
        var (lon, lat) = (targetLon, targetLat);
        for (var i = 0; i < 50; i++)
        {
            var (fLon, fLat) = forward(lon, lat);
            var dLon = fLon - targetLon;
            var dLat = fLat - targetLat;
            if (Math.Abs(dLon) < InverseTolerance && Math.Abs(dLat) < InverseTolerance)
            {
                break;
            }

            lon -= dLon;
            lat -= dLat;
        }

        return (lon, lat);
    }

    /// <summary>
    /// The published GCJ-02 offset. Outside its own box (wider than <see cref="IsInChina"/>, kept
    /// as published so results match the map providers) the offset is zero.
    /// </summary>
    private static (double Lon, double Lat) WgsToGcj(double lon, double lat)
    {
        if (lon is < 72.004 or > 137.8347 || lat is < 0.8293 or > 55.8271)
        {
            return (lon, lat);
        }

        var x = lon - 105.0;
        var y = lat - 35.0;
        var radLat = ToRadians(lat);
        var magic = 1 - (KrasovskyEe * Math.Sin(radLat) * Math.Sin(radLat));
        var sqrtMagic = Math.Sqrt(magic);
        var dLat = OffsetLatitude(x, y) * 180.0 / (KrasovskyA * (1 - KrasovskyEe) / (magic * sqrtMagic) * Math.PI);
        var dLon = OffsetLongitude(x, y) * 180.0 / (KrasovskyA / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return (lon + dLon, lat + dLat);
    }

    private static double OffsetLatitude(double x, double y) =>
        -100.0 + (2.0 * x) + (3.0 * y) + (0.2 * y * y) + (0.1 * x * y) + (0.2 * Math.Sqrt(Math.Abs(x)))
        + ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0
        + ((20.0 * Math.Sin(y * Math.PI)) + (40.0 * Math.Sin(y / 3.0 * Math.PI))) * 2.0 / 3.0
        + ((160.0 * Math.Sin(y / 12.0 * Math.PI)) + (320.0 * Math.Sin(y * Math.PI / 30.0))) * 2.0 / 3.0;

    private static double OffsetLongitude(double x, double y) =>
        300.0 + x + (2.0 * y) + (0.1 * x * x) + (0.1 * x * y) + (0.1 * Math.Sqrt(Math.Abs(x)))
        + ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0
        + ((20.0 * Math.Sin(x * Math.PI)) + (40.0 * Math.Sin(x / 3.0 * Math.PI))) * 2.0 / 3.0
        + ((150.0 * Math.Sin(x / 12.0 * Math.PI)) + (300.0 * Math.Sin(x / 30.0 * Math.PI))) * 2.0 / 3.0;

    private static (double Lon, double Lat) GcjToBd(double lon, double lat)
    {
        var z = Math.Sqrt((lon * lon) + (lat * lat)) + (0.00002 * Math.Sin(lat * BaiduXPi));
        var theta = Math.Atan2(lat, lon) + (0.000003 * Math.Cos(lon * BaiduXPi));
        return ((z * Math.Cos(theta)) + 0.0065, (z * Math.Sin(theta)) + 0.006);
    }
}
