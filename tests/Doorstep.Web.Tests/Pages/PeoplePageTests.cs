using System.Net;
using System.Text.RegularExpressions;

namespace Doorstep.Web.Tests.Pages;

/// <summary>The people pages as rendered HTML (the browser suite drives them for real).</summary>
public sealed partial class PeoplePageTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task The_list_shows_only_masked_id_numbers(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider);
        var officer = await app.ClientForAsync("officer");

        var html = await officer.GetStringAsync("/people", TestContext.Current.CancellationToken);

        MaskedId().Count(html).ShouldBeGreaterThan(0);
        FullId().IsMatch(html).ShouldBeFalse();
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task A_person_outside_the_scope_is_a_404_page(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider);
        var officer = await app.ClientForAsync("officer");
        var person = await Api.PeopleApiTests.CreateAsync(officer, "康华居民", Platform.Demo.DemoDistrict.Kanghua, 7);
        var grid = await app.ClientForAsync("grid");

        var response = await grid.GetAsync($"/people/{person.Id}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.ShouldContain("不在您的管辖范围内");
        html.ShouldNotContain("康华居民");
    }

    [GeneratedRegex(@"\d{4}\*{10}\d{3}[\dX]")]
    private static partial Regex MaskedId();

    [GeneratedRegex(@">\d{17}[\dX]<")]
    private static partial Regex FullId();
}
