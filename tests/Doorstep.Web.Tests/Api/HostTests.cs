using System.Net;

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
}
