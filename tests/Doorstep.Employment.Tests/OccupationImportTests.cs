using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static Doorstep.Employment.Tests.EmploymentDemo;

namespace Doorstep.Employment.Tests;

/// <summary>The catalogue from a file: groups before members, each bad row reported by number, column and reason.</summary>
public sealed class OccupationImportTests
{
    private const string File = """
        职业编码,职业名称,上级编码
        4-07,租赁和商务服务人员,4
        4-07-01,租赁业务人员,
        4-07-01-01,租赁业务员,4-07-01
        4-07-05-01,保安员,4-07-05
        9-01,其他人员,
        4-07-02-01,,4-07-02
        4-02-07-08,快递员,4
        4-03-02-05,餐厅服务员,4-02
        """;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_catalogue_file_adds_and_renames_its_good_rows_and_reports_each_bad_one(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");

        var report = await ImportAsync(jobs, File);

        report.GetProperty("total").GetInt32().ShouldBe(8);
        report.GetProperty("imported").GetInt32().ShouldBe(3);
        report.GetProperty("updated").GetInt32().ShouldBe(1);
        report.GetProperty("rejected").GetInt32().ShouldBe(4);
        var errors = report.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString()!)).ToList();
        errors.ShouldContain(e => e.Row == 5 && e.Column == "上级编码" && e.Message.Contains("4-07-05") && e.Message.Contains("不在职业分类中"));
        errors.ShouldContain(e => e.Row == 6 && e.Column == "职业编码" && e.Message.Contains("大类为1～8"));
        errors.ShouldContain(e => e.Row == 7 && e.Column == "职业名称");
        errors.ShouldContain(e => e.Row == 9 && e.Column == "上级编码" && e.Message.Contains("不是“4-03-02-05”的上级"));

        var rental = await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/occupations?q=租赁", Ct);
        rental.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("code").GetString()).ShouldBe(["4-07", "4-07-01", "4-07-01-01"]);
        var member = rental.GetProperty("items")[2];
        member.GetProperty("parentCode").GetString().ShouldBe("4-07-01");
        member.GetProperty("majorGroup").GetInt32().ShouldBe(4);
        (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/occupations?q=4-02-07", Ct)).GetProperty("items").EnumerateArray()
            .Select(o => o.GetProperty("name").GetString()).ShouldBe(["快递员", "快件处理员"]);

        var all = await ImportAsync(jobs, "职业编码,职业名称,上级编码\n4-08,住宿和餐饮服务人员,\n4-08-99-99,不存在的,4-08-99\n", allOrNothing: true);
        all.GetProperty("imported").GetInt32().ShouldBe(0);
        (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/occupations?q=4-08", Ct)).GetProperty("total").GetInt32().ShouldBe(0);

        var officer = await app.ClientForAsync("officer");
        (await officer.PostAsync("/api/v1/employment/occupations/import", Upload(File, false), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync("/api/v1/employment/occupations?q=保安", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, string csv, bool allOrNothing = false) =>
        await Json(await client.PostAsync("/api/v1/employment/occupations/import", Upload(csv, allOrNothing), Ct), HttpStatusCode.OK);

    private static MultipartFormDataContent Upload(string csv, bool allOrNothing)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "occupations.csv" }, { new StringContent(allOrNothing ? "true" : "false"), "allOrNothing" } };
    }
}
