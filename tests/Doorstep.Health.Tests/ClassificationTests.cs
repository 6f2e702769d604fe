using Doorstep.Health.Visits;

namespace Doorstep.Health.Tests;

/// <summary>domain-rules.md, "Blood pressure", "Glucose" and "Chronic disease management", at and around every threshold.</summary>
public class ClassificationTests
{
    private static readonly DateOnly Day = new(2024, 3, 1);
    private static readonly HashSet<ChronicDisease> Hypertensive = [ChronicDisease.Hypertension];
    private static readonly HashSet<ChronicDisease> Diabetic = [ChronicDisease.Type2Diabetes];
    private static readonly HashSet<ChronicDisease> NotEnrolled = [];

    [Theory]
    [InlineData(119, 79, BpClass.Normal)]
    [InlineData(120, 79, BpClass.HighNormal)]
    [InlineData(119, 80, BpClass.HighNormal)]
    [InlineData(139, 89, BpClass.HighNormal)]
    [InlineData(140, 90, BpClass.Grade1)]
    [InlineData(139, 90, BpClass.Grade1)]
    [InlineData(159, 99, BpClass.Grade1)]
    [InlineData(160, 99, BpClass.Grade2)]
    [InlineData(150, 100, BpClass.Grade2)]
    [InlineData(179, 109, BpClass.Grade2)]
    [InlineData(180, 109, BpClass.Grade3)]
    [InlineData(170, 110, BpClass.Grade3)]
    [InlineData(130, 115, BpClass.Grade3)]
    [InlineData(140, 89, BpClass.IsolatedSystolic)]
    [InlineData(165, 85, BpClass.IsolatedSystolic)]
    [InlineData(139, 70, BpClass.HighNormal)]
    public void Blood_pressure_takes_the_higher_grade_and_names_isolated_systolic(int sbp, int dbp, BpClass expected)
    {
        BloodPressure.Classify(sbp, dbp).ShouldBe(expected);
    }

    [Theory]
    [InlineData(179, 109, false)]
    [InlineData(180, 80, true)]
    [InlineData(150, 110, true)]
    public void Urgent_blood_pressure_is_180_or_110(int sbp, int dbp, bool urgent)
    {
        BloodPressure.Urgent(sbp, dbp).ShouldBe(urgent);
    }

    [Theory]
    [InlineData(400, 90, "超出合理范围")]
    [InlineData(49, 30, "超出合理范围")]
    [InlineData(120, 201, "超出合理范围")]
    [InlineData(90, 120, "应高于舒张压")]
    [InlineData(90, 90, "应高于舒张压")]
    public void Impossible_readings_are_named(int sbp, int dbp, string reason)
    {
        BloodPressure.Implausible(sbp, dbp).ShouldNotBeNull().ShouldContain(reason);
    }

    [Theory]
    [InlineData("16.6", false)]
    [InlineData("16.7", true)]
    [InlineData("3.9", true)]
    [InlineData("4.0", false)]
    public void Urgent_glucose_is_16_7_or_3_9(string value, bool urgent)
    {
        Glucose.Urgent(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(urgent);
    }

    [Fact]
    public void A_controlled_patient_is_seen_again_a_quarter_later()
    {
        var a = FollowUpRules.Assess(new(132, 84, null, null, []), Day, Hypertensive, previousControlled: true);

        a.Controlled.ShouldBe(true);
        a.UrgentReferral.ShouldBeFalse();
        a.NextFollowUp.ShouldBe(new DateOnly(2024, 6, 1));
    }

    [Fact]
    public void A_first_uncontrolled_visit_brings_the_next_within_two_weeks_without_referral()
    {
        var a = FollowUpRules.Assess(new(140, 84, null, null, []), Day, Hypertensive, previousControlled: true);

        a.Controlled.ShouldBe(false);
        a.ReferForUncontrolled.ShouldBeFalse();
        a.NextFollowUp.ShouldBe(Day.AddDays(14));
    }

    [Fact]
    public void Two_uncontrolled_visits_in_a_row_refer()
    {
        var a = FollowUpRules.Assess(new(150, 95, null, null, []), Day, Hypertensive, previousControlled: false);

        a.ReferForUncontrolled.ShouldBeTrue();
        a.Reasons.ShouldContain("连续两次随访控制不满意，需转诊");
        a.NextFollowUp.ShouldBe(Day.AddDays(14));
    }

    [Theory]
    [InlineData(180, 100, true)]
    [InlineData(170, 110, true)]
    [InlineData(179, 109, false)]
    public void Urgent_pressure_refers_at_once(int sbp, int dbp, bool urgent)
    {
        FollowUpRules.Assess(new(sbp, dbp, null, null, []), Day, Hypertensive, previousControlled: true).UrgentReferral.ShouldBe(urgent);
    }

    [Theory]
    [InlineData("chest-pain")]
    [InlineData("剧烈头痛")]
    [InlineData("PREGNANCY")]
    public void Urgent_symptoms_refer_at_once_whatever_the_reading(string symptom)
    {
        var a = FollowUpRules.Assess(new(128, 78, null, null, [symptom]), Day, Hypertensive, previousControlled: true);

        a.UrgentReferral.ShouldBeTrue();
        a.NextFollowUp.ShouldBe(Day.AddDays(14));
    }

    [Fact]
    public void An_ordinary_symptom_does_not_refer()
    {
        FollowUpRules.Assess(new(128, 78, null, null, ["头晕"]), Day, Hypertensive, true).UrgentReferral.ShouldBeFalse();
    }

    [Theory]
    [InlineData("6.9", true)]
    [InlineData("7.0", false)]
    public void A_diabetic_is_controlled_below_fasting_7(string fasting, bool controlled)
    {
        var a = FollowUpRules.Assess(new(null, null, decimal.Parse(fasting, System.Globalization.CultureInfo.InvariantCulture), null, []), Day, Diabetic, null);

        a.Controlled.ShouldBe(controlled);
        a.BpClass.ShouldBeNull();
    }

    [Fact]
    public void Low_glucose_refers_at_once()
    {
        FollowUpRules.Assess(new(null, null, 3.8m, null, []), Day, Diabetic, true).UrgentReferral.ShouldBeTrue();
    }

    [Fact]
    public void Both_diseases_must_be_on_target_to_be_controlled()
    {
        var both = new HashSet<ChronicDisease> { ChronicDisease.Hypertension, ChronicDisease.Type2Diabetes };
        FollowUpRules.Assess(new(128, 78, 7.4m, null, []), Day, both, true).Controlled.ShouldBe(false);
        FollowUpRules.Assess(new(128, 78, 6.2m, null, []), Day, both, true).Controlled.ShouldBe(true);
    }

    [Theory]
    [InlineData(142, 80, null, null, true)]
    [InlineData(138, 88, null, null, false)]
    [InlineData(120, 75, "7.1", null, true)]
    [InlineData(120, 75, null, "11.1", true)]
    [InlineData(120, 75, null, "11.0", false)]
    public void A_raised_reading_from_someone_not_enrolled_is_flagged_for_diagnosis(int sbp, int dbp, string? fasting, string? random, bool flagged)
    {
        static decimal? D(string? v) => v is null ? null : decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture);

        var a = FollowUpRules.Assess(new(sbp, dbp, D(fasting), D(random), []), Day, NotEnrolled, null);

        a.NeedsDiagnosis.ShouldBe(flagged);
        a.Controlled.ShouldBeNull();
        a.NextFollowUp.ShouldBe(flagged ? Day.AddDays(14) : null);
    }
}
