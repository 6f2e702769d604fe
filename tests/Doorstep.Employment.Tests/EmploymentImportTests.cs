using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Doorstep.Employment.Imports;
using Doorstep.Kernel;
using Doorstep.Platform.Imports;
using static Doorstep.Employment.Tests.EmploymentDemo;

namespace Doorstep.Employment.Tests;

/// <summary>Seekers and vacancies from a spreadsheet: good rows in through the services, each bad row reported by number, column and reason, or nothing at all.</summary>
public sealed class EmploymentImportTests
{
    private const string Grid = "430211001001001";
    private const string SeekerHeader = "身份证号码,姓名,求职意向,期望工资,计薪,最远通勤（米）,用工形式,学历,重点群体,同意上求职墙";
    private const string VacancyHeader = "岗位名称,用人单位,职业,招聘人数,最低工资,最高工资,计薪,用工形式,任职要求,适合残疾类别";

    private static readonly string ChenId = CitizenId.Create("430211", new DateOnly(1983, 5, 2), 41);
    private static readonly string ZhouId = CitizenId.Create("430211", new DateOnly(1999, 8, 9), 42);
    private static readonly string NobodyId = CitizenId.Create("430211", new DateOnly(1975, 1, 1), 43);

    private static string Seekers => $"""
        {SeekerHeader}
        {ChenId},陈志强,保安员、4-02-06-02,3800,月,8000,全职,高中,就业困难人员,是
        {ZhouId},周敏,餐厅服务员,150,天,,兼职、零工,大专,高校毕业生,否
        {ZhouId},周敏,餐厅服务员,150,天,,,,,
        {NobodyId},,保安员,3000,,,,,,
        {ChenId},陈志勇,保安员,3000,,,,,,
        {ZhouId},,宇航员,3000,,200,,,,
        """;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_seekers_file_records_its_good_rows_and_reports_each_bad_one_and_all_or_nothing_writes_none(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        await SeekerTests.PersonAsync(jobs, "陈志强", ChenId, Grid, 113.098, 27.838);
        await SeekerTests.PersonAsync(jobs, "周敏", ZhouId, Grid, 113.099, 27.837);

        var atomic = await ImportAsync(jobs, "seekers", Seekers, allOrNothing: true);
        atomic.GetProperty("imported").GetInt32().ShouldBe(0);
        atomic.GetProperty("rejected").GetInt32().ShouldBe(4);
        (await TotalAsync(jobs, "seekers")).ShouldBe(0);

        var report = await ImportAsync(jobs, "seekers", Seekers, allOrNothing: false);
        report.GetProperty("total").GetInt32().ShouldBe(6);
        report.GetProperty("imported").GetInt32().ShouldBe(2);
        report.GetProperty("rejected").GetInt32().ShouldBe(4);
        var errors = Errors(report);
        errors.ShouldContain(e => e.Row == 4 && e.Column == "身份证号码" && e.Message.Contains("已登记为求职者"));
        errors.ShouldContain(e => e.Row == 5 && e.Column == "身份证号码" && e.Message.Contains("居民档案中没有这个人"));
        errors.ShouldContain(e => e.Row == 6 && e.Column == "姓名" && e.Message.Contains("陈志勇"));
        errors.ShouldContain(e => e.Row == 7 && e.Column == "求职意向" && e.Message.Contains("宇航员"));
        errors.ShouldContain(e => e.Row == 7 && e.Column == "最远通勤（米）");

        var chen = (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/seekers?q=陈志强", Ct)).GetProperty("items")[0];
        chen.GetProperty("desiredOccupations").EnumerateArray().Select(o => o.GetString()).ShouldBe(["4-07-05-01", "4-02-06-02"]);
        chen.GetProperty("education").GetString().ShouldBe("senior");
        chen.GetProperty("maxCommuteMeters").GetInt32().ShouldBe(8000);
        chen.GetProperty("targetGroups").EnumerateArray().Select(g => g.GetString()).ShouldBe(["employment-difficulty"]);
        chen.GetProperty("publicWallConsent").GetBoolean().ShouldBeTrue();
        var zhou = (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/seekers?q=周敏", Ct)).GetProperty("items")[0];
        zhou.GetProperty("wageUnit").GetString().ShouldBe("day");
        zhou.GetProperty("schedules").EnumerateArray().Select(s => s.GetString()).ShouldBe(["part-time", "gig"]);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_vacancies_file_goes_through_the_discrimination_check_and_all_or_nothing_writes_none(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");
        var before = await TotalAsync(jobs, "vacancies");
        var file = $"""
            {VacancyHeader}
            早班服务员,嵩山街道湘厨酒家,餐厅服务员,2,3300,4000,月,全职,男女不限,听力、言语
            后厨学徒,嵩山街道湘厨酒家,4-03-02-05,1,3000,3500,,,限男性，未婚,
            仓库文员,不存在的公司,仓库管理员,1,4000,5000,,,,
            夜班保安,嵩山街道湘厨酒家,保安员,1,5000,3000,,,,
            """;

        var atomic = await ImportAsync(jobs, "vacancies", file, allOrNothing: true);
        atomic.GetProperty("imported").GetInt32().ShouldBe(0);
        (await TotalAsync(jobs, "vacancies")).ShouldBe(before);

        var report = await ImportAsync(jobs, "vacancies", file, allOrNothing: false);
        report.GetProperty("imported").GetInt32().ShouldBe(2);
        report.GetProperty("rejected").GetInt32().ShouldBe(2);
        var errors = Errors(report);
        errors.ShouldContain(e => e.Row == 4 && e.Column == "用人单位" && e.Message.Contains("不存在的公司"));
        errors.ShouldContain(e => e.Row == 5 && e.Column == "最高工资" && e.Message.Contains("上下颠倒"));
        (await TotalAsync(jobs, "vacancies")).ShouldBe(before + 2);

        var morning = (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/vacancies?q=早班服务员", Ct)).GetProperty("items")[0];
        morning.GetProperty("status").GetString().ShouldBe("published");
        morning.GetProperty("suitsDisabilities").EnumerateArray().Select(d => d.GetString()).ShouldBe(["hearing", "speech"]);
        var apprentice = (await jobs.GetFromJsonAsync<JsonElement>("/api/v1/employment/vacancies?q=后厨学徒", Ct)).GetProperty("items")[0];
        apprentice.GetProperty("status").GetString().ShouldBe("held");
        apprentice.GetProperty("reviewFlags").EnumerateArray().Select(f => f.GetString()).ShouldBe(["sex", "marriage"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task The_templates_carry_the_columns_and_only_specialists_may_import(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var jobs = await app.ClientForAsync("jobs");

        foreach (var import in EmploymentImports.All)
        {
            (await jobs.GetStringAsync($"/employment/{import.Key}/import", Ct)).ShouldContain($"/api/v1/employment/{import.Key}/import/template?format=xlsx");
            foreach (var format in new[] { "xlsx", "csv" })
            {
                var response = await jobs.GetAsync($"/api/v1/employment/{import.Key}/import/template?format={format}", Ct);
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                var path = Path.Combine(database.DataFolder, $"{import.Key}.{format}");
                await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync(Ct), Ct);
                using var table = TabularFile.Open(path);
                table.Header.ShouldBe(import.Columns);
            }
        }

        var officer = await app.ClientForAsync("officer");
        using var content = Upload(SeekerHeader + "\n", allOrNothing: false);
        (await officer.PostAsync("/api/v1/employment/seekers/import", content, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetStringAsync("/employment/seekers/import", Ct)).ShouldContain("您没有这项导入的权限");
        (await jobs.GetStringAsync("/employment/no-such/import", Ct)).ShouldContain("没有这项导入");
        using var wrong = Upload("姓名\n张三\n", allOrNothing: false);
        Error(await Problem(await jobs.PostAsync("/api/v1/employment/seekers/import", wrong, Ct)), "file").ShouldContain("缺少列");
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, string kind, string csv, bool allOrNothing)
    {
        using var content = Upload(csv, allOrNothing);
        return await Json(await client.PostAsync($"/api/v1/employment/{kind}/import", content, Ct), HttpStatusCode.OK);
    }

    private static MultipartFormDataContent Upload(string csv, bool allOrNothing)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "rows.csv" }, { new StringContent(allOrNothing ? "true" : "false"), "allOrNothing" } };
    }

    private static async Task<int> TotalAsync(HttpClient client, string kind) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/employment/{kind}?pageSize=1", Ct)).GetProperty("total").GetInt32();

    private static List<(int Row, string? Column, string Message)> Errors(JsonElement report) =>
        report.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("message").GetString()!)).ToList();
}
