namespace Doorstep.Health.Visits;

/// <summary>The chronic diseases managed under the national basic public health service standard.</summary>
public enum ChronicDisease
{
    /// <summary>高血压.</summary>
    Hypertension = 1,

    /// <summary>2型糖尿病.</summary>
    Type2Diabetes = 2,
}

/// <summary>What one visit's readings mean for the patient: class, control, referral, next follow-up.</summary>
public sealed record VisitAssessment(
    BpClass? BpClass,
    bool? Controlled,
    bool UrgentReferral,
    bool ReferForUncontrolled,
    bool NeedsDiagnosis,
    DateOnly? NextFollowUp,
    IReadOnlyList<string> Reasons);

/// <summary>The readings of a visit, as the rules need them.</summary>
public sealed record Readings(int? Systolic, int? Diastolic, decimal? FastingGlucose, decimal? RandomGlucose, IReadOnlyList<string> Symptoms);

/// <summary>
/// 慢病随访规则 (national standard, 3rd ed.): urgent thresholds and symptoms refer at once; a first
/// uncontrolled visit brings the next follow-up within two weeks; two uncontrolled visits in a row
/// refer; a controlled visit schedules the next routine one a quarter later. A resident not
/// enrolled whose reading is raised is flagged for diagnosis.
/// </summary>
public static class FollowUpRules
{
    public const int ShortIntervalDays = 14;

    /// <summary>Symptoms that refer at once (domain-rules.md), by code and by the words a doctor types.</summary>
    public static readonly IReadOnlyDictionary<string, string> UrgentSymptoms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["altered-consciousness"] = "意识改变",
        ["severe-headache"] = "剧烈头痛",
        ["vomiting"] = "恶心呕吐",
        ["blurred-vision"] = "视物模糊",
        ["chest-pain"] = "胸闷胸痛",
        ["breathless"] = "静息时呼吸困难",
        ["pregnancy"] = "妊娠或哺乳期血压升高",
    };

    /// <param name="readings">This visit's readings.</param>
    /// <param name="date">The visit's date.</param>
    /// <param name="enrolled">The diseases the resident is managed for (empty: screening).</param>
    /// <param name="previousControlled">Whether the previous follow-up was controlled (null: no previous one).</param>
    /// <param name="routineIntervalMonths">Months to the next routine follow-up (3: four a year).</param>
    public static VisitAssessment Assess(Readings readings, DateOnly date, IReadOnlySet<ChronicDisease> enrolled, bool? previousControlled, int routineIntervalMonths = 3)
    {
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentNullException.ThrowIfNull(enrolled);
        var reasons = new List<string>();
        BpClass? bpClass = readings is { Systolic: { } s, Diastolic: { } d } ? BloodPressure.Classify(s, d) : null;

        var urgent = false;
        if (readings is { Systolic: { } sbp, Diastolic: { } dbp } && BloodPressure.Urgent(sbp, dbp))
        {
            urgent = true;
            reasons.Add($"血压 {sbp}/{dbp} mmHg 达到紧急转诊标准（≥180/110）");
        }

        foreach (var glucose in new[] { readings.FastingGlucose, readings.RandomGlucose }.OfType<decimal>())
        {
            if (Glucose.Urgent(glucose))
            {
                urgent = true;
                reasons.Add($"血糖 {glucose} mmol/L 达到紧急转诊标准（≥16.7 或 ≤3.9）");
            }
        }

        foreach (var symptom in readings.Symptoms)
        {
            var name = UrgentSymptoms.TryGetValue(symptom, out var chinese) ? chinese : UrgentSymptoms.Values.FirstOrDefault(v => v == symptom);
            if (name is not null)
            {
                urgent = true;
                reasons.Add($"症状：{name}");
            }
        }

        bool? controlled = enrolled.Count == 0 ? null : Controlled(readings, enrolled);
        var needsDiagnosis = false;
        if (enrolled.Count == 0)
        {
            var raisedBp = readings is { Systolic: { } rs, Diastolic: { } rd } && BloodPressure.Raised(rs, rd);
            var raisedGlucose = Glucose.Raised(readings.FastingGlucose, readings.RandomGlucose);
            needsDiagnosis = raisedBp || raisedGlucose;
            if (needsDiagnosis)
            {
                reasons.Add(raisedBp ? "未纳入管理的居民血压升高，需复测确诊" : "未纳入管理的居民血糖升高，需复查确诊");
            }
        }

        var referForUncontrolled = controlled == false && previousControlled == false;
        if (referForUncontrolled)
        {
            reasons.Add("连续两次随访控制不满意，需转诊");
        }

        DateOnly? next = enrolled.Count == 0
            ? (urgent || needsDiagnosis ? date.AddDays(ShortIntervalDays) : null)
            : urgent || controlled == false ? date.AddDays(ShortIntervalDays) : date.AddMonths(routineIntervalMonths);
        return new VisitAssessment(bpClass, controlled, urgent, referForUncontrolled && !urgent, needsDiagnosis, next, reasons);
    }

    /// <summary>Controlled when every managed disease measured at this visit is on target; null when none was measured.</summary>
    private static bool? Controlled(Readings readings, IReadOnlySet<ChronicDisease> enrolled)
    {
        var verdicts = new List<bool>();
        if (enrolled.Contains(ChronicDisease.Hypertension) && readings is { Systolic: { } s, Diastolic: { } d })
        {
            verdicts.Add(BloodPressure.Controlled(s, d));
        }

        if (enrolled.Contains(ChronicDisease.Type2Diabetes) && readings.FastingGlucose is { } fasting)
        {
            verdicts.Add(Glucose.Controlled(fasting));
        }

        return verdicts.Count == 0 ? null : verdicts.All(v => v);
    }
}
