using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Doorstep.Kernel;
using static Doorstep.Employment.Tests.EmploymentDemo;

namespace Doorstep.Employment.Tests;

/// <summary>Training-base applications from a spreadsheet, through the same submission and check as the form, on SQLite and PostgreSQL.</summary>
public sealed class TrainingBaseImportTests
{
    private const string Base = "/api/v1/employment/training-bases";
    private const string Header = "年度,申报单位,统一社会信用代码,单位地址,所在区划,联系人,联系电话,年培训人次,政府补贴性培训人次,累计培养技能人才,合作企业,共同开发培训项目,共建共享实训基地,实训基地说明,毕业生本地就业率（%）,服务产业";
    private const string Partners = "株洲齿轮有限责任公司（大型）、北汽福田汽车股份有限公司株洲分公司（大型）、株洲天元精工汽车零部件有限公司（中型）";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static string Code(int n) => CreditCode.Complete("52", "430211", $"H{n:D7}");

    private static string File => $"""
        {Header}
        2031,导入技师学院,{Code(1)},天元区栗雨街道九郎山,430211002002,龙建华,13907336600,1500,800,5000,{Partners},新能源汽车装调与检测、汽车零部件数控加工,是,与株洲齿轮共建实训中心,76,新能源汽车
        2031,导入培训学校,{Code(2)},天元区嵩山街道,430211001001,何丽,13975306605,980,500,3100,{Partners},家政服务员、养老护理员,是,共建家政实训室,84,智能制造
        2031,补贴过多学校,{Code(3)},天元区嵩山街道,430211001001,何丽,13975306606,1200,1300,3100,{Partners},家政服务员、养老护理员,是,共建家政实训室,84,智能制造
        2099,没有年度学校,{Code(4)},天元区嵩山街道,430211001001,何丽,13975306607,1200,600,3100,{Partners},家政服务员、养老护理员,是,共建家政实训室,84,智能制造
        """;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Applications_are_imported_through_the_check_bad_rows_are_reported_by_number_and_all_or_nothing_writes_none(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var officer = await app.ClientForAsync("officer");
        var call = await Json(await officer.PostAsJsonAsync($"{Base}/calls", new
        {
            year = 2031, regionCode = "430211000000", opensOn = Today.AddDays(-1), closesOn = Today.AddDays(30), quota = 3, subsidyYuan = 300_000,
        }, Ct), HttpStatusCode.Created);
        var callId = call.GetProperty("id").GetGuid();

        var atomic = await ImportAsync(jobs, File, allOrNothing: true);
        atomic.GetProperty("imported").GetInt32().ShouldBe(0);
        atomic.GetProperty("rejected").GetInt32().ShouldBe(2);
        (await officer.GetFromJsonAsync<JsonElement>($"{Base}/calls/{callId}", Ct)).GetProperty("applications").GetInt32().ShouldBe(0);

        var report = await ImportAsync(jobs, File, allOrNothing: false);
        report.GetProperty("total").GetInt32().ShouldBe(4);
        report.GetProperty("imported").GetInt32().ShouldBe(2);
        var errors = report.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString()!)).ToList();
        errors.ShouldContain(e => e.Row == 4 && e.Column == "政府补贴性培训人次" && e.Message.Contains("不能多于年培训人次"));
        errors.ShouldContain(e => e.Row == 5 && e.Column == "年度" && e.Message.Contains("没有2099年度"));
        errors.Select(e => e.Row).Distinct().ShouldBe([4, 5], ignoreOrder: true);

        var items = (await jobs.GetFromJsonAsync<JsonElement>($"{Base}/applications?callId={callId}&sort=name", Ct)).GetProperty("items").EnumerateArray().ToList();
        var good = items.Single(a => a.GetProperty("institutionName").GetString() == "导入技师学院");
        good.GetProperty("status").GetString().ShouldBe("review");
        good.GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("size").GetString()).ShouldBe(["large", "large", "medium"]);
        good.GetProperty("contactPhone").GetString()!.ShouldNotContain("13907336600");
        var weak = items.Single(a => a.GetProperty("institutionName").GetString() == "导入培训学校");
        weak.GetProperty("status").GetString().ShouldBe("ineligible");
        weak.GetProperty("criteria").EnumerateArray().Where(c => !c.GetProperty("met").GetBoolean()).Select(c => c.GetProperty("message").GetString())
            .ShouldBe(["年培训 980 人次，少于 1000 人次"]);

        var again = await ImportAsync(jobs, File, allOrNothing: false);
        again.GetProperty("imported").GetInt32().ShouldBe(0);
        again.GetProperty("errors").EnumerateArray().ShouldContain(e => e.GetProperty("row").GetInt32() == 2 && e.GetProperty("message").GetString()!.Contains("每年只能申报一次"));
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, string csv, bool allOrNothing)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var content = new MultipartFormDataContent { { file, "file", "rows.csv" }, { new StringContent(allOrNothing ? "true" : "false"), "allOrNothing" } };
        return await Json(await client.PostAsync("/api/v1/employment/training-base-applications/import", content, Ct), HttpStatusCode.OK);
    }
}
