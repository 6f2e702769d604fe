namespace Doorstep.Employment.Coverage;

/// <summary>
/// Longitude and latitude flattened to metres around a district's middle. Over a county
/// (60 km) the error is well under a metre per hundred, and distances become a subtraction.
/// </summary>
public readonly record struct LocalPlane(double OriginLongitude, double OriginLatitude)
{
    private const double MetresPerDegreeLatitude = 110_574;
    private const double MetresPerDegreeLongitudeAtEquator = 111_320;

    private double MetresPerDegreeLongitude => MetresPerDegreeLongitudeAtEquator * Math.Cos(OriginLatitude * Math.PI / 180);

    public (float X, float Y) ToMetres(double longitude, double latitude) =>
        ((float)((longitude - OriginLongitude) * MetresPerDegreeLongitude), (float)((latitude - OriginLatitude) * MetresPerDegreeLatitude));

    public static LocalPlane Around(IEnumerable<(double Longitude, double Latitude)> points)
    {
        double lon = 0, lat = 0;
        var n = 0;
        foreach (var (x, y) in points)
        {
            lon += x;
            lat += y;
            n++;
        }

        return n == 0 ? new(113.13, 27.83) : new(lon / n, lat / n);
    }
}
