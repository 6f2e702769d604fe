using Microsoft.Playwright;

namespace Doorstep.Browser.Tests;

/// <summary>
/// A test with its own browser context and page. When the test has failed, disposal saves a
/// picture of the page as it was, since a browser failure is rarely clear from the message alone.
/// </summary>
public abstract class BrowserTest(BrowserSite site) : IAsyncLifetime
{
    /// <summary>Bootstrap's border colours of a field the server refused, and of any other.</summary>
    protected const string Red = "rgb(220, 53, 69)";

    protected const string Grey = "rgb(222, 226, 230)";

    private readonly List<IBrowserContext> contexts = [];

    protected BrowserSite Site => site;

    protected IPage Page { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Page = await NewPageAsync();

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            foreach (var page in contexts.SelectMany(c => c.Pages))
            {
                var path = await Artifacts.SaveFailureAsync(page, TestContext.Current.Test?.TestDisplayName ?? GetType().Name);
                TestContext.Current.SendDiagnosticMessage($"Screenshot of the failed page: {path}");
            }
        }

        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Another signed-out browser, for tests that compare what two users see.</summary>
    protected async Task<IPage> NewPageAsync(int width = 1280, Geolocation? position = null)
    {
        var context = await Site.NewContextAsync(width, position);
        contexts.Add(context);
        return await context.NewPageAsync();
    }

    protected static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    protected static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    protected static async Task SignInAsync(IPage page, string user, string password)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#username").FillAsync(user);
        await page.Locator("#password").FillAsync(password);
        await SubmitAsync(page.Locator("main form button[type=submit]"));
    }

    /// <summary>
    /// Clicks a form's submit button and checks the server took the post: a refused post shows only the
    /// browser's own error page, and the test should say so rather than time out looking for an element.
    /// </summary>
    protected static async Task SubmitAsync(ILocator submit)
    {
        var posted = await submit.Page.RunAndWaitForResponseAsync(() => submit.ClickAsync(), r => r.Request.Method == "POST");
        posted.Status.ShouldBeLessThan(400, $"POST {new Uri(posted.Url).PathAndQuery} answered {posted.Status} {posted.StatusText}");
    }

    /// <summary>Signs in and waits for the dashboard, so the next step starts from a known page.</summary>
    protected async Task SignInToDashboardAsync(IPage page, string user)
    {
        await SignInAsync(page, user, Site.Account(user).Password);
        await Expect(page.Locator("#current-user")).ToHaveTextAsync(Site.Account(user).Name);
    }
}
