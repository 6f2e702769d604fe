using Doorstep.Care.Disability;
using Doorstep.Kernel;
using Doorstep.Platform.People;
using Doorstep.Platform.Validation;

namespace Doorstep.Care.Tests;

/// <summary>The certificate number, the projects' eligibility, the forward-only workflow and the rate, each at its boundary.</summary>
public sealed class DisabilityRuleTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static readonly string Holder = CitizenId.Create("430211", new DateOnly(1980, 5, 4), 123);

    private static string? Problem(string? number, DisabilityCategory? category = DisabilityCategory.Physical, int? grade = 2) =>
        CertificateNumber.Problem(number, Holder, category, grade, Today);

    [Fact]
    public void The_holders_id_number_then_the_category_and_grade_digits_is_a_valid_number()
    {
        Problem(Holder + "42").ShouldBeNull();
        Problem(" " + Holder.ToLowerInvariant() + "42 ").ShouldBeNull();
        CertificateNumber.CategoryOf(Holder + "42").ShouldBe(DisabilityCategory.Physical);
        CertificateNumber.GradeOf(Holder + "42").ShouldBe(2);
    }

    [Theory]
    [InlineData(null, "请填写残疾人证号")]
    [InlineData("  ", "请填写残疾人证号")]
    [InlineData("4", "残疾人证号应为20位（18位身份证号码+1位残疾类别+1位残疾等级），实际为19位")]
    [InlineData("424", "残疾人证号应为20位（18位身份证号码+1位残疾类别+1位残疾等级），实际为21位")]
    public void A_number_is_exactly_twenty_characters(string? suffix, string reason)
    {
        var number = suffix switch { null => null, "  " => "  ", _ => Holder + suffix };
        Problem(number).ShouldBe(reason);
    }

    [Fact]
    public void The_first_eighteen_must_be_a_valid_id_number()
    {
        var wrongCheck = Holder[..17] + (Holder[17] == '0' ? '1' : '0');
        Problem(wrongCheck + "42").ShouldStartWith("残疾人证号前18位不是有效的身份证号码：身份证号码校验位应为");
        Problem("43021119800504A23X42").ShouldBe("残疾人证号前18位不是有效的身份证号码：身份证号码第15位“A”无效：前17位应为数字");
    }

    [Fact]
    public void The_first_eighteen_must_be_the_holders_id_number()
    {
        var someoneElse = CitizenId.Create("430211", new DateOnly(1980, 5, 4), 125);
        Problem(someoneElse + "42").ShouldBe("残疾人证号前18位与持证人的身份证号码不一致");
        CertificateNumber.Problem(someoneElse + "42", null, null, null, Today).ShouldBeNull();
    }

    [Theory]
    [InlineData('0', false)]
    [InlineData('1', true)]
    [InlineData('7', true)]
    [InlineData('8', false)]
    [InlineData('X', false)]
    public void The_category_digit_is_one_to_seven(char digit, bool valid)
    {
        var problem = CertificateNumber.Problem(Holder + digit + "2", Holder, null, null, Today);
        (problem is null).ShouldBe(valid);
        if (!valid)
        {
            problem.ShouldBe($"残疾人证号第19位是残疾类别，应为1～7，实际为“{digit}”");
        }
    }

    [Theory]
    [InlineData('0', false)]
    [InlineData('1', true)]
    [InlineData('4', true)]
    [InlineData('5', false)]
    public void The_grade_digit_is_one_to_four(char digit, bool valid)
    {
        var problem = CertificateNumber.Problem(Holder + "4" + digit, Holder, null, null, Today);
        (problem is null).ShouldBe(valid);
        if (!valid)
        {
            problem.ShouldBe($"残疾人证号第20位是残疾等级，应为1～4，实际为“{digit}”");
        }
    }

    [Fact]
    public void The_digits_must_match_the_category_and_grade_given()
    {
        Problem(Holder + "12").ShouldBe("残疾人证号第19位为1（视力残疾），与所填残疾类别“肢体残疾”不一致");
        Problem(Holder + "43").ShouldBe("残疾人证号第20位为3（三级），与所填残疾等级“二级”不一致");
        Problem(Holder + "77", DisabilityCategory.Multiple, 4).ShouldBe("残疾人证号第20位是残疾等级，应为1～4，实际为“7”");
    }

    [Fact]
    public void A_number_is_masked_like_an_id_number() =>
        CertificateNumber.Mask(Holder + "42").ShouldBe(Holder[..4] + new string('*', 12) + Holder[16..] + "42");

    [Theory]
    [InlineData(17, 18, true)]
    [InlineData(18, 18, false)]
    [InlineData(6, 7, true)]
    [InlineData(7, 7, false)]
    public void Child_rehabilitation_is_for_children_under_the_limit_on_the_day_of_application(int age, int limit, bool eligible)
    {
        var problem = ServiceRules.ChildProblem(age, limit);
        (problem is null).ShouldBe(eligible);
        if (!eligible)
        {
            problem.ShouldBe($"儿童康复救助只面向申请时未满{limit}周岁的儿童，持证人申请时已{age}周岁");
        }
    }

    [Theory]
    [InlineData(true, HardshipStatus.None, true)]
    [InlineData(false, HardshipStatus.SubsistenceAllowance, true)]
    [InlineData(false, HardshipStatus.ExtremePoverty, true)]
    [InlineData(false, HardshipStatus.LowIncome, true)]
    [InlineData(false, HardshipStatus.ElderlyAlone, false)]
    [InlineData(false, HardshipStatus.None, false)]
    public void A_retrofit_is_for_a_needy_household_or_a_poor_one_by_the_registry(bool needyHousehold, HardshipStatus hardship, bool eligible) =>
        (ServiceRules.RetrofitProblem(needyHousehold, hardship) is null).ShouldBe(eligible);

    [Theory]
    [InlineData("2026-01-01", null)]
    [InlineData("2025-12-31", "申请日期早于残疾人证发证日期（2026-01-01）")]
    [InlineData("2030-12-31", null)]
    [InlineData("2031-01-01", "残疾人证已于2030-12-31过期，请先换领新证")]
    public void A_record_needs_a_certificate_valid_on_the_day_of_application(string appliedOn, string? reason) =>
        ServiceRules.CertificateProblem(new DateOnly(2026, 1, 1), new DateOnly(2030, 12, 31), DateOnly.Parse(appliedOn, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(reason);

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, "申请日期不能晚于今天")]
    public void An_application_is_not_dated_in_the_future(int daysAhead, string? reason) =>
        ServiceRules.AppliedOnProblem(Today.AddDays(daysAhead), Today).ShouldBe(reason);

    [Theory]
    [InlineData(ServiceStatus.Applied, true, null)]
    [InlineData(ServiceStatus.Approved, true, "该记录已批准，不能再批准")]
    [InlineData(ServiceStatus.Approved, false, "该记录已批准，不能再驳回")]
    [InlineData(ServiceStatus.Rejected, true, "该记录已驳回，不能再批准")]
    [InlineData(ServiceStatus.Delivered, false, "该记录已落实，不能再驳回")]
    public void Only_an_application_is_decided(ServiceStatus current, bool approve, string? reason)
    {
        var errors = new FieldErrors();
        ServiceRules.Decide(current, approve, Today, "名额已满", Today.AddDays(-3), Today, errors);
        errors.For("status").ShouldBe(reason);
    }

    [Fact]
    public void A_rejection_says_why_and_a_decision_falls_between_the_application_and_today()
    {
        var errors = new FieldErrors();
        ServiceRules.Decide(ServiceStatus.Applied, false, Today.AddDays(-4), " ", Today.AddDays(-3), Today, errors);
        errors.For("reason").ShouldBe("驳回须写明原因");
        errors.For("decidedOn").ShouldBe("驳回日期不能早于申请日期（2026-06-12）");

        var late = new FieldErrors();
        ServiceRules.Decide(ServiceStatus.Applied, true, Today.AddDays(1), null, Today.AddDays(-3), Today, late);
        late.For("decidedOn").ShouldBe("批准日期不能晚于今天");
        late.For("reason").ShouldBeNull();

        var onTheDay = new FieldErrors();
        ServiceRules.Decide(ServiceStatus.Applied, true, Today.AddDays(-3), null, Today.AddDays(-3), Today, onTheDay);
        onTheDay.IsEmpty.ShouldBeTrue();
    }

    [Theory]
    [InlineData(ServiceStatus.Applied, "该申请尚未批准，批准后才能落实")]
    [InlineData(ServiceStatus.Rejected, "该记录已驳回，不能再落实")]
    [InlineData(ServiceStatus.Delivered, "该记录已落实，不能再落实")]
    [InlineData(ServiceStatus.Approved, null)]
    public void Only_an_approved_application_is_delivered(ServiceStatus current, string? reason)
    {
        var errors = new FieldErrors();
        ServiceRules.Deliver(current, Today, "轮椅1台", null, Today.AddDays(-1), Today, errors);
        errors.For("status").ShouldBe(reason);
    }

    [Theory]
    [InlineData(-1, "落实日期不能早于批准日期（2026-06-14）")]
    [InlineData(0, null)]
    [InlineData(1, null)]
    [InlineData(2, "落实日期不能晚于今天")]
    public void A_delivery_falls_between_the_approval_and_today(int daysAfterApproval, string? reason)
    {
        var errors = new FieldErrors();
        ServiceRules.Deliver(ServiceStatus.Approved, Today.AddDays(-1 + daysAfterApproval), "轮椅1台", 1200, Today.AddDays(-1), Today, errors);
        errors.For("deliveredOn").ShouldBe(reason);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("0", true)]
    [InlineData("1000000", true)]
    [InlineData("1000000.01", false)]
    [InlineData("-0.01", false)]
    [InlineData("12.345", false)]
    public void A_delivery_says_what_and_its_amount_is_optional(string? amount, bool valid)
    {
        var errors = new FieldErrors();
        ServiceRules.Deliver(ServiceStatus.Approved, Today, "轮椅1台", amount is null ? null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Today, Today, errors);
        (errors.For("amount") is null).ShouldBe(valid);

        var nothing = new FieldErrors();
        ServiceRules.Deliver(ServiceStatus.Approved, Today, " ", null, Today, Today, nothing);
        nothing.For("delivered").ShouldBe("请填写落实内容");
    }

    [Theory]
    [InlineData(0, null, null)]
    [InlineData(3, 0, null)]
    [InlineData(0, 40, 0.0)]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(45, 40, 112.5)]
    public void Delivered_against_target_in_per_cent(int delivered, int? target, double? rate) =>
        TargetService.Rate(delivered, target).ShouldBe(rate is null ? null : (decimal)rate.Value);
}
