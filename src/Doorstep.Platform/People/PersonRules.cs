using Doorstep.Kernel;
using Doorstep.Platform.Validation;

namespace Doorstep.Platform.People;

/// <summary>
/// The checks every way into the people registry shares — form, API and import — so a row
/// refused in one is refused in all, with the same words.
/// </summary>
public static class PersonRules
{
    public const int MaxNameLength = 30;

    public static string? CheckName(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return "姓名不能为空";
        }

        if (trimmed.Length > MaxNameLength)
        {
            return $"姓名不能超过{MaxNameLength}个字";
        }

        return trimmed.Any(c => char.IsDigit(c) || char.IsControl(c)) ? "姓名不能包含数字或控制字符" : null;
    }

    /// <summary>
    /// Checks an optional position (both parts or neither) and says which of the two fields, 经度
    /// or 纬度, the problem belongs under, so a form can show it beside the number at fault.
    /// </summary>
    public static CoordinateError? CheckCoordinates(double? longitude, double? latitude, out GeoPoint? point)
    {
        point = null;
        if (longitude is null && latitude is null)
        {
            return null;
        }

        if (longitude is null || latitude is null)
        {
            return new(longitude is null ? "longitude" : "latitude", "经度和纬度需同时填写");
        }

        if (!GeoPoint.TryCreate(longitude.Value, latitude.Value, out var p, out var error))
        {
            return new(GeoPoint.IsValidLongitude(longitude.Value) ? "latitude" : "longitude", error);
        }

        if (!p.IsInChina)
        {
            return new("longitude", "坐标不在中国境内，请检查经纬度是否填反");
        }

        point = p;
        return null;
    }

    /// <summary>Checks the fields common to every entry path; region existence is the caller's (it knows its scope).</summary>
    public static FieldErrors Check(PersonInput input, DateOnly today, out CitizenId? id, out Phone? phone, out RegionCode? region)
    {
        var errors = new FieldErrors();
        if (CheckName(input.Name) is { } nameError)
        {
            errors.Add("name", nameError);
        }

        if (!CitizenId.TryParse(input.IdNumber, today, out id, out var idError))
        {
            errors.Add("idNumber", idError);
        }

        phone = null;
        if (!string.IsNullOrWhiteSpace(input.Phone))
        {
            if (Phone.TryParse(input.Phone, out var p, out var phoneError))
            {
                phone = p;
            }
            else
            {
                errors.Add("phone", phoneError);
            }
        }

        if (!RegionCode.TryParse(input.RegionCode, out region, out var regionError))
        {
            errors.Add("regionCode", regionError);
        }

        if (CheckCoordinates(input.Longitude, input.Latitude, out _) is { } geoError)
        {
            errors.Add(geoError.Field, geoError.Message);
        }

        if (input.Address is { Length: > 200 })
        {
            errors.Add("address", "住址不能超过200个字");
        }

        if (input.DisabilityGrade is { } grade && (grade < 1 || grade > 4))
        {
            errors.Add("disabilityGrade", "残疾等级应为1至4级");
        }

        if (input.DisabilityGrade is not null && input.DisabilityCategory is null)
        {
            errors.Add("disabilityCategory", "填写残疾等级时需同时选择残疾类别");
        }

        if (!string.IsNullOrWhiteSpace(input.HouseholdNumber) && (input.HouseholdNumber.Trim().Length > 30 || !input.HouseholdNumber.Trim().All(char.IsAsciiLetterOrDigit)))
        {
            errors.Add("householdNumber", "户编号为不超过30位的字母或数字");
        }

        if (input.HouseholdRelation is { Length: > 0 } relation && !HouseholdRelations.Contains(relation))
        {
            errors.Add("householdRelation", $"与户主关系应为：{string.Join("、", HouseholdRelations)}");
        }

        return errors;
    }

    public static readonly IReadOnlyList<string> HouseholdRelations = ["户主", "配偶", "子女", "父母", "孙辈", "兄弟姐妹", "其他"];
}

/// <summary>What a form, an API call or an import row says about a person.</summary>
public sealed record PersonInput
{
    public string? Name { get; init; }
    public string? IdNumber { get; init; }
    public string? Phone { get; init; }
    public string? Address { get; init; }
    public string? RegionCode { get; init; }
    public double? Longitude { get; init; }
    public double? Latitude { get; init; }
    public DisabilityCategory? DisabilityCategory { get; init; }
    public int? DisabilityGrade { get; init; }
    public HardshipStatus Hardship { get; init; }
    public bool Returnee { get; init; }
    public bool PovertyRelieved { get; init; }
    public string? Tags { get; init; }
    public string? HouseholdNumber { get; init; }
    public string? HouseholdRelation { get; init; }
}

/// <summary>What is wrong with a position, and the field it is shown under: longitude or latitude.</summary>
public sealed record CoordinateError(string Field, string Message);
