using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Doorstep.Platform.Imports;
using Doorstep.Safety.Imports;

namespace Doorstep.Safety.Tests;

/// <summary>Venues from a spreadsheet: good rows in (new or updated), each bad row reported by number, column and reason.</summary>
public sealed class VenueImportTests
{
    private const string Header = "场所名称,场所类别,统一社会信用代码,地址,区划代码,经度,纬度,营业面积,座位数,床位数,楼层数,所在最高层,住宿人数,负责人,负责人手机";

    private static readonly string File = $"""
        {Header}
        霞石村阿香米粉店,小餐饮,,天元区雷打石镇霞石村3组,430211101201,113.016,27.746,60,30,,1,1,0,陈阿香,13973305511
        雷打石镇悦来旅社,small-hotel,,,430211101202,,,,,40,,,,,
        霞石村棋牌室,棋牌室,,,430211101201,,,80,,,1,1,,,
        雷打石镇新开超市,小商店,,,430211101299,,,80,,,1,1,,,
        白关镇惠民超市,小商店,,,430203101201,,,80,,,1,1,,,
        霞石村二号超市,小商店,,,430211101201,,,100,,,1,1,,张三,1234
        霞石村三号超市,小商店,,,430211101201,,,-20,,,1,1,,,
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_venues_file_registers_and_updates_its_good_rows_and_reports_each_bad_one(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await DemoAsync(database);
        var fire = await app.ClientForAsync("fire");

        var report = await ImportAsync(fire, File, allOrNothing: false);

        report.GetProperty("total").GetInt32().ShouldBe(7);
        report.GetProperty("imported").GetInt32().ShouldBe(1);
        report.GetProperty("updated").GetInt32().ShouldBe(1);
        report.GetProperty("rejected").GetInt32().ShouldBe(5);
        var errors = report.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString()!)).ToList();
        errors.ShouldContain(e => e.Row == 4 && e.Column == "场所类别" && e.Message.Contains("棋牌室") && e.Message.Contains("小商店"));
        errors.ShouldContain(e => e.Row == 5 && e.Column == "区划代码" && e.Message.Contains("430211101299"));
        errors.ShouldContain(e => e.Row == 6 && e.Column == "区划代码" && e.Message.Contains("不在您的管辖范围内"));
        errors.ShouldContain(e => e.Row == 7 && e.Column == "负责人手机");
        errors.ShouldContain(e => e.Row == 8 && e.Column == "营业面积" && e.Message.Contains("营业面积应为0～1000000平方米"));

        var noodles = await VenueAsync(fire, "霞石村阿香米粉店");
        noodles.GetProperty("kind").GetString().ShouldBe("small-restaurant");
        noodles.GetProperty("regionCode").GetString().ShouldBe("430211101201");
        noodles.GetProperty("floorArea").GetDecimal().ShouldBe(60m);
        noodles.GetProperty("seats").GetInt32().ShouldBe(30);
        noodles.GetProperty("longitude").GetDouble().ShouldBe(113.016);
        noodles.GetProperty("responsiblePhone").GetString().ShouldBe("139****5511");

        // The inn keeps what the file left blank, and no longer exceeds its kind with 40 beds.
        var inn = await VenueAsync(fire, "雷打石镇悦来旅社");
        inn.GetProperty("beds").GetInt32().ShouldBe(40);
        inn.GetProperty("floorArea").GetDecimal().ShouldBe(600m);
        inn.GetProperty("responsible").GetString().ShouldBe("谭志勇");
        inn.GetProperty("responsiblePhone").GetString().ShouldBe("137****7788");
        inn.GetProperty("overLimit").ValueKind.ShouldBe(JsonValueKind.Null);

        // A row refused by the profile's rules leaves no organisation behind either.
        (await TotalAsync(fire, "霞石村二号超市")).ShouldBe(0);
        (await TotalAsync(fire, "霞石村三号超市")).ShouldBe(0);

        var again = await ImportAsync(fire, $"{Header}\n霞石村阿香米粉店,小餐饮,,,430211101201,,,,45,,,,,,\n", allOrNothing: false);
        again.GetProperty("updated").GetInt32().ShouldBe(1);
        (await TotalAsync(fire, "霞石村阿香米粉店")).ShouldBe(1);
        (await VenueAsync(fire, "霞石村阿香米粉店")).GetProperty("seats").GetInt32().ShouldBe(45);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task All_or_nothing_writes_nothing_when_a_row_is_bad(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await DemoAsync(database);
        var fire = await app.ClientForAsync("fire");

        var report = await ImportAsync(fire, File, allOrNothing: true);

        report.GetProperty("imported").GetInt32().ShouldBe(0);
        report.GetProperty("updated").GetInt32().ShouldBe(0);
        report.GetProperty("rejected").GetInt32().ShouldBe(5);
        (await TotalAsync(fire, "霞石村阿香米粉店")).ShouldBe(0);
        (await VenueAsync(fire, "雷打石镇悦来旅社")).GetProperty("beds").GetInt32().ShouldBe(62);

        var good = await ImportAsync(fire, $"{Header}\n霞石村阿香米粉店,小餐饮,,,430211101201,,,60,30,,1,1,0,陈阿香,13973305511\n", allOrNothing: true);
        good.GetProperty("imported").GetInt32().ShouldBe(1);
        (await TotalAsync(fire, "霞石村阿香米粉店")).ShouldBe(1);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task The_page_offers_the_template_and_only_keepers_of_venues_may_import(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await DemoAsync(database);
        var fire = await app.ClientForAsync("fire");

        (await fire.GetStringAsync("/safety/venues", Ct)).ShouldContain("/safety/venues/import");
        var page = await fire.GetStringAsync("/safety/venues/import", Ct);
        page.ShouldContain("/api/v1/safety/venues/import/template?format=xlsx");
        page.ShouldContain("小歌舞娱乐场所");

        foreach (var format in new[] { "xlsx", "csv" })
        {
            var response = await fire.GetAsync($"/api/v1/safety/venues/import/template?format={format}", Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var path = Path.Combine(database.DataFolder, "template." + format);
            await System.IO.File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync(Ct), Ct);
            using var table = TabularFile.Open(path);
            table.Header.ShouldBe(VenueImporter.Columns);
            table.Rows().ShouldBeEmpty();
        }

        var missing = await ImportAsync(fire, "场所名称,地址\n某店,某地\n", allOrNothing: false, HttpStatusCode.BadRequest);
        missing.GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("缺少列：场所类别、区划代码");

        var officer = await app.ClientForAsync("officer");
        await ImportAsync(officer, File, allOrNothing: false, HttpStatusCode.Forbidden);
    }

    /// <summary>The application over the database with the demo district's venues and accounts, no residents.</summary>
    private static async Task<DoorstepAppFactory> DemoAsync(TestDatabase database)
    {
        var app = new DoorstepAppFactory(database);
        _ = app.Server;
        await app.SeedDemoAsync(0);
        return app;
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, string csv, bool allOrNothing, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv.Replace("\r\n", "\n")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "venues.csv");
        form.Add(new StringContent(allOrNothing ? "true" : "false"), "allOrNothing");
        var response = await client.PostAsync("/api/v1/safety/venues/import", form, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(expected, text);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement;
    }

    private static async Task<JsonElement> VenueAsync(HttpClient client, string name) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/safety/venues?q={Uri.EscapeDataString(name)}", Ct)).GetProperty("items").EnumerateArray().Single();

    private static async Task<int> TotalAsync(HttpClient client, string name) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/organisations?q={Uri.EscapeDataString(name)}", Ct)).GetProperty("total").GetInt32();
}
