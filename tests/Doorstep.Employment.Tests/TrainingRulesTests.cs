using Doorstep.Employment.Training;
using Doorstep.Platform.Validation;

namespace Doorstep.Employment.Tests;

/// <summary>The trainee's steps at their boundaries: the last place, completion on the course's last day, certificate levels five to one, nothing dated before completion or after today, and no step twice or backwards.</summary>
public sealed class TrainingRulesTests
{
    private static readonly DateOnly Today = new(2024, 6, 20);
    private static readonly DateOnly Ends = new(2024, 6, 10);

    [Theory]
    [InlineData(0, 1, true)]
    [InlineData(29, 30, true)]
    [InlineData(30, 30, false)]
    [InlineData(31, 30, false)]
    public void A_place_is_left_until_the_capacity_is_reached(int enrolled, int capacity, bool allowed)
    {
        var refusal = TrainingRules.Capacity(enrolled, capacity);

        (refusal is null).ShouldBe(allowed);
        if (!allowed)
        {
            refusal!.ShouldContain($"计划招收{capacity}人");
            refusal!.ShouldContain("名额已满");
        }
    }

    [Theory]
    [InlineData(-1, "completedOn", "早于培训班结束日期")]
    [InlineData(0, null, null)]
    [InlineData(10, null, null)]
    [InlineData(11, "completedOn", "晚于今天")]
    public void Completion_is_from_the_courses_last_day_to_today(int daysAfterEnd, string? field, string? message)
    {
        var errors = new FieldErrors();
        TrainingRules.Completion(errors, EnrolmentStatus.Enrolled, Ends.AddDays(daysAfterEnd), Ends, Today);

        if (field is null)
        {
            errors.IsEmpty.ShouldBeTrue(errors.ToString());
        }
        else
        {
            errors.For(field)!.ShouldContain(message!);
        }
    }

    [Theory]
    [InlineData(EnrolmentStatus.Completed, "不能重复登记")]
    [InlineData(EnrolmentStatus.Withdrawn, "已退学")]
    public void Completion_happens_once_and_never_after_withdrawal(EnrolmentStatus status, string message)
    {
        var errors = new FieldErrors();
        TrainingRules.Completion(errors, status, Ends, Ends, Today);

        errors.For("status")!.ShouldContain(message);
    }

    [Fact]
    public void Completion_needs_a_date()
    {
        var errors = new FieldErrors();
        TrainingRules.Completion(errors, EnrolmentStatus.Enrolled, null, Ends, Today);

        errors.For("completedOn").ShouldBe("请填写结业日期");
    }

    [Theory]
    [InlineData(CertificateKind.SkillLevel, 5, null)]
    [InlineData(CertificateKind.SkillLevel, 1, null)]
    [InlineData(CertificateKind.SkillLevel, 0, "certificateLevel")]
    [InlineData(CertificateKind.SkillLevel, 6, "certificateLevel")]
    [InlineData(CertificateKind.SkillLevel, null, "certificateLevel")]
    [InlineData(CertificateKind.SpecialAbility, null, null)]
    [InlineData(CertificateKind.SpecialAbility, 3, "certificateLevel")]
    public void A_skill_level_certificate_has_a_level_five_to_one_and_a_special_ability_one_none(CertificateKind kind, int? level, string? field)
    {
        var errors = new FieldErrors();
        TrainingRules.Certificate(errors, EnrolmentStatus.Completed, Ends, false, kind, level, "S202406100001", Ends, Today);

        if (field is null)
        {
            errors.IsEmpty.ShouldBeTrue(errors.ToString());
        }
        else
        {
            errors.For(field).ShouldNotBeNull();
        }
    }

    [Theory]
    [InlineData(EnrolmentStatus.Enrolled, false, "尚未结业")]
    [InlineData(EnrolmentStatus.Withdrawn, false, "已退学")]
    [InlineData(EnrolmentStatus.Completed, true, "不能重复登记")]
    public void A_certificate_follows_completion_once(EnrolmentStatus status, bool certified, string message)
    {
        var errors = new FieldErrors();
        TrainingRules.Certificate(errors, status, status == EnrolmentStatus.Completed ? Ends : null, certified, CertificateKind.SkillLevel, 4, "S1", Today, Today);

        errors.For("status")!.ShouldContain(message);
    }

    [Theory]
    [InlineData(-1, "早于结业日期")]
    [InlineData(0, null)]
    [InlineData(10, null)]
    [InlineData(11, "晚于今天")]
    public void A_certificate_and_a_job_are_dated_from_completion_to_today(int daysAfterCompletion, string? message)
    {
        var certificate = new FieldErrors();
        TrainingRules.Certificate(certificate, EnrolmentStatus.Completed, Ends, false, CertificateKind.SpecialAbility, null, "Z1", Ends.AddDays(daysAfterCompletion), Today);
        var job = new FieldErrors();
        TrainingRules.Employment(job, EnrolmentStatus.Completed, Ends, false, Ends.AddDays(daysAfterCompletion), "株洲好月嫂家政服务有限公司", Today);

        if (message is null)
        {
            certificate.IsEmpty.ShouldBeTrue(certificate.ToString());
            job.IsEmpty.ShouldBeTrue(job.ToString());
        }
        else
        {
            certificate.For("certifiedOn")!.ShouldContain(message);
            job.For("employedOn")!.ShouldContain(message);
        }
    }

    [Fact]
    public void A_certificate_needs_its_kind_and_number_and_a_job_its_employer()
    {
        var certificate = new FieldErrors();
        TrainingRules.Certificate(certificate, EnrolmentStatus.Completed, Ends, false, null, null, " ", Ends, Today);
        var job = new FieldErrors();
        TrainingRules.Employment(job, EnrolmentStatus.Completed, Ends, false, Ends, "", Today);

        certificate.For("certificateKind")!.ShouldContain("skill-level");
        certificate.For("certificateNumber").ShouldBe("请填写证书编号");
        job.For("employerName").ShouldBe("请填写就业单位名称");
    }

    [Theory]
    [InlineData(EnrolmentStatus.Enrolled, false, "尚未结业")]
    [InlineData(EnrolmentStatus.Withdrawn, false, "已退学")]
    [InlineData(EnrolmentStatus.Completed, true, "不能重复登记")]
    public void Employment_after_training_follows_completion_once(EnrolmentStatus status, bool employed, string message)
    {
        var errors = new FieldErrors();
        TrainingRules.Employment(errors, status, status == EnrolmentStatus.Completed ? Ends : null, employed, Today, "某公司", Today);

        errors.For("status")!.ShouldContain(message);
    }

    [Theory]
    [InlineData(EnrolmentStatus.Enrolled, "身体原因", null)]
    [InlineData(EnrolmentStatus.Enrolled, null, "note")]
    [InlineData(EnrolmentStatus.Completed, "身体原因", "status")]
    [InlineData(EnrolmentStatus.Withdrawn, "身体原因", "status")]
    public void Only_a_trainee_in_training_withdraws_and_says_why(EnrolmentStatus status, string? reason, string? field)
    {
        var errors = new FieldErrors();
        TrainingRules.Withdrawal(errors, status, reason);

        if (field is null)
        {
            errors.IsEmpty.ShouldBeTrue();
        }
        else
        {
            errors.For(field).ShouldNotBeNull();
        }
    }
}
