using Doorstep.Employment.Vacancies;

namespace Doorstep.Employment.Tests;

/// <summary>The discrimination check phrase by phrase, and the phrases that must pass.</summary>
public sealed class DiscriminationCheckTests
{
    [Theory]
    [InlineData("限男性，18-45岁", "sex", "限男性")]
    [InlineData("普工（限男）", "sex", "限男")]
    [InlineData("只招女工，手脚麻利", "sex", "只招女工")]
    [InlineData("男性优先，能吃苦耐劳", "sex", "男性优先")]
    [InlineData("女士优先", "sex", "女士优先")]
    [InlineData("仅限女性", "sex", "仅限女性")]
    [InlineData("性别：男，身体健康", "sex", "性别:男")]
    [InlineData("要求女性，形象好", "sex", "要求女性")]
    [InlineData("限汉族", "ethnicity", "限汉族")]
    [InlineData("汉族优先", "ethnicity", "汉族优先")]
    [InlineData("少数民族勿扰", "ethnicity", "少数民族勿扰")]
    [InlineData("限本地户口", "origin", "限本地户口")]
    [InlineData("本地人优先", "origin", "本地人优先")]
    [InlineData("外地人勿扰", "origin", "外地人勿扰")]
    [InlineData("河南籍免谈", "origin", "河南籍免谈")]
    [InlineData("要求本市户籍", "origin", "要求本市户籍")]
    [InlineData("不招新疆人", "origin", "不招新疆人")]
    [InlineData("无宗教信仰", "religion", "无宗教信仰")]
    [InlineData("限基督徒", "religion", "限基督徒")]
    [InlineData("已婚已育，有责任心", "marriage", "已婚已育")]
    [InlineData("要求未婚", "marriage", "未婚")]
    [InlineData("三年内不生育", "marriage", "三年内不生育")]
    [InlineData("近两年无生育计划", "marriage", "近两年无生育")]
    [InlineData("乙肝携带者勿扰", "hepatitis-b", "乙肝携带者勿扰")]
    [InlineData("入职体检需查两对半", "hepatitis-b", "两对半")]
    [InlineData("HBsAg阴性", "hepatitis-b", "HBSAG阴性")]
    [InlineData("ＨＢｓＡｇ 阴性", "hepatitis-b", "HBSAG阴性")]
    [InlineData("大三阳勿扰", "hepatitis-b", "大三阳")]
    public void A_discriminatory_requirement_is_found_with_its_words(string text, string flag, string phrase)
    {
        var findings = DiscriminationCheck.Scan(text);

        findings.ShouldContain(new DiscriminationFinding(flag, phrase));
    }

    [Theory]
    [InlineData("男女不限，18-50岁")]
    [InlineData("性别不限，有无经验均可")]
    [InlineData("不限性别")]
    [InlineData("要求男女不限")]
    [InlineData("性别：男女不限")]
    [InlineData("负责乙肝疫苗接种登记")]
    [InlineData("协助乙型肝炎疫苗接种")]
    [InlineData("入职体检不查乙肝")]
    [InlineData("提供单身宿舍，五险一金含生育保险")]
    [InlineData("少数民族优先")]
    [InlineData("户籍不限，外地员工提供住宿")]
    [InlineData("中介勿扰")]
    [InlineData("清真餐厅后厨帮工")]
    [InlineData("女装店营业员，要求女装销售经验")]
    [InlineData("男女卫生间分设，无障碍通道")]
    [InlineData("婚否不限，尊重宗教信仰")]
    [InlineData("民族不限")]
    [InlineData("能熟练使用电焊机，持特种作业操作证")]
    public void A_phrase_that_bars_no_one_passes(string text)
    {
        DiscriminationCheck.Scan(text).ShouldBeEmpty();
    }

    [Fact]
    public void Title_requirements_and_skills_are_read_together_and_each_finding_is_listed_once()
    {
        var findings = DiscriminationCheck.Scan("保洁员（限女）", "限女，已婚已育，限女", null, "", "乙肝者勿扰");

        findings.Select(f => f.Flag).ShouldBe(["sex", "marriage", "hepatitis-b"]);
        findings.Count(f => f.Flag == "sex").ShouldBe(1);
    }

    [Fact]
    public void A_neutral_phrase_does_not_glue_two_texts_into_a_finding()
    {
        // "限" at the end of one text and "男性" at the start of the next are not "限男性".
        DiscriminationCheck.Scan("年龄不限", "男性女性均可").ShouldBeEmpty();
    }
}
