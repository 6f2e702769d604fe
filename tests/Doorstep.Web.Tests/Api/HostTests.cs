using System.Net;
using System.Net.Http.Json;

namespace Doorstep.Web.Tests.Api;

/// <summary>The host's own endpoints: health, OpenAPI, reference page, error handling.</summary>
public sealed class HostTests
{
    [Fact]
    public async Task Health_openapi_and_reference_answer_without_sign_in()
    {
        await using var app = await SeededApp.StartAsync(TestDatabase.Sqlite, residents: 0);
        var client = app.Factory.CreateClient();

        (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var openApi = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        openApi.ShouldContain("/api/v1/people");
        openApi.ShouldContain("/api/v1/organisations");
        (await client.GetAsync("/api/reference", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Pages_redirect_to_sign_in_and_the_sign_in_page_is_chinese()
    {
        await using var app = await SeededApp.StartAsync(TestDatabase.Sqlite, residents: 0);
        var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });

        var people = await client.GetAsync("/people", TestContext.Current.CancellationToken);
        people.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        people.Headers.Location!.ToString().ShouldContain("/account/login");

        var login = await client.GetStringAsync("/account/login", TestContext.Current.CancellationToken);
        login.ShouldContain("请使用您的工作账号登录");
        login.ShouldNotContain("演示账号", Case.Sensitive);
    }

    [Fact]
    public async Task A_malformed_body_is_a_problem_naming_the_field_and_a_missing_record_is_a_problem_too()
    {
        await using var app = await SeededApp.StartAsync(TestDatabase.Sqlite, residents: 0);
        var client = await app.ClientForAsync("officer");

        var wrongType = await client.PostAsync("/api/v1/people", new StringContent("""{"name":"易春兰","longitude":"abc"}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        wrongType.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongType.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"longitude\"");

        var broken = await client.PostAsync("/api/v1/people", new StringContent("{oops", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        broken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        broken.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        var missing = await client.GetAsync($"/api/v1/people/{Guid.NewGuid()}", TestContext.Current.CancellationToken);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Demo_mode_seeds_the_district_at_start_and_lists_the_accounts_on_the_sign_in_page()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var factory = new DoorstepAppFactory(database, demo: true);
        var client = factory.CreateClient();

        var login = await client.GetStringAsync("/account/login", TestContext.Current.CancellationToken);

        login.ShouldContain("演示账号");
        foreach (var account in Platform.Demo.DemoSeeder.Accounts)
        {
            login.ShouldContain(account.User);
        }

        var officer = await factory.ClientForAsync("officer");
        var people = await officer.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/people?pageSize=1", TestContext.Current.CancellationToken);
        people.GetProperty("total").GetInt32().ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task Without_demo_mode_nothing_is_seeded_and_no_account_exists()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var factory = new DoorstepAppFactory(database, demo: false);
        var client = factory.CreateClient();

        (await client.GetStringAsync("/account/login", TestContext.Current.CancellationToken)).ShouldNotContain("演示账号");
        await Should.ThrowAsync<InvalidOperationException>(() => factory.ClientForAsync("officer"));
    }
}
