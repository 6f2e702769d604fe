using Doorstep.Employment.Vacancies;
using Doorstep.Kernel;
using Doorstep.Platform.Validation;

namespace Doorstep.Employment;

/// <summary>The checks vacancies and seekers share, so a wage or a place refused in one is refused in the other with the same words.</summary>
internal static class Inputs
{
    /// <summary>The sane range of a wage per unit: a month's pay between a part-timer's and a manager's, a day's between a few hours' and a specialist's.</summary>
    public static (int Floor, int Ceiling, string UnitName) WageRange(WageUnit unit) =>
        unit == WageUnit.Month ? (500, 200_000, "元/月") : (20, 10_000, "元/天");

    /// <summary>Adds an error unless the point is inside China; a swapped pair is the usual mistake, so the words say so.</summary>
    public static void CheckInChina(FieldErrors errors, string what, double longitude, double latitude)
    {
        if (longitude is < -180 or > 180 || latitude is < -90 or > 90 || !new GeoPoint(longitude, latitude).IsInChina)
        {
            errors.Add("location", $"{what}（经度{longitude}，纬度{latitude}）不在中国境内，请检查经纬度是否填反");
        }
    }

    /// <summary>Trimmed, without blanks or repeats, in the order given.</summary>
    public static List<string> Clean(IReadOnlyList<string>? values) =>
        (values ?? []).Select(v => v?.Trim()).OfType<string>().Where(v => v.Length > 0).Distinct().ToList();

    public static FieldErrors Error(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return errors;
    }
}
