using System.Text.Json.Serialization;

namespace Doorstep.Health.Visits;

/// <summary>Blood-pressure classes of the Chinese hypertension guideline (2018/2024), with the API's names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BpClass>))]
public enum BpClass
{
    [JsonStringEnumMemberName("normal")]
    Normal,

    [JsonStringEnumMemberName("high-normal")]
    HighNormal,

    [JsonStringEnumMemberName("grade1")]
    Grade1,

    [JsonStringEnumMemberName("grade2")]
    Grade2,

    [JsonStringEnumMemberName("grade3")]
    Grade3,

    [JsonStringEnumMemberName("isolated-systolic")]
    IsolatedSystolic,
}

/// <summary>
/// 血压分级. SBP and DBP are graded separately and the higher grade wins; a raised systolic with a
/// diastolic under 90 is isolated systolic hypertension, whatever its systolic grade, because it
/// is managed as its own condition. Severity for referral is judged separately (≥180/≥110).
/// </summary>
public static class BloodPressure
{
    public const int MinSystolic = 50;
    public const int MaxSystolic = 300;
    public const int MinDiastolic = 30;
    public const int MaxDiastolic = 200;

    public static BpClass Classify(int systolic, int diastolic)
    {
        if (systolic >= 140 && diastolic < 90)
        {
            return BpClass.IsolatedSystolic;
        }

        return (BpClass)Math.Max((int)SystolicGrade(systolic), (int)DiastolicGrade(diastolic));
    }

    /// <summary>The reason a pair of readings cannot be real, or null.</summary>
    public static string? Implausible(int systolic, int diastolic)
    {
        if (systolic is < MinSystolic or > MaxSystolic)
        {
            return $"收缩压 {systolic} mmHg 超出合理范围（{MinSystolic}–{MaxSystolic}）";
        }

        if (diastolic is < MinDiastolic or > MaxDiastolic)
        {
            return $"舒张压 {diastolic} mmHg 超出合理范围（{MinDiastolic}–{MaxDiastolic}）";
        }

        return systolic <= diastolic ? $"收缩压（{systolic}）应高于舒张压（{diastolic}），请核对是否填反" : null;
    }

    /// <summary>On target for a hypertensive patient at follow-up: below 140/90.</summary>
    public static bool Controlled(int systolic, int diastolic) => systolic < 140 && diastolic < 90;

    /// <summary>Urgent referral threshold: SBP ≥180 and/or DBP ≥110.</summary>
    public static bool Urgent(int systolic, int diastolic) => systolic >= 180 || diastolic >= 110;

    /// <summary>A raised office reading (≥140/90): for a resident not yet diagnosed, a reason to follow up for diagnosis.</summary>
    public static bool Raised(int systolic, int diastolic) => systolic >= 140 || diastolic >= 90;

    private static BpClass SystolicGrade(int sbp) => sbp switch
    {
        < 120 => BpClass.Normal,
        < 140 => BpClass.HighNormal,
        < 160 => BpClass.Grade1,
        < 180 => BpClass.Grade2,
        _ => BpClass.Grade3,
    };

    private static BpClass DiastolicGrade(int dbp) => dbp switch
    {
        < 80 => BpClass.Normal,
        < 90 => BpClass.HighNormal,
        < 100 => BpClass.Grade1,
        < 110 => BpClass.Grade2,
        _ => BpClass.Grade3,
    };
}

/// <summary>Blood glucose thresholds in mmol/L (domain-rules.md, "Glucose").</summary>
public static class Glucose
{
    public const decimal Min = 1.0m;
    public const decimal Max = 35.0m;

    /// <summary>Fasting ≥7.0, or random ≥11.1: diabetic range.</summary>
    public static bool Raised(decimal? fasting, decimal? random) => fasting >= 7.0m || random >= 11.1m;

    /// <summary>On target for a diabetic patient at follow-up: fasting below 7.0.</summary>
    public static bool Controlled(decimal fasting) => fasting < 7.0m;

    /// <summary>Urgent referral: any glucose ≥16.7 or ≤3.9.</summary>
    public static bool Urgent(decimal glucose) => glucose >= 16.7m || glucose <= 3.9m;
}
