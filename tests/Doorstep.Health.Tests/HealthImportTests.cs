using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Doorstep.Kernel;
using Doorstep.Platform.Demo;

namespace Doorstep.Health.Tests;

/// <summary>Contracts and visits from a spreadsheet: good rows in, each bad row reported by number, column and reason.</summary>
public sealed class HealthImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_contracts_file_imports_its_good_rows_and_reports_each_bad_one(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var doctor = await app.ClientForAsync("doctor");
        var elder = CitizenId.Create("430211", new DateOnly(1950, 1, 5), 11);
        var young = CitizenId.Create("430211", new DateOnly(1990, 6, 5), 12);
        var stranger = CitizenId.Create("430211", new DateOnly(1960, 6, 5), 13);
        await Register(app, "贺国庆", elder);
        await Register(app, "贺小兰", young);
        var badCheck = elder[..17] + (elder[17] == '1' ? '2' : '1');

        var csv = $"""
            身份证号码,签约团队,服务包,签约日期,重点人群
            {elder},嵩山街道家庭医生一团队,基础服务包、老年人健康管理包,{Today},计划生育特殊家庭
            {badCheck},嵩山街道家庭医生一团队,basic,{Today},
            {stranger},嵩山街道家庭医生一团队,basic,{Today},
            {young},不存在的团队,basic,{Today},
            {young},嵩山街道家庭医生一团队,老年人健康管理包,2024/13/40,
            {elder},嵩山街道家庭医生一团队,basic,{Today},
            """;

        var atomic = await ImportAsync(doctor, "/api/v1/health/contracts/import", csv, allOrNothing: true);
        atomic.GetProperty("imported").GetInt32().ShouldBe(0);
        (await doctor.GetFromJsonAsync<JsonElement>("/api/v1/health/contracts", Ct)).GetProperty("total").GetInt32().ShouldBe(0);

        var report = await ImportAsync(doctor, "/api/v1/health/contracts/import", csv, allOrNothing: false);
        report.GetProperty("total").GetInt32().ShouldBe(6);
        report.GetProperty("imported").GetInt32().ShouldBe(1);
        report.GetProperty("rejected").GetInt32().ShouldBe(5);
        var errors = report.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString()!)).ToList();
        errors.ShouldContain(e => e.Row == 3 && e.Column == "身份证号码" && e.Message.Contains("校验位"));
        errors.ShouldContain(e => e.Row == 4 && e.Column == "身份证号码" && e.Message.Contains("请先导入居民"));
        errors.ShouldContain(e => e.Row == 5 && e.Column == "签约团队" && e.Message.Contains("不存在的团队"));
        errors.ShouldContain(e => e.Row == 6 && e.Column == "签约日期");
        errors.ShouldContain(e => e.Row == 7 && e.Column == "身份证号码" && e.Message.Contains("一人同时只能有一名家庭医生"));

        var signed = (await doctor.GetFromJsonAsync<JsonElement>("/api/v1/health/contracts", Ct)).GetProperty("items")[0];
        signed.GetProperty("personName").GetString().ShouldBe("贺国庆");
        signed.GetProperty("packages").EnumerateArray().Select(p => p.GetString()).ShouldBe(["basic", "elderly"]);
        signed.GetProperty("keyPopulations").EnumerateArray().Select(p => p.GetString()).ShouldBe(["elderly", "bereaved"]);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_visits_file_classifies_each_reading_and_refuses_impossible_ones(string provider)
    {
        await using var app = await HealthApp.StartAsync(provider);
        var doctor = await app.ClientForAsync("doctor");
        var patient = CitizenId.Create("430211", new DateOnly(1955, 3, 3), 21);
        var person = await Register(app, "龚建华", patient);

        var csv = $"""
            身份证号码,随访日期,随访方式,收缩压,舒张压,心率,空腹血糖,症状,备注
            {patient},{Today},门诊,152,96,78,6.1,,门诊测量
            {patient},{Today},入户,80,120,70,,,
            {patient},2099-01-01,入户,130,80,,,,
            {patient},{Today},托梦,130,80,,,,
            {patient},{Today},电话,,,,abc,,
            """;
        var report = await ImportAsync(doctor, "/api/v1/health/visits/import", csv, allOrNothing: false);

        report.GetProperty("imported").GetInt32().ShouldBe(1);
        var errors = report.GetProperty("errors").EnumerateArray().Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString())).ToList();
        errors.ShouldContain((3, "收缩压"));
        errors.ShouldContain((4, "随访日期"));
        errors.ShouldContain((5, "随访方式"));
        errors.ShouldContain((6, "空腹血糖"));
        var visits = await doctor.GetFromJsonAsync<JsonElement>($"/api/v1/health/visits?personId={person}", Ct);
        visits.GetArrayLength().ShouldBe(1);
        visits[0].GetProperty("bpClass").GetString().ShouldBe("grade1");

        var noColumns = await ImportAsync(doctor, "/api/v1/health/visits/import", "姓名,电话\n张三,1", allOrNothing: false, HttpStatusCode.BadRequest);
        noColumns.GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("缺少列：身份证号码、随访日期");
    }

    private static async Task<Guid> Register(HealthApp app, string name, string idNumber)
    {
        var officer = await app.ClientForAsync("officer");
        var response = await officer.PostAsJsonAsync("/api/v1/people", new { name, idNumber, regionCode = DemoDistrict.Kanghua + "001" }, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, string url, string csv, bool allOrNothing, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv.Replace("\r\n", "\n")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "import.csv");
        form.Add(new StringContent(allOrNothing ? "true" : "false"), "allOrNothing");
        var response = await client.PostAsync(url, form, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, text);
        return JsonDocument.Parse(text).RootElement;
    }
}
