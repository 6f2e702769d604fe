using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Doorstep.Kernel;
using Doorstep.Platform.Demo;

namespace Doorstep.Web.Tests.Pages;

/// <summary>The import page: an officer uploads a file and sees each rejected row with its reason.</summary>
public sealed partial class PeopleImportPageTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task An_uploaded_file_is_imported_and_bad_rows_are_listed(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider, residents: 0);
        var officer = await app.ClientForAsync("officer");
        var csv = $"姓名,身份证号码,联系电话,现住址,区划代码,经度,纬度\n易春兰,{CitizenId.Create("430211", new DateOnly(1956, 3, 12), 9)},,康华小区,{DemoDistrict.Kanghua},,\n坏行,12345,,,{DemoDistrict.Kanghua},,\n";

        var html = await PostAsync(officer, csv, allOrNothing: false);

        html.ShouldContain("共 2 行：导入 1，更新 0，重复 0，拒绝 1");
        html.ShouldContain("<td>3</td><td>身份证号码</td>");
        var people = await officer.GetStringAsync("/api/v1/people?q=易春兰", TestContext.Current.CancellationToken);
        people.ShouldContain("\"total\":1");
    }

    [Fact]
    public async Task All_or_nothing_writes_nothing_and_says_so()
    {
        await using var app = await SeededApp.StartAsync(TestDatabase.Sqlite, residents: 0);
        var officer = await app.ClientForAsync("officer");
        var csv = $"姓名,身份证号码,区划代码\n易春兰,{CitizenId.Create("430211", new DateOnly(1956, 3, 12), 9)},{DemoDistrict.Kanghua}\n坏行,12345,{DemoDistrict.Kanghua}\n";

        var html = await PostAsync(officer, csv, allOrNothing: true);

        html.ShouldContain("本次没有写入任何数据");
        (await officer.GetStringAsync("/api/v1/people?q=易春兰", TestContext.Current.CancellationToken)).ShouldContain("\"total\":0");
    }

    [Fact]
    public async Task A_grid_member_may_not_import()
    {
        await using var app = await SeededApp.StartAsync(TestDatabase.Sqlite, residents: 0);
        var grid = await app.ClientForAsync("grid");

        (await grid.GetAsync("/people/import", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<string> PostAsync(HttpClient client, string csv, bool allOrNothing)
    {
        var page = await client.GetStringAsync("/people/import", TestContext.Current.CancellationToken);
        var token = Token().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("people-import"), "_handler" },
            { new StringContent("skip"), "onDuplicate" },
        };
        if (allOrNothing)
        {
            form.Add(new StringContent("true"), "allOrNothing");
        }

        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "people.csv");
        var response = await client.PostAsync("/people/import", form, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
